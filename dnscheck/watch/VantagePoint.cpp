#include "VantagePoint.h"

namespace mailauth {

QString VantagePoint::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Authoritative:
        return QCoreApplication::translate("VantagePoint", "authoritative");
    case Kind::System:
        return QCoreApplication::translate("VantagePoint", "system resolver");
    case Kind::Public:
        return QCoreApplication::translate("VantagePoint", "public resolver");
    case Kind::Custom:
        return QCoreApplication::translate("VantagePoint", "resolver");
    }
    return {};
}

QString VantagePoint::kindKeyword(Kind kind)
{
    switch (kind) {
    case Kind::Authoritative:
        return QStringLiteral("authoritative");
    case Kind::System:
        return QStringLiteral("system");
    case Kind::Public:
        return QStringLiteral("public");
    case Kind::Custom:
        return QStringLiteral("resolver");
    }
    return {};
}

VantagePoint VantagePoint::authoritative(const QString& host, const DnsServerAddress& address)
{
    return VantagePoint{Kind::Authoritative,
                        host.isEmpty() ? address.toCsv() : QStringLiteral("%1 (%2)").arg(host, address.toCsv()),
                        address};
}

VantagePoint VantagePoint::custom(const DnsServerAddress& address)
{
    return VantagePoint{Kind::Custom, address.toCsv(), address};
}

VantagePoint VantagePoint::system()
{
    return VantagePoint{Kind::System, QCoreApplication::translate("VantagePoint", "system resolver"), std::nullopt};
}

QList<VantagePoint> VantagePoint::publicResolvers()
{
    QList<VantagePoint> list;
    const QList<std::pair<QString, QString>> known = {
        {QStringLiteral("Google"), QStringLiteral("8.8.8.8")},
        {QStringLiteral("Cloudflare"), QStringLiteral("1.1.1.1")},
        {QStringLiteral("Quad9"), QStringLiteral("9.9.9.9")},
        {QStringLiteral("OpenDNS"), QStringLiteral("208.67.222.222")},
    };
    for (const auto& [name, ip] : known) {
        const auto address = DnsServerAddress::parse(ip);
        list.append(VantagePoint{Kind::Public, QStringLiteral("%1 (%2)").arg(name, ip), address});
    }
    return list;
}

} // namespace mailauth
