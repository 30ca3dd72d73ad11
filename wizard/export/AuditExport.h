#pragma once

#include "model/RolloutPlan.h"

#include <QJsonObject>

namespace mailauth {

// The project's audits as JSON: per domain the first audit and the latest, each with its time and the same report
// object `mailauth check --json` prints.
class AuditExport
{
public:
    static constexpr int kVersion = 1;
    static QJsonObject toJson(const RolloutPlan& plan, const QDateTime& generatedAt);
};

} // namespace mailauth
