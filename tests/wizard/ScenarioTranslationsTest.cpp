// Training scenarios speak every language the application has a translation for (translations/mailauth_XX.ts): each
// built-in scenario's title, summary and hints, and the language follows the chosen locale.
#include "training/TrainingScenario.h"

#include <QDir>
#include <QLocale>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

// The languages besides English (the scenario's default text), from the translation files.
QStringList translatedLanguages()
{
    QStringList languages;
    const QDir dir(QStringLiteral(MAILAUTH_TRANSLATIONS_DIR));
    for (const QString& file : dir.entryList({QStringLiteral("mailauth_*.ts")})) {
        const QString language = file.mid(9).chopped(3);
        if (language != u"en") {
            languages.append(language);
        }
    }
    return languages;
}

} // namespace

TEST(ScenarioTranslations, EveryBuiltInScenarioHasItsTextsInEveryLanguage)
{
    const QStringList languages = translatedLanguages();
    ASSERT_TRUE(languages.contains(QStringLiteral("de")));
    ASSERT_TRUE(languages.contains(QStringLiteral("fr")));
    ASSERT_FALSE(TrainingScenarioParser::builtInIds().isEmpty());
    for (const QString& id : TrainingScenarioParser::builtInIds()) {
        QString error;
        const auto s = TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(id), &error);
        ASSERT_TRUE(s.has_value()) << error.toStdString();
        for (const QString& language : languages) {
            const std::string where = id.toStdString() + " in " + language.toStdString();
            EXPECT_NE(s->title.text(language), s->title.text(QString())) << "title of " << where;
            EXPECT_NE(s->summary.text(language), s->summary.text(QString())) << "summary of " << where;
            for (qsizetype i = 0; i < s->hints.size(); ++i) {
                EXPECT_NE(s->hints[i].text(language), s->hints[i].text(QString()))
                    << "hint " << i + 1 << " of " << where;
            }
        }
    }
}

TEST(ScenarioTranslations, FrenchKeysAreReadAndFollowTheChosenLocale)
{
    const QByteArray text = "format = mailauth-training 1\n"
                            "id = mine\n"
                            "title = Mine\n"
                            "title.de = Meins\n"
                            "title.fr = Le mien\n"
                            "summary = Practise.\n"
                            "summary.fr = Entraînez-vous.\n"
                            "hint = Look first.\n"
                            "hint.fr = Regardez d'abord.\n"
                            "hint = Then publish.\n"
                            "tenant = mine.onmicrosoft.com\n"
                            "domain = mine.example sending\n"
                            "goal = spf-valid mine.example\n";
    QString error;
    const auto s = TrainingScenarioParser::parse(text, QStringLiteral("mine.scenario"), &error);
    ASSERT_TRUE(s.has_value()) << error.toStdString();
    EXPECT_EQ(s->title.text(QStringLiteral("fr")), QStringLiteral("Le mien"));
    EXPECT_EQ(s->summary.text(QStringLiteral("fr")), QStringLiteral("Entraînez-vous."));
    ASSERT_EQ(s->hints.size(), 2);
    EXPECT_EQ(s->hints[0].text(QStringLiteral("fr")), QStringLiteral("Regardez d'abord."));
    // Untranslated texts fall back to the default.
    EXPECT_EQ(s->hints[1].text(QStringLiteral("fr")), QStringLiteral("Then publish."));
    EXPECT_EQ(s->summary.text(QStringLiteral("de")), QStringLiteral("Practise."));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(s->title.text(), QStringLiteral("Le mien"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(s->title.text(), QStringLiteral("Meins"));
    QLocale::setDefault(before);
}
