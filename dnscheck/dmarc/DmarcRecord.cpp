#include "DmarcRecord.h"

#include <QRegularExpression>

namespace mailauth {

QString dmarcPolicyKeyword(DmarcPolicy policy)
{
    switch (policy) {
    case DmarcPolicy::None:
        return QStringLiteral("none");
    case DmarcPolicy::Quarantine:
        return QStringLiteral("quarantine");
    case DmarcPolicy::Reject:
        return QStringLiteral("reject");
    }
    return QStringLiteral("none");
}

std::optional<DmarcPolicy> dmarcPolicyFromKeyword(QStringView keyword)
{
    for (DmarcPolicy p : {DmarcPolicy::None, DmarcPolicy::Quarantine, DmarcPolicy::Reject}) {
        if (keyword.compare(dmarcPolicyKeyword(p), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

bool DmarcRecord::looksLikeDmarc(QStringView text)
{
    // Not trimmed: a record is discarded unless it starts with v=DMARC1 (RFC 9989 4.10 step 2), so one with a space
    // or tab before the "v" is no DMARC record, even though many panels show it like one.
    static const QRegularExpression version(QStringLiteral("^[vV][ \\t]*=[ \\t]*DMARC1[ \\t]*(;|$)"));
    return version.match(text).hasMatch();
}

DmarcRecord DmarcRecord::parse(const QString& text)
{
    DmarcRecord record;
    record.m_text = text;
    record.m_hasVersion = looksLikeDmarc(text);

    static const QRegularExpression tagPattern(QStringLiteral("^([A-Za-z]+)[ \\t]*=[ \\t]*(.*)$"));
    qsizetype start = 0;
    bool first = true;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u';', start);
        if (end < 0) {
            end = text.size();
        }
        const QString piece = text.mid(start, end - start);
        const QString trimmed = piece.trimmed();
        const int position =
            static_cast<int>(start + (piece.size() - piece.trimmed().size() > 0 ? piece.indexOf(trimmed) : 0));
        if (!trimmed.isEmpty()) {
            const auto m = tagPattern.match(trimmed);
            if (m.hasMatch() && !m.captured(2).trimmed().isEmpty()) {
                const QString name = m.captured(1).toLower();
                if (!(first && name == u"v")) {
                    record.m_tags.append(DmarcTag{name, m.captured(2).trimmed(), position});
                }
            } else {
                record.m_problems.append(SyntaxProblem{position, trimmed});
            }
            first = false;
        }
        start = end + 1;
    }
    return record;
}

std::optional<QString> DmarcRecord::value(QStringView name) const
{
    for (const DmarcTag& t : m_tags) {
        if (t.name == name) {
            return t.value;
        }
    }
    return std::nullopt;
}

int DmarcRecord::count(QStringView name) const
{
    return static_cast<int>(
        std::count_if(m_tags.begin(), m_tags.end(), [&](const DmarcTag& t) { return t.name == name; }));
}

} // namespace mailauth
