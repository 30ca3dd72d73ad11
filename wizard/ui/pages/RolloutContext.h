#pragma once

#include "audit/AuditReport.h"
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"

#include <QHash>

namespace mailauth {

class TrainingSession;

// What the pages share: the plan they bind to, the watchers that outlive a page, and the audits (before and after).
struct RolloutContext
{
    RolloutPlan* plan = nullptr;
    WatchRegistry* watches = nullptr;
    int auditParallel = 8;
    TrainingSession* training = nullptr; // set in training mode only
    bool reopenedProject = false;        // the plan came from a saved project
};

} // namespace mailauth
