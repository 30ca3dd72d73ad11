// `mailauth check`, `wait` and `spf` as a script would run them, against knot and unbound on loopback.
#include "support/BulkZones.h"
#include "support/CliProcess.h"
#include "support/DnsFixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <gtest/gtest.h>
#include <iostream>

using namespace mailauth::test;

namespace {

CliRun mailauth(const QStringList& arguments, int timeoutMs = 60000)
{
    return runCli(QStringLiteral(MAILAUTH_CLI), arguments, timeoutMs);
}

const QString kContoso =
    QStringLiteral("$ORIGIN contoso.test.\n"
                   "$TTL 3\n"
                   "@       SOA   ns1 hostmaster 1 3600 600 86400 3\n"
                   "@       NS    ns1\n"
                   "ns1     A     127.0.0.1\n"
                   "@       MX    0 contoso-test.mail.protection.outlook.com.\n"
                   "@       TXT   \"v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all\"\n"
                   "@       TXT   \"MS=ms55555555\"\n"
                   "_dmarc  TXT   \"v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.test\"\n"
                   "selector1._domainkey CNAME selector1-d0001-test._domainkey.contoso.n-v1.dkim.mail.microsoft.\n"
                   "mail    A     192.0.2.25\n"
                   "nospf   MX    0 mail\n");

// Half done: two SPF records (Google and on-premises beside Microsoft) and a strict DMARC record reporting to a
// service in another organisation.
const QString kTakeover = QStringLiteral("$ORIGIN takeover.test.\n"
                                         "$TTL 3\n"
                                         "@       SOA   ns1 hostmaster 1 3600 600 86400 3\n"
                                         "@       NS    ns1\n"
                                         "ns1     A     127.0.0.1\n"
                                         "@       MX    0 takeover-test.mail.protection.outlook.com.\n"
                                         "@       TXT   \"v=spf1 ip4:192.0.2.25 include:spf.reports.test ~all\"\n"
                                         "@       TXT   \"v=spf1 include:spf.protection.outlook.com -all\"\n"
                                         "_dmarc  TXT   \"v=DMARC1; p=reject; rua=mailto:agg@reports.test\"\n");

// A domain that should send no mail but still has an MX and a sender.
const QString kParked = QStringLiteral("$ORIGIN parked.test.\n"
                                       "$TTL 3\n"
                                       "@       SOA   ns1 hostmaster 1 3600 600 86400 3\n"
                                       "@       NS    ns1\n"
                                       "ns1     A     127.0.0.1\n"
                                       "@       MX    10 mail\n"
                                       "mail    A     192.0.2.26\n"
                                       "@       TXT   \"v=spf1 include:spf.reports.test -all\"\n");

// A parked domain that already publishes the parked set, null MX included (RFC 7505: "0 ." through the wire).
const QString kNullMx = QStringLiteral("$ORIGIN nullmx.test.\n"
                                       "$TTL 3\n"
                                       "@       SOA   ns1 hostmaster 1 3600 600 86400 3\n"
                                       "@       NS    ns1\n"
                                       "ns1     A     127.0.0.1\n"
                                       "@       MX    0 .\n"
                                       "@       TXT   \"v=spf1 -all\"\n"
                                       "_dmarc  TXT   \"v=DMARC1; p=reject; rua=mailto:agg@reports.test\"\n");

// Eleven includes beside Microsoft's: over the RFC 7208 limit of 10 lookups, two of them already included through
// another (duplicates the advice names).
QString overLimitZone()
{
    QString zone = QStringLiteral("$ORIGIN overlimit.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                  "@ NS ns1\nns1 A 127.0.0.1\n@ MX 0 overlimit-test.mail.protection.outlook.com.\n");
    QString record = QStringLiteral("v=spf1");
    for (int i = 1; i <= 11; ++i) {
        record += QStringLiteral(" include:s%1.overlimit.test").arg(i);
        zone += QStringLiteral("s%1 TXT \"v=spf1 ip4:192.0.2.%1 %2-all\"\n")
                    .arg(i)
                    .arg(i == 1 ? QStringLiteral("include:s2.overlimit.test ") : QString());
    }
    return zone + QStringLiteral("@ TXT \"%1 include:spf.protection.outlook.com -all\"\n").arg(record);
}

class CliDns : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_domains = addBulkZones(m_knot, 1);
        m_knot.setZone(QStringLiteral("contoso.test"), kContoso);
        // Reports to another organisation: authorised for fabrikam.test, not for tailspin.test (RFC 9990).
        for (const QString& zone : {QStringLiteral("tailspin.test"), QStringLiteral("fabrikam.test")}) {
            m_knot.setZone(zone, QStringLiteral("$ORIGIN %1.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                                "@ NS ns1\nns1 A 127.0.0.1\n"
                                                "_dmarc TXT \"v=DMARC1; p=none; rua=mailto:r@reports.test\"\n")
                                     .arg(zone));
        }
        m_knot.setZone(QStringLiteral("reports.test"),
                       QStringLiteral("$ORIGIN reports.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                      "@ NS ns1\nns1 A 127.0.0.1\n"
                                      "fabrikam.test._report._dmarc TXT \"v=DMARC1;\"\n"
                                      "takeover.test._report._dmarc TXT \"v=DMARC1;\"\n"
                                      "nullmx.test._report._dmarc TXT \"v=DMARC1;\"\n"
                                      "spf TXT \"v=spf1 ip4:192.0.2.1 -all\"\n"));
        m_knot.setZone(QStringLiteral("takeover.test"), kTakeover);
        m_knot.setZone(QStringLiteral("parked.test"), kParked);
        m_knot.setZone(QStringLiteral("nullmx.test"), kNullMx);
        m_knot.setZone(QStringLiteral("overlimit.test"), overLimitZone());
        ASSERT_TRUE(m_knot.start()) << m_knot.error().toStdString();
    }
    QString server() const { return m_knot.server().toCsv(); }

    KnotServer m_knot;
    QStringList m_domains;
};

TEST_F(CliDns, CheckJsonHasTheDocumentedFields)
{
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("contoso.test"), QStringLiteral("--resolver"),
                               server(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // selector2 is missing: an error finding
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("domain")).toString(), QStringLiteral("contoso.test"));
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    EXPECT_EQ(spf.value(QStringLiteral("record")).toString(),
              QStringLiteral("v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all"));
    EXPECT_EQ(spf.value(QStringLiteral("lookups")).toInt(), 2); // include + its nested include
    EXPECT_TRUE(spf.value(QStringLiteral("valid")).toBool());
    const QJsonObject dmarc = o.value(QStringLiteral("dmarc")).toObject();
    EXPECT_EQ(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("quarantine"));
    EXPECT_EQ(dmarc.value(QStringLiteral("policy_domain")).toString(), QStringLiteral("contoso.test"));
    EXPECT_EQ(dmarc.value(QStringLiteral("org_domain")).toString(), QStringLiteral("contoso.test"));
    EXPECT_TRUE(dmarc.value(QStringLiteral("valid")).toBool());
    const QJsonArray dkim = o.value(QStringLiteral("dkim")).toArray();
    ASSERT_EQ(dkim.size(), 2);
    EXPECT_EQ(dkim[0].toObject().value(QStringLiteral("cname")).toString(),
              QStringLiteral("selector1-d0001-test._domainkey.contoso.n-v1.dkim.mail.microsoft"));
    EXPECT_EQ(dkim[0].toObject().value(QStringLiteral("key_bits")).toInt(), 2048);
    EXPECT_TRUE(dkim[1].toObject().value(QStringLiteral("cname")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("mx")).toArray().first().toString(),
              QStringLiteral("contoso-test.mail.protection.outlook.com"));
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("dkim.cname-missing")));
    EXPECT_FALSE(findingCodes(o).contains(QStringLiteral("spf.missing")));
}

// Regression: over real (asynchronous) DNS the authorisation question used to be judged before its answer arrived.
TEST_F(CliDns, CheckJudgesThirdPartyReportAuthorisationOverDns)
{
    const CliRun r =
        mailauth({QStringLiteral("check"), QStringLiteral("tailspin.test"), QStringLiteral("fabrikam.test"),
                  QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    const QStringList tailspin = findingCodes(QJsonDocument::fromJson(lines[0]).object());
    const QStringList fabrikam = findingCodes(QJsonDocument::fromJson(lines[1]).object());
    EXPECT_TRUE(tailspin.contains(QStringLiteral("dmarc.report-authorization-missing"))) << r.out.toStdString();
    EXPECT_FALSE(fabrikam.contains(QStringLiteral("dmarc.report-authorization-missing")));
    EXPECT_TRUE(fabrikam.contains(QStringLiteral("dmarc.external-reports")));
}

TEST_F(CliDns, CheckSubdomainInheritsPolicyAndReportsMissingSpf)
{
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("nospf.contoso.test"),
                               QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("spf.missing")));
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("dmarc.inherited")));
    EXPECT_EQ(o.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy_domain")).toString(),
              QStringLiteral("contoso.test"));
}

TEST_F(CliDns, CheckUnreachableServerExitsWithFailureFindingsNotMissing)
{
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("contoso.test"), QStringLiteral("--resolver"),
                               closedPort().toCsv(), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(findingCodes(o).contains(QStringLiteral("spf.missing")));
    EXPECT_FALSE(findingCodes(o).contains(QStringLiteral("dmarc.missing")));
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("dns.unreachable")) ||
                findingCodes(o).contains(QStringLiteral("dns.timeout")));
}

TEST_F(CliDns, CheckUsageErrorsExitTwo)
{
    EXPECT_EQ(mailauth({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("check"), QStringLiteral("not a domain")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("check"), QStringLiteral("contoso.test"), QStringLiteral("--resolver"),
                        QStringLiteral("nonsense")})
                  .exitCode,
              2);
    EXPECT_EQ(
        mailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), QStringLiteral("/nonexistent")}).exitCode,
        2);
}

QJsonObject recordAt(const QJsonObject& planLine, const QString& type, const QString& name)
{
    for (const QJsonValue& v : planLine.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("type")).toString() == type && r.value(QStringLiteral("name")).toString() == name) {
            return r;
        }
    }
    return {};
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray()) {
        out.append(v.toString());
    }
    return out;
}

TEST_F(CliDns, PlanTakesOverTwoSpfRecordsAndStrictDmarcWithoutWeakening)
{
    const CliRun r = mailauth({QStringLiteral("plan"), QStringLiteral("takeover.test"), QStringLiteral("--resolver"),
                               server(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString(); // two SPF records: an error finding
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1) << r.out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(lines[0]).object();
    EXPECT_EQ(o.value(QStringLiteral("domain")).toString(), QStringLiteral("takeover.test"));
    EXPECT_EQ(o.value(QStringLiteral("role")).toString(), QStringLiteral("sending"));
    EXPECT_TRUE(o.value(QStringLiteral("weakens")).toArray().isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("spf.multiple-records"))) << r.out.toStdString();

    const QJsonObject spf = recordAt(o, QStringLiteral("TXT"), QStringLiteral("takeover.test"));
    EXPECT_EQ(spf.value(QStringLiteral("change")).toString(), QStringLiteral("replace")) << r.out.toStdString();
    const QStringList existing = strings(spf.value(QStringLiteral("existing")));
    EXPECT_EQ(existing.size(), 2);
    EXPECT_TRUE(existing.contains(QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")));
    const QString value = spf.value(QStringLiteral("value")).toString();
    for (const QString& term : {QStringLiteral("ip4:192.0.2.25"), QStringLiteral("include:spf.reports.test"),
                                QStringLiteral("include:spf.protection.outlook.com")}) {
        EXPECT_TRUE(value.contains(term)) << value.toStdString();
    }
    EXPECT_TRUE(value.endsWith(QStringLiteral("-all"))) << value.toStdString();

    const QJsonObject dmarc = recordAt(o, QStringLiteral("TXT"), QStringLiteral("_dmarc.takeover.test"));
    const QString change = dmarc.value(QStringLiteral("change")).toString();
    EXPECT_TRUE(change == u"keep" || change == u"replace") << r.out.toStdString();
    EXPECT_TRUE(dmarc.value(QStringLiteral("value")).toString().contains(QStringLiteral("p=reject")));
    EXPECT_TRUE(dmarc.value(QStringLiteral("value")).toString().contains(QStringLiteral("mailto:agg@reports.test")));
    EXPECT_EQ(strings(dmarc.value(QStringLiteral("existing"))),
              QStringList{QStringLiteral("v=DMARC1; p=reject; rua=mailto:agg@reports.test")});
    // No DKIM targets without Exchange Online's output; the findings say what is missing.
    EXPECT_TRUE(recordAt(o, QStringLiteral("CNAME"), QStringLiteral("selector1._domainkey.takeover.test")).isEmpty());
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("dkim.cname-missing")));

    // The same plan for people: the change, the values escaped, the weakening summary.
    const CliRun text =
        mailauth({QStringLiteral("plan"), QStringLiteral("takeover.test"), QStringLiteral("--resolver"), server()});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains("replace TXT takeover.test")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Weakens nothing")) << text.out.toStdString();
}

TEST_F(CliDns, PlanParkedDomainGetsTheParkedSetAndListsTheWeakenings)
{
    const CliRun r = mailauth({QStringLiteral("plan"), QStringLiteral("--parked"), QStringLiteral("parked.test"),
                               QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("role")).toString(), QStringLiteral("parked")) << r.out.toStdString();
    const QJsonObject spf = recordAt(o, QStringLiteral("TXT"), QStringLiteral("parked.test"));
    EXPECT_EQ(spf.value(QStringLiteral("value")).toString(), QStringLiteral("v=spf1 -all")) << r.out.toStdString();
    EXPECT_EQ(spf.value(QStringLiteral("change")).toString(), QStringLiteral("replace"));
    const QJsonObject mx = recordAt(o, QStringLiteral("MX"), QStringLiteral("parked.test"));
    EXPECT_EQ(mx.value(QStringLiteral("value")).toString(), QStringLiteral(".")) << r.out.toStdString();
    EXPECT_EQ(strings(mx.value(QStringLiteral("existing"))), QStringList{QStringLiteral("mail.parked.test")});
    QStringList weakened;
    for (const QJsonValue& v : o.value(QStringLiteral("weakens")).toArray()) {
        weakened.append(v.toObject().value(QStringLiteral("record")).toString() + u' ' +
                        v.toObject().value(QStringLiteral("key")).toString());
    }
    EXPECT_TRUE(weakened.contains(QStringLiteral("mx mx.null"))) << weakened.join(u',').toStdString();
    EXPECT_TRUE(std::any_of(weakened.begin(), weakened.end(), [](const QString& w) {
        return w.contains(QStringLiteral("spf.reports.test"));
    })) << weakened.join(u',').toStdString();
    EXPECT_TRUE(recordAt(o, QStringLiteral("CNAME"), QStringLiteral("selector1._domainkey.parked.test")).isEmpty());
}

TEST_F(CliDns, ANullMxFromTheWireIsRecognisedAndKept)
{
    const CliRun r = mailauth({QStringLiteral("plan"), QStringLiteral("--parked"), QStringLiteral("nullmx.test"),
                               QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject mx = recordAt(o, QStringLiteral("MX"), QStringLiteral("nullmx.test"));
    EXPECT_EQ(mx.value(QStringLiteral("change")).toString(), QStringLiteral("keep")) << r.out.toStdString();
    EXPECT_EQ(strings(mx.value(QStringLiteral("existing"))), QStringList{QStringLiteral(".")});
    EXPECT_TRUE(o.value(QStringLiteral("weakens")).toArray().isEmpty()) << r.out.toStdString();
    const CliRun check =
        mailauth({QStringLiteral("check"), QStringLiteral("nullmx.test"), QStringLiteral("--resolver"), server()});
    EXPECT_TRUE(check.out.contains("MX: null MX")) << check.out.toStdString();
}

TEST_F(CliDns, CheckJudgesAParkedDomainByTheParkedSet)
{
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("--parked"), QStringLiteral("parked.test"),
                               QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("role")).toString(), QStringLiteral("parked")) << r.out.toStdString();
    const QStringList codes = findingCodes(o);
    EXPECT_TRUE(codes.contains(QStringLiteral("parked.has-mx"))) << codes.join(u',').toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("parked.spf-allows-senders"))) << codes.join(u',').toStdString();
    EXPECT_FALSE(codes.contains(QStringLiteral("dkim.cname-missing"))) << "a parked domain needs no DKIM";

    // The same domain checked as sending gets sending advice instead.
    const CliRun sending = mailauth({QStringLiteral("check"), QStringLiteral("parked.test"),
                                     QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    const QStringList sendingCodes = findingCodes(QJsonDocument::fromJson(sending.out).object());
    EXPECT_FALSE(sendingCodes.contains(QStringLiteral("parked.has-mx"))) << sendingCodes.join(u',').toStdString();

    const CliRun both = mailauth({QStringLiteral("check"), QStringLiteral("parked.test"), QStringLiteral("--parked"),
                                  QStringLiteral("parked.test"), QStringLiteral("--resolver"), server()});
    EXPECT_EQ(both.exitCode, 2);
}

TEST_F(CliDns, PlanCountsTheProposalsLookupsAndSaysWhatBreaksOverTheLimit)
{
    const CliRun r = mailauth({QStringLiteral("plan"), QStringLiteral("overlimit.test"), QStringLiteral("--resolver"),
                               server(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_GT(o.value(QStringLiteral("spf_lookups")).toInt(), 10) << r.out.toStdString();
    EXPECT_TRUE(o.value(QStringLiteral("spf_over_limit")).toBool()) << r.out.toStdString();
    const QStringList advice = strings(o.value(QStringLiteral("spf_advice")));
    EXPECT_TRUE(std::any_of(advice.begin(), advice.end(), [](const QString& a) {
        return a.contains(QStringLiteral("s2.overlimit.test"));
    })) << advice.join(u'\n').toStdString();

    const CliRun text =
        mailauth({QStringLiteral("plan"), QStringLiteral("overlimit.test"), QStringLiteral("--resolver"), server()});
    EXPECT_TRUE(text.out.contains("over the limit of 10")) << text.out.toStdString();

    // Under the limit the count is shown and nothing fails for it.
    const CliRun under = mailauth({QStringLiteral("plan"), QStringLiteral("takeover.test"),
                                   QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    const QJsonObject u = QJsonDocument::fromJson(under.out).object();
    EXPECT_FALSE(u.value(QStringLiteral("spf_over_limit")).toBool()) << under.out.toStdString();
    EXPECT_GE(u.value(QStringLiteral("spf_lookups")).toInt(), 2) << under.out.toStdString();
    EXPECT_TRUE(u.value(QStringLiteral("spf_advice")).toArray().isEmpty());
}

TEST_F(CliDns, PlanUsageErrorsExitTwo)
{
    const CliRun both = mailauth({QStringLiteral("plan"), QStringLiteral("contoso.test"), QStringLiteral("--parked"),
                                  QStringLiteral("CONTOSO.test.")});
    EXPECT_EQ(both.exitCode, 2) << both.out.toStdString();
    EXPECT_TRUE(both.err.contains("--parked")) << both.err.toStdString();
    EXPECT_EQ(mailauth({QStringLiteral("plan")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("plan"), QStringLiteral("not a domain")}).exitCode, 2);
    EXPECT_EQ(mailauth({QStringLiteral("plan"), QStringLiteral("contoso.test"), QStringLiteral("--cloud"),
                        QStringLiteral("moon")})
                  .exitCode,
              2);
    EXPECT_EQ(
        mailauth({QStringLiteral("plan"), QStringLiteral("--domains-file"), QStringLiteral("/nonexistent")}).exitCode,
        2);
    const CliRun help = mailauth({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--parked")) << help.out.toStdString();
}

TEST_F(CliDns, WaitConfirmsAndTimesOut)
{
    const CliRun ok =
        mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test"), QStringLiteral("--expect"),
                  QStringLiteral("v=DMARC1; rua=mailto:dmarc@contoso.test; p=quarantine"), QStringLiteral("--match"),
                  QStringLiteral("dmarc"), QStringLiteral("--authoritative"), server(), QStringLiteral("--resolver"),
                  server(), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(ok.out).object();
    EXPECT_TRUE(o.value(QStringLiteral("confirmed")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("servers")).toArray().size(), 2);
    EXPECT_TRUE(ok.err.contains("matches")); // live per-server progress on stderr

    const CliRun late =
        mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test"), QStringLiteral("--expect"),
                  QStringLiteral("v=DMARC1; p=reject"), QStringLiteral("--match"), QStringLiteral("dmarc"),
                  QStringLiteral("--authoritative"), server(), QStringLiteral("--resolver"), server(),
                  QStringLiteral("--timeout"), QStringLiteral("2")});
    EXPECT_EQ(late.exitCode, 1);
    EXPECT_TRUE(late.err.contains("p=quarantine")) << late.err.toStdString();
    EXPECT_EQ(mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test")}).exitCode, 2);
}

TEST_F(CliDns, WaitDiscoversAuthoritativeServersFromNs)
{
    const CliRun r = mailauth({QStringLiteral("wait"), QStringLiteral("contoso.test"), QStringLiteral("--type"),
                               QStringLiteral("MX"), QStringLiteral("--expect"),
                               QStringLiteral("contoso-test.mail.protection.outlook.com"), QStringLiteral("--resolver"),
                               server(), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3")});
    // ns1.contoso.test is 127.0.0.1 on port 53, where nothing listens: discovery works, that server is unreachable,
    // and the resolver (our knot) confirms.
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray servers = o.value(QStringLiteral("servers")).toArray();
    ASSERT_GE(servers.size(), 2) << r.err.toStdString();
    EXPECT_EQ(servers[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("authoritative"));
    EXPECT_TRUE(
        servers[0].toObject().value(QStringLiteral("server")).toString().contains(QStringLiteral("ns1.contoso.test")));
}

TEST_F(CliDns, SpfOverDnsUsesSenderOrHelo)
{
    const CliRun pass = mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("40.92.1.1"),
                                  QStringLiteral("--sender"), QStringLiteral("user@contoso.test"),
                                  QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_EQ(pass.exitCode, 0) << pass.err.toStdString();
    const QJsonObject p = QJsonDocument::fromJson(pass.out).object();
    EXPECT_EQ(p.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(p.value(QStringLiteral("lookups")).toInt(), 2);

    const CliRun fail = mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("203.0.113.9"),
                                  QStringLiteral("--sender"), QStringLiteral("user@contoso.test"),
                                  QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    EXPECT_EQ(fail.exitCode, 1);
    EXPECT_EQ(QJsonDocument::fromJson(fail.out).object().value(QStringLiteral("result")).toString(),
              QStringLiteral("fail"));
    EXPECT_FALSE(QJsonDocument::fromJson(fail.out).object().value(QStringLiteral("explanation")).toString().isEmpty());

    // Empty MAIL FROM (a bounce): the HELO name's policy decides (RFC 7208 2.4).
    const CliRun bounce =
        mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.25"),
                  QStringLiteral("--sender"), QString(), QStringLiteral("--helo"), QStringLiteral("contoso.test"),
                  QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
    const QJsonObject b = QJsonDocument::fromJson(bounce.out).object();
    EXPECT_EQ(b.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(b.value(QStringLiteral("domain")).toString(), QStringLiteral("contoso.test"));
    EXPECT_EQ(mailauth({QStringLiteral("spf"), QStringLiteral("--sender"), QStringLiteral("a@b.test")}).exitCode, 2);
}

QString smallZone(const QString& origin, const QString& records)
{
    return QStringLiteral("$ORIGIN %1.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\nns1 A 127.0.0.1\n")
               .arg(origin) +
           records;
}

bool hasControlCharacters(const QByteArray& bytes)
{
    for (const QChar c : QString::fromUtf8(bytes)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)) {
            return true;
        }
    }
    return false;
}

TEST(CliHostileDns, CheckAndSpfEscapeWhatDnsSays)
{
    KnotServer knot;
    // \027 is ESC and \007 BEL (RFC 1035 \DDD): a window title, a clear screen and a colour in TXT records.
    knot.setZone(
        QStringLiteral("hostile.test"),
        smallZone(QStringLiteral("hostile.test"),
                  QStringLiteral("@ MX 0 mail\n"
                                 "@ TXT \"v=spf1 ip4:192.0.2.25 \\027]0;pwned\\007 -all\"\n"
                                 "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:d@hostile.test; x=\\027[31m\"\n")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    const CliRun check = mailauth(
        {QStringLiteral("check"), QStringLiteral("hostile.test"), QStringLiteral("--resolver"), knot.server().toCsv()});
    EXPECT_TRUE(check.out.contains("x=\\u001B[31m")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("SPF: v=spf1 ip4:192.0.2.25 \\u001B]0;pwned\\u0007 -all"))
        << check.out.toStdString();
    EXPECT_FALSE(hasControlCharacters(check.out)) << check.out.toStdString();
    EXPECT_FALSE(hasControlCharacters(check.err)) << check.err.toStdString();

    const CliRun spf = mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("203.0.113.9"),
                                 QStringLiteral("--sender"), QStringLiteral("a@hostile.test"),
                                 QStringLiteral("--resolver"), knot.server().toCsv()});
    EXPECT_EQ(spf.exitCode, 1);
    EXPECT_TRUE(spf.out.contains("permerror")) << spf.out.toStdString();
    EXPECT_FALSE(hasControlCharacters(spf.out)) << spf.out.toStdString();

    const CliRun wait =
        mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.hostile.test"), QStringLiteral("--expect"),
                  QStringLiteral("v=DMARC1; p=none"), QStringLiteral("--match"), QStringLiteral("dmarc"),
                  QStringLiteral("--authoritative"), knot.server().toCsv(), QStringLiteral("--resolver"),
                  knot.server().toCsv(), QStringLiteral("--timeout"), QStringLiteral("1")});
    EXPECT_EQ(wait.exitCode, 1);
    EXPECT_TRUE(wait.err.contains("x=\\u001B[31m")) << wait.err.toStdString();
    EXPECT_FALSE(hasControlCharacters(wait.err)) << wait.err.toStdString();
}

TEST(CliHostileDns, DmarcRecordWithLeadingSpaceIsNoDmarc)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("spaced.test"),
                 smallZone(QStringLiteral("spaced.test"), QStringLiteral("@ TXT \"v=spf1 -all\"\n"
                                                                         "_dmarc TXT \" v=DMARC1; p=reject\"\n")));
    knot.setZone(QStringLiteral("plain.test"),
                 smallZone(QStringLiteral("plain.test"), QStringLiteral("@ TXT \"v=spf1 -all\"\n"
                                                                        "_dmarc TXT \"v=DMARC1; p=reject\"\n")));
    // The tree walk goes on to _dmarc.test after discarding the spaced record; a refused question there would be a
    // DNS error, not absence, so the TLD is served too (and has no DMARC record).
    knot.setZone(QStringLiteral("test"), smallZone(QStringLiteral("test"), QString()));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("spaced.test"), QStringLiteral("plain.test"),
                               QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")});
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    const QJsonObject spaced = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject plain = QJsonDocument::fromJson(lines[1]).object();
    EXPECT_TRUE(findingCodes(spaced).contains(QStringLiteral("dmarc.missing"))) << lines[0].toStdString();
    EXPECT_FALSE(findingCodes(plain).contains(QStringLiteral("dmarc.missing"))) << lines[1].toStdString();
}

TEST(CliIdn, SpfSenderAndHeloGoToALabels)
{
    KnotServer knot;
    knot.setZone(
        QStringLiteral("xn--bcher-kva.test"),
        smallZone(QStringLiteral("xn--bcher-kva.test"), QStringLiteral("@ TXT \"v=spf1 ip4:192.0.2.25 -all\"\n")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    const CliRun sender = mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.25"),
                                    QStringLiteral("--sender"), QStringLiteral("j\u00f6rg@b\u00fccher.test"),
                                    QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")});
    EXPECT_EQ(sender.exitCode, 0) << sender.out.toStdString() << sender.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(sender.out).object();
    EXPECT_EQ(s.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(s.value(QStringLiteral("domain")).toString(), QStringLiteral("xn--bcher-kva.test"));

    const CliRun helo =
        mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.25"),
                  QStringLiteral("--sender"), QString(), QStringLiteral("--helo"), QStringLiteral("B\u00dcCHER.test"),
                  QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")});
    EXPECT_EQ(helo.exitCode, 0) << helo.out.toStdString() << helo.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(helo.out).object().value(QStringLiteral("domain")).toString(),
              QStringLiteral("xn--bcher-kva.test"));
}

TEST_F(CliDns, WaitClampsHugeTimeouts)
{
    for (const QString& timeout : {QStringLiteral("3000000"), QStringLiteral("99999999999999999999999")}) {
        const CliRun r =
            mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test"), QStringLiteral("--expect"),
                      QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.test"),
                      QStringLiteral("--match"), QStringLiteral("dmarc"), QStringLiteral("--authoritative"), server(),
                      QStringLiteral("--resolver"), server(), QStringLiteral("--timeout"), timeout},
                     30000);
        EXPECT_EQ(r.exitCode, 0) << timeout.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("waiting at most 604800 s")) << r.err.toStdString();
    }
}

TEST_F(CliDns, WaitSpfMatchKeepsTermOrder)
{
    const QStringList common{QStringLiteral("wait"),
                             QStringLiteral("contoso.test"),
                             QStringLiteral("--match"),
                             QStringLiteral("spf"),
                             QStringLiteral("--authoritative"),
                             server(),
                             QStringLiteral("--resolver"),
                             server(),
                             QStringLiteral("--timeout"),
                             QStringLiteral("2")};
    const CliRun same =
        mailauth(common + QStringList{QStringLiteral("--expect"),
                                      QStringLiteral("v=spf1 IP4:192.0.2.25 include:spf.protection.outlook.com -all")});
    EXPECT_EQ(same.exitCode, 0) << same.err.toStdString();
    const CliRun reordered =
        mailauth(common + QStringList{QStringLiteral("--expect"),
                                      QStringLiteral("v=spf1 -all ip4:192.0.2.25 include:spf.protection.outlook.com")});
    EXPECT_EQ(reordered.exitCode, 1) << reordered.err.toStdString();
}

TEST(CliWait, SaysWhereAMissingRecordWasCreatedInstead)
{
    // A panel that appends the zone name got the full name; with --authoritative the zone is the name's own domain.
    const QString target = QStringLiteral("selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"),
                 QStringLiteral("$ORIGIN contoso.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\nselector1._domainkey.contoso.test CNAME %1.\n"
                                "_dmarc CNAME dmarc.reports.example.\n")
                     .arg(target));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    const CliRun r =
        mailauth({QStringLiteral("wait"), QStringLiteral("selector1._domainkey.contoso.test"), QStringLiteral("--type"),
                  QStringLiteral("CNAME"), QStringLiteral("--expect"), target, QStringLiteral("--authoritative"),
                  knot.server().toCsv(), QStringLiteral("--resolver"), knot.server().toCsv(),
                  QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("Found in the wrong place: The record was created as "
                               "selector1._domainkey.contoso.test.contoso.test: your DNS host adds the domain itself. "
                               "Enter only selector1._domainkey as the host name"))
        << r.err.toStdString();
    const QJsonArray misplaced = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("misplaced")).toArray();
    ASSERT_EQ(misplaced.size(), 1) << r.out.toStdString();
    EXPECT_EQ(misplaced[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("zone-name-twice"));
    EXPECT_EQ(misplaced[0].toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("selector1._domainkey.contoso.test.contoso.test"));
    EXPECT_EQ(misplaced[0].toObject().value(QStringLiteral("value")).toString(), target);

    // The wrong type: a CNAME where the DMARC TXT record belongs.
    const CliRun dmarc =
        mailauth({QStringLiteral("wait"), QStringLiteral("_dmarc.contoso.test"), QStringLiteral("--expect"),
                  QStringLiteral("v=DMARC1; p=none"), QStringLiteral("--match"), QStringLiteral("dmarc"),
                  QStringLiteral("--authoritative"), knot.server().toCsv(), QStringLiteral("--resolver"),
                  knot.server().toCsv(), QStringLiteral("--timeout"), QStringLiteral("2")});
    EXPECT_EQ(dmarc.exitCode, 1);
    EXPECT_TRUE(dmarc.err.contains("_dmarc.contoso.test is a CNAME record (pointing to dmarc.reports.example) where a "
                                   "TXT record belongs"))
        << dmarc.err.toStdString();
}

TEST(CliBulk, AuditsTwoHundredGeneratedDomains)
{
    KnotServer knot;
    const QStringList domains = addBulkZones(knot, 200);
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    QTemporaryFile list;
    ASSERT_TRUE(list.open());
    list.write(domains.join(u'\n').toUtf8());
    list.flush();
    QElapsedTimer timer;
    timer.start();
    const CliRun r = mailauth({QStringLiteral("check"), QStringLiteral("--domains-file"), list.fileName(),
                               QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")},
                              120000);
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 200);
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        EXPECT_EQ(o.value(QStringLiteral("domain")).toString(), domains[i]); // input order
        EXPECT_EQ(o.value(QStringLiteral("spf")).toObject().value(QStringLiteral("lookups")).toInt(), 3);
        EXPECT_EQ(o.value(QStringLiteral("dkim")).toArray()[1].toObject().value(QStringLiteral("key_bits")).toInt(),
                  2048);
    }
    std::cout << "bulk audit: 200 domains in " << ms << " ms; " << r.err.trimmed().toStdString() << std::endl;
}

} // namespace
