#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mailauth {

void installTranslations(QCoreApplication& app)
{
    const QLocale locale;
    auto* own = new QTranslator(&app);
    // English is the source language; its .qm only supplies plural forms, and is the fallback for languages without
    // a translation of their own.
    if (own->load(locale, QStringLiteral("mailauth"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("mailauth_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace mailauth
