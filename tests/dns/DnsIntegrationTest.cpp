// The DNS layer against real servers on loopback: knot (authoritative) and unbound (caching resolver).
#include "audit/DomainAudit.h"
#include "dns/AresChannel.h"
#include "dns/ResolverLookup.h"
#include "support/DnsFixtures.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const QString kZone = QStringLiteral("$ORIGIN contoso.test.\n"
                                     "$TTL 3\n"
                                     "@       SOA   ns1 hostmaster 1 3600 600 86400 5\n"
                                     "@       NS    ns1\n"
                                     "ns1     A     127.0.0.1\n"
                                     "@       MX    10 mail\n"
                                     "mail    A     192.0.2.25\n"
                                     "@       TXT   \"v=spf1 ip4:192.0.2.25 -all\"\n"
                                     "multi   TXT   \"part1 \" \"part2\"\n"
                                     "twospf  TXT   \"v=spf1 mx -all\"\n"
                                     "twospf  TXT   \"v=spf1 include:spf.protection.outlook.com -all\"\n"
                                     "chain1  CNAME chain2\n"
                                     "chain2  CNAME chain3\n"
                                     "chain3  TXT   \"end of chain\"\n"
                                     "ttl60   60 TXT \"sixty\"\n");

QString bigTxtSet()
{
    QString records;
    for (int i = 0; i < 12; ++i) {
        records += QStringLiteral("big TXT \"%1-%2\"\n").arg(i).arg(QString(200, u'x'));
    }
    return records;
}

class DnsIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_knot.setZone(QStringLiteral("contoso.test"), kZone + bigTxtSet());
        m_knot.setZone(QStringLiteral("broken.test"), QStringLiteral("this is not a zone file\n"));
        ASSERT_TRUE(m_knot.start()) << m_knot.error().toStdString();
    }

    DnsAnswer ask(const DnsServerAddress& server, const QString& name, RecordType type, bool recursion = false,
                  int timeoutMs = 2000, int tries = 2)
    {
        AresChannel channel({server, recursion, timeoutMs, tries});
        std::optional<DnsAnswer> answer;
        channel.query(name, type, [&](const DnsAnswer& a) { answer = a; });
        EXPECT_TRUE(waitUntil([&]() { return answer.has_value(); }, 15000)) << name.toStdString();
        return answer.value_or(DnsAnswer{});
    }

    KnotServer m_knot;
};

TEST_F(DnsIntegration, MultiStringTxtKeepsRecordBoundaries)
{
    const DnsAnswer a = ask(m_knot.server(), QStringLiteral("multi.contoso.test"), RecordType::TXT);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    ASSERT_EQ(a.records.size(), 1);
    EXPECT_EQ(a.records.first().txtStrings, (QList<QByteArray>{"part1 ", "part2"}));
    EXPECT_EQ(a.records.first().txtJoined(), QByteArray("part1 part2"));
    EXPECT_TRUE(a.authoritative);
    EXPECT_EQ(a.server, m_knot.server().toCsv());
    EXPECT_GE(a.latencyMs, 0);
}

TEST_F(DnsIntegration, TxtSetLargerThanUdpComesOverTcp)
{
    const DnsAnswer a = ask(m_knot.server(), QStringLiteral("big.contoso.test"), RecordType::TXT);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    EXPECT_EQ(a.records.size(), 12); // about 2.5 KB: more than the 1232-octet EDNS buffer
}

TEST_F(DnsIntegration, NxDomainAndNoDataAreDistinctWithNegativeTtl)
{
    const DnsAnswer nx = ask(m_knot.server(), QStringLiteral("nothing.contoso.test"), RecordType::TXT);
    EXPECT_EQ(nx.status, DnsStatus::NxDomain);
    EXPECT_EQ(nx.negativeTtl, 3U); // min(SOA TTL 3, MINIMUM 5)
    const DnsAnswer nodata = ask(m_knot.server(), QStringLiteral("mail.contoso.test"), RecordType::TXT);
    EXPECT_EQ(nodata.status, DnsStatus::NoData);
    EXPECT_TRUE(nodata.negativeTtl.has_value());
}

TEST_F(DnsIntegration, TtlsAreReported)
{
    const DnsAnswer a = ask(m_knot.server(), QStringLiteral("ttl60.contoso.test"), RecordType::TXT);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    EXPECT_EQ(a.records.first().ttl, 60U);
    const DnsAnswer mx = ask(m_knot.server(), QStringLiteral("contoso.test"), RecordType::MX);
    ASSERT_EQ(mx.records.size(), 1);
    EXPECT_EQ(mx.records.first().ttl, 3U);
    EXPECT_EQ(mx.records.first().preference, 10);
    EXPECT_EQ(mx.records.first().target, QStringLiteral("mail.contoso.test"));
}

TEST_F(DnsIntegration, ServFailIsReportedAsFailureNotMissing)
{
    const DnsAnswer a = ask(m_knot.server(), QStringLiteral("broken.test"), RecordType::TXT);
    EXPECT_EQ(a.status, DnsStatus::ServFail);
    ResolverLookup lookup({AresChannel::Options{m_knot.server(), false, 1000, 1}});
    AuditRequest request;
    request.domain = QStringLiteral("broken.test");
    AuditReport report;
    ASSERT_TRUE(waitUntil(
        [&]() {
            report = DomainAudit::run(request, lookup);
            return !report.pending;
        },
        15000));
    EXPECT_TRUE(hasFinding(report.findings, QStringLiteral("dns.servfail")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("spf.missing")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));
}

TEST_F(DnsIntegration, TimeoutAndUnreachable)
{
    SilentUdpPort silent;
    QElapsedTimer timer;
    timer.start();
    const DnsAnswer t = ask(silent.server(), QStringLiteral("contoso.test"), RecordType::TXT, false, 200, 1);
    EXPECT_EQ(t.status, DnsStatus::Timeout);
    EXPECT_LT(timer.elapsed(), 3000);
    const DnsAnswer u = ask(closedPort(), QStringLiteral("contoso.test"), RecordType::TXT, false, 500, 1);
    EXPECT_TRUE(u.status == DnsStatus::Unreachable || u.status == DnsStatus::Timeout)
        << dnsStatusKeyword(u.status).toStdString();
}

TEST_F(DnsIntegration, CnameChainThroughResolverAndAuthoritative)
{
    UnboundServer unbound({QStringLiteral("contoso.test")}, m_knot);
    ASSERT_TRUE(unbound.start()) << unbound.error().toStdString();
    const DnsAnswer viaResolver = ask(unbound.server(), QStringLiteral("chain1.contoso.test"), RecordType::TXT, true);
    ASSERT_EQ(viaResolver.status, DnsStatus::NoError);
    EXPECT_EQ(viaResolver.recordsOfType(RecordType::CNAME).size(), 2);
    ASSERT_EQ(viaResolver.recordsOfType(RecordType::TXT).size(), 1);
    EXPECT_FALSE(viaResolver.authoritative);

    ResolverLookup authoritative({AresChannel::Options{m_knot.server(), false, 1000, 2}});
    DnsAnswer chased;
    ASSERT_TRUE(waitUntil(
        [&]() {
            chased = authoritative.lookup(QStringLiteral("chain1.contoso.test"), RecordType::TXT);
            return chased.status != DnsStatus::Pending;
        },
        10000));
    EXPECT_EQ(chased.recordsOfType(RecordType::TXT).size(), 1);
    EXPECT_EQ(chased.recordsOfType(RecordType::CNAME).size(), 2);
}

TEST_F(DnsIntegration, AuditFindsTwoSpfRecords)
{
    ResolverLookup lookup({AresChannel::Options{m_knot.server(), false, 1000, 2}});
    AuditRequest request;
    request.domain = QStringLiteral("twospf.contoso.test");
    AuditReport report;
    ASSERT_TRUE(waitUntil(
        [&]() {
            report = DomainAudit::run(request, lookup);
            return !report.pending;
        },
        15000));
    EXPECT_TRUE(hasFinding(report.findings, QStringLiteral("spf.multiple-records")));
    EXPECT_FALSE(report.spfRecord.has_value());
}

TEST_F(DnsIntegration, ResolverLookupAsksEachQuestionOnce)
{
    ResolverLookup lookup({AresChannel::Options{m_knot.server(), false, 1000, 2}}, 4);
    for (int i = 0; i < 5; ++i) {
        lookup.lookup(QStringLiteral("contoso.test"), RecordType::TXT);
        lookup.lookup(QStringLiteral("contoso.test"), RecordType::MX);
    }
    ASSERT_TRUE(waitUntil([&]() { return lookup.idle(); }, 10000));
    EXPECT_EQ(lookup.questionsAsked(), 2);
    EXPECT_EQ(lookup.lookup(QStringLiteral("CONTOSO.test."), RecordType::MX).status, DnsStatus::NoError);
    EXPECT_EQ(lookup.questionsAsked(), 2);
}

TEST_F(DnsIntegration, FailoverToTheNextServer)
{
    SilentUdpPort silent;
    ResolverLookup lookup(
        {AresChannel::Options{silent.server(), false, 200, 1}, AresChannel::Options{m_knot.server(), false, 1000, 1}});
    DnsAnswer a;
    ASSERT_TRUE(waitUntil(
        [&]() {
            a = lookup.lookup(QStringLiteral("contoso.test"), RecordType::TXT);
            return a.status != DnsStatus::Pending;
        },
        10000));
    EXPECT_EQ(a.status, DnsStatus::NoError);
    EXPECT_EQ(a.server, m_knot.server().toCsv());
}

} // namespace
