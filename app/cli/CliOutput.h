#pragma once

#include "TerminalSafeDevice.h"
#include "core/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace mailauth::cli {

// Where a command writes: stdout for results, stderr for problems and progress.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput();

    // How much of the text's own layout survives escaping.
    enum Layout
    {
        OneLine,   // text from outside (records, pasted lines, names): every control character is shown escaped
        KeepLayout // the CLI's own messages: line breaks and tabs stay
    };
    // Text made harmless for a terminal: C0 controls, DEL, C1 controls and the Unicode bidirectional controls
    // (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) become \uXXXX, the form JSON uses, so an escaped value
    // inside JSON output stays valid JSON and decodes to the original text.
    static QString escaped(QStringView text, Layout layout = OneLine);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Flushes stdout and tells whether everything written to it arrived; if not, `reason` says why (the system's
    // message, e.g. "No space left on device").
    bool flushOut(QString* reason = nullptr);

    void printFindings(const Findings& findings);
    void printJson(const QJsonObject& object);

private:
    TerminalSafeDevice m_stdout;
    TerminalSafeDevice m_stderr;
    QTextStream m_out;
    QTextStream m_err;
};

// Exit codes shared by every subcommand.
enum ExitCode
{
    ExitOk = 0,
    ExitProblem = 1,
    ExitUsage = 2
};

} // namespace mailauth::cli
