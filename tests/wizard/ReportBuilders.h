#pragma once

// Aggregate reports built in code, shaped like the ones Google, Outlook.com and Yahoo send (RFC 7489 appendix C;
// values as the reader normalises them).
#include "reports/AggregateReport.h"

#include <QDateTime>
#include <QTimeZone>

namespace mailauth::test {

inline QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

inline AggregateRecord row(const QString& ip, quint64 count, const QString& dkimEvaluated, const QString& spfEvaluated,
                           const QString& headerFrom = QStringLiteral("contoso.com"))
{
    AggregateRecord r;
    r.sourceIp = ip;
    r.count = count;
    r.disposition = QStringLiteral("none");
    r.dkimEvaluated = dkimEvaluated;
    r.spfEvaluated = spfEvaluated;
    r.headerFrom = headerFrom;
    return r;
}

inline AggregateRecord& dkim(AggregateRecord& r, const QString& domain, const QString& selector,
                             const QString& result = QStringLiteral("pass"))
{
    r.dkim.append(AggregateDkimResult{domain, selector, result});
    return r;
}

inline AggregateRecord& spf(AggregateRecord& r, const QString& domain, const QString& result = QStringLiteral("pass"))
{
    r.spf.append(AggregateSpfResult{domain, QStringLiteral("mfrom"), result});
    r.envelopeFrom = domain;
    return r;
}

// Google: one UTC day, 00:00:00 to 23:59:59.
inline AggregateReport googleReport(const QDate& day, const QList<AggregateRecord>& records,
                                    const QString& id = QString())
{
    AggregateReport r;
    r.orgName = QStringLiteral("google.com");
    r.email = QStringLiteral("noreply-dmarc-support@google.com");
    r.reportId = id.isEmpty() ? QStringLiteral("g-") + day.toString(Qt::ISODate) : id;
    r.begin = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    r.end = QDateTime(day, QTime(23, 59, 59), QTimeZone::utc());
    r.policy.domain = QStringLiteral("contoso.com");
    r.policy.p = QStringLiteral("none");
    r.policy.pct = 100;
    r.records = records;
    return r;
}

// Outlook.com: 24 hours from midnight to the next midnight (the end is exclusive in practice).
inline AggregateReport outlookReport(const QDate& day, const QList<AggregateRecord>& records)
{
    AggregateReport r;
    r.orgName = QStringLiteral("Outlook.com");
    r.email = QStringLiteral("dmarcreport@microsoft.com");
    r.reportId = QStringLiteral("o-") + day.toString(Qt::ISODate);
    r.begin = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    r.end = QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc());
    r.policy.domain = QStringLiteral("contoso.com");
    r.policy.p = QStringLiteral("none");
    r.records = records;
    return r;
}

inline AggregateReport yahooReport(const QDateTime& begin, const QDateTime& end, const QList<AggregateRecord>& records)
{
    AggregateReport r;
    r.orgName = QStringLiteral("Yahoo");
    r.email = QStringLiteral("dmarchelp@yahooinc.com");
    r.reportId = QStringLiteral("y-") + begin.toString(Qt::ISODate);
    r.begin = begin;
    r.end = end;
    r.policy.domain = QStringLiteral("contoso.com");
    r.policy.p = QStringLiteral("none");
    r.records = records;
    return r;
}

// The usual cast of contoso.com's sources.
// Microsoft 365 with DKIM on for the custom domain: aligned DKIM and SPF, from Exchange Online Protection.
inline AggregateRecord m365Aligned(quint64 count, const QString& ip = QStringLiteral("40.107.22.51"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("pass"), QStringLiteral("pass"));
    dkim(r, QStringLiteral("contoso.com"), QStringLiteral("selector1"));
    return spf(r, QStringLiteral("contoso.com"));
}

// Microsoft 365 before DKIM is on, with an SPF record that lacks its include: signed by the tenant's onmicrosoft
// domain, SPF fails, DMARC fails.
inline AggregateRecord m365Unaligned(quint64 count, const QString& ip = QStringLiteral("40.107.22.52"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("fail"), QStringLiteral("fail"));
    dkim(r, QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("selector1-contoso-com"));
    return spf(r, QStringLiteral("contoso.com"), QStringLiteral("softfail"));
}

// SendGrid without domain authentication: its own DKIM and return path, nothing aligned.
inline AggregateRecord sendgridUnaligned(quint64 count, const QString& ip = QStringLiteral("167.89.100.12"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("fail"), QStringLiteral("fail"));
    dkim(r, QStringLiteral("sendgrid.net"), QStringLiteral("smtpapi"));
    return spf(r, QStringLiteral("sendgrid.net"));
}

// Mailchimp with the domain authenticated: DKIM by contoso.com with k2, return path mcsv.net.
inline AggregateRecord mailchimpAligned(quint64 count, const QString& ip = QStringLiteral("198.2.128.44"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("pass"), QStringLiteral("fail"));
    dkim(r, QStringLiteral("contoso.com"), QStringLiteral("k2"));
    return spf(r, QStringLiteral("mail198-44.atl11.mcsv.net"));
}

// Gmail forwarding a message of the tenant: DKIM survives, SPF for contoso.com fails at Gmail's address.
inline AggregateRecord forwarded(quint64 count, const QString& ip = QStringLiteral("209.85.220.41"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("pass"), QStringLiteral("fail"));
    dkim(r, QStringLiteral("contoso.com"), QStringLiteral("selector1"));
    return spf(r, QStringLiteral("contoso.com"), QStringLiteral("fail"));
}

// A spoofer: no signature, SPF fails.
inline AggregateRecord spoofed(quint64 count, const QString& ip = QStringLiteral("185.220.101.7"))
{
    AggregateRecord r = row(ip, count, QStringLiteral("fail"), QStringLiteral("fail"));
    r.disposition = QStringLiteral("none");
    return spf(r, QStringLiteral("contoso.com"), QStringLiteral("fail"));
}

} // namespace mailauth::test
