#include "DnsTypes.h"

#include <iterator>

namespace mailauth {

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QStringLiteral("A");
    case RecordType::NS:
        return QStringLiteral("NS");
    case RecordType::CNAME:
        return QStringLiteral("CNAME");
    case RecordType::SOA:
        return QStringLiteral("SOA");
    case RecordType::PTR:
        return QStringLiteral("PTR");
    case RecordType::MX:
        return QStringLiteral("MX");
    case RecordType::TXT:
        return QStringLiteral("TXT");
    case RecordType::AAAA:
        return QStringLiteral("AAAA");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<int>(type));
}

std::optional<RecordType> recordTypeFromName(QStringView name)
{
    for (RecordType t : {RecordType::A, RecordType::NS, RecordType::CNAME, RecordType::SOA, RecordType::PTR,
                         RecordType::MX, RecordType::TXT, RecordType::AAAA}) {
        if (name.compare(recordTypeName(t), Qt::CaseInsensitive) == 0) {
            return t;
        }
    }
    return std::nullopt;
}

QString dnsStatusKeyword(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NoError:
        return QStringLiteral("noerror");
    case DnsStatus::NoData:
        return QStringLiteral("nodata");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::ServFail:
        return QStringLiteral("servfail");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Unreachable:
        return QStringLiteral("unreachable");
    case DnsStatus::OtherError:
        return QStringLiteral("error");
    case DnsStatus::BadRcode:
        return QStringLiteral("bad-rcode");
    case DnsStatus::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("error");
}

QString rcodeName(int rcode)
{
    static const char* const names[] = {"NOERROR",  "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP",  "REFUSED",
                                        "YXDOMAIN", "YXRRSET", "NXRRSET",  "NOTAUTH",  "NOTZONE", "DSOTYPENI"};
    if (rcode >= 0 && rcode < static_cast<int>(std::size(names))) {
        return QString::fromLatin1(names[rcode]);
    }
    return QStringLiteral("RCODE%1").arg(rcode);
}

QString DnsAnswer::statusKeyword() const
{
    if (status == DnsStatus::BadRcode && rcode >= 0) {
        return rcodeName(rcode).toLower();
    }
    return dnsStatusKeyword(status);
}

bool isNegative(DnsStatus status)
{
    return status == DnsStatus::NoData || status == DnsStatus::NxDomain;
}

bool isFailure(DnsStatus status)
{
    return status != DnsStatus::NoError && !isNegative(status);
}

QByteArray DnsRecord::txtJoined() const
{
    QByteArray joined;
    for (const QByteArray& s : txtStrings) {
        joined += s;
    }
    return joined;
}

QList<DnsRecord> DnsAnswer::recordsOfType(RecordType type) const
{
    QList<DnsRecord> out;
    for (const DnsRecord& r : records) {
        if (r.type == type) {
            out.append(r);
        }
    }
    return out;
}

} // namespace mailauth
