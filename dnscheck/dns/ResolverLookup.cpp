#include "ResolverLookup.h"

#include <algorithm>

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

// What a resolver answers when it sheds load (and what it answers for good reasons, too).
bool mayBeLoad(DnsStatus status)
{
    return status == DnsStatus::Refused || status == DnsStatus::ServFail;
}

} // namespace

ResolverLookup::ResolverLookup(const QList<AresChannel::Options>& servers, int maxInFlight, QObject* parent)
    : QObject(parent)
    , m_maxInFlight(std::clamp(maxInFlight, 1, kMaxInFlightLimit))
{
    for (const AresChannel::Options& options : servers) {
        m_channels.append(new AresChannel(options, this));
        m_servers.append(Server{options.recursion, InFlightWindow(m_maxInFlight), {}});
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
    if (m_channels.isEmpty()) {
        DnsAnswer none;
        none.status = DnsStatus::Unreachable;
        m_cache.insert(key, none);
        return none;
    }
    if (!m_sent.contains(key)) {
        enqueue(key, 0, false);
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

void ResolverLookup::enqueue(const Key& key, int serverIndex, bool first)
{
    Asking& asking = m_sent[key];
    if (asking.server != serverIndex) {
        asking = Asking{serverIndex, 0, 0, {}};
    }
    QList<Key>& queue = m_servers[serverIndex].queue;
    if (first) {
        queue.prepend(key); // asked before: it has waited longest
    } else {
        queue.append(key);
    }
    ++m_queued;
}

void ResolverLookup::pump()
{
    for (qsizetype i = 0; i < m_servers.size() && m_inFlight < m_maxInFlight; ++i) {
        Server& server = m_servers[i];
        while (m_inFlight < m_maxInFlight && server.window.hasRoom() && !server.queue.isEmpty()) {
            --m_queued;
            send(server.queue.takeFirst(), static_cast<int>(i));
        }
    }
}

void ResolverLookup::send(const Key& key, int serverIndex)
{
    m_sent[key].ticket = m_servers[serverIndex].window.sent();
    ++m_inFlight;
    ++m_asked;
    m_channels[serverIndex]->query(
        key.name, key.type, [this, key, serverIndex](const DnsAnswer& answer) { onAnswer(key, serverIndex, answer); });
}

void ResolverLookup::onAnswer(const Key& key, int serverIndex, const DnsAnswer& answer)
{
    --m_inFlight;
    Server& server = m_servers[serverIndex];
    Asking& asking = m_sent[key];
    if (server.recursive && mayBeLoad(answer.status) && asking.ticket.load > 1 && asking.loadRetries < kLoadRetries &&
        asking.loadAttempts < kMaxLoadAttempts) {
        // Maybe shed load, maybe meant: ask again once the (maybe smaller) window has room. A server that refuses
        // everyone (never a good answer) keeps its window, so it costs kLoadRetries more questions each but not speed.
        if (!server.window.overloaded(asking.ticket)) {
            ++asking.loadRetries;
        }
        ++asking.loadAttempts;
        enqueue(key, serverIndex, true);
        pump();
        return;
    }
    if (isFailure(answer.status)) {
        server.window.released(asking.ticket);
    } else {
        server.window.answered(asking.ticket);
    }
    if (tryNextServer(answer.status) && serverIndex + 1 < m_channels.size()) {
        enqueue(key, serverIndex + 1, true);
        pump();
        return;
    }
    m_cache.insert(key, answer);
    m_sent.remove(key);
    pump();
    Q_EMIT answered();
}

} // namespace mailauth
