#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>

namespace mailauth {

// The hand-over report's "What the reports show": per sending domain with report sums in the project, the period,
// the messages and the share passing DMARC, the readiness verdict for the next stage with the numbers behind it, and
// every sender that still needs a fix with the fix. Empty when the project holds no report sums. HTML kept to what
// QTextDocument renders, like the rest of HandoverReport.
class HandoverReportsSection
{
    Q_DECLARE_TR_FUNCTIONS(HandoverReportsSection)

public:
    static QString html(const RolloutPlan& plan);
};

} // namespace mailauth
