#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth wait NAME --type TXT|CNAME|MX --expect VALUE [--match exact|contains|spf|dmarc] [--timeout SECONDS]
//                    [--resolver ...] [--authoritative ...] [--json]
class WaitCommand
{
    Q_DECLARE_TR_FUNCTIONS(WaitCommand)

public:
    explicit WaitCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    CliOutput& m_output;
};

} // namespace mailauth::cli
