#pragma once

#include "model/reports/ReportSourceClassifier.h"
#include "model/reports/ReportSummaryState.h"
#include "reports/AggregateReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <memory>

namespace mailauth {

class Catalogue;

struct ReportCounts
{
    quint64 messages = 0;
    quint64 dmarcPass = 0; // policy_evaluated dkim or spf = pass
    quint64 spfAligned = 0;
    quint64 dkimAligned = 0;
    QMap<QString, quint64> dispositions; // none / quarantine / reject / other (any other word) -> messages

    quint64 failing() const { return messages - dmarcPass; }
};

struct ReportSourceStats
{
    QString ip;
    QString addressOrder; // addressOrder(ip): sorts the addresses as numbers
    ReportCounts counts;
    ReportSourceKind kind = ReportSourceKind::Unknown; // the kind most of its messages were given
    QString senderId;                                  // catalogue id for KnownSender ("microsoft365" for Microsoft365)
    QString senderName;                                // "SendGrid", "Microsoft 365", empty when unknown
    QString name;                                      // the PTR name, when looked up
    bool nameConfirmed = false;                        // the name resolves back to the address (SourceNameLookup)
    // When looked up (SourceSpfAuthority): the RFC 7208 result of this address against the domain's own SPF record,
    // and what authorises it, translated ("include:sendgrid.net", "not listed (~all)").
    QString spfResult;
    QString spfAuthority;
    QString spfReason; // translated: which term matched, or why the check failed ("mail.zendesk.com has no SPF record")
    // The PTR lookup ran: an empty name then means "none" (or "no answer" when nameFailed), not "not looked up".
    bool nameLookedUp = false;
    bool nameFailed = false;
    QString verdict; // translated: "passes", "fails: no aligned DKIM", "probably spoofing"
    QString fix;     // translated: what to do, empty when nothing
    QStringList reporters;
    QDate first;
    QDate last;
};

// One sender over all its addresses (SendGrid from 12 IPs is one line of advice). Built from each row's own
// classification, so an address that carries forwarded mail and spoofing counts each where it belongs.
struct ReportSenderStats
{
    ReportSourceKind kind = ReportSourceKind::Unknown;
    QString senderId; // as in ReportSourceStats; empty for Forwarder, Authorized and Unknown (one group each)
    QString senderName;
    ReportCounts counts;
    int sources = 0; // distinct IP addresses
    QString fix;     // translated, empty when it passes
};

struct ReportDomainStats
{
    QString domain; // header_from
    ReportCounts counts;
    QStringList reporters; // in the order first seen, the first 100
    QDate first;
    QDate last;
    QList<ReportSourceStats> sources; // most messages first
    QList<ReportDay> days;            // every day from first to last, empty days included
    QList<ReportSenderStats> senders; // Microsoft 365 first, then catalogue senders, forwarders, authorised, unknown
    QStringList fixes;                // translated, one per sender that does not pass aligned, biggest first
    // The policy the newest report says applied to this domain (p, or sp for a subdomain), and whether it was in
    // testing (t=y, or pct below 100 in RFC 7489 reports).
    QString policy;
    bool testing = false;

    // Days from first to last, both counted; 0 without dated reports.
    int daySpan() const { return first.isValid() && last.isValid() ? static_cast<int>(first.daysTo(last)) + 1 : 0; }
};

// Adds up aggregate reports per header_from domain and source IP and says who each source is. Keeps sums only, never
// the reports, so it can take any number of them. Not thread-safe: feed it from one thread.
//
// The chart's days: a report's messages are spread evenly over the UTC days of its date range (the remainder to the
// earliest days). Most reports cover one day, but Microsoft's 24 hours do not start at midnight UTC and some
// reporters send a report for several days: putting all of it on the begin day would draw spikes and empty days
// that never happened, while spreading keeps each day's total close and the sum exact. A range that is not usable
// (no dates, end before begin, a begin before 2012, when DMARC was published) counts on its one usable day; a range
// over kMaxSpreadDays counts on its begin day, so a broken report cannot paint a year of data.
class DmarcReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(DmarcReportSummary)

public:
    static constexpr int kMaxSpreadDays = 31;
    // A chart longer than this lists only the days with data (first and last can be years apart in broken input).
    static constexpr int kMaxChartDays = 731;

    explicit DmarcReportSummary(const Catalogue& catalogue);
    ~DmarcReportSummary();
    DmarcReportSummary(const DmarcReportSummary&) = delete;
    DmarcReportSummary& operator=(const DmarcReportSummary&) = delete;

    // The tenant's *.onmicrosoft.com name: DKIM signatures by it mean Microsoft 365 sent the message.
    void setTenantDomain(const QString& onmicrosoftDomain);
    // Reports whose date range ends before this day are left out (counted in reportsOutsidePeriod()).
    void setPeriodStart(const QDate& day);
    void add(const AggregateReport& report);
    // PTR names found later (the CLI's --names, the GUI's lookups: SourceNameLookup).
    void setSourceName(const QString& ip, const QString& name, bool confirmed = true);
    // What the domain's own SPF record says of a source (SourceSpfAuthority), looked up later like the names.
    void setSourceSpf(const QString& domain, const QString& ip, const QString& resultKeyword, const QString& text,
                      const QString& reason);

    QStringList domains() const; // sorted
    ReportDomainStats domain(const QString& domain) const;
    int reports() const;
    int reportsOutsidePeriod() const;
    QStringList sourceIps() const; // every source address of every domain, sorted, once each
    // A key that sorts addresses by number, IPv4 before IPv6 ("10.0.0.9" before "10.0.0.10" before "2001:db8::1"),
    // and anything that is no address after both, by its text.
    static QString addressOrder(const QString& ip);

    // The sums as plain data (`seen` left empty: the reader knows which reports it read), and back: restore()
    // replaces what this summary holds, and add() then adds to it. The state must be checked already
    // (ReportSummaryJson does): indexes out of range are skipped, not trusted.
    ReportSummaryState state() const;
    void restore(const ReportSummaryState& state);

private:
    struct Data;
    std::unique_ptr<Data> m_d;
};

} // namespace mailauth
