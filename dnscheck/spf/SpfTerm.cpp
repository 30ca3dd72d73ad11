#include "SpfTerm.h"

namespace mailauth {

QChar qualifierChar(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Pass:
        return u'+';
    case SpfQualifier::Fail:
        return u'-';
    case SpfQualifier::SoftFail:
        return u'~';
    case SpfQualifier::Neutral:
        return u'?';
    }
    return u'+';
}

QString mechanismName(SpfMechanism mechanism)
{
    switch (mechanism) {
    case SpfMechanism::All:
        return QStringLiteral("all");
    case SpfMechanism::Include:
        return QStringLiteral("include");
    case SpfMechanism::A:
        return QStringLiteral("a");
    case SpfMechanism::Mx:
        return QStringLiteral("mx");
    case SpfMechanism::Ptr:
        return QStringLiteral("ptr");
    case SpfMechanism::Ip4:
        return QStringLiteral("ip4");
    case SpfMechanism::Ip6:
        return QStringLiteral("ip6");
    case SpfMechanism::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

bool costsLookup(SpfMechanism mechanism)
{
    switch (mechanism) {
    case SpfMechanism::Include:
    case SpfMechanism::A:
    case SpfMechanism::Mx:
    case SpfMechanism::Ptr:
    case SpfMechanism::Exists:
        return true;
    case SpfMechanism::All:
    case SpfMechanism::Ip4:
    case SpfMechanism::Ip6:
        return false;
    }
    return false;
}

} // namespace mailauth
