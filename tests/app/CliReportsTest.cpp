// `mailauth reports` as a script runs it: report files written into a folder, the JSON shape, the verdict, the text,
// exit codes. Offline: without --names nothing is looked up.
#include "support/CliProcess.h"
#include "support/GoogleReportXml.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using mailauth::test::CliRun;
using mailauth::test::runCli;

namespace {

CliRun reports(const QStringList& arguments)
{
    return runCli(QStringLiteral(MAILAUTH_CLI), QStringList{QStringLiteral("reports")} + arguments, 60000);
}

using Row = mailauth::test::ReportRow;

QByteArray googleXml(const QDate& day, const QList<Row>& rows, const QString& policy = QStringLiteral("none"))
{
    mailauth::test::ReportPolicy published;
    published.p = policy;
    return mailauth::test::googleReportXml(day, rows, published);
}

const Row kMicrosoft{QStringLiteral("40.107.22.51"), 200,
                     QStringLiteral("pass"),         QStringLiteral("pass"),
                     QStringLiteral("contoso.com"),  QStringLiteral("selector1"),
                     QStringLiteral("contoso.com"),  QStringLiteral("pass")};
const Row kSendgrid{QStringLiteral("167.89.100.12"), 30,
                    QStringLiteral("fail"),          QStringLiteral("fail"),
                    QStringLiteral("sendgrid.net"),  QStringLiteral("smtpapi"),
                    QStringLiteral("sendgrid.net"),  QStringLiteral("pass")};
const Row kSpoofer{QStringLiteral("185.220.101.7"),
                   12,
                   QStringLiteral("fail"),
                   QStringLiteral("fail"),
                   QString(),
                   QString(),
                   QStringLiteral("contoso.com"),
                   QStringLiteral("fail")};

bool write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// `days` reports from 2026-11-01 in dir/reports, one file each.
void writeDays(const QTemporaryDir& dir, int days, const QList<Row>& rows)
{
    QDir(dir.path()).mkpath(QStringLiteral("reports"));
    for (int i = 0; i < days; ++i) {
        const QDate day = QDate(2026, 11, 1).addDays(i);
        ASSERT_TRUE(
            write(dir.filePath(QStringLiteral("reports/google.com!contoso.com!%1.xml").arg(i)), googleXml(day, rows)));
    }
}

QJsonObject domainOf(const QJsonObject& o, const QString& name)
{
    for (const QJsonValue& d : o.value(QStringLiteral("domains")).toArray()) {
        if (d.toObject().value(QStringLiteral("domain")).toString() == name) {
            return d.toObject();
        }
    }
    return {};
}

TEST(CliReports, JsonShapeSendersAndAVerdictThatIsNotReady)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeDays(dir, 14, {kMicrosoft, kSendgrid, kSpoofer});
    // The same report twice (a saved copy) counts once.
    ASSERT_TRUE(QFile::copy(dir.filePath(QStringLiteral("reports/google.com!contoso.com!0.xml")),
                            dir.filePath(QStringLiteral("copy.xml"))));
    const CliRun r = reports({dir.path(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("reports")).toInt(), 14);
    EXPECT_EQ(o.value(QStringLiteral("duplicates")).toInt(), 1);
    EXPECT_TRUE(o.value(QStringLiteral("skipped")).toArray().isEmpty());
    const QJsonObject d = domainOf(o, QStringLiteral("contoso.com"));
    ASSERT_FALSE(d.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(d.value(QStringLiteral("messages")).toInt(), 14 * 242);
    EXPECT_EQ(d.value(QStringLiteral("dmarc_pass")).toInt(), 14 * 200);
    EXPECT_EQ(d.value(QStringLiteral("spf_aligned")).toInt(), 14 * 200);
    EXPECT_EQ(d.value(QStringLiteral("dkim_aligned")).toInt(), 14 * 200);
    EXPECT_EQ(d.value(QStringLiteral("first")).toString(), QStringLiteral("2026-11-01"));
    EXPECT_EQ(d.value(QStringLiteral("last")).toString(), QStringLiteral("2026-11-14"));
    const QJsonArray sources = d.value(QStringLiteral("sources")).toArray();
    ASSERT_EQ(sources.size(), 3);
    const QJsonObject first = sources[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("ip")).toString(), QStringLiteral("40.107.22.51"));
    EXPECT_EQ(first.value(QStringLiteral("sender")).toString(), QStringLiteral("microsoft365"));
    EXPECT_EQ(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("passes"));
    EXPECT_TRUE(first.value(QStringLiteral("name")).isNull()); // no --names, no lookup
    for (const char* key :
         {"ip", "messages", "dmarc_pass", "spf_aligned", "dkim_aligned", "sender", "verdict", "name"}) {
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    }
    const QJsonObject sendgrid = sources[1].toObject();
    EXPECT_EQ(sendgrid.value(QStringLiteral("sender")).toString(), QStringLiteral("sendgrid"));
    EXPECT_TRUE(sendgrid.value(QStringLiteral("fix")).toString().contains(QStringLiteral("SendGrid")));
    EXPECT_EQ(sources[2].toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("unknown"));
    const QJsonObject readiness = d.value(QStringLiteral("readiness")).toObject();
    EXPECT_EQ(readiness.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-ready"));
    EXPECT_EQ(readiness.value(QStringLiteral("days")).toInt(), 14);
    EXPECT_EQ(readiness.value(QStringLiteral("to")).toObject().value(QStringLiteral("policy")).toString(),
              QStringLiteral("quarantine"));
    EXPECT_EQ(readiness.value(QStringLiteral("reasons")).toArray().size(), 2); // SendGrid, and 87% overall
}

TEST(CliReports, ReadyAfterFourteenCleanDaysAndTheTextSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeDays(dir, 13, {kMicrosoft, kSpoofer});
    const CliRun thirteen = reports({dir.path(), QStringLiteral("--json")});
    EXPECT_EQ(domainOf(thirteen.json(), QStringLiteral("contoso.com"))
                  .value(QStringLiteral("readiness"))
                  .toObject()
                  .value(QStringLiteral("verdict"))
                  .toString(),
              QStringLiteral("not-enough-data"));
    writeDays(dir, 14, {kMicrosoft, kSpoofer});
    const CliRun text = reports({dir.path()});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("== contoso.com"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Verdict: Ready to move from p=none to p=quarantine")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("quarantine will stop these"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("40.107.22.51"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Microsoft 365"))) << out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(text.err).contains(QStringLiteral("14 reports read"))) << text.err.toStdString();
}

TEST(CliReports, DomainAndSinceFilter)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Row shop = kMicrosoft;
    shop.headerFrom = QStringLiteral("shop.contoso.com");
    Row fabrikam = kMicrosoft;
    fabrikam.headerFrom = QStringLiteral("fabrikam.com");
    writeDays(dir, 3, {kMicrosoft, shop, fabrikam});
    const CliRun r = reports({dir.path(), QStringLiteral("--json"), QStringLiteral("--domain"),
                              QStringLiteral("CONTOSO.com"), QStringLiteral("--since"), QStringLiteral("2026-11-02")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    const QJsonArray domains = o.value(QStringLiteral("domains")).toArray();
    ASSERT_EQ(domains.size(), 2);
    EXPECT_EQ(domains[0].toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("contoso.com"));
    EXPECT_EQ(domains[1].toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("shop.contoso.com"));
    EXPECT_EQ(domains[0].toObject().value(QStringLiteral("messages")).toInt(), 2 * 200);
    EXPECT_EQ(o.value(QStringLiteral("outside_period")).toInt(), 1);
}

TEST(CliReports, SkippedFilesMakeExitOneAndAreListed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeDays(dir, 1, {kMicrosoft});
    ASSERT_TRUE(write(dir.filePath(QStringLiteral("reports/notes.txt")), "not a report\n"));
    const CliRun r = reports({dir.path(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("reports")).toInt(), 1);
    const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped[0].toObject().value(QStringLiteral("file")).toString().contains(QStringLiteral("notes.txt")));
    EXPECT_FALSE(skipped[0].toObject().value(QStringLiteral("reason")).toString().isEmpty());
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("notes.txt")));
    // A path that is not there is skipped too.
    const CliRun missing = reports({dir.filePath(QStringLiteral("nope"))});
    EXPECT_EQ(missing.exitCode, 1) << missing.err.toStdString();
}

TEST(CliReports, UsageErrorsExitTwo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QStringList& arguments :
         {QStringList{}, QStringList{dir.path(), QStringLiteral("--since"), QStringLiteral("2026-13-01")},
          QStringList{dir.path(), QStringLiteral("--since"), QStringLiteral("1.11.2026")},
          QStringList{dir.path(), QStringLiteral("--domain"), QStringLiteral("not a domain")},
          QStringList{dir.path(), QStringLiteral("--no-such-option")}}) {
        const CliRun r = reports(arguments);
        EXPECT_EQ(r.exitCode, 2) << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    const CliRun help = reports({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--names"));
}

} // namespace
