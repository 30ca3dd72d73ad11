#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth spf --ip ADDRESS [--sender ADDRESS] [--helo NAME] [--resolver ...] [--json]: check_host() over DNS.
class SpfCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpfCommand)

public:
    explicit SpfCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    CliOutput& m_output;
};

} // namespace mailauth::cli
