#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailauth {

struct AuthResultProperty
{
    QString type;     // "smtp", "header", "body", "policy"; empty for a bare name=value (Microsoft's action=)
    QString property; // "mailfrom", "d", "from", ...
    QString value;
    QString key() const { return type.isEmpty() ? property : type + u'.' + property; }
};

struct AuthResultMethod
{
    QString method; // lower case: spf, dkim, dmarc, arc, compauth, ...
    std::optional<int> version;
    QString result; // lower case: pass, fail, softfail, none, ...
    QString reason; // reason="..." (Microsoft: compauth reason=NNN)
    QList<AuthResultProperty> properties;
    QStringList comments; // what the receiver wrote in parentheses ("sender IP is 192.0.2.25")

    std::optional<QString> property(QStringView key) const; // "header.d", "smtp.mailfrom", "action"
};

// An Authentication-Results (RFC 8601) or ARC-Authentication-Results (RFC 8617) field value. Strict where the RFC is
// clear, lenient where receivers are known to deviate: Microsoft 365 omits the authserv-id and writes bare
// name=value pairs (action=oreject); values carry '/' and '@' unquoted (header.b=, smtp.mailfrom=).
struct AuthenticationResults
{
    Q_DECLARE_TR_FUNCTIONS(AuthenticationResults)

public:
    static AuthenticationResults parse(const QString& value, bool arc = false);

    QString authservId;             // empty when the receiver left it out (Microsoft 365)
    std::optional<int> version;     // authres-version
    std::optional<int> arcInstance; // ARC: i=
    bool none = false;              // "; none": nothing was checked
    QList<AuthResultMethod> methods;
    QStringList problems; // what did not follow the grammar (the rest is still read)

    // The first result of this method, if any.
    const AuthResultMethod* first(QStringView method) const;
};

} // namespace mailauth
