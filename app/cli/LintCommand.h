#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth lint spf|dmarc|dkim "<record text>" [--domain D] [--json]: offline judgement of one record.
class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    explicit LintCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    int lintSpf(const QString& text, bool json);
    int lintDmarc(const QString& text, const QString& domain, bool json);
    int lintDkim(const QString& text, bool json);

    CliOutput& m_output;
};

} // namespace mailauth::cli
