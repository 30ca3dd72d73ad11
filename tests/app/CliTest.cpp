// Runs the real `mailauth` binary: exit codes, JSON shape and the paste-in path through stdin.
#include "support/CliProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using mailauth::test::CliRun;
using mailauth::test::cLocaleEnvironment;
using mailauth::test::findingCodes;
using mailauth::test::runCli;

namespace {

CliRun runMailauth(const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringLiteral(MAILAUTH_CLI), arguments, 30000, input);
}

TEST(Cli, LintSpfJson)
{
    const CliRun r = runMailauth({QStringLiteral("lint"), QStringLiteral("spf"),
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
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("spf.softfail-all")));
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        for (const char* key : {"code", "severity", "message", "fix"}) {
            EXPECT_TRUE(f.toObject().contains(QLatin1String(key))) << key;
        }
    }
}

// A result that could not be written is a failure, not exit 0 with nothing printed.
TEST(Cli, OutputThatCannotBeWrittenExitsTwo)
{
    const QFileInfo full(QStringLiteral("/dev/full"));
    struct stat st
    {
    };
    if (!full.exists() || ::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode)) {
        GTEST_SKIP() << "/dev/full is not a character device here";
    }
    for (const bool json : {false, true}) {
        QStringList arguments{QStringLiteral("lint"), QStringLiteral("spf"), QStringLiteral("v=spf1 -all")};
        if (json) {
            arguments.append(QStringLiteral("--json"));
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(MAILAUTH_CLI), arguments);
        ASSERT_TRUE(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 2) << err.toStdString();
        EXPECT_TRUE(err.contains("could not write the output")) << err.toStdString();
        EXPECT_TRUE(err.contains("No space left on device")) << err.toStdString();
    }
}

TEST(Cli, LintSpfInvalidExitsOne)
{
    const CliRun r = runMailauth({QStringLiteral("lint"), QStringLiteral("spf"),
                                  QStringLiteral("v=spf1 include=spf.protection.outlook.com foo -all")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("spf.unknown-mechanism"));
}

TEST(Cli, LintSpfQuotedStrings)
{
    const CliRun r = runMailauth({QStringLiteral("lint"), QStringLiteral("spf"),
                                  QStringLiteral("\"v=spf1 ip4:192.0.2.1 \" \"-all\""), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
}

TEST(Cli, LintDmarcTagsAndValidity)
{
    const CliRun ok =
        runMailauth({QStringLiteral("lint"), QStringLiteral("dmarc"),
                     QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:d@contoso.com"), QStringLiteral("--json")});
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.json().value(QStringLiteral("tags")).toObject().value(QStringLiteral("p")).toString(),
              QStringLiteral("quarantine"));
    const CliRun bad =
        runMailauth({QStringLiteral("lint"), QStringLiteral("dmarc"),
                     QStringLiteral("v=DMARC1; p=reject rua=mailto:d@contoso.com"), QStringLiteral("--json")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_FALSE(bad.json().value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(findingCodes(bad.json()).contains(QStringLiteral("dmarc.missing-semicolon")));
}

TEST(Cli, LintDkimKeyBits)
{
    const CliRun revoked = runMailauth(
        {QStringLiteral("lint"), QStringLiteral("dkim"), QStringLiteral("v=DKIM1; p="), QStringLiteral("--json")});
    EXPECT_EQ(revoked.exitCode, 0);
    EXPECT_EQ(revoked.json().value(QStringLiteral("key_bits")).toInt(-1), 0);
    const CliRun missing = runMailauth(
        {QStringLiteral("lint"), QStringLiteral("dkim"), QStringLiteral("v=DKIM1; k=rsa"), QStringLiteral("--json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.json().value(QStringLiteral("key_bits")).toInt(-1), 0);
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(runMailauth({QStringLiteral("lint"), QStringLiteral("spf")}).exitCode, 2);
    EXPECT_EQ(runMailauth({QStringLiteral("lint"), QStringLiteral("xyz"), QStringLiteral("v=spf1")}).exitCode, 2);
    EXPECT_EQ(runMailauth({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runMailauth({}).exitCode, 2);
    EXPECT_EQ(runMailauth({QStringLiteral("lint"), QStringLiteral("--bogus")}).exitCode, 2);
}

TEST(Cli, HelpAndVersion)
{
    const CliRun help = runMailauth({QStringLiteral("lint"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--json"));
    EXPECT_EQ(runMailauth({QStringLiteral("dkim-targets"), QStringLiteral("--help")}).exitCode, 0);
    const CliRun version = runMailauth({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("mailauth "));
}

TEST(Cli, DkimTargetsFromStdin)
{
    const QByteArray pasted = "Name           : contoso.com\r\n"
                              "Status         : CnameMissing\r\n"
                              "Selector1CNAME : selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n"
                              "Selector2CNAME : selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n";
    const CliRun r =
        runMailauth({QStringLiteral("dkim-targets"), QStringLiteral("-"), QStringLiteral("--json")}, pasted);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("selector1")).toString(),
              QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"));
    EXPECT_EQ(r.json().value(QStringLiteral("selector2")).toString(),
              QStringLiteral("selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"));
}

TEST(Cli, DkimTargetsWithoutTargetsExitsOneWithMessage)
{
    const CliRun r = runMailauth({QStringLiteral("dkim-targets"), QStringLiteral("-")}, "nothing useful here");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("Get-DkimSigningConfig"));
    EXPECT_EQ(runMailauth({QStringLiteral("dkim-targets"), QStringLiteral("/nonexistent/file")}).exitCode, 2);
}

TEST(Cli, LogsToARotatingFileAndToTheConsoleWithVerbose)
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = cLocaleEnvironment();
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
    const CliRun zone = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                     QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(zone.exitCode, 0) << zone.err.toStdString();
    EXPECT_TRUE(zone.out.contains("_dmarc.contoso.net. 3600 IN TXT \"v=DMARC1; p=reject"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun written = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const CliRun json = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample,
                                     QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.json().value(QStringLiteral("domains")).toArray().size(), 2);

    // Usage errors: unknown format, missing project, damaged project.
    EXPECT_EQ(runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"),
                           QStringLiteral("docx")})
                  .exitCode,
              2);
    EXPECT_EQ(runMailauth({QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("zone")}).exitCode,
              2);
    const CliRun missing = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"),
                                        dir.filePath(QStringLiteral("none.mailauth")), QStringLiteral("--format"),
                                        QStringLiteral("zone")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("none.mailauth"));
}

namespace {

QByteArray controlBytes(const QByteArray& bytes)
{
    QByteArray found;
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069)) {
            found += QByteArray::number(u, 16) + ' ';
        }
    }
    return found;
}

// A record as a hostile DNS answer or a careless paste could carry it: an OSC window title, a CSI clear screen and
// colour, a C1 CSI and a right-to-left override in a value the findings quote, and a line break that would fake a line
// of output.
const QString kHostile = QStringLiteral(
    "v=DMARC1; p=reject; adkim=\x1b]0;pwned\x07\x1b[2J\x1b[31m\u009b2J\u202Eevil; z\nDMARC record: valid");

TEST(CliTerminal, LintTextEscapesControlCharacters)
{
    const CliRun r = runMailauth({QStringLiteral("lint"), QStringLiteral("dmarc"), kHostile});
    EXPECT_EQ(controlBytes(r.out), QByteArray()) << r.out.toStdString();
    EXPECT_EQ(controlBytes(r.err), QByteArray());
    EXPECT_TRUE(r.out.contains("adkim=\\u001B]0")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("pwned\\u0007\\u001B[2J\\u001B[31m\\u009B2J\\u202Eevil")) << r.out.toStdString();
    // The line break inside the record does not start a line of its own.
    EXPECT_TRUE(r.out.contains("z\\u000ADMARC record: valid")) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("\nDMARC record: valid")) << r.out.toStdString();
}

TEST(CliTerminal, LintJsonStaysValidAndKeepsTheRecord)
{
    const CliRun r =
        runMailauth({QStringLiteral("lint"), QStringLiteral("dmarc"),
                     QStringLiteral("v=DMARC1; p=none; rua=mailto:a\x7f\u202E@contoso.com"), QStringLiteral("--json")});
    EXPECT_EQ(controlBytes(r.out), QByteArray()) << r.out.toStdString();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("record")).toString(),
              QStringLiteral("v=DMARC1; p=none; rua=mailto:a\x7f\u202E@contoso.com"));
}

TEST(CliTerminal, DkimTargetsEscapesPastedLines)
{
    const QByteArray pasted = "Name           : contoso.com\x1b]0;pwned\x07\n"
                              "Status         : CnameMissing\n"
                              "Selector1CNAME : selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\n"
                              "Selector2CNAME : selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\n";
    const CliRun r = runMailauth({QStringLiteral("dkim-targets"), QStringLiteral("-")}, pasted);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(controlBytes(r.out), QByteArray()) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("contoso.com\\u001B]0;pwned\\u0007")) << r.out.toStdString();
}

TEST(CliTerminal, MessagesOfEveryCommandPassTheTerminalFilter)
{
    // generate prints the path it could not read; no command escapes it by hand, the output stream does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x\x1b[2J\u202E.mailauth"));
    const CliRun r = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), path,
                                  QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(controlBytes(r.err), QByteArray()) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("x\\u001B[2J\\u202E.mailauth")) << r.err.toStdString();
}

// A real 1024-bit RSA public key (SubjectPublicKeyInfo), so that DKIM records with it decode.
const QString kRsa1024 = QStringLiteral(
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDIoeI0CdEF41yiOVZ43HaQD4RRRaO69/yUfCKt5XtrLOuQJaA1hbfWPimYMFi4WfF+5AhSHUiP"
    "lnSKDpHtANPI1IkFuvFtVzSV36+bn3u8UUdC0tD+IyTg4Hplu/SReGj1YFskzrVeh+rGv7Ij6gIScU2H0jX3sV7oapAGCVhoowIDAQAB");

CliRun lint(const QString& kind, const QString& record, bool json = true)
{
    QStringList arguments{QStringLiteral("lint"), kind, record};
    if (json) {
        arguments.append(QStringLiteral("--json"));
    }
    return runMailauth(arguments);
}

QString includes(int count)
{
    QString record = QStringLiteral("v=spf1");
    for (int i = 0; i < count; ++i) {
        record += QStringLiteral(" include:s%1.example").arg(i);
    }
    return record + QStringLiteral(" -all");
}

TEST(CliLintVerdict, TwelveIncludesAreAnErrorAndNotValid)
{
    const CliRun r = lint(QStringLiteral("spf"), includes(12));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.json().value(QStringLiteral("valid")).toBool(true));
    EXPECT_EQ(r.json().value(QStringLiteral("lookups")).toInt(), 12);
    EXPECT_TRUE(findingCodes(r.json()).contains(QStringLiteral("spf.too-many-lookups")));

    const CliRun text = lint(QStringLiteral("spf"), includes(12), false);
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains("NOT valid (receivers return permerror)")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("ERROR  spf.too-many-lookups"));

    const CliRun ten = lint(QStringLiteral("spf"), includes(10));
    EXPECT_EQ(ten.exitCode, 0) << ten.out.toStdString();
    EXPECT_TRUE(ten.json().value(QStringLiteral("valid")).toBool());
    EXPECT_FALSE(findingCodes(ten.json()).contains(QStringLiteral("spf.too-many-lookups")));
}

// Receivers ignore redirect= when the record has an `all` (RFC 7208 6.1) and never reach terms after `all`; neither
// counts, as in the full count of SpfLookupBudget.
TEST(CliLintVerdict, RedirectBesideAllAndTermsAfterAllAreNotCounted)
{
    const QString tenAs = QStringLiteral("v=spf1") + QStringLiteral(" a").repeated(10);
    const CliRun redirect = lint(QStringLiteral("spf"), tenAs + QStringLiteral(" -all redirect=x.example"));
    EXPECT_EQ(redirect.json().value(QStringLiteral("lookups")).toInt(), 10) << redirect.out.toStdString();
    EXPECT_FALSE(findingCodes(redirect.json()).contains(QStringLiteral("spf.too-many-lookups")));

    const CliRun after = lint(QStringLiteral("spf"), tenAs + QStringLiteral(" -all include:late.example"));
    EXPECT_EQ(after.json().value(QStringLiteral("lookups")).toInt(), 10) << after.out.toStdString();
    EXPECT_FALSE(findingCodes(after.json()).contains(QStringLiteral("spf.too-many-lookups")));

    // Without an `all` the redirect is followed and counts.
    const CliRun followed = lint(QStringLiteral("spf"), tenAs + QStringLiteral(" redirect=x.example"));
    EXPECT_EQ(followed.json().value(QStringLiteral("lookups")).toInt(), 11) << followed.out.toStdString();
    EXPECT_TRUE(findingCodes(followed.json()).contains(QStringLiteral("spf.too-many-lookups")));
    EXPECT_EQ(followed.exitCode, 1);
}

TEST(CliLintVerdict, AnyErrorFindingMeansNotValidAndExitOne)
{
    // Each parses, but each has a finding of severity error.
    const QList<std::pair<QString, QString>> records = {
        {QStringLiteral("spf"), QStringLiteral("v=spf1 +all")},
        {QStringLiteral("spf"),
         QStringLiteral("v=spf1") + QStringLiteral(" ip4:192.0.2.1").repeated(20) + QStringLiteral(" -all")},
        {QStringLiteral("dmarc"), QStringLiteral("v=DMARC1; p=none; p=reject; rua=mailto:d@contoso.com")},
        {QStringLiteral("dkim"), QStringLiteral("v=DKIM1; h=sha1; p=") + kRsa1024},
    };
    for (const auto& [kind, record] : records) {
        const CliRun r = lint(kind, record);
        EXPECT_EQ(r.exitCode, 1) << record.toStdString();
        EXPECT_FALSE(r.json().value(QStringLiteral("valid")).toBool(true)) << record.toStdString();
        const CliRun text = lint(kind, record, false);
        EXPECT_EQ(text.exitCode, 1);
        EXPECT_TRUE(text.out.contains("NOT valid")) << text.out.toStdString();
    }
    // Warnings and infos alone leave a record valid.
    const CliRun softfail = lint(QStringLiteral("spf"), QStringLiteral("v=spf1 mx ~all"));
    EXPECT_EQ(softfail.exitCode, 0);
    EXPECT_TRUE(softfail.json().value(QStringLiteral("valid")).toBool());
}

TEST(CliLintVerdict, PastedDmarcIsTrimmedWithANoteButQuotedSpaceIsNoRecord)
{
    const CliRun pasted =
        lint(QStringLiteral("dmarc"), QStringLiteral(" \tv=DMARC1; p=reject; rua=mailto:d@contoso.com"));
    EXPECT_EQ(pasted.exitCode, 0) << pasted.out.toStdString();
    EXPECT_TRUE(pasted.json().value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(findingCodes(pasted.json()).contains(QStringLiteral("dmarc.pasted-whitespace-trimmed")));

    const CliRun clean = lint(QStringLiteral("dmarc"), QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com"));
    EXPECT_FALSE(findingCodes(clean.json()).contains(QStringLiteral("dmarc.pasted-whitespace-trimmed")));

    // In zone-file quotes the space is part of the published value.
    const CliRun quoted =
        lint(QStringLiteral("dmarc"), QStringLiteral("\" v=DMARC1; p=reject; rua=mailto:d@contoso.com\""));
    EXPECT_EQ(quoted.exitCode, 1);
    EXPECT_TRUE(findingCodes(quoted.json()).contains(QStringLiteral("dmarc.not-dmarc")));
}

TEST(CliLintVerdict, DkimValuesAreCaseSensitive)
{
    const CliRun rsa = lint(QStringLiteral("dkim"), QStringLiteral("v=DKIM1; k=RSA; p=") + kRsa1024);
    EXPECT_EQ(rsa.exitCode, 1);
    EXPECT_TRUE(findingCodes(rsa.json()).contains(QStringLiteral("dkim.unknown-key-type")));
    const CliRun email = lint(QStringLiteral("dkim"), QStringLiteral("v=DKIM1; s=EMAIL; p=") + kRsa1024);
    EXPECT_EQ(email.exitCode, 1);
    EXPECT_TRUE(findingCodes(email.json()).contains(QStringLiteral("dkim.service-not-email")));
    const CliRun lower = lint(QStringLiteral("dkim"), QStringLiteral("v=DKIM1; k=rsa; s=email; p=") + kRsa1024);
    EXPECT_EQ(lower.exitCode, 0) << lower.out.toStdString();
    EXPECT_EQ(lower.json().value(QStringLiteral("key_bits")).toInt(), 1024);
}

TEST(CliSpfNames, InvalidInternationalNamesAreUsageErrors)
{
    for (const QString& sender : {QStringLiteral("a@b\u00fccher"), QStringLiteral("a@b\u00fc cher.example"),
                                  QStringLiteral("a@b\u00fccher..example")}) {
        const CliRun r = runMailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                                      QStringLiteral("--sender"), sender, QStringLiteral("--resolver"),
                                      QStringLiteral("127.0.0.1:9")});
        EXPECT_EQ(r.exitCode, 2) << sender.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("--sender")) << r.err.toStdString();
    }
    const CliRun helo = runMailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                                     QStringLiteral("--sender"), QString(), QStringLiteral("--helo"),
                                     QStringLiteral("m\u00fc ll.example"), QStringLiteral("--resolver"),
                                     QStringLiteral("127.0.0.1:9")});
    EXPECT_EQ(helo.exitCode, 2) << helo.err.toStdString();
    EXPECT_TRUE(helo.err.contains("--helo"));
}

TEST(CliWaitTimeout, NonsenseIsAUsageError)
{
    for (const QString& value : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("abc"),
                                 QStringLiteral("1.5"), QStringLiteral("")}) {
        const CliRun r =
            runMailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test"), QStringLiteral("--expect"),
                         QStringLiteral("v=DMARC1; p=none"), QStringLiteral("--authoritative"),
                         QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout=") + value});
        EXPECT_EQ(r.exitCode, 2) << value.toStdString();
        EXPECT_TRUE(r.err.contains("--timeout")) << value.toStdString() << ": " << r.err.toStdString();
    }
}

TEST(CliDomainsFile, EndlessOrHugeFilesStopWithTheLimit)
{
    QElapsedTimer clock;
    clock.start();
    const CliRun zero =
        runMailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(zero.exitCode, 2);
    EXPECT_TRUE(zero.err.contains("longer than 1024 bytes")) << zero.err.toStdString();
    EXPECT_LT(clock.elapsed(), 20000);

    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.txt")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    const QByteArray block = QByteArray("# a comment line of a harmless size\n").repeated(4096);
    while (big.size() <= 8 * 1024 * 1024) {
        big.write(block);
    }
    big.close();
    const CliRun huge = runMailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), big.fileName()});
    EXPECT_EQ(huge.exitCode, 2);
    EXPECT_TRUE(huge.err.contains("larger than 8 MiB")) << huge.err.toStdString();

    // A long comment under the limit is read past: the next line is what stops this run.
    QFile small(dir.filePath(QStringLiteral("small.txt")));
    ASSERT_TRUE(small.open(QIODevice::WriteOnly));
    small.write("# " + QByteArray(1000, 'x') + "\nnot a domain!\n");
    small.close();
    const CliRun next = runMailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), small.fileName()});
    EXPECT_EQ(next.exitCode, 2);
    EXPECT_TRUE(next.err.contains("not a domain!")) << next.err.toStdString();
}

// The path is outside text: a "%2" in it must be printed as it is, not filled in by the next arg().
TEST(CliDomainsFile, PercentDigitsInThePathAreNotSubstituted)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list%2.txt"));
    QFile longLine(path);
    ASSERT_TRUE(longLine.open(QIODevice::WriteOnly));
    longLine.write(QByteArray(2000, 'x') + "\n");
    longLine.close();
    const CliRun r = runMailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), path});
    EXPECT_EQ(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("Line 1 of \"%1\" is longer than 1024 bytes").arg(path)))
        << r.err.toStdString();
}

} // namespace

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
        const CliRun r =
            runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), project, QStringLiteral("--format"),
                         QStringLiteral("zone"), QStringLiteral("-o"), target});
        EXPECT_EQ(r.exitCode, 2) << target.toStdString();
        EXPECT_TRUE(r.err.contains("project file itself")) << r.err.toStdString();
        EXPECT_EQ(readAll(project), before) << target.toStdString();
    }
}

TEST(Cli, GenerateAzureNeedsAValidResourceGroup)
{
    const QString sample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
    const QStringList azure{QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"),
                            QStringLiteral("azure")};
    // The sample names no resource group: no script with -ResourceGroupName '' any more.
    const CliRun none = runMailauth(azure);
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.out.isEmpty());
    EXPECT_TRUE(none.err.contains("--azure-resource-group")) << none.err.toStdString();

    const CliRun bad = runMailauth(azure + QStringList{QStringLiteral("--azure-resource-group"),
                                                       QStringLiteral("rg'; Remove-Item C:\\ -Recurse")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.out.isEmpty());
    EXPECT_TRUE(bad.err.contains("not an Azure resource group name")) << bad.err.toStdString();

    for (const QString& option : {QStringLiteral("--azure-resource-group"), QStringLiteral("--resource-group")}) {
        const CliRun ok = runMailauth(azure + QStringList{option, QStringLiteral("rg-dns")});
        EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
        EXPECT_TRUE(ok.out.contains("$rs = Get-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.com' "
                                    "-ResourceGroupName 'rg-dns' -ErrorAction SilentlyContinue"))
            << ok.out.toStdString();
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
        runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), sample, QStringLiteral("--format"),
                     QStringLiteral("zone"), QStringLiteral("-o"), QStringLiteral("/dev/full")});
    EXPECT_NE(toFile.exitCode, 0);
    EXPECT_FALSE(toFile.err.contains("Wrote")) << toFile.err.toStdString();
    EXPECT_TRUE(toFile.err.contains("No space left on device")) << toFile.err.toStdString();
    EXPECT_TRUE(isDevice(QStringLiteral("/dev/full")));

    // `mailauth generate ... > /dev/full`: the export is smaller than stdio's buffer, so only fflush() sees it.
    for (const QString& format : {QStringLiteral("zone"), QStringLiteral("pdf")}) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.setProcessEnvironment(cLocaleEnvironment());
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
    const CliRun r = runMailauth({QStringLiteral("generate"), QStringLiteral("--project"), project,
                                  QStringLiteral("--format"), QStringLiteral("zone")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("contoso.com, spf.ip4")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("192.0.2.999")) << r.err.toStdString();
}

TEST(Cli, GenerateRefusesAnSpfRecordThatCannotBeMerged)
{
    QTemporaryDir dir;
    QJsonObject json = QJsonDocument::fromJson(
                           readAll(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth")))
                           .object();
    QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    QJsonObject first = domains[0].toObject();
    QJsonObject spf = first.value(QStringLiteral("spf")).toObject();
    spf.insert(QStringLiteral("existing"), QStringLiteral("v=spf1 ip4:192.0.2.999 -all"));
    first.insert(QStringLiteral("spf"), spf);
    domains[0] = first;
    json.insert(QStringLiteral("domains"), domains);
    const QString project = dir.filePath(QStringLiteral("unmergeable.mailauth"));
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    // Before: exit 0 and a zone without contoso.com's SPF record.
    for (const QString& format : {QStringLiteral("zone"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const CliRun r = runMailauth(
            {QStringLiteral("generate"), QStringLiteral("--project"), project, QStringLiteral("--format"), format});
        EXPECT_EQ(r.exitCode, 1) << format.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << format.toStdString();
        EXPECT_TRUE(r.err.contains("contoso.com, spf.existing")) << r.err.toStdString();
    }
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
    p.setProcessEnvironment(cLocaleEnvironment()); // sh passes it on to mailauth
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
