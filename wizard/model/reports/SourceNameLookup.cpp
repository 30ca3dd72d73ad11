#include "SourceNameLookup.h"

#include "core/IpAddress.h"

namespace mailauth {

namespace {

QString bare(QString name)
{
    name = name.toLower();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

} // namespace

SourceNameLookup::SourceNameLookup(DnsLookup& dns)
    : m_dns(dns)
{
}

void SourceNameLookup::add(const QStringList& ips)
{
    for (const QString& ip : ips) {
        if (m_names.contains(ip) || m_waiting.contains(ip)) {
            continue;
        }
        if (!IpAddress::parse(ip)) {
            m_names.insert(ip, Name{});
            continue;
        }
        m_waiting.append(ip);
    }
}

bool SourceNameLookup::step()
{
    QStringList still;
    for (const QString& ip : std::as_const(m_waiting)) {
        const IpAddress address = IpAddress::parse(ip)->unmapped();
        const DnsAnswer ptr = m_dns.lookup(address.reverseName(), RecordType::PTR);
        if (ptr.status == DnsStatus::Pending) {
            still.append(ip);
            continue;
        }
        if (ptr.status != DnsStatus::NoError) {
            m_names.insert(ip, Name{{}, false, isFailure(ptr.status)});
            continue;
        }
        const QList<DnsRecord> records = ptr.recordsOfType(RecordType::PTR);
        if (records.isEmpty()) {
            m_names.insert(ip, Name{});
            continue;
        }
        const QString name = bare(records.first().target);
        const RecordType type = address.isV4() ? RecordType::A : RecordType::AAAA;
        const DnsAnswer forward = m_dns.lookup(name, type);
        if (forward.status == DnsStatus::Pending) {
            still.append(ip);
            continue;
        }
        bool confirmed = false;
        for (const DnsRecord& r : forward.recordsOfType(type)) {
            confirmed = confirmed || r.address == address;
        }
        m_names.insert(ip, Name{name, confirmed, false});
    }
    m_waiting = still;
    return pending();
}

} // namespace mailauth
