#pragma once

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

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void printFindings(const Findings& findings);
    void printJson(const QJsonObject& object);

private:
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
