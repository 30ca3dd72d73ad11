#pragma once

#include "CliOutput.h"

#include <QCommandLineParser>
#include <optional>

namespace mailauth::cli {

class ResolverArguments;

// What every subcommand does first: parse, answer --help, read the server options. Returns the exit code when the
// command is done already (help shown: 0; bad arguments: 2, with the reason on stderr), nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliOutput& output,
                                    ResolverArguments* servers = nullptr);

} // namespace mailauth::cli
