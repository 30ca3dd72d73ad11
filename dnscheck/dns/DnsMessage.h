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
    QString questionName; // of the first question, as sent back by the server
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;

    static DnsMessage parse(const QByteArray& wire);

    // The answer records that answer `name`/`type`: the CNAME chain that starts at `name`, then the records of `type`
    // owned by the end of that chain. Records for any other owner name are dropped: a server (or a forger racing
    // it) must not be able to answer a question nobody asked.
    QList<DnsRecord> answersFor(const QString& name, RecordType type) const;
    // answersFor() starting at questionName. Owner names come from ares_expand_name, which escapes . " ; \ ( ) @ $
    // and writes bytes outside 0x20-0x7e as \DDD, while the name asked goes out raw; the question as the server
    // sent it back is expanded the same way (and c-ares has already matched it to the query), so the chain must
    // start there, not at the raw name.
    QList<DnsRecord> answersToQuestion(RecordType type) const;

    // RFC 2308 5: a negative answer is cached for min(SOA TTL, SOA MINIMUM) of the SOA in the authority section.
    std::optional<quint32> negativeTtl() const;
    // The owner of that SOA: the apex of the zone the asked name lives in (no trailing dot), or empty.
    QString negativeZone() const;
};

} // namespace mailauth
