#pragma once

#include "model/RolloutPlan.h"

namespace mailauth::test {

// Sets up a domain plan's fields directly, the way a project file hands them over (tests that are not about the
// setters use it to reach a state quickly).
template <typename Edit> void editDomain(RolloutPlan& plan, int index, Edit edit)
{
    QList<DomainPlan> domains = plan.domains();
    edit(domains[index]);
    plan.restoreDomains(domains);
}

} // namespace mailauth::test
