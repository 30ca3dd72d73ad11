#pragma once

#include "Finding.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailauth {

// The machine form of findings used by `mailauth --json` and the exports: {code, severity, message, fix[, position]}.
QJsonObject findingToJson(const Finding& finding);
QJsonArray findingsToJson(const Findings& findings);

} // namespace mailauth
