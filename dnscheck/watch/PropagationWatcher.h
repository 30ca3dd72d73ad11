#pragma once

#include "PropagationExpectation.h"
#include "VantagePoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace mailauth {

class AresChannel;

enum class VantageState
{
    Waiting,
    OldAnswer,
    NotFound,
    Matches,
    Error
};
QString vantageStateKeyword(VantageState state);
QString vantageStateLabel(VantageState state);

struct VantageStatus
{
    VantagePoint point;
    VantageState state = VantageState::Waiting;
    QString valueSeen;
    QString reason;      // for Error: what went wrong
    int etaSeconds = -1; // when this server should show the new record; -1 unknown, 0 now
    int questions = 0;
    bool asked = false; // resolvers are only asked once every authoritative server has the record
};

// Watches a record spread: authoritative servers first, and caching resolvers only once every reachable
// authoritative server serves the new record, so that an early question does not plant a negative answer in their
// caches (RFC 2308). A resolver is asked again when what it holds expires (its TTL, or the SOA negative TTL), never
// with more than one question in flight per server; errors are retried with a bounded backoff.
//
// When a TXT or CNAME record is missing at an authoritative server (at any server when none is watched), the watcher
// also looks for where the DNS panel may have put it: the name with the zone appended again, and the wrong type at the
// right name (PropagationExpectation::misplacementProbes). One such round of at most two questions goes to the server
// that answered, never while another round is out and at most once per probe interval (10 s), however many servers
// there are; misplacements() says what was found, in words for people.
class PropagationWatcher final : public QObject
{
    Q_OBJECT

public:
    // Resolvers keep no record longer than a week (RFC 8767 4 suggests 604,800 s as the cap on TTLs; BIND's
    // max-cache-ttl default is the same), so waiting longer than that cannot see anything new. It also keeps the
    // limit in milliseconds far from the int range of QTimer.
    static constexpr int kMaxTimeLimitSeconds = 7 * 24 * 3600;
    static constexpr quint32 kMaxCacheSeconds = 7 * 24 * 3600;

    // How long a resolver may keep an answer with this TTL: RFC 2181 8 makes a TTL with the top bit set mean 0 (the
    // field is 31 bits; such a value is most likely a broken server, and 0 means "ask again soon", the harmless
    // reading), and no resolver keeps anything longer than kMaxCacheSeconds.
    static quint32 cacheSeconds(quint32 ttl);
    // How long a resolver may keep this record set: the shortest cacheSeconds() of its records (each TTL is read
    // per RFC 2181 8 first, so a TTL with the top bit set counts as 0 rather than as the largest), 0 when empty.
    static quint32 cacheSeconds(const QList<DnsRecord>& records);

    PropagationWatcher(const PropagationExpectation& expectation, const QList<VantagePoint>& points,
                       QObject* parent = nullptr);
    ~PropagationWatcher() override;

    // Clamped to 1 s .. kMaxTimeLimitSeconds.
    void setTimeLimit(int seconds);
    int timeLimit() const { return m_timeLimitSeconds; }
    void setMaxRetryInterval(int milliseconds) { m_maxRetryMs = milliseconds; }
    void setQueryTimeout(int milliseconds, int tries);
    // The shortest time between two rounds of misplacement questions (default 10 s).
    void setProbeInterval(int milliseconds) { m_probeIntervalMs = milliseconds; }

    void start();
    void cancel();
    // Asks every server that is due in the current phase now, without waiting for its timer.
    void checkNow();

    const PropagationExpectation& expectation() const { return m_expectation; }
    const QList<VantageStatus>& statuses() const { return m_status; }
    bool isRunning() const { return m_running; }
    bool isConfirmed() const { return m_confirmed; }
    bool resolversReleased() const { return m_resolversReleased; }
    int matchingCount() const;
    // The largest ETA of the servers not yet matching; -1 when unknown.
    int overallEtaSeconds() const;
    // Time watched: stops growing when the watcher stops (confirmed, cancelled or out of time).
    qint64 elapsedMs() const
    {
        return m_stoppedAfterMs >= 0 ? m_stoppedAfterMs : (m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    }
    // Where the missing record was found instead (doubled name, wrong type), from the latest round that got its
    // answers; empty once the record matches.
    const QList<MisplacementFinding>& misplacements() const { return m_misplaced; }
    // How many misplacement questions were sent.
    int probeQuestions() const { return m_probeQuestions; }
    // Includes the misplacement diagnoses while not confirmed.
    QString summary() const;

Q_SIGNALS:
    void statusChanged(int index);
    void progress(int matching, int total);
    void confirmed();
    void finished(bool confirmed, const QString& summary);
    void misplacementChanged();

private:
    struct Slot;
    void ask(int index);
    void onAnswer(int index, const DnsAnswer& answer);
    void schedule(int index, int delayMs);
    void evaluate();
    void stopAll();
    void probe(int index, const DnsAnswer& answer);
    bool anyAuthoritative() const;
    void setMisplacements(const QList<MisplacementFinding>& found);

    PropagationExpectation m_expectation;
    QList<VantageStatus> m_status;
    QList<Slot*> m_slots;
    QTimer m_limit;
    QElapsedTimer m_elapsed;
    qint64 m_stoppedAfterMs = -1;
    int m_timeLimitSeconds = 4 * 3600;
    int m_maxRetryMs = 60 * 1000;
    int m_queryTimeoutMs = 2000;
    int m_queryTries = 2;
    bool m_running = false;
    bool m_confirmed = false;
    bool m_resolversReleased = false;
    QList<MisplacementFinding> m_misplaced;
    QElapsedTimer m_lastProbe;
    int m_probeIntervalMs = 10 * 1000;
    int m_probeRound = 0; // answers of an older round (before a restart) are dropped
    int m_probeQuestions = 0;
    bool m_probing = false;
};

} // namespace mailauth
