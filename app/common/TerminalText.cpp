#include "TerminalText.h"

namespace mailauth {

namespace {

bool needsEscape(char16_t c, bool keepLayout)
{
    if (c == u'\n' || c == u'\t') {
        return !keepLayout;
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString terminalEscaped(QStringView text, bool keepLayout)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (needsEscape(c.unicode(), keepLayout)) {
            result += QStringLiteral("\\u") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace mailauth
