#pragma once

#include "core/IpAddress.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailauth {

// A DNS server to ask directly: an address and a port (53 unless given), as typed on the command line
// ("192.0.2.53", "192.0.2.53:5300", "[2001:db8::53]:5300", "2001:db8::53").
struct DnsServerAddress
{
    IpAddress address;
    quint16 port = 53;

    static std::optional<DnsServerAddress> parse(const QString& text, QString* error = nullptr);
    // The c-ares CSV form: "host:port" or "[v6]:port".
    QString toCsv() const;
    QString toString() const { return toCsv(); }

    friend bool operator==(const DnsServerAddress&, const DnsServerAddress&) = default;
};

} // namespace mailauth
