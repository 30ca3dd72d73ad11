#pragma once

class QCoreApplication;

namespace mailauth {

// Loads the application's translation for the user's locale (embedded at :/i18n) and Qt's own (for QWizard's
// buttons and QCommandLineParser's help), if installed.
void installTranslations(QCoreApplication& app);

} // namespace mailauth
