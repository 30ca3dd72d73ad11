#pragma once

#include "SpfResult.h"
#include "core/IpAddress.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>
#include <QString>

namespace mailauth {

class SpfRecord;
struct SpfTerm;
struct SpfMacroValues;

struct SpfCheckRequest
{
    IpAddress ip;         // the SMTP client
    QString mailFrom;     // MAIL FROM; may be empty (bounces)
    QString helo;         // HELO/EHLO name
    QString receiver;     // %{r}; "unknown" when empty
    qint64 timestamp = 0; // %{t}; 0 = now
};

struct SpfCheckOutcome
{
    SpfResult result = SpfResult::None;
    QString domain;      // the domain whose policy was checked
    QString explanation; // for fail: the exp= text or the default
    QString reason;      // which term decided, or what went wrong
    // The term of the checked domain's own record that gave the result, as written ("include:sendgrid.net", "~all",
    // "redirect=_spf.contoso.com"): which part of a domain's policy lets an address send. Empty when no term
    // decided (neutral without "all", none, errors).
    QString decidingTerm;
    int lookups = 0; // terms counted toward the limit of 10
    int voidLookups = 0;
    bool pending = false; // the DNS source had not answered yet: run again when it has
};

// check_host() of RFC 7208 sections 4 to 7 over any DnsLookup.
class SpfEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(SpfEvaluator)

public:
    static constexpr int kLookupLimit = 10;
    static constexpr int kVoidLookupLimit = 2;
    static constexpr int kNameLimit = 10; // MX and PTR names per term

    explicit SpfEvaluator(DnsLookup& dns);

    // The MAIL FROM identity check (2.4): the sender's domain, or postmaster@HELO for an empty MAIL FROM.
    SpfCheckOutcome check(const SpfCheckRequest& request);
    // check_host(<ip>, <domain>, <sender>) itself.
    SpfCheckOutcome checkHost(const IpAddress& ip, const QString& domain, const QString& sender,
                              const QString& helo = {});

    static QString defaultExplanation();
    // 4.3: a name check_host() can evaluate at all (labels of 1..63 octets, at least two labels).
    static bool isEvaluableDomain(const QString& domain);

private:
    struct Result
    {
        SpfResult code = SpfResult::Neutral;
        QString explanation;
        QString reason;
    };
    enum class Match
    {
        No,
        Yes,
        TempError,
        PermError
    };
    struct MatchOutcome
    {
        Match match = Match::No;
        QString reason;
    };

    Result evaluate(const QString& domain, bool wantExplanation, int depth);
    MatchOutcome matchTerm(const SpfTerm& term, const QString& domain, int depth);
    MatchOutcome matchAddresses(const QString& name, const SpfTerm& term, bool countVoid);
    QString explanationFor(const SpfRecord& record, const QString& domain);
    QString validatedPtrName(const QString& domain);
    QList<QString> validatedNames(bool* voidLimitHit = nullptr);
    SpfMacroValues macroValues(const QString& domain);
    DnsAnswer ask(const QString& name, RecordType type);
    bool countLookup();
    bool countVoid(const DnsAnswer& answer);

    DnsLookup& m_dns;
    IpAddress m_ip;
    QString m_sender;
    QString m_helo;
    QString m_receiver;
    qint64 m_timestamp = 0;
    int m_lookups = 0;
    int m_voidLookups = 0;
    bool m_pending = false;
    QString m_limitReason;
    QString m_decidingTerm;
};

} // namespace mailauth
