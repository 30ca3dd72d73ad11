#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth {
struct DomainProposal;
}

namespace mailauth::cli {

// mailauth plan DOMAIN... [--domains-file FILE] [--parked DOMAIN]... [--cloud ID] [--resolver ...] [--authoritative
// ...] [--json]: audits each domain and prints what the wizard would propose for it (PlanProposal), with what each
// record changes and every weakening change.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    explicit PlanCommand(CliOutput& output);
    int run(const QStringList& arguments);

private:
    void printText(const DomainProposal& proposal);

    CliOutput& m_output;
};

} // namespace mailauth::cli
