#include "TrainingWorld.h"

#include "dns/InMemoryZone.h"

#include <algorithm>
#include <tuple>

namespace mailauth {

namespace {

QString cacheKey(const QString& name, RecordType type)
{
    return InMemoryZone::normalise(name) + u'/' + recordTypeName(type);
}

} // namespace

TrainingWorld::TrainingWorld(QObject* parent)
    : QObject(parent)
{
}

TrainingWorld::~TrainingWorld() = default;

void TrainingWorld::addZone(const QString& apex)
{
    const QString zone = InMemoryZone::normalise(apex);
    if (zone.isEmpty() || m_zones.contains(zone)) {
        return;
    }
    m_zones.append(zone);
    for (const QString& ns : {QStringLiteral("ns1.dns-host.example"), QStringLiteral("ns2.dns-host.example")}) {
        DnsRecord r;
        r.name = zone;
        r.type = RecordType::NS;
        r.ttl = 86400;
        r.target = ns;
        seed(r);
    }
}

QString TrainingWorld::zoneOf(const QString& name) const
{
    const QString n = InMemoryZone::normalise(name);
    QString best;
    for (const QString& zone : m_zones) {
        if ((n == zone || n.endsWith(u'.' + zone)) && zone.size() > best.size()) {
            best = zone;
        }
    }
    return best;
}

void TrainingWorld::seed(const DnsRecord& record)
{
    DnsRecord r = record;
    r.name = InMemoryZone::normalise(r.name);
    m_entries.append(Entry{r});
    Q_EMIT changed();
}

void TrainingWorld::publish(const DnsRecord& record)
{
    DnsRecord r = record;
    r.name = InMemoryZone::normalise(r.name);
    m_entries.append(Entry{r, m_clock.nowMs()});
    Q_EMIT changed();
}

int TrainingWorld::remove(const QString& name, RecordType type, const QString& value)
{
    const QString n = InMemoryZone::normalise(name);
    const qint64 now = m_clock.nowMs();
    int removed = 0;
    for (Entry& e : m_entries) {
        if (e.untilMs > now && e.fromMs <= now && e.record.name == n && e.record.type == type &&
            (value.isNull() || valueText(e.record) == value)) {
            e.untilMs = now;
            ++removed;
        }
    }
    if (removed > 0) {
        Q_EMIT changed();
    }
    return removed;
}

QList<DnsRecord> TrainingWorld::currentRecords(const QString& zone) const
{
    const qint64 now = m_clock.nowMs();
    QList<DnsRecord> out;
    for (const Entry& e : m_entries) {
        if (e.fromMs <= now && now < e.untilMs && zoneOf(e.record.name) == zone) {
            out.append(e.record);
        }
    }
    return out;
}

DnsAnswer TrainingWorld::answerAt(const QString& name, RecordType type, qint64 atMs) const
{
    InMemoryZone view;
    for (const QString& zone : m_zones) {
        view.addName(zone);
    }
    for (const Entry& e : m_entries) {
        if (e.fromMs <= atMs && atMs < e.untilMs) {
            view.addRecord(e.record);
        }
    }
    if (type == RecordType::SOA && m_zones.contains(InMemoryZone::normalise(name))) {
        DnsAnswer a;
        a.status = DnsStatus::NoError;
        a.records.append(soaRecord(InMemoryZone::normalise(name)));
        return a;
    }
    return view.lookup(name, type);
}

DnsRecord TrainingWorld::soaRecord(const QString& zone) const
{
    DnsRecord soa;
    soa.name = zone.isEmpty() ? QStringLiteral("example") : zone;
    soa.type = RecordType::SOA;
    soa.ttl = negativeTtlSeconds;
    soa.soa.mname = QStringLiteral("ns1.dns-host.example");
    soa.soa.rname = QStringLiteral("hostmaster.dns-host.example");
    soa.soa.serial = 2026112901;
    soa.soa.refresh = 3600;
    soa.soa.retry = 600;
    soa.soa.expire = 604800;
    soa.soa.minimum = negativeTtlSeconds;
    return soa;
}

SimulatedDnsServer::Reply TrainingWorld::authoritativeReply(const QString& name, RecordType type, qint64 atMs) const
{
    SimulatedDnsServer::Reply reply;
    reply.answer = answerAt(name, type, atMs);
    if (isNegative(reply.answer.status)) {
        const QString zone = zoneOf(name);
        reply.negativeSoa = soaRecord(zone.isEmpty() ? name.section(u'.', -1) : zone);
    }
    return scaled(reply);
}

SimulatedDnsServer::Reply TrainingWorld::scaled(SimulatedDnsServer::Reply reply, qint64 remainingSeconds) const
{
    for (DnsRecord& r : reply.answer.records) {
        r.ttl = m_clock.toWallSeconds(remainingSeconds >= 0 ? std::min<qint64>(remainingSeconds, r.ttl) : r.ttl);
    }
    if (reply.negativeSoa) {
        const quint32 wall = m_clock.toWallSeconds(remainingSeconds >= 0 ? remainingSeconds : negativeTtlSeconds);
        reply.negativeSoa->ttl = wall;
        reply.negativeSoa->soa.minimum = wall;
    }
    return reply;
}

TrainingWorld::CacheEntry TrainingWorld::fetch(const QString& name, RecordType type, qint64 atMs) const
{
    CacheEntry entry;
    entry.name = InMemoryZone::normalise(name);
    entry.type = type;
    // A resolver asks whichever authoritative server it likes; the lagging secondary makes the lag visible.
    entry.answer = answerAt(name, type, atMs - qint64(secondaryDelaySeconds) * 1000);
    entry.fetchedAtMs = atMs;
    entry.ttlSeconds = negativeTtlSeconds;
    if (entry.answer.status == DnsStatus::NoError) {
        entry.ttlSeconds = std::numeric_limits<quint32>::max();
        for (const DnsRecord& r : entry.answer.records) {
            entry.ttlSeconds = std::min(entry.ttlSeconds, r.ttl);
        }
    }
    return entry;
}

SimulatedDnsServer::Reply TrainingWorld::resolverReply(int resolver, const QString& name, RecordType type)
{
    const qint64 now = m_clock.nowMs();
    const QString key = cacheKey(name, type);
    auto& cache = m_caches[resolver];
    auto it = cache.find(key);
    if (it == cache.end() || now >= it->fetchedAtMs + qint64(it->ttlSeconds) * 1000) {
        it = cache.insert(key, fetch(name, type, now));
    }
    SimulatedDnsServer::Reply reply;
    reply.answer = it->answer;
    if (isNegative(reply.answer.status)) {
        const QString zone = zoneOf(name);
        reply.negativeSoa = soaRecord(zone.isEmpty() ? name.section(u'.', -1) : zone);
    }
    const qint64 remaining = (it->fetchedAtMs + qint64(it->ttlSeconds) * 1000 - now + 999) / 1000;
    return scaled(reply, remaining);
}

void TrainingWorld::seedResolverCache(const QString& name, RecordType type, qint64 secondsBeforeStart)
{
    const qint64 at = m_clock.nowMs() - secondsBeforeStart * 1000;
    for (auto& cache : m_caches) {
        cache.insert(cacheKey(name, type), fetch(name, type, at));
    }
}

QList<TrainingWorld::CacheFill> TrainingWorld::cacheFills() const
{
    QList<CacheFill> out;
    for (int resolver = 0; resolver < m_caches.size(); ++resolver) {
        for (const CacheEntry& entry : m_caches[resolver]) {
            out.append(CacheFill{resolver, entry.name, entry.type, entry.fetchedAtMs});
        }
    }
    // Hash order differs from run to run; a sorted list makes equal states save as equal files.
    std::sort(out.begin(), out.end(), [](const CacheFill& a, const CacheFill& b) {
        return std::tie(a.resolver, a.name, a.type, a.fetchedAtMs) <
               std::tie(b.resolver, b.name, b.type, b.fetchedAtMs);
    });
    return out;
}

void TrainingWorld::restoreCacheFill(const CacheFill& fill)
{
    if (fill.resolver < 0 || fill.resolver >= m_caches.size()) {
        return;
    }
    m_caches[fill.resolver].insert(cacheKey(fill.name, fill.type), fetch(fill.name, fill.type, fill.fetchedAtMs));
}

bool TrainingWorld::start(QString* error)
{
    const qint64 lag = qint64(secondaryDelaySeconds) * 1000;
    m_authoritative = {
        new SimulatedDnsServer(
            tr("Primary name server"), true,
            [this](const QString& n, RecordType t) { return authoritativeReply(n, t, m_clock.nowMs()); }, this),
        new SimulatedDnsServer(
            tr("Secondary name server"), true,
            [this, lag](const QString& n, RecordType t) { return authoritativeReply(n, t, m_clock.nowMs() - lag); },
            this)};
    m_resolvers = {new SimulatedDnsServer(
                       tr("Internet provider's resolver"), false,
                       [this](const QString& n, RecordType t) { return resolverReply(0, n, t); }, this),
                   new SimulatedDnsServer(
                       tr("Public resolver"), false,
                       [this](const QString& n, RecordType t) { return resolverReply(1, n, t); }, this)};
    for (SimulatedDnsServer* s : m_authoritative + m_resolvers) {
        if (!s->start(error)) {
            return false;
        }
    }
    return true;
}

QList<DnsServerAddress> TrainingWorld::authoritativeServers() const
{
    QList<DnsServerAddress> out;
    for (const SimulatedDnsServer* s : m_authoritative) {
        out.append(s->address());
    }
    return out;
}

QList<DnsServerAddress> TrainingWorld::resolverServers() const
{
    QList<DnsServerAddress> out;
    for (const SimulatedDnsServer* s : m_resolvers) {
        out.append(s->address());
    }
    return out;
}

QHash<QString, QString> TrainingWorld::serverNames() const
{
    QHash<QString, QString> names;
    for (const SimulatedDnsServer* s : m_authoritative + m_resolvers) {
        names.insert(s->address().toCsv(), s->label());
    }
    return names;
}

int TrainingWorld::queriesAnswered() const
{
    int n = 0;
    for (const SimulatedDnsServer* s : m_authoritative + m_resolvers) {
        n += s->queriesAnswered();
    }
    return n;
}

QString TrainingWorld::valueText(const DnsRecord& record)
{
    switch (record.type) {
    case RecordType::TXT:
        return QString::fromUtf8(record.txtJoined());
    case RecordType::MX:
        return QString::number(record.preference) + u' ' + record.target;
    case RecordType::A:
    case RecordType::AAAA:
        return record.address.toString();
    case RecordType::SOA:
        return record.soa.mname;
    case RecordType::NS:
    case RecordType::CNAME:
    case RecordType::PTR:
        break;
    }
    return record.target;
}

} // namespace mailauth
