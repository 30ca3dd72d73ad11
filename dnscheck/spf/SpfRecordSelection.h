#pragma once

#include "dns/DnsTypes.h"

#include <QList>
#include <QString>

namespace mailauth {

// RFC 7208 4.5: of all TXT records at a name, the ones that begin with "v=spf1". Exactly one may remain.
class SpfRecordSelection
{
public:
    static SpfRecordSelection fromAnswer(const DnsAnswer& answer);
    static SpfRecordSelection fromTexts(const QList<QByteArray>& texts);

    int count() const { return static_cast<int>(m_records.size()); }
    // The record as text, one character per octet (non-ASCII octets are then caught by the parser).
    QString recordText(int index = 0) const;
    const QList<QByteArray>& records() const { return m_records; }
    // The strings of each selected record as published (for the 255-octet check).
    const QList<QList<QByteArray>>& strings() const { return m_strings; }

private:
    QList<QByteArray> m_records;
    QList<QList<QByteArray>> m_strings;
};

} // namespace mailauth
