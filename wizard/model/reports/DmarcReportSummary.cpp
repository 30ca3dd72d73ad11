#include "DmarcReportSummary.h"

#include "ReportNames.h"
#include "core/IpAddress.h"
#include "model/Catalogue.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace mailauth {

using reportnames::bareDomain;
using reportnames::isPass;

namespace {

// Counts come from files: a sum that would wrap stays at the largest value instead.
void addSaturating(quint64& total, quint64 amount)
{
    const quint64 room = std::numeric_limits<quint64>::max() - total;
    total = amount > room ? std::numeric_limits<quint64>::max() : total + amount;
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

// The sums kept per domain, source and sender: plain numbers, so that 200,000 sources cost little more than their
// addresses (ReportCounts, with its map, is built only for the answer).
struct Sums
{
    quint64 messages = 0;
    quint64 dmarcPass = 0;
    quint64 spfAligned = 0;
    quint64 dkimAligned = 0;
    std::array<quint64, 4> dispositions{}; // none, quarantine, reject, anything else

    void add(const Sums& o)
    {
        addSaturating(messages, o.messages);
        addSaturating(dmarcPass, o.dmarcPass);
        addSaturating(spfAligned, o.spfAligned);
        addSaturating(dkimAligned, o.dkimAligned);
        for (size_t i = 0; i < dispositions.size(); ++i) {
            addSaturating(dispositions[i], o.dispositions[i]);
        }
    }
    ReportTally tally() const { return ReportTally{messages, dmarcPass, spfAligned, dkimAligned, dispositions}; }
    static Sums of(const ReportTally& t)
    {
        Sums s;
        s.messages = t.messages;
        s.dmarcPass = t.dmarcPass;
        s.spfAligned = t.spfAligned;
        s.dkimAligned = t.dkimAligned;
        s.dispositions = t.dispositions;
        return s;
    }
    ReportCounts counts() const
    {
        ReportCounts c{messages, dmarcPass, spfAligned, dkimAligned, {}};
        static const std::array<QString, 4> names{QStringLiteral("none"), QStringLiteral("quarantine"),
                                                  QStringLiteral("reject"), QStringLiteral("other")};
        for (size_t i = 0; i < dispositions.size(); ++i) {
            if (dispositions[i] > 0) {
                c.dispositions.insert(names[i], dispositions[i]);
            }
        }
        return c;
    }
};

// Reporters and classes are interned (Data::reporters, Data::classes): a source keeps small numbers.
struct Extent
{
    QList<int> reporters; // in the order first seen; the lists stay short
    QDate first;
    QDate last;

    // Real domains hear from a few dozen receivers; a file that names a new one in every report must not make each
    // row a linear search through thousands.
    static constexpr qsizetype kMaxReporters = 100;

    void add(int reporter, const QList<QDate>& days)
    {
        if (reporters.size() < kMaxReporters && !reporters.contains(reporter)) {
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
    Sums sums;
    Extent extent;
    QList<std::pair<int, quint64>> byClass; // class -> messages; one entry for almost every source
};

struct DomainData
{
    Sums sums;
    Extent extent;
    QHash<QString, SourceData> sources;
    QHash<int, Sums> senders; // class -> sums
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
    struct SpfFacts
    {
        QString result;
        QString text;
        QString reason;
    };
    QHash<QString, SpfFacts> spf; // domain + '|' + ip
    QStringList reporters;        // interned
    QHash<QString, int> reporterIndex;
    QList<ReportSourceClass> classes; // interned
    QHash<QString, int> classIndex;

    int intern(const QString& reporter)
    {
        const auto found = reporterIndex.constFind(reporter);
        if (found != reporterIndex.constEnd()) {
            return *found;
        }
        reporters.append(reporter);
        return reporterIndex.insert(reporter, static_cast<int>(reporters.size()) - 1).value();
    }
    int intern(const ReportSourceClass& cls)
    {
        const QString key = classKey(cls);
        const auto found = classIndex.constFind(key);
        if (found != classIndex.constEnd()) {
            return *found;
        }
        classes.append(cls);
        return classIndex.insert(key, static_cast<int>(classes.size()) - 1).value();
    }
    QStringList reporterNames(const QList<int>& ids) const
    {
        QStringList out;
        for (const int id : ids) {
            out.append(reporters.value(id));
        }
        return out;
    }
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
    const int reporter = m_d->intern(reporterName(report));
    const QString policyDomain = bareDomain(report.policy.domain);
    for (const AggregateRecord& record : report.records) {
        if (record.count == 0) {
            continue; // nothing was sent: no source, no day
        }
        QString domainName = bareDomain(record.headerFrom);
        if (domainName.isEmpty()) {
            domainName = policyDomain;
        }
        if (domainName.isEmpty()) {
            continue;
        }
        Sums sums;
        sums.messages = record.count;
        const bool dkim = isPass(record.dkimEvaluated);
        const bool spf = isPass(record.spfEvaluated);
        sums.dmarcPass = dkim || spf ? record.count : 0;
        sums.dkimAligned = dkim ? record.count : 0;
        sums.spfAligned = spf ? record.count : 0;
        const QString disposition = record.disposition.trimmed();
        if (!disposition.isEmpty()) {
            const size_t slot = disposition.compare(u"none", Qt::CaseInsensitive) == 0         ? 0
                                : disposition.compare(u"quarantine", Qt::CaseInsensitive) == 0 ? 1
                                : disposition.compare(u"reject", Qt::CaseInsensitive) == 0     ? 2
                                                                                               : 3;
            sums.dispositions[slot] = record.count;
        }
        const int cls = m_d->intern(m_d->classifier.classify(record));

        DomainData& domain = m_d->domains[domainName];
        domain.sums.add(sums);
        domain.extent.add(reporter, days);
        SourceData& source = domain.sources[record.sourceIp.trimmed()];
        source.sums.add(sums);
        source.extent.add(reporter, days);
        const auto slot = std::find_if(source.byClass.begin(), source.byClass.end(),
                                       [&](const std::pair<int, quint64>& c) { return c.first == cls; });
        if (slot == source.byClass.end()) {
            source.byClass.append({cls, record.count});
        } else {
            addSaturating(slot->second, record.count);
        }
        domain.senders[cls].add(sums);

        if (!days.isEmpty()) {
            const quint64 n = static_cast<quint64>(days.size());
            const quint64 failing = sums.messages - sums.dmarcPass;
            for (int i = 0; i < days.size(); ++i) {
                ReportDay& day = domain.days[days[i]];
                day.day = days[i];
                const quint64 index = static_cast<quint64>(i);
                addSaturating(day.passing, sums.dmarcPass / n + (index < sums.dmarcPass % n ? 1 : 0));
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

void DmarcReportSummary::setSourceSpf(const QString& domain, const QString& ip, const QString& resultKeyword,
                                      const QString& text, const QString& reason)
{
    m_d->spf.insert(domain.toLower() + u'|' + ip, Data::SpfFacts{resultKeyword, text, reason});
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

QString DmarcReportSummary::addressOrder(const QString& ip)
{
    const auto address = IpAddress::parse(ip.trimmed());
    if (!address) {
        return QStringLiteral("9:") + ip;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(address->bytes()), address->byteCount());
    return (address->isV4() ? QStringLiteral("4:") : QStringLiteral("6:")) + QString::fromLatin1(bytes.toHex());
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
               const Catalogue& catalogue, bool rejecting)
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
    if (rejecting) {
        return DmarcReportSummary::tr("%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing, "
                                      "which p=reject already has receivers refuse. If one of them is a server of "
                                      "yours, add it to SPF or sign its mail with DKIM.",
                                      nullptr, sources)
            .arg(failing)
            .arg(domain);
    }
    return DmarcReportSummary::tr("%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — "
                                  "quarantine will stop these. If one of them is a server of yours, add it to SPF "
                                  "or sign its mail with DKIM before you move on.",
                                  nullptr, sources)
        .arg(failing)
        .arg(domain);
}

} // namespace

ReportSummaryState DmarcReportSummary::state() const
{
    ReportSummaryState state;
    state.reporters = m_d->reporters;
    state.classes = m_d->classes;
    state.reports = m_d->reports;
    QStringList names = m_d->domains.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const DomainData& d = m_d->domains[name];
        ReportDomainState domain;
        domain.domain = name;
        domain.tally = d.sums.tally();
        domain.reporters = d.extent.reporters;
        domain.first = d.extent.first;
        domain.last = d.extent.last;
        domain.days = d.days.values();
        domain.policy = d.policy;
        domain.policyAt = d.policyAt;
        domain.testing = d.testing;
        for (auto it = d.senders.constBegin(); it != d.senders.constEnd(); ++it) {
            domain.senders.append({it.key(), it.value().tally()});
        }
        std::sort(domain.senders.begin(), domain.senders.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = d.sources.constBegin(); it != d.sources.constEnd(); ++it) {
            domain.sources.append(ReportSourceState{it.key(), it.value().sums.tally(), it.value().extent.reporters,
                                                    it.value().extent.first, it.value().extent.last,
                                                    it.value().byClass});
        }
        // Most messages first: a project that can keep only part of them keeps the biggest (ReportSummaryJson).
        std::sort(domain.sources.begin(), domain.sources.end(),
                  [](const ReportSourceState& a, const ReportSourceState& b) {
                      return a.tally.messages != b.tally.messages ? a.tally.messages > b.tally.messages : a.ip < b.ip;
                  });
        state.domains.append(domain);
    }
    return state;
}

void DmarcReportSummary::restore(const ReportSummaryState& state)
{
    m_d->domains.clear();
    m_d->reporters.clear();
    m_d->reporterIndex.clear();
    m_d->classes.clear();
    m_d->classIndex.clear();
    for (const QString& reporter : state.reporters) {
        m_d->intern(reporter);
    }
    for (const ReportSourceClass& cls : state.classes) {
        m_d->intern(cls);
    }
    // Interning maps a repeated entry onto its first copy: indexes are translated, never taken on trust.
    QList<int> reporterMap;
    for (const QString& reporter : state.reporters) {
        reporterMap.append(m_d->reporterIndex.value(reporter));
    }
    QList<int> classMap;
    for (const ReportSourceClass& cls : state.classes) {
        classMap.append(m_d->classIndex.value(classKey(cls)));
    }
    const auto reporters = [&](const QList<int>& ids) {
        QList<int> out;
        for (const int id : ids) {
            if (id >= 0 && id < reporterMap.size() && !out.contains(reporterMap[id]) &&
                out.size() < Extent::kMaxReporters) {
                out.append(reporterMap[id]);
            }
        }
        return out;
    };
    for (const ReportDomainState& ds : state.domains) {
        DomainData& d = m_d->domains[ds.domain];
        d.sums = Sums::of(ds.tally);
        d.extent.reporters = reporters(ds.reporters);
        d.extent.first = ds.first;
        d.extent.last = ds.last;
        for (const ReportDay& day : ds.days) {
            d.days.insert(day.day, day);
        }
        d.policy = ds.policy;
        d.policyAt = ds.policyAt;
        d.testing = ds.testing;
        for (const auto& [cls, tally] : ds.senders) {
            if (cls >= 0 && cls < classMap.size()) {
                d.senders[classMap[cls]].add(Sums::of(tally));
            }
        }
        for (const ReportSourceState& ss : ds.sources) {
            SourceData& source = d.sources[ss.ip];
            source.sums = Sums::of(ss.tally);
            source.extent.reporters = reporters(ss.reporters);
            source.extent.first = ss.first;
            source.extent.last = ss.last;
            for (const auto& [cls, count] : ss.classes) {
                if (cls >= 0 && cls < classMap.size()) {
                    source.byClass.append({classMap[cls], count});
                }
            }
            if (source.byClass.isEmpty()) {
                // A source needs a class to be listed; one without is nobody's.
                source.byClass.append({m_d->intern(ReportSourceClass{}), ss.tally.messages});
            }
        }
    }
    m_d->reports = state.reports;
    m_d->outside = 0;
}

ReportDomainStats DmarcReportSummary::domain(const QString& name) const
{
    ReportDomainStats stats;
    const auto found = m_d->domains.constFind(bareDomain(name));
    if (found == m_d->domains.constEnd()) {
        return stats;
    }
    const DomainData& d = *found;
    stats.domain = found.key();
    stats.counts = d.sums.counts();
    stats.reporters = m_d->reporterNames(d.extent.reporters);
    stats.first = d.extent.first;
    stats.last = d.extent.last;
    stats.policy = d.policy;
    stats.testing = d.testing;
    const int span = stats.daySpan();

    // One text for every unknown address (shared, not copied per source).
    // At p=reject (not in testing) receivers refuse these already: nothing to move on to.
    const bool rejecting = stats.policy == u"reject" && !stats.testing;
    const QString unknownFix =
        rejecting ? tr("Probably spoofing, which p=reject already has receivers refuse. If this is a server of yours, "
                       "add it to SPF or sign its mail with DKIM.")
                  : tr("Probably spoofing — quarantine will stop these. If this is a server of yours, add "
                       "it to SPF or sign its mail with DKIM.");
    QHash<int, int> sourcesPerClass;
    stats.sources.reserve(d.sources.size());
    for (auto it = d.sources.constBegin(); it != d.sources.constEnd(); ++it) {
        const SourceData& s = it.value();
        ReportSourceStats source;
        source.ip = it.key();
        source.addressOrder = addressOrder(it.key());
        source.counts = s.sums.counts();
        source.reporters = m_d->reporterNames(s.extent.reporters);
        source.first = s.extent.first;
        source.last = s.extent.last;
        std::tie(source.name, source.nameConfirmed) = m_d->names.value(it.key());
        const Data::SpfFacts spf = m_d->spf.value(stats.domain + u'|' + it.key());
        source.spfResult = spf.result;
        source.spfAuthority = spf.text;
        source.spfReason = spf.reason;
        // The kind most of its messages were given; on a tie the one listed first.
        int best = -1;
        quint64 bestCount = 0;
        for (const auto& [cls, count] : s.byClass) {
            ++sourcesPerClass[cls];
            if (best < 0 || count > bestCount ||
                (count == bestCount && kindRank(m_d->classes[cls].kind) < kindRank(m_d->classes[best].kind))) {
                best = cls;
                bestCount = count;
            }
        }
        const ReportSourceClass& cls = m_d->classes[best];
        source.kind = cls.kind;
        source.senderId = cls.senderId;
        source.senderName = cls.senderName;
        source.verdict = verdictFor(cls.kind, source.counts);
        source.fix = cls.kind == ReportSourceKind::Unknown
                         ? (source.counts.failing() > 0 ? unknownFix : QString())
                         : fixFor(cls, source.counts, stats.domain, span, 1, m_d->catalogue, rejecting);
        stats.sources.append(source);
    }
    std::sort(stats.sources.begin(), stats.sources.end(), [](const ReportSourceStats& a, const ReportSourceStats& b) {
        return a.counts.messages != b.counts.messages ? a.counts.messages > b.counts.messages : a.ip < b.ip;
    });

    for (auto it = d.senders.constBegin(); it != d.senders.constEnd(); ++it) {
        const ReportSourceClass& cls = m_d->classes[it.key()];
        ReportSenderStats sender;
        sender.kind = cls.kind;
        sender.senderId = cls.senderId;
        sender.senderName = cls.senderName;
        sender.counts = it.value().counts();
        sender.sources = sourcesPerClass.value(it.key());
        sender.fix = fixFor(cls, sender.counts, stats.domain, span, sender.sources, m_d->catalogue, rejecting);
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
