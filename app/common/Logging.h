#pragma once

#include <QString>

namespace mailauth::logging {

// One spdlog setup for both executables: a rotating file in the per-user data folder, the console (stderr) only
// with --verbose, and Qt's own messages routed into the same sinks.
void setup(const QString& applicationName, bool verbose);

// Where the log file of this run goes (empty when it could not be created).
QString logFilePath();

} // namespace mailauth::logging
