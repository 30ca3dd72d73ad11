#include "InMemoryZone.h"

namespace mailauth {

QString InMemoryZone::normalise(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.') && n.size() > 1) {
        n.chop(1);
    }
    return n;
}

void InMemoryZone::addRecord(const DnsRecord& record)
{
    DnsRecord r = record;
    r.name = normalise(record.name);
    m_names.insert(r.name);
    m_records[Key{r.name, r.type}].append(r);
}

void InMemoryZone::addTxt(const QString& name, const QList<QByteArray>& strings, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = RecordType::TXT;
    r.ttl = ttl;
    r.txtStrings = strings;
    addRecord(r);
}

void InMemoryZone::addTxt(const QString& name, const QString& text, quint32 ttl)
{
    addTxt(name, QList<QByteArray>{text.toUtf8()}, ttl);
}

void InMemoryZone::addA(const QString& name, const QString& address, quint32 ttl)
{
    const auto ip = IpAddress::parse(address);
    if (!ip) {
        return;
    }
    DnsRecord r;
    r.name = name;
    r.type = ip->isV4() ? RecordType::A : RecordType::AAAA;
    r.ttl = ttl;
    r.address = *ip;
    addRecord(r);
}

void InMemoryZone::addMx(const QString& name, quint16 preference, const QString& exchange, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = RecordType::MX;
    r.ttl = ttl;
    r.preference = preference;
    r.target = exchange;
    addRecord(r);
}

void InMemoryZone::addCname(const QString& name, const QString& target, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = RecordType::CNAME;
    r.ttl = ttl;
    r.target = target;
    addRecord(r);
}

void InMemoryZone::addPtr(const QString& name, const QString& target, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = RecordType::PTR;
    r.ttl = ttl;
    r.target = target;
    addRecord(r);
}

void InMemoryZone::addName(const QString& name)
{
    m_names.insert(normalise(name));
}

void InMemoryZone::setFailure(const QString& name, RecordType type, DnsStatus status)
{
    const QString n = normalise(name);
    m_names.insert(n);
    m_failures.insert(Key{n, type}, status);
}

DnsAnswer InMemoryZone::lookup(const QString& name, RecordType type)
{
    ++m_queryCount;
    DnsAnswer answer;
    QString current = normalise(name);
    // A CNAME chain longer than this is treated as a loop, as resolvers do.
    for (int hop = 0; hop < 8; ++hop) {
        if (const auto failure = m_failures.constFind(Key{current, type}); failure != m_failures.constEnd()) {
            answer.status = *failure;
            return answer;
        }
        if (const auto it = m_records.constFind(Key{current, type}); it != m_records.constEnd() && !it->isEmpty()) {
            answer.records += *it;
            answer.status = DnsStatus::NoError;
            return answer;
        }
        const auto cname = m_records.constFind(Key{current, RecordType::CNAME});
        if (type != RecordType::CNAME && cname != m_records.constEnd() && !cname->isEmpty()) {
            answer.records.append(cname->first());
            current = normalise(cname->first().target);
            continue;
        }
        if (type != RecordType::CNAME) {
            if (const auto f = m_failures.constFind(Key{current, RecordType::CNAME}); f != m_failures.constEnd()) {
                answer.status = *f;
                return answer;
            }
        }
        answer.status = m_names.contains(current) ? DnsStatus::NoData : DnsStatus::NxDomain;
        // As a server sends the zone's SOA along with a negative answer: the closest enclosing name that has one.
        for (QString n = current; !n.isEmpty(); n = n.section(u'.', 1)) {
            if (const auto soa = m_records.constFind(Key{n, RecordType::SOA});
                soa != m_records.constEnd() && !soa->isEmpty()) {
                answer.zoneApex = n;
                break;
            }
        }
        return answer;
    }
    answer.status = DnsStatus::ServFail;
    return answer;
}

} // namespace mailauth
