#include "SpfRecordSelection.h"

#include "SpfRecord.h"

namespace mailauth {

SpfRecordSelection SpfRecordSelection::fromAnswer(const DnsAnswer& answer)
{
    SpfRecordSelection s;
    for (const DnsRecord& r : answer.recordsOfType(RecordType::TXT)) {
        const QByteArray joined = r.txtJoined();
        if (SpfRecord::looksLikeSpf(joined)) {
            s.m_records.append(joined);
            s.m_strings.append(r.txtStrings);
        }
    }
    return s;
}

SpfRecordSelection SpfRecordSelection::fromTexts(const QList<QByteArray>& texts)
{
    DnsAnswer answer;
    answer.status = DnsStatus::NoError;
    for (const QByteArray& t : texts) {
        DnsRecord r;
        r.type = RecordType::TXT;
        r.txtStrings = {t};
        answer.records.append(r);
    }
    return fromAnswer(answer);
}

QString SpfRecordSelection::recordText(int index) const
{
    return index < m_records.size() ? QString::fromLatin1(m_records[index]) : QString();
}

} // namespace mailauth
