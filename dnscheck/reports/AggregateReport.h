#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace mailauth {

// One DMARC aggregate report as the reader hands it on (RFC 7489 appendix C and RFC 9990, urn:ietf:params:xml:ns:
// dmarc-2.0). Values are normalised by the reader: keywords lower case ("Pass" -> "pass"), domains lower case without
// a trailing dot, IP addresses in Qt's canonical text form, empty elements as empty strings. The reader checks the
// shape; judging the numbers is the summary's job (wizard/model/reports).
enum class AggregateReportFormat
{
    Rfc7489, // no namespace (also the older drafts' "version 1.0" files)
    Rfc9990  // urn:ietf:params:xml:ns:dmarc-2.0
};

struct AggregateDkimResult
{
    QString domain;   // d=
    QString selector; // s=, empty when the reporter left it out
    QString result;   // none, pass, fail, policy, neutral, temperror, permerror
};

struct AggregateSpfResult
{
    QString domain; // the domain SPF checked
    QString scope;  // mfrom or helo; empty when absent (RFC 9990 dropped it)
    QString result; // none, neutral, pass, fail, softfail, temperror, permerror
};

struct AggregateRecord
{
    QString sourceIp;            // canonical text form
    quint64 count = 0;           // messages; the reader refuses counts that are negative or do not fit 64 bits
    QString disposition;         // none, quarantine, reject (policy_evaluated)
    QString dkimEvaluated;       // pass or fail: DMARC's aligned DKIM verdict (policy_evaluated)
    QString spfEvaluated;        // pass or fail: DMARC's aligned SPF verdict
    QStringList overrideReasons; // policy_evaluated/reason/type: forwarded, local_policy, mailing_list, ...
    QString headerFrom;          // identifiers/header_from; the published domain when the reporter left it out
    QString envelopeFrom;        // identifiers/envelope_from, may be empty
    QString envelopeTo;          // identifiers/envelope_to, may be empty
    QList<AggregateDkimResult> dkim;
    QList<AggregateSpfResult> spf;
};

struct AggregatePublishedPolicy
{
    QString domain; // policy_published/domain
    QString adkim;  // r or s; empty when absent
    QString aspf;
    QString p;               // none, quarantine, reject
    QString sp;              // empty when absent
    QString np;              // RFC 9990 only; empty when absent
    QString testing;         // RFC 9990 "y"/"n"; empty when absent
    QString discoveryMethod; // RFC 9990 "psl" or "treewalk"; empty when absent
    int pct = -1;            // RFC 7489 pct; -1 when absent
    QString fo;
};

struct AggregateReport
{
    AggregateReportFormat format = AggregateReportFormat::Rfc7489;
    QString orgName;  // report_metadata/org_name ("google.com", "Outlook.com", ...)
    QString email;    // report_metadata/email
    QString reportId; // report_metadata/report_id
    QDateTime begin;  // date_range, UTC
    QDateTime end;
    AggregatePublishedPolicy policy;
    QList<AggregateRecord> records;
    QString origin; // where it was read from, for messages: "reports/2026-11.zip: google.com!contoso.com!....xml"

    // Two copies of one report (the .xml and the .zip of it, one mail saved twice) share this key.
    QString identity() const
    {
        return orgName.toLower() + QLatin1Char('\n') + email.toLower() + QLatin1Char('\n') + reportId;
    }
};

} // namespace mailauth
