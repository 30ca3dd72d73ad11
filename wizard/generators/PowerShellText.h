#pragma once

#include <QString>

namespace mailauth {

// PowerShell's own quoting rules for values put into generated scripts: single-quoted strings, in which only the
// single quote needs escaping (doubled). Single quotes also stop $variable and `escape expansion.
class PowerShellText
{
public:
    static QString quote(const QString& value);
    // Text for a `#` comment: line breaks and other control characters become spaces, so user text cannot end the
    // comment and start a command.
    static QString commentText(const QString& text);
    // Comment lines for the top of a script that may be saved and run: what Windows' execution policy says to a saved
    // or downloaded script, and the ways past it that last for one window or one account only.
    static QString runHelp();
    // UTF-8 with a byte-order mark and CRLF line ends, so Windows PowerShell 5.1 reads non-ASCII text correctly.
    static QByteArray toScriptFile(const QString& script);
};

} // namespace mailauth
