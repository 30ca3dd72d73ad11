#pragma once

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QString>

namespace mailauth {

// One record the admin must publish, independent of how a DNS host wants it typed.
struct DnsRecordSpec
{
    Q_DECLARE_TR_FUNCTIONS(DnsRecordSpec)

public:
    QString zone; // contoso.com (A-label form)
    QString name; // full owner name, e.g. _dmarc.contoso.com (A-label form, no trailing dot)
    RecordType type = RecordType::TXT;
    QString value; // TXT: the text; CNAME: the target; MX: the exchange
    quint32 ttl = 3600;
    quint16 preference = 0; // MX

    // The owner name relative to the zone: "_dmarc", or "" for the apex.
    QString relativeName() const;

    // Empty when every field fits each export format; otherwise why not. Names and targets hold only letters,
    // digits, hyphens and underscores between dots (a "*" label first), values no line breaks or control characters:
    // anything else could start a new zone line, CSV row or command in a generated file.
    QString problem() const;
};

} // namespace mailauth
