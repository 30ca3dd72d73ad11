#include "TrainingClock.h"

namespace mailauth {

TrainingClock::TrainingClock(QObject* parent)
    : QObject(parent)
{
    m_sinceChange.start();
}

qint64 TrainingClock::nowMs() const
{
    return m_simulatedAtChange + m_sinceChange.elapsed() * m_speed;
}

void TrainingClock::setSpeed(int speed)
{
    speed = std::max(1, speed);
    if (speed == m_speed) {
        return;
    }
    m_simulatedAtChange = nowMs();
    m_sinceChange.restart();
    m_speed = speed;
    Q_EMIT speedChanged(speed);
}

quint32 TrainingClock::toWallSeconds(qint64 simulatedSeconds) const
{
    if (simulatedSeconds <= 0) {
        return 1;
    }
    return static_cast<quint32>(std::max<qint64>(1, (simulatedSeconds + m_speed - 1) / m_speed));
}

} // namespace mailauth
