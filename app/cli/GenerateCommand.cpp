#include "GenerateCommand.h"

#include "CommandLine.h"
#include "export/ProjectExport.h"
#include "model/AtomicFileWrite.h"
#include "model/PlanRules.h"
#include "model/ProjectFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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
    const QCommandLineOption resourceGroup(
        QStringList{QStringLiteral("azure-resource-group"), QStringLiteral("resource-group")},
        tr("The Azure resource group that holds the DNS zones, for --format azure (default: the project's)."),
        QStringLiteral("NAME"));
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
    QString error;
    if (parser.isSet(resourceGroup) &&
        !PlanRules::checkAzureResourceGroup(parser.value(resourceGroup), false, &error)) {
        m_output.err() << tr("--azure-resource-group: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    RolloutPlan plan;
    if (!ProjectFile::load(parser.value(project), plan, &error)) {
        m_output.err() << error << Qt::endl;
        return ExitUsage;
    }
    if (*chosen == ExportFormat::Azure && !parser.isSet(resourceGroup) && plan.azureResourceGroup().isEmpty()) {
        m_output.err() << tr("The project names no Azure resource group: pass --azure-resource-group NAME (the "
                             "resource group that holds the DNS zones), or enter it on the wizard's tenant page.")
                       << Qt::endl;
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
        // fwrite() may only buffer: a full disk or closed pipe shows at fflush(), so both are checked.
        errno = 0;
        const bool written = std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout) ==
                                 static_cast<size_t>(bytes->size()) &&
                             std::fflush(stdout) == 0 && std::ferror(stdout) == 0;
        if (!written) {
            const int cause = errno;
            m_output.err() << tr("Cannot write to standard output: %1")
                                  .arg(cause != 0 ? QString::fromLocal8Bit(std::strerror(cause)) : tr("write error"))
                           << Qt::endl;
            return ExitProblem;
        }
        return ExitOk;
    }
    const QString target = parser.value(output);
    if (isSameFile(target, parser.value(project))) {
        m_output.err()
            << tr("Refusing to write the export over the project file itself (%1); choose another -o.").arg(target)
            << Qt::endl;
        return ExitUsage;
    }
    QString failure;
    if (!AtomicFileWrite::write(target, *bytes, &failure)) {
        m_output.err() << tr("Cannot write %1: %2").arg(target, failure) << Qt::endl;
        return ExitProblem;
    }
    m_output.err() << tr("Wrote %1 (%2 bytes).").arg(target).arg(bytes->size()) << Qt::endl;
    return ExitOk;
}

bool GenerateCommand::isSameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (!first.exists() || !second.exists()) {
        return false;
    }
    if (first.canonicalFilePath() == second.canonicalFilePath()) {
        return true;
    }
#ifdef Q_OS_UNIX
    // Hard links and bind mounts: the same inode under another name.
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#else
    return false;
#endif
}

} // namespace mailauth::cli
