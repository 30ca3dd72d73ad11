#pragma once

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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
    // Today's values this record replaces at the same name and type (every published SPF record, a DMARC record
    // that changes, a CNAME's old target), empty when none. Every export removes them in the same change:
    // publishing beside them would leave two SPF or two DMARC records, which breaks both (RFC 7208 4.5 permerror,
    // RFC 9989 discards the policy). An MX may replace only as a null MX, and then replaces every MX at the name
    // (RFC 7505 3: a null MX stands alone), so the values are the exchanges, for the reader.
    QStringList replaces = {};

    // The owner name relative to the zone: "_dmarc", or "" for the apex.
    QString relativeName() const;

    // Empty when every field fits each export format; otherwise why not. Names and targets hold only letters,
    // digits, hyphens and underscores between dots (a "*" label first), values no line breaks or control characters:
    // anything else could start a new zone line, CSV row or command in a generated file. `replaces` is held to the
    // same rules as the value.
    QString problem() const;
    // `replaces` without the new value (replacing a value by itself changes nothing) and without repeats.
    QStringList replacedValues() const;
    bool replacesOther() const { return !replacedValues().isEmpty(); }
    bool isNullMx() const { return type == RecordType::MX && value == u"." && preference == 0; }
};

} // namespace mailauth
