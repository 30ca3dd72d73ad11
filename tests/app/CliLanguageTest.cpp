// The command-line tool speaks the language of LANG, LC_ALL or LC_MESSAGES (every translation is embedded), and
// English where there is none.
#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace {

// `mailauth --help` with these locale variables (and no others).
QString helpIn(const QList<std::pair<QString, QString>>& variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
        env.remove(QLatin1String(name));
    }
    for (const auto& [name, value] : variables) {
        env.insert(name, value);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILAUTH_CLI), {QStringLiteral("--help")});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(CliLanguage, HelpFollowsLang)
{
    const QString english = helpIn({{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    EXPECT_TRUE(english.startsWith(QStringLiteral("Usage: mailauth <command> [options]"))) << english.toStdString();
    const QString german = helpIn({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    EXPECT_TRUE(german.startsWith(QStringLiteral("Aufruf: mailauth <Befehl> [Optionen]"))) << german.toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("Befehle"))) << german.toStdString();
}

TEST(CliLanguage, LcAllAndLcMessagesWinOverLang)
{
    const QString viaAll = helpIn({{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                   {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
    EXPECT_TRUE(viaAll.startsWith(QStringLiteral("Aufruf:"))) << viaAll.toStdString();
    const QString viaMessages = helpIn({{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                        {QStringLiteral("LC_MESSAGES"), QStringLiteral("de_AT.UTF-8")}});
    EXPECT_TRUE(viaMessages.startsWith(QStringLiteral("Aufruf:"))) << viaMessages.toStdString();
    // A language without a translation falls back to English.
    const QString japanese = helpIn({{QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}});
    EXPECT_TRUE(japanese.startsWith(QStringLiteral("Usage:"))) << japanese.toStdString();
}
