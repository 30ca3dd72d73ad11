#include "VantagePointDiscovery.h"

namespace mailauth {

VantagePointDiscoveryResult VantagePointDiscovery::run(const QString& name, DnsLookup& dns)
{
    VantagePointDiscoveryResult result;
    QStringList labels = name.toLower().split(u'.', Qt::SkipEmptyParts);
    QStringList hosts;
    while (labels.size() >= 1) {
        const QString candidate = labels.join(u'.');
        const DnsAnswer ns = dns.lookup(candidate, RecordType::NS);
        if (ns.status == DnsStatus::Pending) {
            result.pending = true;
            return result;
        }
        for (const DnsRecord& r : ns.recordsOfType(RecordType::NS)) {
            if (r.name.compare(candidate, Qt::CaseInsensitive) == 0 || r.name.isEmpty()) {
                QString host = r.target;
                if (host.endsWith(u'.')) {
                    host.chop(1);
                }
                hosts.append(host);
            }
        }
        if (!hosts.isEmpty()) {
            result.zone = candidate;
            break;
        }
        labels.removeFirst();
    }
    if (hosts.isEmpty()) {
        result.error = tr("No name servers were found for %1 or its parent domains.").arg(name);
        return result;
    }
    for (const QString& host : hosts) {
        for (RecordType type : {RecordType::A, RecordType::AAAA}) {
            const DnsAnswer a = dns.lookup(host, type);
            if (a.status == DnsStatus::Pending) {
                result.pending = true;
                continue;
            }
            for (const DnsRecord& r : a.recordsOfType(type)) {
                DnsServerAddress server;
                server.address = r.address;
                result.points.append(VantagePoint::authoritative(host, server));
            }
        }
    }
    if (!result.pending && result.points.isEmpty()) {
        result.error =
            tr("The name servers of %1 (%2) have no addresses.").arg(result.zone, hosts.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace mailauth
