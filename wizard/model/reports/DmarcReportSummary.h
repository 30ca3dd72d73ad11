#pragma once

#include "reports/AggregateReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace mailauth {

class Catalogue;

enum class ReportSourceKind
{
    Microsoft365, // the tenant's own outbound (onmicrosoft.com / selector1-2 DKIM, Exchange Online Protection)
    KnownSender,  // a service of resources/senders.json
    Forwarder,    // DKIM survives, SPF does not (forwarding, mailing lists, ARC)
    Unknown       // probably spoofing
};

struct ReportCounts
{
    quint64 messages = 0;
    quint64 dmarcPass = 0; // policy_evaluated dkim or spf = pass
    quint64 spfAligned = 0;
    quint64 dkimAligned = 0;
    QMap<QString, quint64> dispositions; // none / quarantine / reject -> messages
};

struct ReportSourceStats
{
    QString ip;
    ReportCounts counts;
    ReportSourceKind kind = ReportSourceKind::Unknown;
    QString senderId;   // catalogue id for KnownSender
    QString senderName; // "SendGrid", "Microsoft 365", empty when unknown
    QString name;       // the PTR name, when looked up
    QString verdict;    // translated: "passes", "fails: no aligned DKIM", "probably spoofing"
    QString fix;        // translated: what to do, empty when nothing
    QStringList reporters;
    QDate first;
    QDate last;
};

struct ReportDay
{
    QDate day;
    quint64 passing = 0;
    quint64 failing = 0;
};

struct ReportDomainStats
{
    QString domain; // header_from
    ReportCounts counts;
    QStringList reporters;
    QDate first;
    QDate last;
    QList<ReportSourceStats> sources; // most messages first
    QList<ReportDay> days;            // every day from first to last, empty days included
};

// Adds up aggregate reports per header_from domain and source IP and says who each source is. Keeps sums only, never
// the reports, so it can take any number of them. Not thread-safe: feed it from one thread.
class DmarcReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(DmarcReportSummary)

public:
    explicit DmarcReportSummary(const Catalogue& catalogue);

    // The tenant's *.onmicrosoft.com name: DKIM signatures by it mean Microsoft 365 sent the message.
    void setTenantDomain(const QString& onmicrosoftDomain);
    void add(const AggregateReport& report);
    // PTR names found later (the CLI's --names, the GUI's lookups).
    void setSourceName(const QString& ip, const QString& name);

    QStringList domains() const; // sorted
    ReportDomainStats domain(const QString& domain) const;
    int reports() const;
};

} // namespace mailauth
