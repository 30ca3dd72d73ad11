#pragma once

#include "core/IpAddress.h"

#include <QString>
#include <optional>

namespace mailauth {

enum class SpfQualifier
{
    Pass,
    Fail,
    SoftFail,
    Neutral
};
enum class SpfMechanism
{
    All,
    Include,
    A,
    Mx,
    Ptr,
    Ip4,
    Ip6,
    Exists
};

QChar qualifierChar(SpfQualifier qualifier);
QString mechanismName(SpfMechanism mechanism);
// Terms that cost a DNS lookup toward the RFC 7208 4.6.4 limit of 10.
bool costsLookup(SpfMechanism mechanism);
// How much a qualifier refuses, for "stricter" and "looser": - 3, ~ 2, ? 1, + 0.
int qualifierStrictness(SpfQualifier qualifier);
// A term's identity when records are compared or merged: case, surrounding space, a "+" (the default qualifier) and
// a trailing dot on the domain do not make another term.
QString spfTermKey(const QString& text);

// One term of an SPF record as written, with its place in the record text.
struct SpfTerm
{
    enum class Kind
    {
        Mechanism,
        Modifier
    };

    Kind kind = Kind::Mechanism;
    QString text; // the term exactly as written
    int position = 0;

    // Mechanisms
    SpfQualifier qualifier = SpfQualifier::Pass;
    bool explicitQualifier = false;
    SpfMechanism mechanism = SpfMechanism::All;
    QString domainSpec; // empty when the mechanism has none (a, mx, ptr use the current domain)
    std::optional<int> cidr4;
    std::optional<int> cidr6;
    IpAddress network; // ip4, ip6

    // Modifiers
    QString name; // lower case
    QString value;

    bool isMechanism() const { return kind == Kind::Mechanism; }
    bool isModifier(QStringView modifierName) const { return kind == Kind::Modifier && name == modifierName; }
};

} // namespace mailauth
