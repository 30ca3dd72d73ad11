// `mailauth reports --names` against knot on loopback: PTR names, forward confirmation, the term of the domain's SPF
// record that authorises each source, and no DNS without --names.
#include "support/CliProcess.h"
#include "support/DnsFixtures.h"
#include "support/GoogleReportXml.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace mailauth::test;

namespace {

// One day of Google's reports for contoso.test: three messages from each address, SPF aligned, DKIM failing.
QByteArray report(const QStringList& ips)
{
    QList<ReportRow> rows;
    for (const QString& ip : ips) {
        rows.append(ReportRow{ip,
                              3,
                              QStringLiteral("fail"),
                              QStringLiteral("pass"),
                              {},
                              {},
                              QStringLiteral("contoso.test"),
                              QStringLiteral("pass"),
                              QStringLiteral("contoso.test")});
    }
    ReportPolicy policy;
    policy.domain = QStringLiteral("contoso.test");
    policy.reportId = QStringLiteral("42");
    return googleReportXml(QDate(2026, 11, 1), rows, policy);
}

QJsonObject sourceOf(const QJsonObject& o, const QString& ip)
{
    for (const QJsonValue& d : o.value(QStringLiteral("domains")).toArray()) {
        for (const QJsonValue& s : d.toObject().value(QStringLiteral("sources")).toArray()) {
            if (s.toObject().value(QStringLiteral("ip")).toString() == ip) {
                return s.toObject();
            }
        }
    }
    return {};
}

TEST(CliReportsDns, NamesAreLookedUpOnlyWithNamesAndConfirmedForward)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("113.0.203.in-addr.arpa"),
                 QStringLiteral("$ORIGIN 113.0.203.in-addr.arpa.\n$TTL 3\n@ SOA ns1.contoso.test. hostmaster 1 3600 "
                                "600 86400 3\n@ NS ns1.contoso.test.\n"
                                "25 PTR mail.contoso.test.\n"
                                "26 PTR mail.protection.outlook.com.\n")); // claims a name that is not its own
    knot.setZone(QStringLiteral("contoso.test"),
                 QStringLiteral("$ORIGIN contoso.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\nmail A 203.0.113.25\n"
                                "@ TXT \"v=spf1 mx a:mail.contoso.test include:_spf.sender.test ~all\"\n"));
    knot.setZone(QStringLiteral("sender.test"),
                 QStringLiteral("$ORIGIN sender.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\n_spf TXT \"v=spf1 ip4:203.0.113.26 -all\"\n"));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("google.com!contoso.test!1.xml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        report({QStringLiteral("203.0.113.25"), QStringLiteral("203.0.113.26"), QStringLiteral("203.0.113.27")}));
    file.close();

    const CliRun r = runCli(QStringLiteral(MAILAUTH_CLI),
                            {QStringLiteral("reports"), dir.path(), QStringLiteral("--names"),
                             QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")},
                            60000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    const QJsonObject confirmed = sourceOf(o, QStringLiteral("203.0.113.25"));
    EXPECT_EQ(confirmed.value(QStringLiteral("name")).toString(), QStringLiteral("mail.contoso.test"));
    EXPECT_TRUE(confirmed.value(QStringLiteral("name_confirmed")).toBool());
    const QJsonObject claimed = sourceOf(o, QStringLiteral("203.0.113.26"));
    EXPECT_EQ(claimed.value(QStringLiteral("name")).toString(), QStringLiteral("mail.protection.outlook.com"));
    EXPECT_FALSE(claimed.value(QStringLiteral("name_confirmed")).toBool());
    EXPECT_TRUE(sourceOf(o, QStringLiteral("203.0.113.27")).value(QStringLiteral("name")).isNull());
    EXPECT_TRUE(QString::fromUtf8(r.err).contains(QStringLiteral("DNS questions"))) << r.err.toStdString();
    // What in contoso.test's SPF record allows each source: "mx" finds nothing (no MX), "a:" does; the include's own
    // term (ip4:) is not the answer, the include is.
    EXPECT_EQ(confirmed.value(QStringLiteral("spf_authority")).toString(), QStringLiteral("a:mail.contoso.test"));
    EXPECT_EQ(confirmed.value(QStringLiteral("spf_result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(claimed.value(QStringLiteral("spf_authority")).toString(), QStringLiteral("include:_spf.sender.test"));
    const QJsonObject outside = sourceOf(o, QStringLiteral("203.0.113.27"));
    EXPECT_EQ(outside.value(QStringLiteral("spf_authority")).toString(), QStringLiteral("not listed (~all)"));
    EXPECT_EQ(outside.value(QStringLiteral("spf_result")).toString(), QStringLiteral("softfail"));
    EXPECT_TRUE(outside.value(QStringLiteral("spf_reason")).toString().contains(QStringLiteral("~all")));

    // The text shows the names, an unconfirmed one marked as such.
    const CliRun text = runCli(QStringLiteral(MAILAUTH_CLI),
                               {QStringLiteral("reports"), dir.path(), QStringLiteral("--names"),
                                QStringLiteral("--resolver"), knot.server().toCsv()},
                               60000);
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("NAME"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("mail.contoso.test "))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("mail.protection.outlook.com (unconfirmed)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("include:_spf.sender.test"))) << out.toStdString();

    // Without --names a resolver that never answers changes nothing: no question is sent.
    SilentUdpPort silent;
    QElapsedTimer timer;
    timer.start();
    const CliRun offline = runCli(QStringLiteral(MAILAUTH_CLI),
                                  {QStringLiteral("reports"), dir.path(), QStringLiteral("--resolver"),
                                   silent.server().toCsv(), QStringLiteral("--json")},
                                  60000);
    EXPECT_EQ(offline.exitCode, 0) << offline.err.toStdString();
    EXPECT_LT(timer.elapsed(), 5000); // a lookup would wait for the silent port's timeouts
    EXPECT_TRUE(sourceOf(offline.json(), QStringLiteral("203.0.113.25")).value(QStringLiteral("name")).isNull());
    EXPECT_TRUE(
        sourceOf(offline.json(), QStringLiteral("203.0.113.25")).value(QStringLiteral("spf_authority")).isNull());
    EXPECT_FALSE(QString::fromUtf8(offline.err).contains(QStringLiteral("DNS questions")));
    const CliRun offlineText = runCli(QStringLiteral(MAILAUTH_CLI), {QStringLiteral("reports"), dir.path()}, 60000);
    EXPECT_FALSE(offlineText.out.contains("NAME")) << offlineText.out.toStdString(); // no column without names
}

} // namespace
