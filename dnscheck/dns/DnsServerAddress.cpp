#include "DnsServerAddress.h"

namespace mailauth {

std::optional<DnsServerAddress> DnsServerAddress::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            if (error != nullptr) {
                *error =
                    QCoreApplication::translate("DnsServerAddress", "\"%1\": missing \"]\" after the IPv6 address.")
                        .arg(text);
            }
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                if (error != nullptr) {
                    *error =
                        QCoreApplication::translate("DnsServerAddress", "\"%1\" is not of the form [address]:port.")
                            .arg(text);
                }
                return std::nullopt;
            }
            port = rest.mid(1);
        }
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        port = text.section(u':', 1);
    }
    const auto address = IpAddress::parse(host);
    if (!address) {
        if (error != nullptr) {
            *error = QCoreApplication::translate(
                         "DnsServerAddress",
                         "\"%1\" is not an IP address (write 192.0.2.53, 192.0.2.53:5300 or [2001:db8::53]:5300).")
                         .arg(text);
        }
        return std::nullopt;
    }
    DnsServerAddress server;
    server.address = *address;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            if (error != nullptr) {
                *error = QCoreApplication::translate("DnsServerAddress", "\"%1\" is not a port number (1 to 65535).")
                             .arg(port);
            }
            return std::nullopt;
        }
        server.port = static_cast<quint16>(value);
    }
    return server;
}

QString DnsServerAddress::toCsv() const
{
    const QString host = address.isV6() ? u'[' + address.toString() + u']' : address.toString();
    return host + u':' + QString::number(port);
}

} // namespace mailauth
