#pragma once

#include "CliOutput.h"

#include <QHash>
#include <QStringList>

namespace mailauth {
struct DomainProposal;
struct SpfBudget;
class ResolverLookup;
class RolloutPlan;
} // namespace mailauth

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
    void printText(const DomainProposal& proposal, const QStringList& advice);
    void printLimit(const DomainProposal& proposal, const QStringList& advice);
    // Counts every sending domain's proposed SPF record through DNS and gives the counts to the plan.
    static QHash<QString, SpfBudget> countLookups(RolloutPlan& plan, ResolverLookup& lookup);

    CliOutput& m_output;
};

} // namespace mailauth::cli
