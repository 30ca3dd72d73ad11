#include "DkimTargetsCommand.h"

#include "CommandLine.h"
#include "dkim/DkimTargetPasteParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace mailauth::cli {

DkimTargetsCommand::DkimTargetsCommand(CliOutput& output)
    : m_output(output)
{
}

int DkimTargetsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the output of Get-DkimSigningConfig | Format-List, or the Microsoft 365 portal's \"CNAME record "
           "does not exist for this config\" message, and prints the two DKIM selector CNAME targets to publish."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A text file with the pasted output, or - for standard input."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print {\"selector1\": ..., \"selector2\": ...}."));
    parser.addOption(jsonOption);
    if (const auto done = parseCommandLine(parser, arguments, m_output)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        m_output.err() << tr("Usage: mailauth dkim-targets FILE|- [--json]") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened =
        path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        m_output.err() << tr("Cannot read \"%1\": %2").arg(CliOutput::escaped(path), file.errorString()) << Qt::endl;
        return ExitUsage;
    }
    const QByteArray content = file.read(4 * 1024 * 1024);
    const DkimPastedTargets targets = DkimTargetPasteParser::parse(QString::fromUtf8(content));
    if (!targets.complete()) {
        // Problems quote the pasted lines, which may hold anything a terminal window or a file carried.
        for (const QString& problem : targets.problems) {
            m_output.err() << CliOutput::escaped(problem) << Qt::endl;
        }
        return ExitProblem;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject o{{QStringLiteral("selector1"), targets.selector1->target},
                      {QStringLiteral("selector2"), targets.selector2->target}};
        if (!targets.domain.isEmpty()) {
            o.insert(QStringLiteral("domain"), targets.domain);
        }
        if (!targets.status.isEmpty()) {
            o.insert(QStringLiteral("status"), targets.status);
        }
        m_output.printJson(o);
        return ExitOk;
    }
    m_output.out()
        << (targets.domain.isEmpty()
                ? tr("Publish these two CNAME records:")
                : tr("Publish these two CNAME records in the zone of %1:").arg(CliOutput::escaped(targets.domain)))
        << Qt::endl;
    for (const auto& t : {*targets.selector1, *targets.selector2}) {
        m_output.out() << "  " << CliOutput::escaped(t.hostName()) << "  CNAME  " << CliOutput::escaped(t.target)
                       << Qt::endl;
    }
    if (targets.status.compare(u"CnameMissing", Qt::CaseInsensitive) == 0) {
        m_output.out() << tr("Status CnameMissing: Microsoft 365 has not seen these records yet. Publish them, wait "
                             "until they are visible, then enable DKIM signing.")
                       << Qt::endl;
    }
    return ExitOk;
}

} // namespace mailauth::cli
