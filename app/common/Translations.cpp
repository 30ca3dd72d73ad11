#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace mailauth {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Installed
{
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

void replace(QPointer<QTranslator>& slot, QTranslator* next)
{
    if (slot != nullptr) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next != nullptr) {
        QCoreApplication::installTranslator(next);
    }
}

// The locale for a chosen language: the system's own when it speaks that language (de_CH keeps Swiss dates),
// else the language's main country.
QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty() || system.name().section(u'_', 0, 0) == language) {
        return system;
    }
    return QLocale(language);
}

} // namespace

QStringList Translations::languages()
{
    QStringList found{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mailauth_*.qm")});
    for (const QString& file : files) {
        const QString language = file.mid(9).chopped(3);
        if (!found.contains(language)) {
            found.append(language);
        }
    }
    return found;
}

QString Translations::nativeName(const QString& language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        name = QStringLiteral("English"); // not "American English"
    }
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1); // "français" -> "Français"
}

void Translations::use(const QString& language)
{
    Installed& state = installed();
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(QCoreApplication::instance());
    // English is the source language; its .qm only supplies plural forms, and is the fallback for languages without
    // a translation of their own.
    if (own->load(locale, QStringLiteral("mailauth"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        state.language = QFileInfo(own->filePath()).completeBaseName().mid(9);
    } else if (own->load(QStringLiteral("mailauth_en"), QStringLiteral(":/i18n"))) {
        state.language = QStringLiteral("en");
    } else {
        delete own;
        own = nullptr;
        state.language = QStringLiteral("en");
    }
    replace(state.own, own);
    // Qt's own texts (QWizard's buttons, QCommandLineParser's help), where installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (state.language == u"en" || !qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(state.qt, qt);
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::savedChoice()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    return languages().contains(saved) ? saved : QString();
}

void Translations::saveChoice(const QString& language)
{
    QSettings settings;
    if (language.isEmpty()) {
        settings.remove(kSettingsKey);
    } else {
        settings.setValue(kSettingsKey, language);
    }
}

void installTranslations(QCoreApplication& /*app*/, bool useSavedChoice)
{
    Translations::use(useSavedChoice ? Translations::savedChoice() : QString());
}

} // namespace mailauth
