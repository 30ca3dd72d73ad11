#pragma once

#include "SimulatedDnsServer.h"
#include "TrainingClock.h"
#include "dns/DnsServerAddress.h"

#include <QHash>
#include <QObject>
#include <limits>

namespace mailauth {

// The DNS world of a training session: zones whose records change at simulated times, two authoritative servers
// (the second sees changes only after a delay, like a secondary waiting for its zone transfer) and two caching
// resolvers that keep answers for their TTL. Every server answers real DNS packets on loopback; TTLs on the wire are
// scaled to the session's speed, so the unmodified watcher waits the right wall-clock time.
class TrainingWorld final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingWorld(QObject* parent = nullptr);
    ~TrainingWorld() override;

    TrainingClock& clock() { return m_clock; }
    const TrainingClock& clock() const { return m_clock; }

    void addZone(const QString& apex);
    QStringList zones() const { return m_zones; }
    QString zoneOf(const QString& name) const; // empty when no zone of the world holds it

    void seed(const DnsRecord& record);    // there since before the session started
    void publish(const DnsRecord& record); // appears at the primary now
    // Removes every record at `name` of `type` (whose text form is `value`, when given); the number removed.
    int remove(const QString& name, RecordType type, const QString& value = QString());
    // What the primary holds now.
    QList<DnsRecord> currentRecords(const QString& zone) const;
    // The authoritative data as it was at simulated time `atMs`.
    DnsAnswer answerAt(const QString& name, RecordType type, qint64 atMs) const;
    // The resolvers asked for this before the session started, so they hold the answer of that time.
    void seedResolverCache(const QString& name, RecordType type, qint64 secondsBeforeStart);

    // When each resolver last fetched an answer: with the zones' history, enough to fill the caches again after a
    // resume (the answer is fetched again as it was at that time).
    struct CacheFill
    {
        int resolver = 0;
        QString name;
        RecordType type = RecordType::TXT;
        qint64 fetchedAtMs = 0;
    };
    QList<CacheFill> cacheFills() const;
    void restoreCacheFill(const CacheFill& fill);
    static constexpr int kResolverCount = 2;

    int secondaryDelaySeconds = 120;
    quint32 negativeTtlSeconds = 3600;

    // Opens the servers (two authoritative, two resolvers) on loopback.
    bool start(QString* error);
    QList<DnsServerAddress> authoritativeServers() const;
    QList<DnsServerAddress> resolverServers() const;
    int queriesAnswered() const;
    QHash<QString, QString> serverNames() const; // address -> "Primary name server", ...

    static QString valueText(const DnsRecord& record); // "v=spf1 -all", "10 mx.example", "target.example"

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        DnsRecord record;
        qint64 fromMs = std::numeric_limits<qint64>::min();
        qint64 untilMs = std::numeric_limits<qint64>::max();
    };
    struct CacheEntry
    {
        QString name;
        RecordType type = RecordType::TXT;
        DnsAnswer answer;
        qint64 fetchedAtMs = 0;
        quint32 ttlSeconds = 0;
    };

    DnsRecord soaRecord(const QString& zone) const;
    SimulatedDnsServer::Reply authoritativeReply(const QString& name, RecordType type, qint64 atMs) const;
    SimulatedDnsServer::Reply resolverReply(int resolver, const QString& name, RecordType type);
    SimulatedDnsServer::Reply scaled(SimulatedDnsServer::Reply reply, qint64 remainingSeconds = -1) const;
    CacheEntry fetch(const QString& name, RecordType type, qint64 atMs) const;

    TrainingClock m_clock;
    QStringList m_zones;
    QList<Entry> m_entries;
    QList<QHash<QString, CacheEntry>> m_caches{kResolverCount};
    QList<SimulatedDnsServer*> m_authoritative;
    QList<SimulatedDnsServer*> m_resolvers;
};

} // namespace mailauth
