// Runs the real `mailauth` binary: exit codes, JSON shape and the paste-in path through stdin.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun mailauth(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(MAILAUTH_CLI), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return CliRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList codes(const QJsonObject& o)
{
    QStringList list;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        list.append(f.toObject().value(QStringLiteral("code")).toString());
    }
    return list;
}

TEST(Cli, LintSpfJson)
{
    const CliRun r = mailauth({QStringLiteral("lint"), QStringLiteral("spf"),
                               QStringLiteral("v=spf1 ip4:192.0.2.1 include:spf.protection.outlook.com ~all"),
                               QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_TRUE(o.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("lookups")).toInt(), 1);
    const QJsonArray terms = o.value(QStringLiteral("terms")).toArray();
    ASSERT_EQ(terms.size(), 3);
    EXPECT_EQ(terms[1].toObject().value(QStringLiteral("mechanism")).toString(), QStringLiteral("include"));
    EXPECT_EQ(terms[2].toObject().value(QStringLiteral("qualifier")).toString(), QStringLiteral("~"));
    EXPECT_TRUE(codes(o).contains(QStringLiteral("spf.softfail-all")));
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        for (const char* key : {"code", "severity", "message", "fix"}) {
            EXPECT_TRUE(f.toObject().contains(QLatin1String(key))) << key;
        }
    }
}

TEST(Cli, LintSpfInvalidExitsOne)
{
    const CliRun r = mailauth({QStringLiteral("lint"), QStringLiteral("spf"),
                               QStringLiteral("v=spf1 include=spf.protection.outlook.com foo -all")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("spf.unknown-mechanism"));
}

TEST(Cli, LintSpfQuotedStrings)
{
    const CliRun r = mailauth({QStringLiteral("lint"), QStringLiteral("spf"),
                               QStringLiteral("\"v=spf1 ip4:192.0.2.1 \" \"-all\""), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
}

TEST(Cli, LintDmarcTagsAndValidity)
{
    const CliRun ok =
        mailauth({QStringLiteral("lint"), QStringLiteral("dmarc"),
                  QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:d@contoso.com"), QStringLiteral("--json")});
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("p")).toString(),
              QStringLiteral("quarantine"));
    const CliRun bad =
        mailauth({QStringLiteral("lint"), QStringLiteral("dmarc"),
                  QStringLiteral("v=DMARC1; p=reject rua=mailto:d@contoso.com"), QStringLiteral("--json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_FALSE(bad.json().value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(codes(bad.json()).contains(QStringLiteral("dmarc.missing-semicolon")));
}

TEST(Cli, LintDkimKeyBits)
{
    const CliRun revoked = mailauth(
        {QStringLiteral("lint"), QStringLiteral("dkim"), QStringLiteral("v=DKIM1; p="), QStringLiteral("--json")});
    EXPECT_EQ(revoked.exitCode, 0);
    EXPECT_EQ(revoked.json().value(QStringLiteral("key_bits")).toInt(-1), 0);
    const CliRun missing = mailauth(
        {QStringLiteral("lint"), QStringLiteral("dkim"), QStringLiteral("v=DKIM1; k=rsa"), QStringLiteral("--json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.json().value(QStringLiteral("key_bits")).toInt(-1), 0);
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(mailauth({QStringLiteral("lint"), QStringLiteral("spf")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("lint"), QStringLiteral("xyz"), QStringLiteral("v=spf1")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(mailauth({}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("lint"), QStringLiteral("--bogus")}).exitCode, 2);
}

TEST(Cli, HelpAndVersion)
{
    const CliRun help = mailauth({QStringLiteral("lint"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--json"));
    EXPECT_EQ(mailauth({QStringLiteral("dkim-targets"), QStringLiteral("--help")}).exitCode, 0);
    const CliRun version = mailauth({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("mailauth "));
}

TEST(Cli, DkimTargetsFromStdin)
{
    const QByteArray pasted = "Name           : contoso.com\r\n"
                              "Status         : CnameMissing\r\n"
                              "Selector1CNAME : selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n"
                              "Selector2CNAME : selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n";
    const CliRun r = mailauth({QStringLiteral("dkim-targets"), QStringLiteral("-"), QStringLiteral("--json")}, pasted);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("selector1")).toString(),
              QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"));
    EXPECT_EQ(r.json().value(QStringLiteral("selector2")).toString(),
              QStringLiteral("selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"));
}

TEST(Cli, DkimTargetsWithoutTargetsExitsOneWithMessage)
{
    const CliRun r = mailauth({QStringLiteral("dkim-targets"), QStringLiteral("-")}, "nothing useful here");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Get-DkimSigningConfig"));
    EXPECT_EQ(mailauth({QStringLiteral("dkim-targets"), QStringLiteral("/nonexistent/file")}).exitCode, 2);
}

TEST(Cli, LogsToARotatingFileAndToTheConsoleWithVerbose)
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILAUTH_CLI), {QStringLiteral("--verbose"), QStringLiteral("lint"), QStringLiteral("spf"),
                                           QStringLiteral("v=spf1 -all")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardError().contains("command lint")); // --verbose: the console gets the log too
    QFile log(home.filePath(QStringLiteral("MailAuthWizard/mailauth/logs/mailauth.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << log.fileName().toStdString();
    EXPECT_TRUE(log.readAll().contains("command lint"));
}

} // namespace

TEST(Cli, GenerateExportsTheSampleProject)
{
    const QString sample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
    const CliRun zone = mailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                  QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(zone.exitCode, 0) << zone.err.toStdString();
    EXPECT_TRUE(zone.out.contains("_dmarc.contoso.net. 3600 IN TXT \"v=DMARC1; p=reject"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun written = mailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const CliRun json = mailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.json().value(QStringLiteral("domains")).toArray().size(), 2);

    // Usage errors: unknown format, missing project, damaged project.
    EXPECT_EQ(mailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"),
                        QStringLiteral("docx")})
                  .exitCode,
              2);
    EXPECT_EQ(mailauth({QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("zone")}).exitCode, 2);
    const CliRun missing =
        mailauth({QStringLiteral("generate"), QStringLiteral("--project"),
                  dir.filePath(QStringLiteral("none.mailauth")), QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("none.mailauth"));
}
