#pragma once

#include "DmarcRecord.h"
#include "core/Finding.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

struct DmarcReportUri
{
    QString uri;        // as written
    QString address;    // mailto address, decoded; empty for other schemes
    QString host;       // domain of the address
    bool valid = false; // a syntactically valid DMARC URI (RFC 9989 4.7: dmarc-uri)
    bool mailto = false;
};

struct DmarcEvaluation
{
    bool valid = false;                         // a receiver would apply this record
    std::optional<DmarcPolicy> effectivePolicy; // what receivers apply to the domain itself
    std::optional<DmarcPolicy> subdomainPolicy;
    std::optional<DmarcPolicy> nonexistentPolicy;
    bool testing = false;
    QList<DmarcReportUri> rua;
    QList<DmarcReportUri> ruf;
    Findings findings;
    bool pending = false; // an asynchronous DnsLookup has not answered an authorisation question yet
};

// Judges a DMARC record as RFC 9989 receivers read it. `domain` (where the record is published, the _dmarc. prefix
// left off) enables the subdomain and third-party report checks; `dns` lets it verify report authorisations.
class DmarcLinter
{
    Q_DECLARE_TR_FUNCTIONS(DmarcLinter)

public:
    static DmarcEvaluation evaluate(const QString& text, const QString& domain = {}, DnsLookup* dns = nullptr);
    // For text a person pasted: spaces around it are usually the paste, not the record, so they are trimmed, with an
    // info finding that says so (published with them, the record would be ignored).
    static DmarcEvaluation evaluatePasted(const QString& text, const QString& domain = {});

    static QList<DmarcReportUri> parseUris(const QString& value);
    // RFC 9990 4: the name the report destination must publish "v=DMARC1;" at.
    static QString authorizationName(const QString& policyDomain, const QString& reportHost);
};

} // namespace mailauth
