#include "DnsWireFormat.h"

#include <QtEndian>

namespace mailauth {

namespace {

void put16(QByteArray& out, quint16 v)
{
    out.append(static_cast<char>(v >> 8));
    out.append(static_cast<char>(v & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, static_cast<quint16>(v >> 16));
    put16(out, static_cast<quint16>(v & 0xffff));
}

quint16 get16(const QByteArray& in, qsizetype at)
{
    return static_cast<quint16>((static_cast<quint8>(in[at]) << 8) | static_cast<quint8>(in[at + 1]));
}

QByteArray rdata(const DnsRecord& r)
{
    QByteArray out;
    switch (r.type) {
    case RecordType::A:
    case RecordType::AAAA:
        out.append(reinterpret_cast<const char*>(r.address.bytes()), r.address.byteCount());
        break;
    case RecordType::NS:
    case RecordType::CNAME:
    case RecordType::PTR:
        out = DnsWireFormat::encodeName(r.target);
        break;
    case RecordType::MX:
        put16(out, r.preference);
        out += DnsWireFormat::encodeName(r.target);
        break;
    case RecordType::TXT:
        for (const QByteArray& s : r.txtStrings) {
            // Longer strings are split the way a zone file would store them.
            for (qsizetype at = 0; at < s.size() || (s.isEmpty() && at == 0); at += 255) {
                const QByteArray part = s.mid(at, 255);
                out.append(static_cast<char>(part.size()));
                out += part;
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        break;
    case RecordType::SOA:
        out = DnsWireFormat::encodeName(r.soa.mname) + DnsWireFormat::encodeName(r.soa.rname);
        put32(out, r.soa.serial);
        put32(out, r.soa.refresh);
        put32(out, r.soa.retry);
        put32(out, r.soa.expire);
        put32(out, r.soa.minimum);
        break;
    }
    return out;
}

void putRecord(QByteArray& out, const DnsRecord& r)
{
    out += DnsWireFormat::encodeName(r.name);
    put16(out, static_cast<quint16>(r.type));
    put16(out, 1); // IN
    put32(out, r.ttl);
    const QByteArray data = rdata(r);
    put16(out, static_cast<quint16>(data.size()));
    out += data;
}

} // namespace

QByteArray DnsWireFormat::encodeName(const QString& name)
{
    QByteArray out;
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1().left(63);
        out.append(static_cast<char>(bytes.size()));
        out += bytes;
    }
    out.append('\0');
    return out;
}

std::optional<DnsWireFormat::Query> DnsWireFormat::parseQuery(const QByteArray& packet)
{
    if (packet.size() < 17 || (static_cast<quint8>(packet[2]) & 0x80) != 0 || get16(packet, 4) != 1) {
        return std::nullopt;
    }
    Query q;
    q.id = get16(packet, 0);
    q.recursionDesired = (static_cast<quint8>(packet[2]) & 0x01) != 0;
    qsizetype at = 12;
    QStringList labels;
    while (at < packet.size()) {
        const int length = static_cast<quint8>(packet[at]);
        if (length == 0) {
            ++at;
            break;
        }
        if (length > 63 || at + 1 + length > packet.size()) {
            return std::nullopt; // compression or truncation: not in a query we accept
        }
        labels.append(QString::fromLatin1(packet.mid(at + 1, length)).toLower());
        at += 1 + length;
    }
    if (at + 4 > packet.size()) {
        return std::nullopt;
    }
    q.name = labels.join(u'.');
    q.type = get16(packet, at);
    q.rawQuestion = packet.mid(12, at + 4 - 12);
    q.edns = get16(packet, 10) > 0; // an OPT record in the additional section
    return q;
}

QByteArray DnsWireFormat::encodeAnswer(const Query& query, const DnsAnswer& answer, bool authoritative,
                                       const std::optional<DnsRecord>& negativeSoa)
{
    int rcode = 0;
    switch (answer.status) {
    case DnsStatus::NxDomain:
        rcode = 3;
        break;
    case DnsStatus::ServFail:
    case DnsStatus::Timeout:
    case DnsStatus::Unreachable:
    case DnsStatus::Pending:
        rcode = 2;
        break;
    case DnsStatus::Refused:
        rcode = 5;
        break;
    case DnsStatus::OtherError:
        rcode = 4;
        break;
    case DnsStatus::BadRcode:
        rcode = answer.rcode >= 0 ? answer.rcode : 4;
        break;
    case DnsStatus::NoError:
    case DnsStatus::NoData:
        break;
    }
    const bool negative = isNegative(answer.status) && negativeSoa.has_value();
    QByteArray out;
    put16(out, query.id);
    quint8 flags1 = 0x80; // QR
    if (authoritative) {
        flags1 |= 0x04;
    }
    if (query.recursionDesired) {
        flags1 |= 0x01;
    }
    out.append(static_cast<char>(flags1));
    out.append(static_cast<char>((authoritative ? 0x00 : 0x80) | rcode)); // RA for the caching resolvers
    put16(out, 1);
    put16(out, answer.status == DnsStatus::NoError ? static_cast<quint16>(answer.records.size()) : 0);
    put16(out, negative ? 1 : 0);
    put16(out, query.edns ? 1 : 0);
    out += query.rawQuestion;
    if (answer.status == DnsStatus::NoError) {
        for (const DnsRecord& r : answer.records) {
            putRecord(out, r);
        }
    }
    if (negative) {
        putRecord(out, *negativeSoa);
    }
    if (query.edns) {
        out.append('\0');
        put16(out, 41);   // OPT
        put16(out, 1232); // payload size
        put32(out, 0);
        put16(out, 0);
    }
    return out;
}

} // namespace mailauth
