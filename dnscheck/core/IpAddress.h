#pragma once

#include <QString>
#include <array>
#include <optional>

namespace mailauth {

// An IPv4 or IPv6 address, kept as raw bytes. dnscheck is Qt Core only, so QHostAddress (Qt Network) is not used.
class IpAddress
{
public:
    enum class Family
    {
        V4,
        V6
    };

    IpAddress() = default;

    // Strict dotted quad per RFC 7208 `ip4-network` (no leading zeros, exactly four parts).
    static std::optional<IpAddress> parseV4(QStringView text);
    static std::optional<IpAddress> parseV6(QStringView text);
    // Either family; IPv6 first when the text has a colon.
    static std::optional<IpAddress> parse(QStringView text);
    static IpAddress fromV4Bytes(const unsigned char* bytes);
    static IpAddress fromV6Bytes(const unsigned char* bytes);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    bool isV4Mapped() const;
    // The IPv4 address inside an IPv4-mapped IPv6 address, else the address itself.
    IpAddress unmapped() const;

    const unsigned char* bytes() const { return m_bytes.data(); }
    int byteCount() const { return isV4() ? 4 : 16; }

    bool matches(const IpAddress& network, int prefixLength) const;

    // RFC 5952 text for IPv6, dotted quad for IPv4.
    QString toString() const;
    // The RFC 7208 %{i} form: dotted quad, or 32 dot-separated nibbles for IPv6.
    QString toDottedForm() const;
    // in-addr.arpa / ip6.arpa name used for PTR lookups.
    QString reverseName() const;

    friend bool operator==(const IpAddress& a, const IpAddress& b)
    {
        return a.m_family == b.m_family && a.m_bytes == b.m_bytes;
    }

private:
    Family m_family = Family::V4;
    std::array<unsigned char, 16> m_bytes{};
};

} // namespace mailauth
