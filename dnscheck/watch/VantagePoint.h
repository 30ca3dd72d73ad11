#pragma once

#include "dns/DnsServerAddress.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace mailauth {

// A place the world's view of a record is observed from.
struct VantagePoint
{
    enum class Kind
    {
        Authoritative,
        System,
        Public,
        Custom
    };

    Kind kind = Kind::Custom;
    QString label;                          // "ns1.contoso.com (192.0.2.53)", "Google (8.8.8.8)", "system"
    std::optional<DnsServerAddress> server; // nullopt: the system resolver

    bool isAuthoritative() const { return kind == Kind::Authoritative; }
    static QString kindLabel(Kind kind);
    static QString kindKeyword(Kind kind);

    static VantagePoint authoritative(const QString& host, const DnsServerAddress& address);
    static VantagePoint custom(const DnsServerAddress& address);
    static VantagePoint system();
    // 8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222
    static QList<VantagePoint> publicResolvers();
};

} // namespace mailauth
