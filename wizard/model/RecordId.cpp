#include "RecordId.h"

namespace mailauth {

namespace {

struct Keyword
{
    RecordId id;
    const char* text;
};

constexpr Keyword kKeywords[] = {{RecordId::Spf, "spf"},
                                 {RecordId::DkimSelector1, "dkim-selector1"},
                                 {RecordId::DkimSelector2, "dkim-selector2"},
                                 {RecordId::DkimEnabled, "dkim-enabled"},
                                 {RecordId::Dmarc, "dmarc"}};

} // namespace

QString recordIdKeyword(RecordId id)
{
    for (const Keyword& k : kKeywords) {
        if (k.id == id) {
            return QString::fromLatin1(k.text);
        }
    }
    return {};
}

std::optional<RecordId> recordIdFromKeyword(QStringView keyword)
{
    for (const Keyword& k : kKeywords) {
        if (keyword == QLatin1String(k.text)) {
            return k.id;
        }
    }
    return std::nullopt;
}

} // namespace mailauth
