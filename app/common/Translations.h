#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

// The languages the application speaks (English, the source, and every translation embedded at :/i18n), the
// translators of the one in use, and the GUI's remembered choice. Switching installs the application's and Qt's
// translators for the new language in place of the old ones (every widget then gets QEvent::LanguageChange) and
// makes it the default QLocale, so dates and numbers follow it too.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // "en" first, then the embedded translations ("de", "fr").
    static QStringList languages();
    // The language's name in itself ("Deutsch", "Français"), as a menu of languages shows it.
    static QString nativeName(const QString& language);
    // Uses `language` ("de"), or the system locale's language when it is empty (what the CLI does, following
    // LANG, LC_ALL and LC_MESSAGES). A language without a translation falls back to English.
    static void use(const QString& language);
    // The language in use: one of languages().
    static QString current();
    // The GUI's choice, kept in QSettings: empty to follow the system.
    static QString savedChoice();
    static void saveChoice(const QString& language);
};

// The system locale's translations (the command-line tool), or the saved choice (the GUI, useSavedChoice).
void installTranslations(QCoreApplication& app, bool useSavedChoice = false);

} // namespace mailauth
