#include "MainWindow.h"
#include "common/Logging.h"
#include "common/Translations.h"
#include "ui/RecordCheckPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace mailauth;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailauth-wizard"));
    QApplication::setOrganizationName(QStringLiteral("MailAuthWizard"));
    QApplication::setApplicationVersion(QStringLiteral(MAILAUTH_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sets up SPF, DKIM and DMARC for a Microsoft 365 domain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("main", "Log to the console as well."));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        QApplication::translate("main", "Save a screenshot of the window to FILE and quit (for reviews)."),
        QStringLiteral("FILE"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QApplication::translate("main", "Start with this record in the checker."),
                                    QStringLiteral("TEXT"));
    parser.addOption(verbose);
    parser.addOption(grab);
    parser.addOption(record);
    parser.process(app);
    logging::setup(QStringLiteral("mailauth-wizard"), parser.isSet(verbose));

    MainWindow window;
    if (parser.isSet(record)) {
        window.recordCheckPanel()->setRecord(parser.value(record));
    }
    window.show();
    if (parser.isSet(grab)) {
        QTimer::singleShot(500, &window, [&window, file = parser.value(grab)]() {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
