#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// gtest_discover_tests runs test binaries at build time without the ctest environment, so the platform defaults to
// offscreen here; a display is never needed.
int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // Autosaved projects and settings go to a test location, never into the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MailAuthWizardTests"));
    // ctest also runs test cases of one binary side by side: each process gets a data folder of its own (autosaved
    // projects, interrupted training sessions that the welcome page offers), removed when it ends.
    QApplication::setApplicationName(QApplication::applicationName() + u'-' +
                                     QString::number(QApplication::applicationPid()));
    // ctest runs test processes side by side: each gets settings of its own (the language choice, recent projects,
    // window geometry), or one process's choice would leak into another's assertions.
    QTemporaryDir settings;
    if (settings.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    const int result = RUN_ALL_TESTS();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    return result;
}
