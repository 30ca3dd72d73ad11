// The propagation watcher against real servers: knot authoritative servers and an unbound cache in front.
#include "watch/PropagationWatcher.h"

#include "support/DnsFixtures.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString zone(const QString& dmarc, const QString& extra = {})
{
    return QStringLiteral("$ORIGIN contoso.test.\n"
                          "$TTL 3\n"
                          "@       SOA   ns1 hostmaster 1 3600 600 86400 3\n"
                          "@       NS    ns1\n"
                          "ns1     A     127.0.0.1\n"
                          "@       TXT   \"v=spf1 ip4:192.0.2.25 -all\"\n") +
           (dmarc.isEmpty() ? QString() : QStringLiteral("_dmarc  TXT   \"%1\"\n").arg(dmarc)) + extra;
}

PropagationExpectation dmarcReject()
{
    PropagationExpectation e;
    e.name = QStringLiteral("_dmarc.contoso.test");
    e.type = RecordType::TXT;
    e.value = QStringLiteral("v=DMARC1; p=reject");
    e.mode = MatchMode::Dmarc;
    return e;
}

void fastRetries(PropagationWatcher& w)
{
    w.setMaxRetryInterval(1000);
    w.setQueryTimeout(500, 2);
}

TEST(PropagationWatcher, ConfirmsWhenEveryServerHasTheRecord)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1;p=REJECT")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    UnboundServer unbound({QStringLiteral("contoso.test")}, knot);
    ASSERT_TRUE(unbound.start()) << unbound.error().toStdString();
    PropagationWatcher watcher(dmarcReject(), {VantagePoint::authoritative(QStringLiteral("ns1"), knot.server()),
                                               VantagePoint::custom(unbound.server())});
    fastRetries(watcher);
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 10000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_TRUE(watcher.isConfirmed());
    EXPECT_EQ(watcher.matchingCount(), 2);
}

TEST(PropagationWatcher, NamesTheAuthoritativeLaggardAndHoldsResolversBack)
{
    KnotServer updated(QStringLiteral("127.0.0.1"));
    updated.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=reject")));
    ASSERT_TRUE(updated.start()) << updated.error().toStdString();
    KnotServer laggard(QStringLiteral("127.0.0.3"));
    laggard.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=none")));
    ASSERT_TRUE(laggard.start()) << laggard.error().toStdString();
    UnboundServer unbound({QStringLiteral("contoso.test")}, updated);
    ASSERT_TRUE(unbound.start()) << unbound.error().toStdString();

    PropagationWatcher watcher(dmarcReject(), {VantagePoint::authoritative(QStringLiteral("ns1"), updated.server()),
                                               VantagePoint::authoritative(QStringLiteral("ns2"), laggard.server()),
                                               VantagePoint::custom(unbound.server())});
    fastRetries(watcher);
    watcher.setTimeLimit(3);
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 10000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    const QString summary = finished.first().at(1).toString();
    EXPECT_TRUE(summary.contains(laggard.server().toCsv())) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("v=DMARC1; p=none"))) << summary.toStdString();
    EXPECT_EQ(watcher.statuses()[1].state, VantageState::OldAnswer);
    EXPECT_EQ(watcher.statuses()[0].state, VantageState::Matches);
    // The resolver was never asked while an authoritative server still had the old record.
    EXPECT_FALSE(watcher.statuses()[2].asked);
    EXPECT_EQ(watcher.statuses()[2].questions, 0);
}

TEST(PropagationWatcher, WaitsForACachedOldAnswerToExpire)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=none")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    UnboundServer unbound({QStringLiteral("contoso.test")}, knot);
    ASSERT_TRUE(unbound.start()) << unbound.error().toStdString();
    {
        // Someone looked at the record before the change: unbound now holds p=none for up to 3 s.
        PropagationExpectation old = dmarcReject();
        old.value = QStringLiteral("v=DMARC1; p=none");
        PropagationWatcher primer(old, {VantagePoint::custom(unbound.server())});
        QSignalSpy done(&primer, &PropagationWatcher::finished);
        primer.start();
        ASSERT_TRUE(waitUntil([&]() { return done.count() > 0; }, 5000));
    }
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=reject")));
    ASSERT_TRUE(knot.reload(QStringLiteral("contoso.test")));

    PropagationWatcher watcher(
        dmarcReject(), {VantagePoint::authoritative(QString(), knot.server()), VantagePoint::custom(unbound.server())});
    fastRetries(watcher);
    watcher.setMaxRetryInterval(10000);
    int sawOldWithEta = -1;
    QObject::connect(&watcher, &PropagationWatcher::statusChanged, [&](int index) {
        const VantageStatus& s = watcher.statuses()[index];
        if (index == 1 && s.state == VantageState::OldAnswer) {
            sawOldWithEta = s.etaSeconds;
        }
    });
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 15000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_GE(sawOldWithEta, 0);
    EXPECT_LE(sawOldWithEta, 3);
    EXPECT_GE(watcher.statuses()[1].questions, 2); // asked again once the cached answer expired
}

TEST(PropagationWatcher, NegativeAnswerCachedBeforePublicationExpires)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QString()));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    UnboundServer unbound({QStringLiteral("contoso.test")}, knot);
    ASSERT_TRUE(unbound.start()) << unbound.error().toStdString();
    {
        // Asked too early: unbound caches "no such name" for the SOA negative TTL (3 s).
        PropagationWatcher early(dmarcReject(), {VantagePoint::custom(unbound.server())});
        early.setTimeLimit(1);
        QSignalSpy done(&early, &PropagationWatcher::finished);
        early.start();
        ASSERT_TRUE(waitUntil([&]() { return done.count() > 0; }, 5000));
        EXPECT_EQ(early.statuses()[0].state, VantageState::NotFound);
    }
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=reject")));
    ASSERT_TRUE(knot.reload(QStringLiteral("contoso.test")));
    PropagationWatcher watcher(
        dmarcReject(), {VantagePoint::authoritative(QString(), knot.server()), VantagePoint::custom(unbound.server())});
    fastRetries(watcher);
    watcher.setMaxRetryInterval(10000);
    int notFoundEta = -2;
    QObject::connect(&watcher, &PropagationWatcher::statusChanged, [&](int index) {
        if (index == 1 && watcher.statuses()[1].state == VantageState::NotFound) {
            notFoundEta = watcher.statuses()[1].etaSeconds;
        }
    });
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 15000));
    EXPECT_TRUE(watcher.isConfirmed()) << watcher.summary().toStdString();
    // Either the cache had already expired, or the watcher saw the negative answer and its negative TTL.
    EXPECT_TRUE(notFoundEta == -2 || (notFoundEta >= 0 && notFoundEta <= 3)) << notFoundEta;
}

TEST(PropagationWatcher, UnreachableResolverIsNamedInTheSummary)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=reject")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    SilentUdpPort silent;
    PropagationWatcher watcher(
        dmarcReject(), {VantagePoint::authoritative(QString(), knot.server()), VantagePoint::custom(silent.server())});
    watcher.setQueryTimeout(200, 1);
    watcher.setMaxRetryInterval(500);
    watcher.setTimeLimit(2);
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 8000));
    EXPECT_FALSE(watcher.isConfirmed());
    EXPECT_EQ(watcher.statuses()[1].state, VantageState::Error);
    EXPECT_TRUE(watcher.summary().contains(silent.server().toCsv()));
}

TEST(PropagationWatcher, CancelStopsWithSummary)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QStringLiteral("v=DMARC1; p=none")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    PropagationWatcher watcher(dmarcReject(), {VantagePoint::authoritative(QString(), knot.server())});
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return watcher.statuses()[0].state != VantageState::Waiting; }, 5000));
    watcher.cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(watcher.isRunning());
}

} // namespace

namespace {

DnsAnswer txtAnswer(const QStringList& values)
{
    DnsAnswer answer;
    answer.status = DnsStatus::NoError;
    for (const QString& v : values) {
        DnsRecord r;
        r.name = QStringLiteral("contoso.test");
        r.type = RecordType::TXT;
        r.txtStrings = {v.toUtf8()};
        answer.records.append(r);
    }
    return answer;
}

PropagationExpectation spfExpected(const QString& value)
{
    PropagationExpectation e;
    e.name = QStringLiteral("contoso.test");
    e.type = RecordType::TXT;
    e.value = value;
    e.mode = MatchMode::Spf;
    return e;
}

} // namespace

TEST(PropagationExpectation, SpfMechanismOrderMatters)
{
    const PropagationExpectation e =
        spfExpected(QStringLiteral("v=spf1 include:spf.protection.outlook.com ip4:192.0.2.25 -all"));
    // Case and spacing do not change the meaning.
    EXPECT_TRUE(
        e.matches(txtAnswer({QStringLiteral("v=spf1  INCLUDE:spf.protection.outlook.com ip4:192.0.2.25 -ALL")})));
    // "-all" first matches every sender before the include is reached: another record.
    EXPECT_FALSE(
        e.matches(txtAnswer({QStringLiteral("v=spf1 -all include:spf.protection.outlook.com ip4:192.0.2.25")})));
    EXPECT_FALSE(
        e.matches(txtAnswer({QStringLiteral("v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all")})));
}

TEST(PropagationExpectation, SpfModifiersMayMove)
{
    const PropagationExpectation e = spfExpected(QStringLiteral("v=spf1 mx redirect=_spf.contoso.test"));
    EXPECT_TRUE(e.matches(txtAnswer({QStringLiteral("v=spf1 redirect=_spf.contoso.test mx")})));
    EXPECT_FALSE(e.matches(txtAnswer({QStringLiteral("v=spf1 mx redirect=_spf.fabrikam.test")})));
}

TEST(PropagationExpectation, DmarcWithLeadingSpaceIsNoRecord)
{
    PropagationExpectation e = dmarcReject();
    EXPECT_TRUE(e.matches(txtAnswer({QStringLiteral("v=DMARC1; p=reject")})));
    EXPECT_FALSE(e.matches(txtAnswer({QStringLiteral(" v=DMARC1; p=reject")})));
    EXPECT_FALSE(e.matches(txtAnswer({QStringLiteral("\tv=DMARC1; p=reject")})));
}

TEST(PropagationWatcher, CacheSecondsFollowRfc2181AndTheCacheCap)
{
    EXPECT_EQ(PropagationWatcher::cacheSeconds(0), 0u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(300), 300u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(PropagationWatcher::kMaxCacheSeconds),
              PropagationWatcher::kMaxCacheSeconds);
    // Valid TTLs over a week are kept no longer than resolvers keep anything.
    EXPECT_EQ(PropagationWatcher::cacheSeconds(3000000), PropagationWatcher::kMaxCacheSeconds);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(0x7fffffffu), PropagationWatcher::kMaxCacheSeconds);
    // The top bit set: RFC 2181 8 reads the whole value as zero.
    EXPECT_EQ(PropagationWatcher::cacheSeconds(0x80000000u), 0u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(0xffffffffu), 0u);
}

TEST(PropagationWatcher, CacheSecondsOfARecordSetReadEachTtlFirst)
{
    const auto withTtls = [](const QList<quint32>& ttls) {
        QList<DnsRecord> records;
        for (const quint32 ttl : ttls) {
            DnsRecord r;
            r.type = RecordType::TXT;
            r.ttl = ttl;
            records.append(r);
        }
        return records;
    };
    EXPECT_EQ(PropagationWatcher::cacheSeconds(QList<DnsRecord>{}), 0u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(withTtls({300, 60})), 60u);
    // 0x80000000 means 0 (RFC 2181 8), so it is the shortest, not the longest.
    EXPECT_EQ(PropagationWatcher::cacheSeconds(withTtls({300, 0x80000000u})), 0u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(withTtls({0xffffffffu, 300})), 0u);
    EXPECT_EQ(PropagationWatcher::cacheSeconds(withTtls({3000000, 4000000})), PropagationWatcher::kMaxCacheSeconds);
}

TEST(PropagationWatcher, TimeLimitIsClamped)
{
    PropagationWatcher watcher(dmarcReject(), {});
    watcher.setTimeLimit(3000000);
    EXPECT_EQ(watcher.timeLimit(), PropagationWatcher::kMaxTimeLimitSeconds);
    watcher.setTimeLimit(-4);
    EXPECT_EQ(watcher.timeLimit(), 1);
}

TEST(PropagationWatcher, LongTtlDoesNotMakeTheWatcherAskAgainAndAgain)
{
    // A resolver that holds an old answer for 3,000,000 s (over 2^31 ms): it must be asked again when the retry
    // interval says so, not every 200 ms.
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"),
                 zone(QString(), QStringLiteral("_dmarc 3000000 TXT \"v=DMARC1; p=none\"\n")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    PropagationWatcher watcher(dmarcReject(), {VantagePoint::custom(knot.server())});
    watcher.setQueryTimeout(500, 2);
    watcher.setMaxRetryInterval(5000);
    watcher.setTimeLimit(3);
    int eta = -1;
    QObject::connect(&watcher, &PropagationWatcher::statusChanged,
                     [&](int index) { eta = watcher.statuses()[index].etaSeconds; });
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 10000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(watcher.statuses()[0].state, VantageState::OldAnswer);
    EXPECT_EQ(eta, static_cast<int>(PropagationWatcher::kMaxCacheSeconds));
    EXPECT_EQ(watcher.statuses()[0].questions, 1);
}
