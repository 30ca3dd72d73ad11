#pragma once

#include "AresChannel.h"
#include "DnsLookup.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mailauth {

// DnsLookup over real DNS for the record engine: answers come from a cache shared by everything in one run; a
// question not answered yet returns DnsStatus::Pending and is sent (at most `maxInFlight` at once, each question
// once). `answered()` tells the caller to re-run its evaluation. CNAME chains are followed through the same cache.
// With several servers, a server that fails (timeout, unreachable, refused) is skipped for that question.
class ResolverLookup final : public QObject, public DnsLookup
{
    Q_OBJECT

public:
    explicit ResolverLookup(const QList<AresChannel::Options>& servers, int maxInFlight = 64,
                            QObject* parent = nullptr);

    // The servers to ask, in order: the zone's authoritative servers (no recursion), then the resolvers; the system
    // resolver when no resolver is named and `systemFallback` is set.
    static QList<AresChannel::Options> channels(const QList<DnsServerAddress>& authoritative,
                                                const QList<DnsServerAddress>& resolvers, bool systemFallback);

    DnsAnswer lookup(const QString& name, RecordType type) override;

    int questionsAsked() const { return m_asked; }
    int inFlight() const { return m_inFlight; }
    bool idle() const { return m_inFlight == 0 && m_queue.isEmpty(); }
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

    DnsAnswer raw(const Key& key);
    void send(const Key& key, int serverIndex);
    void pump();

    QList<AresChannel*> m_channels;
    QHash<Key, DnsAnswer> m_cache;
    QHash<Key, int> m_sent; // question -> server index it went to
    QList<Key> m_queue;
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_asked = 0;
};

} // namespace mailauth
