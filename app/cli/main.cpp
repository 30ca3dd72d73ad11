#include "CheckCommand.h"
#include "CliOutput.h"
#include "DkimTargetsCommand.h"
#include "GenerateCommand.h"
#include "HeadersCommand.h"
#include "LintCommand.h"
#include "PlanCommand.h"
#include "ReportsCommand.h"
#include "SpfCommand.h"
#include "WaitCommand.h"
#include "common/Logging.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>
#include <spdlog/spdlog.h>

using namespace mailauth;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "mailauth",
        "Usage: mailauth <command> [options]\n"
        "\n"
        "Commands:\n"
        "  check DOMAIN...                  Audit domains through DNS (MX, SPF, DKIM, DMARC).\n"
        "  plan DOMAIN... [--parked D]...   Audit domains and show the records the wizard proposes.\n"
        "  wait NAME --expect VALUE         Wait until a record is visible at every server.\n"
        "  spf --ip IP --sender ADDRESS     Evaluate SPF for a sending server (RFC 7208 check_host).\n"
        "  lint spf|dmarc|dkim \"<record>\"   Check one record offline.\n"
        "  dkim-targets FILE|-              Read the DKIM CNAME targets from pasted Exchange Online output.\n"
        "  headers FILE|- [--key-file F]    Prove from a received message that DKIM signing works.\n"
        "  generate --project FILE --format FORMAT [-o PATH]\n"
        "                                   Export a project: ps1, zone, csv, windows, azure, html, pdf, json.\n"
        "  reports PATH... [--domain D]     Read DMARC aggregate reports: senders, fixes, readiness.\n"
        "\n"
        "Options for every command: --json, --help. Global: --version, --verbose.\n"
        "Exit status: 0 = fine, 1 = problems found, 2 = the command could not run (usage error).\n");
}

int runCommand(cli::CliOutput& output, const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments[1] == u"--help" || arguments[1] == u"-h" || arguments[1] == u"help") {
        (arguments.size() < 2 ? output.err() : output.out()) << usage();
        return arguments.size() < 2 ? cli::ExitUsage : cli::ExitOk;
    }
    if (arguments[1] == u"--version" || arguments[1] == u"-v") {
        output.out() << "mailauth " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::ExitOk;
    }
    const QString command = arguments[1];
    // Each command parses its own options; it sees "mailauth <command> ..." as its argument list.
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("mailauth ") + command;
    spdlog::debug("command {} with {} arguments", command.toStdString(), rest.size() - 1);
    if (command == u"lint") {
        return cli::LintCommand(output).run(rest);
    }
    if (command == u"wait") {
        return cli::WaitCommand(output).run(rest);
    }
    if (command == u"spf") {
        return cli::SpfCommand(output).run(rest);
    }
    if (command == u"check") {
        return cli::CheckCommand(output).run(rest);
    }
    if (command == u"plan") {
        return cli::PlanCommand(output).run(rest);
    }
    if (command == u"generate") {
        return cli::GenerateCommand(output).run(rest);
    }
    if (command == u"reports") {
        return cli::ReportsCommand(output).run(rest);
    }
    if (command == u"dkim-targets") {
        return cli::DkimTargetsCommand(output).run(rest);
    }
    if (command == u"headers") {
        return cli::HeadersCommand(output).run(rest);
    }
    output.err() << QCoreApplication::translate("mailauth", "Unknown command \"%1\".").arg(command) << Qt::endl
                 << usage();
    return cli::ExitUsage;
}

} // namespace

int main(int argc, char** argv)
{
    // The PDF report lays out text, which needs fonts and so a QGuiApplication; without a display it runs on the
    // offscreen platform. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && std::strcmp(argv[1], "generate") == 0) {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("mailauth"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailAuthWizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILAUTH_VERSION));
    installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    const bool verbose = arguments.removeAll(QStringLiteral("--verbose")) > 0;
    logging::setup(QStringLiteral("mailauth"), verbose);

    cli::CliOutput output;
    const int exitCode = runCommand(output, arguments);
    // A result nobody received is no result: "mailauth check --json > /dev/full" must not exit 0.
    QString reason;
    if (!output.flushOut(&reason)) {
        output.err() << QCoreApplication::translate("mailauth", "mailauth: could not write the output: %1").arg(reason)
                     << Qt::endl;
        return cli::ExitUsage;
    }
    return exitCode;
}
