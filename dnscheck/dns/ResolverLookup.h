#pragma once

#include "AresChannel.h"
#include "DnsLookup.h"
#include "InFlightWindow.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mailauth {

// DnsLookup over real DNS for the record engine: answers come from a cache shared by everything in one run; a
// question not answered yet returns DnsStatus::Pending and is sent (at most `maxInFlight` at once, each question
// once). `answered()` tells the caller to re-run its evaluation. CNAME chains are followed through the same cache.
// With several servers, a server that fails (timeout, unreachable, refused) is skipped for that question.
//
// Each server also has its own window (InFlightWindow) below the cap. A resolver (not an authoritative server, whose
// REFUSED means "not my zone") that answers REFUSED or SERVFAIL while other questions were in flight may be
// overloaded: the question is asked again, at the same server, once its window has room. Asking while the window
// was coming down does not count as a try; kLoadRetries other tries (kMaxLoadAttempts in all) and the answer stands:
// REFUSED moves on to the next server, SERVFAIL is the answer. So does one that came while nothing else was in flight.
class ResolverLookup final : public QObject, public DnsLookup
{
    Q_OBJECT

public:
    // Chosen with tests/bench/latency_benchmark (500 domains, about 10 questions each, resolver 40 ms away, on a
    // loaded 2-core machine): 128 gave 69-100x the sequential time, 256 gave 128-160x. The bound is about the cap
    // itself, so 256 is the smallest that reaches 80x with a margin; a resolver that wants less says so (back-off).
    static constexpr int kDefaultMaxInFlight = 256;
    // The cap when no resolver is named and the system's is asked: a home router or a dnsmasq forwarder drops what it
    // cannot take without a word, and a timeout gives the window no signal to back off on.
    static constexpr int kSystemResolverMaxInFlight = 64;
    static constexpr int kMaxInFlightLimit = 1024;
    static constexpr int kLoadRetries = 4;
    static constexpr int kMaxLoadAttempts = 12;

    explicit ResolverLookup(const QList<AresChannel::Options>& servers, int maxInFlight = kDefaultMaxInFlight,
                            QObject* parent = nullptr);

    // The servers to ask, in order: the zone's authoritative servers (no recursion), then the resolvers; the system
    // resolver when no resolver is named and `systemFallback` is set.
    static QList<AresChannel::Options> channels(const QList<DnsServerAddress>& authoritative,
                                                const QList<DnsServerAddress>& resolvers, bool systemFallback);

    DnsAnswer lookup(const QString& name, RecordType type) override;

    int questionsAsked() const { return m_asked; }
    int inFlight() const { return m_inFlight; }
    bool idle() const { return m_inFlight == 0 && m_queued == 0; }
    // Nothing waits for a window and the cap is not reached: a caller may start more work without delaying anyone.
    bool hasSpareCapacity() const { return m_queued == 0 && m_inFlight < m_maxInFlight; }
    QStringList serverLabels() const;

Q_SIGNALS:
    void answered();

private:
    struct Key
    {
        QString name;
        RecordType type;
        friend bool operator==(const Key&, const Key&) = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.name, static_cast<quint16>(key.type));
    }

    struct Server
    {
        bool recursive = true;
        InFlightWindow window;
        QList<Key> queue; // waiting for room in the window or under the cap
    };
    struct Asking
    {
        int server = 0;
        int loadRetries = 0;
        int loadAttempts = 0;
        InFlightWindow::Ticket ticket;
    };

    DnsAnswer raw(const Key& key);
    void enqueue(const Key& key, int serverIndex, bool first);
    void send(const Key& key, int serverIndex);
    void onAnswer(const Key& key, int serverIndex, const DnsAnswer& answer);
    void pump();

    QList<AresChannel*> m_channels;
    QList<Server> m_servers; // by the same index as m_channels
    QHash<Key, DnsAnswer> m_cache;
    QHash<Key, Asking> m_sent; // question -> where it is queued or in flight
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_queued = 0;
    int m_asked = 0;
};

} // namespace mailauth
