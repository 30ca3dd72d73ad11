#include "common/Logging.h"
#include "common/TerminalText.h"
#include "common/Translations.h"
#include "training/TrainingScenario.h"
#include "ui/ApplicationIcon.h"
#include "ui/RolloutWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

using namespace mailauth;

namespace {

// Resident memory from /proc (Linux); -1 elsewhere.
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailauth-wizard"));
    QApplication::setOrganizationName(QStringLiteral("MailAuthWizard"));
    QApplication::setApplicationVersion(QStringLiteral(MAILAUTH_VERSION));
    // Dialogs get the icon too; the desktop file name lets Wayland compositors match windows to the launcher entry.
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mailauth.MailAuthWizard"));
    installTranslations(app, true); // the language chosen in the window (LanguageMenu), else the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sets up SPF, DKIM and DMARC for a Microsoft 365 domain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("main", "Log to the console as well."));
    const QCommandLineOption resolver(
        QStringLiteral("resolver"),
        QApplication::translate(
            "main",
            "Ask this resolver (IP or IP:PORT) instead of the system's and the public ones; repeat for several."),
        QStringLiteral("address"));
    const QCommandLineOption authoritative(
        QStringLiteral("authoritative"),
        QApplication::translate("main", "Treat this server (IP or IP:PORT) as the zone's authoritative server instead "
                                        "of looking up NS records; repeat for several."),
        QStringLiteral("address"));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        QApplication::translate("main", "Save a screenshot of the window to FILE and quit (for reviews)."),
        QStringLiteral("FILE"));
    parser.addOption(verbose);
    parser.addOption(resolver);
    parser.addOption(authoritative);
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QApplication::translate("main",
                                "Print the time to the first page and the memory used, then quit (for benchmarks)."));
    const QCommandLineOption training(
        QStringLiteral("training"),
        QApplication::translate("main", "Practice in training mode: simulated DNS and tenant. The positional argument "
                                        "is then a scenario (%1, or a scenario file); fresh-domain if none.")
            .arg(TrainingScenarioParser::builtInIds().join(QStringLiteral(", "))));
    parser.addOption(grab);
    parser.addOption(startupReport);
    parser.addOption(training);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A saved project to open (or, with --training, a "
                                                                 "scenario)."),
                                 QStringLiteral("[project|scenario]"));
    parser.process(app);
    logging::setup(QStringLiteral("mailauth-wizard"), parser.isSet(verbose));

    RolloutWizard wizard;
    for (const auto& [option, list] :
         {std::pair{&resolver, &wizard.plan().resolvers}, std::pair{&authoritative, &wizard.plan().authoritative}}) {
        for (const QString& value : parser.values(*option)) {
            QString error;
            const auto server = DnsServerAddress::parse(value, &error);
            if (!server) {
                QTextStream(stderr) << error << Qt::endl;
                return 2;
            }
            list->append(*server);
        }
    }
    wizard.show();
    if (parser.isSet(training)) {
        const QString name = parser.positionalArguments().isEmpty() ? QStringLiteral("fresh-domain")
                                                                    : parser.positionalArguments().first();
        const QString path =
            TrainingScenarioParser::builtInIds().contains(name) ? TrainingScenarioParser::builtInPath(name) : name;
        if (path == name && !QFileInfo::exists(path)) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "\"%1\" is neither a built-in scenario (%2) nor a file.")
                                       .arg(name, TrainingScenarioParser::builtInIds().join(QStringLiteral(", ")))
                                << Qt::endl;
            return 2;
        }
        QString error;
        const auto scenario = TrainingScenarioParser::load(path, &error);
        if (!scenario || !wizard.startTraining(*scenario, &error)) {
            QTextStream(stderr) << mailauth::terminalEscaped(error) << Qt::endl;
            return 2;
        }
    } else if (!parser.positionalArguments().isEmpty()) {
        // A refused project keeps the window open on the welcome page, which says why; stderr gets it too.
        QString error;
        if (!wizard.openProjectOrShowError(parser.positionalArguments().first(), &error)) {
            // The reason quotes values from the file: no terminal control sequence gets through.
            QTextStream(stderr) << mailauth::terminalEscaped(error) << Qt::endl;
        }
    }
    if (parser.isSet(startupReport)) {
        // Queued behind the first paint of the first page.
        QTimer::singleShot(0, &wizard, [&sinceStart, &wizard]() {
            QTextStream(stdout) << "startup-ms " << sinceStart.elapsed() << " rss-kib " << residentKiB() << Qt::endl;
            wizard.leaveTraining(); // a measurement, not a lesson: nothing to resume next time
            QApplication::quit();
        });
    }
    if (parser.isSet(grab)) {
        QTimer::singleShot(500, &wizard, [&wizard, file = parser.value(grab)]() {
            wizard.grab().save(file);
            // Hidden first: quit() closes visible windows, and closing a training session asks the user first. A
            // picture is no lesson: the session is ended, so it is not offered for resuming next time.
            wizard.hide();
            wizard.leaveTraining();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
