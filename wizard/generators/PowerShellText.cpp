#include "PowerShellText.h"

namespace mailauth {

QString PowerShellText::quote(const QString& value)
{
    QString escaped = value;
    // PowerShell also treats the typographic quotes U+2018/U+2019/U+201A/U+201B as single quotes.
    for (const QChar q : {QChar(u'\''), QChar(0x2018), QChar(0x2019), QChar(0x201A), QChar(0x201B)}) {
        escaped.replace(q, QString(q) + q);
    }
    return u'\'' + escaped + u'\'';
}

QString PowerShellText::commentText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        // U+0085, U+2028 and U+2029 end a line for PowerShell too.
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
            c = u' ';
        }
    }
    return out;
}

QByteArray PowerShellText::toScriptFile(const QString& script)
{
    QString text = script;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QStringLiteral("\r\n"));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace mailauth
