#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth generate --project FILE --format ps1|zone|csv|windows|azure|html|pdf|json [-o PATH]: a project's exports
// from the command line, the same bytes the wizard saves.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    explicit GenerateCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    // The same file under any name (symbolic or hard link): an export must never overwrite its project.
    static bool isSameFile(const QString& a, const QString& b);

    CliOutput& m_output;
};

} // namespace mailauth::cli
