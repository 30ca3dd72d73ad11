#pragma once

#include "DnsTypes.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace mailauth {

// A DNS response walked by hand (RFC 1035 4.1): c-ares 1.18 gives TTLs only for A/AAAA and has no CNAME parser,
// so the answer and authority sections are read here, names through ares_expand_name. Every read is bounds-checked;
// a malformed message yields valid == false, never a crash.
struct DnsMessage
{
    bool valid = false;
    quint16 id = 0;
    bool authoritative = false;
    bool truncated = false;
    bool recursionAvailable = false;
    int rcode = 0;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;

    static DnsMessage parse(const QByteArray& wire);

    // RFC 2308 5: a negative answer is cached for min(SOA TTL, SOA MINIMUM) of the SOA in the authority section.
    std::optional<quint32> negativeTtl() const;
};

} // namespace mailauth
