#include "IpAddress.h"

#ifdef _WIN32
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

#include <QList>
#include <QStringList>
#include <cstring>

namespace mailauth {

std::optional<IpAddress> IpAddress::parseV4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4) {
        return std::nullopt;
    }
    IpAddress address;
    address.m_family = Family::V4;
    for (int i = 0; i < 4; ++i) {
        const QStringView part = parts[i];
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == u'0')) {
            return std::nullopt;
        }
        int value = 0;
        for (QChar c : part) {
            if (c < u'0' || c > u'9') {
                return std::nullopt;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255) {
            return std::nullopt;
        }
        address.m_bytes[i] = static_cast<unsigned char>(value);
    }
    return address;
}

std::optional<IpAddress> IpAddress::parseV6(QStringView text)
{
    if (text.isEmpty() || text.size() > 45) {
        return std::nullopt;
    }
    for (QChar c : text) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.')) {
            return std::nullopt;
        }
    }
    const QByteArray latin = text.toLatin1();
    IpAddress address;
    address.m_family = Family::V6;
    if (inet_pton(AF_INET6, latin.constData(), address.m_bytes.data()) != 1) {
        return std::nullopt;
    }
    return address;
}

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    if (text.contains(u':')) {
        return parseV6(text);
    }
    return parseV4(text);
}

IpAddress IpAddress::fromV4Bytes(const unsigned char* bytes)
{
    IpAddress address;
    address.m_family = Family::V4;
    std::memcpy(address.m_bytes.data(), bytes, 4);
    return address;
}

IpAddress IpAddress::fromV6Bytes(const unsigned char* bytes)
{
    IpAddress address;
    address.m_family = Family::V6;
    std::memcpy(address.m_bytes.data(), bytes, 16);
    return address;
}

bool IpAddress::isV4Mapped() const
{
    if (!isV6()) {
        return false;
    }
    for (int i = 0; i < 10; ++i) {
        if (m_bytes[i] != 0) {
            return false;
        }
    }
    return m_bytes[10] == 0xff && m_bytes[11] == 0xff;
}

IpAddress IpAddress::unmapped() const
{
    if (!isV4Mapped()) {
        return *this;
    }
    return fromV4Bytes(m_bytes.data() + 12);
}

bool IpAddress::matches(const IpAddress& network, int prefixLength) const
{
    if (network.m_family != m_family) {
        return false;
    }
    const int bits = byteCount() * 8;
    if (prefixLength < 0 || prefixLength > bits) {
        return false;
    }
    const int fullBytes = prefixLength / 8;
    if (std::memcmp(m_bytes.data(), network.m_bytes.data(), static_cast<size_t>(fullBytes)) != 0) {
        return false;
    }
    const int rest = prefixLength % 8;
    if (rest == 0) {
        return true;
    }
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    return (m_bytes[fullBytes] & mask) == (network.m_bytes[fullBytes] & mask);
}

QString IpAddress::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const int af = isV4() ? AF_INET : AF_INET6;
    if (inet_ntop(af, m_bytes.data(), buffer, sizeof buffer) == nullptr) {
        return {};
    }
    return QString::fromLatin1(buffer);
}

QString IpAddress::toDottedForm() const
{
    if (isV4()) {
        return toString();
    }
    // Upper-case nibbles, as in the RFC 7208 section 7.4 examples.
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(63);
    for (int i = 0; i < 16; ++i) {
        if (i > 0) {
            out += u'.';
        }
        out += QLatin1Char(hex[m_bytes[i] >> 4]);
        out += u'.';
        out += QLatin1Char(hex[m_bytes[i] & 0x0f]);
    }
    return out;
}

QString IpAddress::reverseName() const
{
    const QStringList parts = toDottedForm().split(u'.');
    QStringList reversed(parts.rbegin(), parts.rend());
    return reversed.join(u'.') + (isV4() ? QStringLiteral(".in-addr.arpa") : QStringLiteral(".ip6.arpa"));
}

} // namespace mailauth
