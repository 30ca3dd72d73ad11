// `mailauth check` through a resolver that is far away and sheds load: the in-flight cap is honoured, and answers
// refused or failed under load are asked again instead of being reported.
#include "dns/ResolverLookup.h"
#include "support/BulkZones.h"
#include "support/CliProcess.h"
#include "support/DelayingDnsProxy.h"
#include "support/DnsFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

CliRun mailauth(const QStringList& arguments)
{
    return runCli(QStringLiteral(MAILAUTH_CLI), arguments, 120000);
}

class CliInFlight : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_knot = new KnotServer;
        s_domains = addBulkZones(*s_knot, 60);
        s_started = s_knot->start();
    }
    static void TearDownTestSuite()
    {
        delete s_knot;
        s_knot = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_started) << s_knot->error().toStdString();
        ASSERT_TRUE(m_list.open());
        m_list.write(s_domains.join(u'\n').toUtf8());
        m_list.flush();
    }

    CliRun check(const DelayingDnsProxy& proxy, const QStringList& more = {})
    {
        return mailauth(QStringList{QStringLiteral("check"), QStringLiteral("--domains-file"), m_list.fileName(),
                                    QStringLiteral("--resolver"), proxy.server().toCsv(), QStringLiteral("--json")} +
                        more);
    }

    // Every domain audited in full, in order, as knot serves it: no DNS failure reached the report.
    static void expectCorrectReports(const CliRun& r)
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        ASSERT_EQ(lines.size(), s_domains.size()) << r.err.toStdString();
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            EXPECT_EQ(o.value(QStringLiteral("domain")).toString(), s_domains[i]);
            EXPECT_EQ(o.value(QStringLiteral("spf")).toObject().value(QStringLiteral("lookups")).toInt(), 3)
                << lines[i].toStdString();
            EXPECT_EQ(o.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toString(),
                      QStringLiteral("quarantine"));
            const QJsonArray dkim = o.value(QStringLiteral("dkim")).toArray();
            ASSERT_EQ(dkim.size(), 2);
            EXPECT_EQ(dkim[1].toObject().value(QStringLiteral("key_bits")).toInt(), 2048);
            for (const QString& code : findingCodes(o)) {
                EXPECT_FALSE(code.startsWith(QStringLiteral("dns."))) << lines[i].toStdString();
            }
        }
    }

    static KnotServer* s_knot;
    static QStringList s_domains;
    static bool s_started;
    QTemporaryFile m_list;
};

KnotServer* CliInFlight::s_knot = nullptr;
QStringList CliInFlight::s_domains;
bool CliInFlight::s_started = false;

TEST_F(CliInFlight, CheckKeepsNoMoreQuestionsInFlightThanTheCap)
{
    DelayingDnsProxy proxy(s_knot->server(), 20);
    ASSERT_TRUE(proxy.start());
    const CliRun r = check(proxy, {QStringLiteral("--max-in-flight"), QStringLiteral("8")});
    expectCorrectReports(r);
    EXPECT_LE(proxy.maxPending(), 8);
    EXPECT_GE(proxy.maxPending(), 4) << "the cap is a limit, but it should also be used";
    EXPECT_EQ(proxy.refused(), 0);
}

class CliBackOff : public CliInFlight, public ::testing::WithParamInterface<int>
{
};

TEST_P(CliBackOff, CheckBacksOffAndStillGetsEveryAnswer)
{
    // An overloaded resolver: beyond 6 pending questions it answers REFUSED (5) or SERVFAIL (2) at once.
    DelayingDnsProxy proxy(s_knot->server(), 10);
    proxy.setRefuseAbove(6, GetParam());
    ASSERT_TRUE(proxy.start());
    const CliRun r = check(proxy, {QStringLiteral("--max-in-flight"), QStringLiteral("64")});
    EXPECT_GT(proxy.refused(), 0) << "the test must overload the proxy to mean anything";
    expectCorrectReports(r);
}

INSTANTIATE_TEST_SUITE_P(RefusedAndServFail, CliBackOff, ::testing::Values(5, 2));

TEST_F(CliInFlight, AResolverThatRefusesEveryoneIsReportedNotRetriedForever)
{
    DelayingDnsProxy proxy(s_knot->server(), 5);
    proxy.setRefuseAbove(0);
    ASSERT_TRUE(proxy.start());
    const CliRun r = mailauth({QStringLiteral("check"), s_domains[0], QStringLiteral("--resolver"),
                               proxy.server().toCsv(), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(findingCodes(QJsonDocument::fromJson(r.out).object()).contains(QStringLiteral("dns.refused")))
        << r.out.toStdString();
    EXPECT_GT(proxy.refused(), 0);
}

// An authoritative server's REFUSED means "not my zone": the next server is asked at once. A resolver's may mean "too
// busy": it is asked again (here, a resolver that refuses everyone: kLoadRetries more tries for each question sent
// alongside others, none for the first, which went out alone).
TEST_F(CliInFlight, OnlyAResolversRefusalIsAskedAgain)
{
    for (const bool recursive : {false, true}) {
        DelayingDnsProxy proxy(s_knot->server(), 5);
        proxy.setRefuseAbove(0);
        ASSERT_TRUE(proxy.start());
        ResolverLookup lookup({AresChannel::Options{proxy.server(), recursive, 2000, 1},
                               AresChannel::Options{s_knot->server(), false, 2000, 1}},
                              16);
        for (int i = 0; i < 10; ++i) {
            lookup.lookup(s_domains[i], RecordType::TXT);
        }
        ASSERT_TRUE(waitUntil([&]() { return lookup.idle(); }, 30000));
        if (recursive) {
            // How many went out alongside others depends on timing on a loaded machine; at least one was asked again,
            // and none more often than kLoadRetries more times (the first went out alone, so never).
            EXPECT_GT(proxy.questions(), 10) << "resolver";
            EXPECT_LE(proxy.questions(), 1 + 9 * (1 + ResolverLookup::kLoadRetries)) << "resolver";
        } else {
            EXPECT_EQ(proxy.questions(), 10) << "authoritative";
        }
        const DnsAnswer a = lookup.lookup(s_domains[0], RecordType::TXT);
        EXPECT_EQ(a.status, DnsStatus::NoError);
        EXPECT_EQ(a.server, s_knot->server().toCsv());
    }
}

TEST_F(CliInFlight, TheCapIsValidated)
{
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("spf"), QStringLiteral("wait")}) {
        for (const QString& value : {QStringLiteral("0"), QStringLiteral("1025"), QStringLiteral("many")}) {
            const CliRun r = mailauth({command, QStringLiteral("--max-in-flight"), value});
            EXPECT_EQ(r.exitCode, 2) << command.toStdString() << ' ' << value.toStdString();
            EXPECT_TRUE(r.err.contains("--max-in-flight")) << r.err.toStdString();
        }
    }
}

} // namespace
