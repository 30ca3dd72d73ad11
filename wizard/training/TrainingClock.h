#pragma once

#include "model/TimeBase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

namespace mailauth {

// Simulated time of a training session: runs `speed` times faster than the wall clock (1x, 10x, 60x), can change
// speed without jumping, and can be paused. It is the session's one time base: DNS TTLs, the ETAs the wizard shows,
// confirmation times and the DMARC plan's dates all read it.
class TrainingClock final : public QObject, public TimeBase
{
    Q_OBJECT

public:
    explicit TrainingClock(QObject* parent = nullptr);

    qint64 nowMs() const; // simulated milliseconds since the session started
    QDateTime now() const override { return m_startedAt.addMSecs(nowMs()); }
    int speed() const override { return m_speed; }
    void setSpeed(int speed);
    bool isPaused() const override { return m_paused; }
    void setPaused(bool paused);
    // Moves simulated time forward at once ("an hour later…"), so that a class need not wait out a long TTL.
    void skip(qint64 simulatedSeconds);
    // A simulated duration in wall-clock seconds at the current speed (at least 1, as DNS TTLs of 0 mean "do not
    // cache").
    quint32 toWallSeconds(qint64 simulatedSeconds) const;

    QDateTime startedAt() const { return m_startedAt; }
    // Puts the clock where a saved session left it (the simulated start date and time elapsed), without a signal:
    // a resumed session and its replayed actions keep the dates and times they had.
    void restore(const QDateTime& startedAt, qint64 nowMs);

Q_SIGNALS:
    void speedChanged(int speed);
    void pausedChanged(bool paused);
    void skipped(qint64 simulatedSeconds);

private:
    void rebase(); // starts a new stretch at the current simulated time

    QDateTime m_startedAt;
    QElapsedTimer m_sinceChange;
    qint64 m_simulatedAtChange = 0;
    int m_speed = 1;
    bool m_paused = false;
};

} // namespace mailauth
