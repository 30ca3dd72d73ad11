#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth check DOMAIN... [--domains-file FILE] [--selector NAME]... [--resolver ...] [--authoritative ...] [--json]
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    explicit CheckCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    CliOutput& m_output;
};

} // namespace mailauth::cli
