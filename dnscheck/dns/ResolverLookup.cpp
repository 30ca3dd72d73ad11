#include "ResolverLookup.h"

namespace mailauth {

namespace {

QString canonical(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    return n;
}

bool tryNextServer(DnsStatus status)
{
    return status == DnsStatus::Timeout || status == DnsStatus::Unreachable || status == DnsStatus::Refused;
}

} // namespace

ResolverLookup::ResolverLookup(const QList<AresChannel::Options>& servers, int maxInFlight, QObject* parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
{
    for (const AresChannel::Options& options : servers) {
        m_channels.append(new AresChannel(options, this));
    }
}

QList<AresChannel::Options> ResolverLookup::channels(const QList<DnsServerAddress>& authoritative,
                                                     const QList<DnsServerAddress>& resolvers, bool systemFallback)
{
    QList<AresChannel::Options> list;
    for (const DnsServerAddress& s : authoritative) {
        list.append(AresChannel::Options{s, false, 2000, 2});
    }
    for (const DnsServerAddress& s : resolvers) {
        list.append(AresChannel::Options{s, true, 2000, 2});
    }
    if (resolvers.isEmpty() && systemFallback) {
        list.append(AresChannel::Options{std::nullopt, true, 2000, 2});
    }
    return list;
}

QStringList ResolverLookup::serverLabels() const
{
    QStringList labels;
    for (const AresChannel* c : m_channels) {
        labels.append(c->serverLabel());
    }
    return labels;
}

DnsAnswer ResolverLookup::raw(const Key& key)
{
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        return *it;
    }
    if (!m_sent.contains(key) && !m_queue.contains(key)) {
        m_queue.append(key);
        pump();
    }
    DnsAnswer pending;
    pending.status = DnsStatus::Pending;
    return pending;
}

DnsAnswer ResolverLookup::lookup(const QString& name, RecordType type)
{
    Key key{canonical(name), type};
    DnsAnswer answer = raw(key);
    // Follow a CNAME chain the server did not finish (authoritative servers answer only for their own zone).
    for (int hop = 0; hop < 8 && type != RecordType::CNAME && answer.status != DnsStatus::Pending; ++hop) {
        if (!answer.recordsOfType(type).isEmpty()) {
            break;
        }
        const QList<DnsRecord> cnames = answer.recordsOfType(RecordType::CNAME);
        if (cnames.isEmpty() || isFailure(answer.status)) {
            break;
        }
        const QString target = canonical(cnames.last().target);
        // A resolver already chased the chain: the last target appears as an owner name in the answer.
        bool chased = false;
        for (const DnsRecord& r : answer.records) {
            chased = chased || (canonical(r.name) == target && r.type != RecordType::CNAME);
        }
        if (chased || answer.negativeTtl) {
            break; // a recursive resolver's own negative answer for the end of the chain
        }
        DnsAnswer next = raw(Key{target, type});
        if (next.status == DnsStatus::Pending) {
            return next;
        }
        next.records = cnames + next.records;
        answer = next;
    }
    return answer;
}

void ResolverLookup::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        send(m_queue.takeFirst(), 0);
    }
}

void ResolverLookup::send(const Key& key, int serverIndex)
{
    if (m_channels.isEmpty()) {
        DnsAnswer none;
        none.status = DnsStatus::Unreachable;
        m_cache.insert(key, none);
        return;
    }
    m_sent.insert(key, serverIndex);
    ++m_inFlight;
    ++m_asked;
    m_channels[serverIndex]->query(key.name, key.type, [this, key, serverIndex](const DnsAnswer& answer) {
        --m_inFlight;
        if (tryNextServer(answer.status) && serverIndex + 1 < m_channels.size()) {
            send(key, serverIndex + 1);
            return;
        }
        m_cache.insert(key, answer);
        m_sent.remove(key);
        pump();
        Q_EMIT answered();
    });
}

} // namespace mailauth
