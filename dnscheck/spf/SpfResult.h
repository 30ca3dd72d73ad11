#pragma once

#include <QString>

namespace mailauth {

enum class SpfResult
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError
};

// RFC 7208 2.6 keyword ("pass", "permerror", ...); never translated.
QString spfResultKeyword(SpfResult result);
// One sentence for people: what the result means for mail from that server.
QString spfResultDescription(SpfResult result);

} // namespace mailauth
