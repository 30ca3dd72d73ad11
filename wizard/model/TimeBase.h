#pragma once

#include <QDateTime>

namespace mailauth {

// The clock a rollout reads its dates and durations from. Real rollouts use the wall clock; a training session
// substitutes its simulated clock, so that confirmation times, the DMARC plan and every ETA share one time base that
// can run faster than real time and be paused.
class TimeBase
{
public:
    virtual ~TimeBase() = default;

    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }
    // Simulated seconds that pass per wall-clock second while running (1 on the wall clock).
    virtual int speed() const { return 1; }
    virtual bool isPaused() const { return false; }

    static const TimeBase& wallClock();
};

} // namespace mailauth
