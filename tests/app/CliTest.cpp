// Runs the real `mailauth` binary: exit codes, JSON shape and the paste-in path through stdin.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

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

namespace {

bool isDevice(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Cli, GenerateNeverOverwritesItsProject)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("contoso.mailauth"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth"), project));
    const QByteArray before = readAll(project);
    ASSERT_TRUE(QFile::link(project, dir.filePath(QStringLiteral("link.mailauth"))));
    ASSERT_EQ(::link(QFile::encodeName(project).constData(),
                     QFile::encodeName(dir.filePath(QStringLiteral("hard.mailauth"))).constData()),
              0);
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    for (const QString& target :
         {project, dir.filePath(QStringLiteral("./sub/../contoso.mailauth")),
          dir.filePath(QStringLiteral("link.mailauth")), dir.filePath(QStringLiteral("hard.mailauth"))}) {
        const CliRun r = mailauth({QStringLiteral("generate"), QStringLiteral("--project"), project,
                                   QStringLiteral("--format"), QStringLiteral("zone"), QStringLiteral("-o"), target});
        EXPECT_EQ(r.exitCode, 2) << target.toStdString();
        EXPECT_TRUE(r.err.contains("project file itself")) << r.err.toStdString();
        EXPECT_EQ(readAll(project), before) << target.toStdString();
    }
}

TEST(Cli, GenerateToAFullDeviceFailsWithTheCause)
{
    // As root, the old QSaveFile path renamed its temporary file over /dev/full: never run without the real device.
    if (!isDevice(QStringLiteral("/dev/full"))) {
        GTEST_SKIP() << "/dev/full is not a device here";
    }
    const QString sample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
    const CliRun toFile =
        mailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"),
                  QStringLiteral("zone"), QStringLiteral("-o"), QStringLiteral("/dev/full")});
    EXPECT_NE(toFile.exitCode, 0);
    EXPECT_FALSE(toFile.err.contains("Wrote")) << toFile.err.toStdString();
    EXPECT_TRUE(toFile.err.contains("No space left on device")) << toFile.err.toStdString();
    EXPECT_TRUE(isDevice(QStringLiteral("/dev/full")));

    // `mailauth generate ... > /dev/full`: the export is smaller than stdio's buffer, so only fflush() sees it.
    for (const QString& format : {QStringLiteral("zone"), QStringLiteral("pdf")}) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(MAILAUTH_CLI),
                {QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"), format});
        ASSERT_TRUE(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        EXPECT_NE(p.exitCode(), 0) << format.toStdString();
        EXPECT_TRUE(err.contains("No space left on device")) << format.toStdString() << ": " << err.toStdString();
    }
}

TEST(Cli, GenerateRefusesAHostileProjectWithTheReason)
{
    QTemporaryDir dir;
    QJsonObject json = QJsonDocument::fromJson(
                           readAll(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth")))
                           .object();
    QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    QJsonObject first = domains[0].toObject();
    QJsonObject spf = first.value(QStringLiteral("spf")).toObject();
    spf.insert(QStringLiteral("ip4"), QJsonArray{QStringLiteral("192.0.2.999")});
    first.insert(QStringLiteral("spf"), spf);
    domains[0] = first;
    json.insert(QStringLiteral("domains"), domains);
    const QString project = dir.filePath(QStringLiteral("bad.mailauth"));
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    // Before: exit 0 and a zone without contoso.com's SPF record.
    const CliRun r = mailauth({QStringLiteral("generate"), QStringLiteral("--project"), project,
                               QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("contoso.com, spf.ip4")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("192.0.2.999")) << r.err.toStdString();
}

TEST(Cli, GenerateOntoAFullFileSystemLeavesNoTruncatedFile)
{
    // A real full file system (a 12 KiB tmpfs, mounted in a private mount namespace): unlike /dev/full, the first
    // write succeeds part-way, which QSaveFile used to commit as a truncated file with "Wrote". Needs root.
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        GTEST_SKIP() << "needs root and unshare to mount a small tmpfs";
    }
    QTemporaryDir mountPoint;
    const QString sample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
    const QString script =
        QStringLiteral("mount -t tmpfs -o size=12k tmpfs \"$1\" || exit 99; head -c 8192 /dev/zero > \"$1/pad\"; "
                       "\"$2\" generate --project \"$3\" --format html -o \"$1/out.html\"; echo \"rc=$?\"; ls \"$1\"");
    QProcess p;
    p.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                        QStringLiteral("sh"), mountPoint.path(), QStringLiteral(MAILAUTH_CLI), sample});
    ASSERT_TRUE(p.waitForFinished(30000));
    if (p.exitCode() == 99) {
        GTEST_SKIP() << "cannot mount a tmpfs here";
    }
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(out.contains("rc=1")) << out.toStdString();
    EXPECT_FALSE(out.contains("out.html")) << out.toStdString(); // neither the export nor a temporary file is left
    EXPECT_FALSE(err.contains("Wrote")) << err.toStdString();
    EXPECT_TRUE(err.contains("No space left on device")) << err.toStdString();
}
