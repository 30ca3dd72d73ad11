#include "TimeBase.h"

namespace mailauth {

const TimeBase& TimeBase::wallClock()
{
    static const TimeBase clock;
    return clock;
}

} // namespace mailauth
