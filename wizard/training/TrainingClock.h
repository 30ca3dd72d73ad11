#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace mailauth {

// Simulated time of a training session: runs `speed` times faster than the wall clock (1x, 10x, 60x), and can change
// speed without jumping.
class TrainingClock final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingClock(QObject* parent = nullptr);

    qint64 nowMs() const; // simulated milliseconds since the session started
    int speed() const { return m_speed; }
    void setSpeed(int speed);
    // A simulated duration in wall-clock seconds at the current speed (at least 1, as DNS TTLs of 0 mean "do not
    // cache").
    quint32 toWallSeconds(qint64 simulatedSeconds) const;

Q_SIGNALS:
    void speedChanged(int speed);

private:
    QElapsedTimer m_sinceChange;
    qint64 m_simulatedAtChange = 0;
    int m_speed = 1;
};

} // namespace mailauth
