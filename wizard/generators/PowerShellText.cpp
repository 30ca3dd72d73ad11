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

QString PowerShellText::runHelp()
{
    // Windows clients ship with the policy Restricted (no script runs at all); RemoteSigned, Windows Server's default,
    // still refuses an unsigned file that arrived by mail or download (Mark of the Web) until it is unblocked.
    return QStringLiteral(
        "# To run it: paste it into PowerShell, or save it as a .ps1 file and run that. A saved script stops with\n"
        "# \"running scripts is disabled on this system\" or \"is not digitally signed\" (execution policy). Either\n"
        "#   for this PowerShell window only:  Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass\n"
        "#   or for your account:              Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned\n"
        "#   and, for a file that came by mail or download, once:  Unblock-File -Path .\\<file>.ps1\n");
}

QByteArray PowerShellText::toScriptFile(const QString& script)
{
    QString text = script;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\n', QStringLiteral("\r\n"));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace mailauth
