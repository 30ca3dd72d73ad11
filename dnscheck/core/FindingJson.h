#pragma once

#include "Finding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailauth {

// The machine form of findings used by `mailauth --json` and the exports: {code, severity, message, fix[, position]}.
QJsonObject findingToJson(const Finding& finding);
QJsonArray findingsToJson(const Findings& findings);
// Reads back what findingToJson wrote (saved projects); unknown severities read as Info.
Finding findingFromJson(const QJsonObject& json);
Findings findingsFromJson(const QJsonArray& json);

} // namespace mailauth
