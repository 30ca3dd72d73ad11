#pragma once

#include "dns/DnsLookup.h"
#include "spf/SpfResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace mailauth {

// Which part of a domain's own SPF record lets each report source send as that domain: "include:sendgrid.net" tells
// the admin which entry to keep, "not listed (~all)" that the source is outside the policy. check_host() of RFC 7208
// with the source address and the header_from domain, so the SPF limits (10 lookups, 2 void lookups) apply as they
// do at a receiver. Follows "Pending and re-run" (ARCHITECTURE.md) like SourceNameLookup: step() asks what it can
// and never waits; call it again when the lookup says an answer arrived. The lookup's cache makes the record and its
// includes one set of questions for every address of a domain.
class SourceSpfAuthority
{
    Q_DECLARE_TR_FUNCTIONS(SourceSpfAuthority)

public:
    struct Verdict
    {
        SpfResult result = SpfResult::None;
        QString term;   // the term of the domain's record that decided, as written; empty when none did
        QString reason; // the evaluator's reason (which term matched, or what went wrong)
    };

    explicit SourceSpfAuthority(DnsLookup& dns);

    // Addresses that do not parse, and domains SPF cannot be checked for, are answered at once.
    void add(const QString& domain, const QStringList& ips);
    bool step(); // one pass over the pairs still waiting; returns pending()
    bool pending() const { return !m_waiting.isEmpty(); }
    int waiting() const { return static_cast<int>(m_waiting.size()); }
    std::optional<Verdict> verdict(const QString& domain, const QString& ip) const;

    // For the table and the CLI: the term that authorises ("include:sendgrid.net"), "not listed (~all)", "no SPF
    // record", "SPF error", "no answer from DNS".
    static QString text(const Verdict& verdict);

private:
    static QString key(const QString& domain, const QString& ip);

    DnsLookup& m_dns;
    QList<std::pair<QString, QString>> m_waiting; // domain, ip
    QSet<QString> m_waitingKeys;
    QHash<QString, Verdict> m_verdicts;
};

} // namespace mailauth
