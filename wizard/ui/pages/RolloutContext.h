#pragma once

#include "audit/AuditReport.h"
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"

#include <QHash>

namespace mailauth {

// What the pages share: the plan they bind to, the watchers that outlive a page, and the audits (before and after).
struct RolloutContext
{
    RolloutPlan* plan = nullptr;
    WatchRegistry* watches = nullptr;
    QHash<QString, AuditReport> firstAudit; // by domain (A-label)
    QHash<QString, AuditReport> finalAudit;
    int auditParallel = 8;
};

} // namespace mailauth
