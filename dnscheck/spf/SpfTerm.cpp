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

int qualifierStrictness(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Fail:
        return 3;
    case SpfQualifier::SoftFail:
        return 2;
    case SpfQualifier::Neutral:
        return 1;
    case SpfQualifier::Pass:
        return 0;
    }
    return 0;
}

QString spfTermKey(const QString& text)
{
    QString key = text.trimmed().toLower();
    if (key.startsWith(u'+')) {
        key.remove(0, 1);
    }
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    return key;
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
