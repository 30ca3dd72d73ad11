#include "GenerateCommand.h"

#include "CommandLine.h"
#include "export/ProjectExport.h"
#include "model/ProjectFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

namespace mailauth::cli {

GenerateCommand::GenerateCommand(CliOutput& output)
    : m_output(output)
{
}

int GenerateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a project's exports: the DKIM PowerShell bundle, the DNS records for "
                                        "a DNS host, the hand-over report (HTML or PDF) or the audits as JSON."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), tr("The project file (.mailauth)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("One of: %1.").arg(ProjectExport::formatNames().join(QStringLiteral(", "))),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to PATH (default: standard output)."), QStringLiteral("PATH"));
    const QCommandLineOption resourceGroup(QStringLiteral("resource-group"),
                                           tr("The Azure resource group for --format azure."), QStringLiteral("NAME"));
    parser.addOptions({project, format, output, resourceGroup});
    if (const auto done = parseCommandLine(parser, arguments, m_output)) {
        return *done;
    }
    const auto chosen = ProjectExport::formatFromName(parser.value(format));
    if (!parser.isSet(project) || !chosen || !parser.positionalArguments().isEmpty()) {
        m_output.err() << tr("Usage: mailauth generate --project FILE --format %1 [-o PATH]")
                              .arg(ProjectExport::formatNames().join(u'|'))
                       << Qt::endl;
        return ExitUsage;
    }
    RolloutPlan plan;
    QString error;
    if (!ProjectFile::load(parser.value(project), plan, &error)) {
        m_output.err() << error << Qt::endl;
        return ExitUsage;
    }
    ProjectExport::Options options;
    options.azureResourceGroup = parser.value(resourceGroup);
    const auto bytes = ProjectExport::render(plan, *chosen, options, &error);
    if (!bytes) {
        m_output.err() << error << Qt::endl;
        return ExitProblem;
    }
    if (!parser.isSet(output) || parser.value(output) == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) {
            m_output.err() << tr("Cannot write to standard output.") << Qt::endl;
            return ExitProblem;
        }
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        m_output.err() << tr("Cannot write %1: %2").arg(parser.value(output), file.errorString()) << Qt::endl;
        return ExitProblem;
    }
    m_output.err() << tr("Wrote %1 (%2 bytes).").arg(parser.value(output)).arg(bytes->size()) << Qt::endl;
    return ExitOk;
}

} // namespace mailauth::cli
