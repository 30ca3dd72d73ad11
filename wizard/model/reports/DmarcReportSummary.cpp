#include "DmarcReportSummary.h"

#include "model/Catalogue.h"

#include <QSet>
#include <algorithm>
#include <limits>
#include <tuple>

namespace mailauth {

namespace {

// Counts come from files: a sum that would wrap stays at the largest value instead.
void addSaturating(quint64& total, quint64 amount)
{
    const quint64 room = std::numeric_limits<quint64>::max() - total;
    total = amount > room ? std::numeric_limits<quint64>::max() : total + amount;
}

void addCounts(ReportCounts& into, const ReportCounts& from)
{
    addSaturating(into.messages, from.messages);
    addSaturating(into.dmarcPass, from.dmarcPass);
    addSaturating(into.spfAligned, from.spfAligned);
    addSaturating(into.dkimAligned, from.dkimAligned);
    for (auto it = from.dispositions.constBegin(); it != from.dispositions.constEnd(); ++it) {
        addSaturating(into.dispositions[it.key()], it.value());
    }
}

bool isPass(const QString& result)
{
    return result.compare(u"pass", Qt::CaseInsensitive) == 0;
}

QString lowerBare(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

// A reporter as people know it: org_name, else the report's address.
QString reporterName(const AggregateReport& report)
{
    QString name = report.orgName.trimmed();
    if (name.isEmpty()) {
        name = report.email.trimmed();
    }
    return name.isEmpty() ? QStringLiteral("?") : name.left(200);
}

// The order the kinds are listed and, on a tie, which kind an address is given.
int kindRank(ReportSourceKind kind)
{
    switch (kind) {
    case ReportSourceKind::Microsoft365:
        return 0;
    case ReportSourceKind::KnownSender:
        return 1;
    case ReportSourceKind::Forwarder:
        return 2;
    case ReportSourceKind::Authorized:
        return 3;
    case ReportSourceKind::Unknown:
        break;
    }
    return 4;
}

QString classKey(const ReportSourceClass& c)
{
    return reportSourceKindKeyword(c.kind) + u'/' + c.senderId;
}

struct Extent
{
    QStringList reporters; // in the order first seen; QSet would lose it, and the lists stay short
    QDate first;
    QDate last;

    void add(const QString& reporter, const QList<QDate>& days)
    {
        if (!reporters.contains(reporter)) {
            reporters.append(reporter);
        }
        if (!days.isEmpty()) {
            first = first.isValid() ? std::min(first, days.first()) : days.first();
            last = last.isValid() ? std::max(last, days.last()) : days.last();
        }
    }
};

struct SourceData
{
    ReportCounts counts;
    Extent extent;
    QHash<QString, ReportSourceClass> classes; // classKey -> class
    QHash<QString, quint64> byClass;           // classKey -> messages
};

struct SenderData
{
    ReportSourceClass cls;
    ReportCounts counts;
    QSet<QString> ips;
};

struct DomainData
{
    ReportCounts counts;
    Extent extent;
    QHash<QString, SourceData> sources;
    QHash<QString, SenderData> senders;
    QMap<QDate, ReportDay> days;
    QDateTime policyAt; // when the report that gave `policy` ended
    QString policy;
    bool testing = false;
};

} // namespace

struct DmarcReportSummary::Data
{
    explicit Data(const Catalogue& c)
        : catalogue(c)
        , classifier(c)
    {
    }
    const Catalogue& catalogue;
    ReportSourceClassifier classifier;
    QHash<QString, DomainData> domains;
    QHash<QString, std::pair<QString, bool>> names; // ip -> PTR name, confirmed
    QDate periodStart;
    int reports = 0;
    int outside = 0;
};

namespace {

// The UTC days a report covers (see the class comment).
QList<QDate> reportDays(const AggregateReport& report)
{
    static const QDate earliest(2012, 1, 1);
    QDate begin = report.begin.isValid() ? report.begin.toUTC().date() : QDate();
    // The end is exclusive in practice (00:00:00 of the next day): its last second decides the last day.
    QDate end = report.end.isValid() ? report.end.toUTC().addSecs(-1).date() : QDate();
    if (begin.isValid() && begin < earliest) {
        begin = QDate();
    }
    if (end.isValid() && end < earliest) {
        end = QDate();
    }
    if (begin.isValid() && end.isValid() && end >= begin) {
        const qint64 span = begin.daysTo(end) + 1;
        if (span > DmarcReportSummary::kMaxSpreadDays) {
            return {begin};
        }
        QList<QDate> days;
        for (QDate d = begin; d <= end; d = d.addDays(1)) {
            days.append(d);
        }
        return days;
    }
    if (begin.isValid()) {
        return {begin};
    }
    if (end.isValid()) {
        return {end};
    }
    return {};
}

} // namespace

DmarcReportSummary::DmarcReportSummary(const Catalogue& catalogue)
    : m_d(std::make_unique<Data>(catalogue))
{
}

DmarcReportSummary::~DmarcReportSummary() = default;

void DmarcReportSummary::setTenantDomain(const QString& onmicrosoftDomain)
{
    m_d->classifier.setTenantDomain(onmicrosoftDomain);
}

void DmarcReportSummary::setPeriodStart(const QDate& day)
{
    m_d->periodStart = day;
}

void DmarcReportSummary::add(const AggregateReport& report)
{
    const QList<QDate> days = reportDays(report);
    if (m_d->periodStart.isValid() && !days.isEmpty() && days.last() < m_d->periodStart) {
        ++m_d->outside;
        return;
    }
    ++m_d->reports;
    const QString reporter = reporterName(report);
    const QString policyDomain = lowerBare(report.policy.domain);
    for (const AggregateRecord& record : report.records) {
        if (record.count == 0) {
            continue; // nothing was sent: no source, no day
        }
        QString domainName = lowerBare(record.headerFrom);
        if (domainName.isEmpty()) {
            domainName = policyDomain;
        }
        if (domainName.isEmpty()) {
            continue;
        }
        ReportCounts counts;
        counts.messages = record.count;
        const bool dkim = isPass(record.dkimEvaluated);
        const bool spf = isPass(record.spfEvaluated);
        counts.dmarcPass = dkim || spf ? record.count : 0;
        counts.dkimAligned = dkim ? record.count : 0;
        counts.spfAligned = spf ? record.count : 0;
        const QString disposition = record.disposition.trimmed().toLower();
        if (!disposition.isEmpty()) {
            counts.dispositions.insert(disposition.left(32), record.count);
        }
        const ReportSourceClass cls = m_d->classifier.classify(record);
        const QString key = classKey(cls);
        const QString ip = record.sourceIp.trimmed();

        DomainData& domain = m_d->domains[domainName];
        addCounts(domain.counts, counts);
        domain.extent.add(reporter, days);
        SourceData& source = domain.sources[ip];
        addCounts(source.counts, counts);
        source.extent.add(reporter, days);
        source.classes.insert(key, cls);
        addSaturating(source.byClass[key], record.count);
        SenderData& sender = domain.senders[key];
        sender.cls = cls;
        addCounts(sender.counts, counts);
        sender.ips.insert(ip);

        if (!days.isEmpty()) {
            const quint64 n = static_cast<quint64>(days.size());
            const quint64 failing = counts.messages - counts.dmarcPass;
            for (int i = 0; i < days.size(); ++i) {
                ReportDay& day = domain.days[days[i]];
                day.day = days[i];
                const quint64 index = static_cast<quint64>(i);
                addSaturating(day.passing, counts.dmarcPass / n + (index < counts.dmarcPass % n ? 1 : 0));
                addSaturating(day.failing, failing / n + (index < failing % n ? 1 : 0));
            }
        }
        // The newest report says which policy applies now (sp for a subdomain when the report names one).
        const QDateTime at = report.end.isValid() ? report.end : report.begin;
        if (domain.policy.isEmpty() || (at.isValid() && (!domain.policyAt.isValid() || at >= domain.policyAt))) {
            const bool subdomain = !policyDomain.isEmpty() && domainName != policyDomain;
            const QString p =
                (subdomain && !report.policy.sp.isEmpty() ? report.policy.sp : report.policy.p).trimmed().toLower();
            domain.policy = p.left(32);
            domain.testing = report.policy.testing.trimmed().compare(u"y", Qt::CaseInsensitive) == 0 ||
                             (report.policy.pct >= 0 && report.policy.pct < 100);
            domain.policyAt = at;
        }
    }
}

void DmarcReportSummary::setSourceName(const QString& ip, const QString& name, bool confirmed)
{
    m_d->names.insert(ip, {name, confirmed});
}

QStringList DmarcReportSummary::domains() const
{
    QStringList names = m_d->domains.keys();
    names.sort();
    return names;
}

int DmarcReportSummary::reports() const
{
    return m_d->reports;
}

int DmarcReportSummary::reportsOutsidePeriod() const
{
    return m_d->outside;
}

QStringList DmarcReportSummary::sourceIps() const
{
    QSet<QString> ips;
    for (const DomainData& d : std::as_const(m_d->domains)) {
        for (auto it = d.sources.constBegin(); it != d.sources.constEnd(); ++it) {
            ips.insert(it.key());
        }
    }
    QStringList sorted(ips.begin(), ips.end());
    sorted.sort();
    return sorted;
}

namespace {

QString verdictFor(ReportSourceKind kind, const ReportCounts& c)
{
    if (c.dmarcPass == c.messages) {
        return DmarcReportSummary::tr("passes");
    }
    if (kind == ReportSourceKind::Unknown) {
        return c.dmarcPass == 0
                   ? DmarcReportSummary::tr("probably spoofing")
                   : DmarcReportSummary::tr("%L1 of %L2 fail: probably spoofing").arg(c.failing()).arg(c.messages);
    }
    const QString why = kind == ReportSourceKind::Forwarder ? DmarcReportSummary::tr("forwarded without aligned DKIM")
                        : c.dkimAligned == 0                ? DmarcReportSummary::tr("no aligned DKIM")
                                                            : DmarcReportSummary::tr("neither DKIM nor SPF aligned");
    if (c.dmarcPass == 0) {
        return DmarcReportSummary::tr("fails: %1").arg(why);
    }
    return DmarcReportSummary::tr("%L1 of %L2 fail: %3").arg(c.failing()).arg(c.messages).arg(why);
}

QString fixFor(const ReportSourceClass& cls, const ReportCounts& c, const QString& domain, int days, int sources,
               const Catalogue& catalogue)
{
    if (c.failing() == 0) {
        return {};
    }
    const quint64 failing = c.failing();
    switch (cls.kind) {
    case ReportSourceKind::Microsoft365:
        return DmarcReportSummary::tr("Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day(s) of "
                                      "reports → turn on DKIM for %2 (DKIM page).",
                                      nullptr, days)
            .arg(failing)
            .arg(domain);
    case ReportSourceKind::KnownSender: {
        const auto sender = catalogue.sender(cls.senderId);
        const QString setup = sender ? Catalogue::senderDkimSetupText(*sender)
                                     : DmarcReportSummary::tr("set up DKIM for the domain in %1").arg(cls.senderName);
        return DmarcReportSummary::tr("%1 sent %L2 messages as %3 without aligned DKIM in %n day(s) of reports → %4, "
                                      "or move it to a subdomain of its own (for example news.%3).",
                                      nullptr, days)
            .arg(cls.senderName)
            .arg(failing)
            .arg(domain, setup);
    }
    case ReportSourceKind::Forwarder:
        return DmarcReportSummary::tr("%L1 forwarded messages as %2 failed: forwarding breaks SPF, and only a DKIM "
                                      "signature by %2 survives it → make sure every service that sends as %2 signs "
                                      "with aligned DKIM.")
            .arg(failing)
            .arg(domain);
    case ReportSourceKind::Authorized:
        return DmarcReportSummary::tr("%L1 messages as %2 from servers your SPF or DKIM knows were not aligned → if "
                                      "these servers are yours, sign their mail with DKIM as %2 or give them a return "
                                      "path in %2.")
            .arg(failing)
            .arg(domain);
    case ReportSourceKind::Unknown:
        break;
    }
    return DmarcReportSummary::tr("%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — "
                                  "quarantine will stop these. If one of them is a server of yours, add it to SPF "
                                  "or sign its mail with DKIM before you move on.",
                                  nullptr, sources)
        .arg(failing)
        .arg(domain);
}

} // namespace

ReportDomainStats DmarcReportSummary::domain(const QString& name) const
{
    ReportDomainStats stats;
    const auto found = m_d->domains.constFind(lowerBare(name));
    if (found == m_d->domains.constEnd()) {
        return stats;
    }
    const DomainData& d = *found;
    stats.domain = found.key();
    stats.counts = d.counts;
    stats.reporters = d.extent.reporters;
    stats.first = d.extent.first;
    stats.last = d.extent.last;
    stats.policy = d.policy;
    stats.testing = d.testing;
    const int span = stats.daySpan();

    for (auto it = d.sources.constBegin(); it != d.sources.constEnd(); ++it) {
        const SourceData& s = it.value();
        ReportSourceStats source;
        source.ip = it.key();
        source.counts = s.counts;
        source.reporters = s.extent.reporters;
        source.first = s.extent.first;
        source.last = s.extent.last;
        std::tie(source.name, source.nameConfirmed) = m_d->names.value(it.key());
        // The kind most of its messages were given; on a tie the one listed first.
        QString best;
        for (auto c = s.byClass.constBegin(); c != s.byClass.constEnd(); ++c) {
            if (best.isEmpty() || c.value() > s.byClass.value(best) ||
                (c.value() == s.byClass.value(best) && std::pair(kindRank(s.classes.value(c.key()).kind), c.key()) <
                                                           std::pair(kindRank(s.classes.value(best).kind), best))) {
                best = c.key();
            }
        }
        const ReportSourceClass cls = s.classes.value(best);
        source.kind = cls.kind;
        source.senderId = cls.senderId;
        source.senderName = cls.senderName;
        source.verdict = verdictFor(cls.kind, s.counts);
        source.fix = fixFor(cls, s.counts, stats.domain, span, 1, m_d->catalogue);
        stats.sources.append(source);
    }
    std::sort(stats.sources.begin(), stats.sources.end(), [](const ReportSourceStats& a, const ReportSourceStats& b) {
        return a.counts.messages != b.counts.messages ? a.counts.messages > b.counts.messages : a.ip < b.ip;
    });

    for (const SenderData& s : d.senders) {
        ReportSenderStats sender;
        sender.kind = s.cls.kind;
        sender.senderId = s.cls.senderId;
        sender.senderName = s.cls.senderName;
        sender.counts = s.counts;
        sender.sources = static_cast<int>(s.ips.size());
        sender.fix = fixFor(s.cls, s.counts, stats.domain, span, sender.sources, m_d->catalogue);
        stats.senders.append(sender);
    }
    std::sort(stats.senders.begin(), stats.senders.end(), [](const ReportSenderStats& a, const ReportSenderStats& b) {
        if (kindRank(a.kind) != kindRank(b.kind)) {
            return kindRank(a.kind) < kindRank(b.kind);
        }
        return a.counts.messages != b.counts.messages ? a.counts.messages > b.counts.messages : a.senderId < b.senderId;
    });
    QList<const ReportSenderStats*> withFix;
    for (const ReportSenderStats& s : stats.senders) {
        if (!s.fix.isEmpty()) {
            withFix.append(&s);
        }
    }
    std::stable_sort(withFix.begin(), withFix.end(), [](const ReportSenderStats* a, const ReportSenderStats* b) {
        return a->counts.failing() > b->counts.failing();
    });
    for (const ReportSenderStats* s : withFix) {
        stats.fixes.append(s->fix);
    }

    if (span > 0 && span <= kMaxChartDays) {
        for (QDate day = stats.first; day <= stats.last; day = day.addDays(1)) {
            stats.days.append(d.days.value(day, ReportDay{day, 0, 0}));
        }
    } else {
        stats.days = d.days.values();
    }
    return stats;
}

} // namespace mailauth
