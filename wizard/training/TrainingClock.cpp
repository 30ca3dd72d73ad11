#include "TrainingClock.h"

namespace mailauth {

TrainingClock::TrainingClock(QObject* parent)
    : QObject(parent)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_sinceChange.start();
}

qint64 TrainingClock::nowMs() const
{
    if (m_paused) {
        return m_simulatedAtChange;
    }
    return m_simulatedAtChange + m_sinceChange.elapsed() * m_speed;
}

void TrainingClock::rebase()
{
    m_simulatedAtChange = nowMs();
    m_sinceChange.restart();
}

void TrainingClock::setSpeed(int speed)
{
    speed = std::max(1, speed);
    if (speed == m_speed) {
        return;
    }
    rebase();
    m_speed = speed;
    Q_EMIT speedChanged(speed);
}

void TrainingClock::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    rebase();
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void TrainingClock::skip(qint64 simulatedSeconds)
{
    if (simulatedSeconds <= 0) {
        return;
    }
    rebase();
    m_simulatedAtChange += simulatedSeconds * 1000;
    Q_EMIT skipped(simulatedSeconds);
}

void TrainingClock::restore(const QDateTime& startedAt, qint64 nowMs)
{
    m_startedAt = startedAt;
    m_simulatedAtChange = nowMs;
    m_sinceChange.restart();
}

quint32 TrainingClock::toWallSeconds(qint64 simulatedSeconds) const
{
    if (simulatedSeconds <= 0) {
        return 1;
    }
    return static_cast<quint32>(std::max<qint64>(1, (simulatedSeconds + m_speed - 1) / m_speed));
}

} // namespace mailauth
