#include "DnsMessage.h"

#include <QStringList>
#include <algorithm>
#include <ares.h>

namespace mailauth {

namespace {

QString canonicalName(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    return n;
}

class Reader
{
public:
    explicit Reader(const QByteArray& wire)
        : m_data(reinterpret_cast<const unsigned char*>(wire.constData()))
        , m_size(static_cast<int>(wire.size()))
    {
    }

    bool ok() const { return m_ok; }
    int position() const { return m_pos; }
    void seek(int pos)
    {
        if (pos < 0 || pos > m_size) {
            m_ok = false;
            return;
        }
        m_pos = pos;
    }

    quint16 u16()
    {
        if (!need(2)) {
            return 0;
        }
        const quint16 v = static_cast<quint16>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
        m_pos += 2;
        return v;
    }

    quint32 u32()
    {
        const quint32 hi = u16();
        const quint32 lo = u16();
        return (hi << 16) | lo;
    }

    const unsigned char* bytes(int count)
    {
        if (!need(count)) {
            return nullptr;
        }
        const unsigned char* p = m_data + m_pos;
        m_pos += count;
        return p;
    }

    QString name()
    {
        if (!m_ok || m_pos >= m_size) {
            m_ok = false;
            return {};
        }
        char* expanded = nullptr;
        long length = 0;
        if (ares_expand_name(m_data + m_pos, m_data, m_size, &expanded, &length) != ARES_SUCCESS || length <= 0) {
            m_ok = false;
            return {};
        }
        QString result = QString::fromLatin1(expanded);
        ares_free_string(expanded);
        m_pos += static_cast<int>(length);
        return result;
    }

private:
    bool need(int count)
    {
        if (!m_ok || count < 0 || m_pos + count > m_size) {
            m_ok = false;
        }
        return m_ok;
    }

    const unsigned char* m_data;
    int m_size;
    int m_pos = 0;
    bool m_ok = true;
};

bool readRecord(Reader& r, DnsRecord& record, bool& known)
{
    record.name = r.name();
    const quint16 type = r.u16();
    r.u16(); // class
    record.ttl = r.u32();
    const quint16 rdlength = r.u16();
    if (!r.ok()) {
        return false;
    }
    const int rdataStart = r.position();
    const int rdataEnd = rdataStart + rdlength;
    known = true;
    switch (type) {
    case static_cast<quint16>(RecordType::A): {
        const unsigned char* p = rdlength == 4 ? r.bytes(4) : nullptr;
        if (p == nullptr) {
            return false;
        }
        record.type = RecordType::A;
        record.address = IpAddress::fromV4Bytes(p);
        break;
    }
    case static_cast<quint16>(RecordType::AAAA): {
        const unsigned char* p = rdlength == 16 ? r.bytes(16) : nullptr;
        if (p == nullptr) {
            return false;
        }
        record.type = RecordType::AAAA;
        record.address = IpAddress::fromV6Bytes(p);
        break;
    }
    case static_cast<quint16>(RecordType::CNAME):
    case static_cast<quint16>(RecordType::NS):
    case static_cast<quint16>(RecordType::PTR):
        record.type = static_cast<RecordType>(type);
        record.target = r.name();
        break;
    case static_cast<quint16>(RecordType::MX):
        record.type = RecordType::MX;
        record.preference = r.u16();
        record.target = r.name();
        break;
    case static_cast<quint16>(RecordType::TXT):
        record.type = RecordType::TXT;
        while (r.ok() && r.position() < rdataEnd) {
            const unsigned char* len = r.bytes(1);
            if (len == nullptr) {
                return false;
            }
            const unsigned char* text = r.bytes(*len);
            if (text == nullptr || r.position() > rdataEnd) {
                return false;
            }
            record.txtStrings.append(QByteArray(reinterpret_cast<const char*>(text), *len));
        }
        break;
    case static_cast<quint16>(RecordType::SOA):
        record.type = RecordType::SOA;
        record.soa.mname = r.name();
        record.soa.rname = r.name();
        record.soa.serial = r.u32();
        record.soa.refresh = r.u32();
        record.soa.retry = r.u32();
        record.soa.expire = r.u32();
        record.soa.minimum = r.u32();
        break;
    default:
        known = false;
        break;
    }
    if (!r.ok() || (known && r.position() != rdataEnd)) {
        return false;
    }
    r.seek(rdataEnd);
    return r.ok();
}

} // namespace

DnsMessage DnsMessage::parse(const QByteArray& wire)
{
    DnsMessage m;
    Reader r(wire);
    m.id = r.u16();
    const quint16 flags = r.u16();
    const quint16 qdcount = r.u16();
    const quint16 ancount = r.u16();
    const quint16 nscount = r.u16();
    r.u16(); // arcount: the additional section is not needed
    if (!r.ok()) {
        return m;
    }
    m.authoritative = (flags & 0x0400) != 0;
    m.truncated = (flags & 0x0200) != 0;
    m.recursionAvailable = (flags & 0x0080) != 0;
    m.rcode = flags & 0x000f;
    for (int i = 0; i < qdcount && r.ok(); ++i) {
        const QString name = r.name();
        if (i == 0) {
            m.questionName = name;
        }
        r.u16();
        r.u16();
    }
    for (int section = 0; section < 2; ++section) {
        const int count = section == 0 ? ancount : nscount;
        for (int i = 0; i < count; ++i) {
            DnsRecord record;
            bool known = false;
            if (!readRecord(r, record, known)) {
                return m;
            }
            if (known) {
                (section == 0 ? m.answers : m.authority).append(record);
            }
        }
    }
    m.valid = r.ok();
    return m;
}

QList<DnsRecord> DnsMessage::answersFor(const QString& name, RecordType type) const
{
    QString current = canonicalName(name);
    QList<DnsRecord> chain;
    if (type != RecordType::CNAME) {
        QStringList visited{current};
        // Each hop consumes one CNAME record, so the walk ends after at most answers.size() hops even in a loop.
        for (qsizetype hop = 0; hop < answers.size(); ++hop) {
            const auto next = std::find_if(answers.begin(), answers.end(), [&](const DnsRecord& r) {
                return r.type == RecordType::CNAME && canonicalName(r.name) == current;
            });
            if (next == answers.end()) {
                break;
            }
            chain.append(*next);
            current = canonicalName(next->target);
            if (visited.contains(current)) {
                break;
            }
            visited.append(current);
        }
    }
    for (const DnsRecord& r : answers) {
        if (r.type == type && canonicalName(r.name) == current) {
            chain.append(r);
        }
    }
    return chain;
}

QList<DnsRecord> DnsMessage::answersToQuestion(RecordType type) const
{
    if (questionName.isEmpty()) {
        return {}; // no question (or the root, which is never asked): nothing can be matched to it
    }
    return answersFor(questionName, type);
}

QString DnsMessage::negativeZone() const
{
    for (const DnsRecord& r : authority) {
        if (r.type == RecordType::SOA) {
            return r.name.endsWith(u'.') ? r.name.chopped(1) : r.name;
        }
    }
    return {};
}

std::optional<quint32> DnsMessage::negativeTtl() const
{
    for (const DnsRecord& r : authority) {
        if (r.type == RecordType::SOA) {
            return std::min(r.ttl, r.soa.minimum);
        }
    }
    return std::nullopt;
}

} // namespace mailauth
