// Every user-visible string has a translation in each .ts file, with the same placeholders.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

QStringList placeholders(const QString& text)
{
    // %L1 (a number in the locale's digits and separators) is a placeholder too, and must stay %L1.
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

TEST(Translations, EveryStringIsTranslatedWithTheSamePlaceholders)
{
    const QDir dir(QStringLiteral(MAILAUTH_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
                // Plural messages hold one <numerusform> per plural form; each must be translated.
                QStringList forms;
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform") {
                        forms.append(xml.readElementText());
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (forms.isEmpty()) {
                    forms.append(text);
                }
                for (const QString& translation : forms) {
                    EXPECT_FALSE(unfinished || translation.trimmed().isEmpty())
                        << name.toStdString() << ": untranslated: " << source.toStdString();
                    EXPECT_EQ(placeholders(source), placeholders(translation))
                        << name.toStdString() << ": placeholders differ for: " << source.toStdString();
                }
            }
        }
        EXPECT_FALSE(xml.hasError()) << name.toStdString() << ": " << xml.errorString().toStdString();
        // English (the source language) carries only the plural forms; every other language carries everything.
        EXPECT_GT(messages, name.endsWith(QStringLiteral("_en.ts")) ? 5 : 100) << name.toStdString();
    }
}

} // namespace
