#include "CommandLine.h"

#include "ResolverArguments.h"

namespace mailauth::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliOutput& output,
                                    ResolverArguments* servers)
{
    if (!parser.parse(arguments)) {
        output.err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    QString error;
    if (servers != nullptr && !servers->read(parser, &error)) {
        output.err() << error << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace mailauth::cli
