#include "SpfResult.h"

#include <QCoreApplication>

namespace mailauth {

QString spfResultKeyword(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return QStringLiteral("none");
    case SpfResult::Neutral:
        return QStringLiteral("neutral");
    case SpfResult::Pass:
        return QStringLiteral("pass");
    case SpfResult::Fail:
        return QStringLiteral("fail");
    case SpfResult::SoftFail:
        return QStringLiteral("softfail");
    case SpfResult::TempError:
        return QStringLiteral("temperror");
    case SpfResult::PermError:
        return QStringLiteral("permerror");
    }
    return QStringLiteral("none");
}

QString spfResultDescription(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return QCoreApplication::translate("SpfResult",
                                           "The domain publishes no SPF record, so nothing is said about this server.");
    case SpfResult::Neutral:
        return QCoreApplication::translate("SpfResult", "The domain explicitly says nothing about this server.");
    case SpfResult::Pass:
        return QCoreApplication::translate("SpfResult", "This server is allowed to send mail for the domain.");
    case SpfResult::Fail:
        return QCoreApplication::translate("SpfResult", "This server is not allowed to send mail for the domain.");
    case SpfResult::SoftFail:
        return QCoreApplication::translate(
            "SpfResult", "This server is probably not allowed to send mail for the domain (soft fail).");
    case SpfResult::TempError:
        return QCoreApplication::translate(
            "SpfResult", "A temporary DNS problem stopped the check; receivers will usually try again later.");
    case SpfResult::PermError:
        return QCoreApplication::translate("SpfResult",
                                           "The domain's SPF record is broken, so receivers cannot use it.");
    }
    return {};
}

} // namespace mailauth
