#pragma once

#include "core/IpAddress.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailauth {

enum class RecordType : quint16
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28
};

QString recordTypeName(RecordType type);
std::optional<RecordType> recordTypeFromName(QStringView name);

// Outcome of one question. NoData and NxDomain are answers ("nothing there"); everything from ServFail on is a
// failure to learn the answer and must never be shown as "record missing".
enum class DnsStatus
{
    NoError,  // NOERROR with at least one record of the asked type
    NoData,   // NOERROR, name exists, no record of that type
    NxDomain, // the name does not exist
    ServFail,
    Refused,
    Timeout,
    Unreachable, // no server could be contacted
    OtherError,  // malformed answer, local resolver error, ...
    BadRcode,    // any other response code (FORMERR, NOTIMP, NOTAUTH, ...): DnsAnswer::rcode says which
    Pending,     // asynchronous source: not known yet; ask again once it is
};

QString dnsStatusKeyword(DnsStatus status);
// "NOTAUTH", "RCODE12": the IANA mnemonic of a response code (RFC 6895 2.3).
QString rcodeName(int rcode);
bool isNegative(DnsStatus status); // NoData or NxDomain
bool isFailure(DnsStatus status);  // a failure to get an answer

struct SoaData
{
    QString mname;
    QString rname;
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};

struct DnsRecord
{
    QString name;
    RecordType type = RecordType::A;
    quint32 ttl = 0;
    IpAddress address;            // A, AAAA
    QString target;               // CNAME, NS, PTR, MX exchange
    quint16 preference = 0;       // MX
    QList<QByteArray> txtStrings; // TXT: the character-strings of this one RR, in order
    SoaData soa;                  // SOA

    // TXT strings of one RR joined with no separator (RFC 7208 3.3, RFC 6376 3.6.2.2).
    QByteArray txtJoined() const;
};

struct DnsAnswer
{
    DnsStatus status = DnsStatus::NxDomain;
    QList<DnsRecord> records; // CNAMEs of the chain first, then the records of the asked type
    // Where the answer came from; filled by network sources, empty for in-memory zones.
    QString server;             // "127.0.0.1:5300"
    bool authoritative = false; // the AA flag
    qint64 latencyMs = -1;
    std::optional<quint32> negativeTtl; // NoData/NxDomain: how long resolvers may cache the absence (RFC 2308)
    QString zoneApex;                   // NoData/NxDomain: the owner of the SOA sent along, i.e. the zone's apex
    QString detail;                     // for failures: what went wrong, for people
    int rcode = -1;                     // the response code of the message, when one arrived

    // dnsStatusKeyword(), except that a BadRcode answer names its response code ("notauth").
    QString statusKeyword() const;

    QList<DnsRecord> recordsOfType(RecordType type) const;
};

} // namespace mailauth
