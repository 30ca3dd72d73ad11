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
class PropagationWatcher final : public QObject
{
    Q_OBJECT

public:
    PropagationWatcher(const PropagationExpectation& expectation, const QList<VantagePoint>& points,
                       QObject* parent = nullptr);
    ~PropagationWatcher() override;

    void setTimeLimit(int seconds) { m_timeLimitSeconds = seconds; }
    void setMaxRetryInterval(int milliseconds) { m_maxRetryMs = milliseconds; }
    void setQueryTimeout(int milliseconds, int tries);

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
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QString summary() const;

Q_SIGNALS:
    void statusChanged(int index);
    void progress(int matching, int total);
    void confirmed();
    void finished(bool confirmed, const QString& summary);

private:
    struct Slot;
    void ask(int index);
    void onAnswer(int index, const DnsAnswer& answer);
    void schedule(int index, int delayMs);
    void evaluate();
    void stopAll();

    PropagationExpectation m_expectation;
    QList<VantageStatus> m_status;
    QList<Slot*> m_slots;
    QTimer m_limit;
    QElapsedTimer m_elapsed;
    int m_timeLimitSeconds = 4 * 3600;
    int m_maxRetryMs = 60 * 1000;
    int m_queryTimeoutMs = 2000;
    int m_queryTries = 2;
    bool m_running = false;
    bool m_confirmed = false;
    bool m_resolversReleased = false;
};

} // namespace mailauth
