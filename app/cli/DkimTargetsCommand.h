#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth dkim-targets FILE|- [--json]: the two selector CNAME targets from pasted Exchange Online output.
class DkimTargetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DkimTargetsCommand)

public:
    explicit DkimTargetsCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    CliOutput& m_output;
};

} // namespace mailauth::cli
