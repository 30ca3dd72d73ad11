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

// Issue 9: a watched TXT or CNAME that is not found is also looked for where DNS panels put it by mistake, in real
// mode (knot here), with a diagnosis that says what the panel did wrong.
namespace {

const QString kSelector1 = QStringLiteral("selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");
const QString kSelector2 = QStringLiteral("selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");

PropagationExpectation selectorCname(int selector, const QString& zoneName = QStringLiteral("contoso.test"))
{
    PropagationExpectation e;
    e.name = QStringLiteral("selector%1._domainkey.contoso.test").arg(selector);
    e.type = RecordType::CNAME;
    e.value = selector == 1 ? kSelector1 : kSelector2;
    e.mode = MatchMode::Exact;
    e.zone = zoneName;
    return e;
}

// Runs until the watcher has a diagnosis or gives up; the diagnosis, or empty.
QList<MisplacementFinding> diagnosisOf(PropagationWatcher& watcher, int timeLimitSeconds = 3)
{
    fastRetries(watcher);
    watcher.setTimeLimit(timeLimitSeconds);
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    EXPECT_TRUE(waitUntil([&]() { return !watcher.misplacements().isEmpty() || finished.count() > 0; }, 10000));
    return watcher.misplacements();
}

} // namespace

TEST(PropagationMisplacement, ProbesAreOnlyForTxtAndCnameAndNeverTripleTheZone)
{
    PropagationExpectation e = selectorCname(1, QString());
    EXPECT_EQ(e.zoneOrGuess(), QStringLiteral("contoso.test"));
    const DnsAnswer nothing;
    QList<MisplacementProbe> probes = e.misplacementProbes(nothing);
    ASSERT_EQ(probes.size(), 2);
    EXPECT_EQ(probes[0].kind, Misplacement::ZoneNameTwice);
    EXPECT_EQ(probes[0].name, QStringLiteral("selector1._domainkey.contoso.test.contoso.test"));
    EXPECT_EQ(probes[0].type, RecordType::CNAME);
    EXPECT_EQ(probes[1].kind, Misplacement::WrongType);
    EXPECT_EQ(probes[1].name, QStringLiteral("selector1._domainkey.contoso.test"));
    EXPECT_EQ(probes[1].type, RecordType::TXT);

    // SPF at the apex: no CNAME can be there, so only the doubled name; the apex guess is the name itself.
    PropagationExpectation spf = spfExpected(QStringLiteral("v=spf1 -all"));
    probes = spf.misplacementProbes(nothing);
    ASSERT_EQ(probes.size(), 1);
    EXPECT_EQ(probes[0].name, QStringLiteral("contoso.test.contoso.test"));
    // A name that already holds the zone twice is not looked for a third time; MX is not looked for at all.
    e.name = QStringLiteral("selector1._domainkey.contoso.test.contoso.test");
    e.zone = QStringLiteral("contoso.test");
    for (const MisplacementProbe& p : e.misplacementProbes(nothing)) {
        EXPECT_NE(p.kind, Misplacement::ZoneNameTwice);
    }
    spf.type = RecordType::MX;
    EXPECT_TRUE(spf.misplacementProbes(nothing).isEmpty());
    // The name holds a record of the expected type (another value): no wrong-type question.
    EXPECT_EQ(spfExpected(QStringLiteral("v=spf1 -all")).misplacementProbes(txtAnswer({QStringLiteral("MS=1")})).size(),
              1);
}

TEST(PropagationMisplacement, RecordsAtACnameTargetAreNotMisplaced)
{
    // A resolver asked for TXT at a name with a CNAME follows it: the TXT there belongs to the target.
    const PropagationExpectation e = selectorCname(1);
    const MisplacementProbe probe{Misplacement::WrongType, e.name, RecordType::TXT};
    DnsAnswer chased;
    chased.status = DnsStatus::NoError;
    DnsRecord cname;
    cname.name = e.name;
    cname.type = RecordType::CNAME;
    cname.target = QStringLiteral("elsewhere.example");
    DnsRecord key;
    key.name = QStringLiteral("elsewhere.example");
    key.type = RecordType::TXT;
    key.txtStrings = {"v=DKIM1; p=abc"};
    chased.records = {cname, key};
    EXPECT_FALSE(e.diagnose(probe, chased).has_value());
    DnsAnswer failed;
    failed.status = DnsStatus::Timeout;
    EXPECT_FALSE(e.diagnose(probe, failed).has_value());
}

TEST(PropagationMisplacement, ADoubledCnameIsNamedWithTheFix)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"),
                 zone(QString(), QStringLiteral("selector1._domainkey.contoso.test CNAME %1.\n").arg(kSelector1)));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    PropagationWatcher watcher(selectorCname(1), {VantagePoint::authoritative(QStringLiteral("ns1"), knot.server())});
    QSignalSpy changed(&watcher, &PropagationWatcher::misplacementChanged);
    const QList<MisplacementFinding> found = diagnosisOf(watcher, 15);
    ASSERT_EQ(found.size(), 1) << watcher.summary().toStdString();
    EXPECT_EQ(found[0].kind, Misplacement::ZoneNameTwice);
    EXPECT_EQ(found[0].name, QStringLiteral("selector1._domainkey.contoso.test.contoso.test"));
    EXPECT_EQ(found[0].value, kSelector1);
    EXPECT_EQ(found[0].diagnosis,
              QStringLiteral("The record was created as selector1._domainkey.contoso.test.contoso.test: your DNS host "
                             "adds the domain itself. Enter only selector1._domainkey as the host name, and delete the "
                             "record at selector1._domainkey.contoso.test.contoso.test."));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(watcher.statuses()[0].state, VantageState::NotFound);

    // The admin fixes it: the diagnosis goes once the record is where it belongs.
    knot.setZone(QStringLiteral("contoso.test"),
                 zone(QString(), QStringLiteral("selector1._domainkey CNAME %1.\n").arg(kSelector1)));
    ASSERT_TRUE(knot.reload(QStringLiteral("contoso.test")));
    watcher.checkNow();
    ASSERT_TRUE(waitUntil([&]() { return watcher.isConfirmed(); }, 10000)) << watcher.summary().toStdString();
    EXPECT_TRUE(watcher.misplacements().isEmpty());
}

TEST(PropagationMisplacement, ATxtWhereTheCnameBelongsAndACnameWhereTheTxtBelongs)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone(QString(), QStringLiteral("selector2._domainkey TXT \"%1\"\n"
                                                                                "_dmarc CNAME dmarc.reports.example.\n")
                                                                     .arg(kSelector2)));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    {
        PropagationWatcher watcher(selectorCname(2), {VantagePoint::authoritative(QString(), knot.server())});
        const QList<MisplacementFinding> found = diagnosisOf(watcher);
        ASSERT_EQ(found.size(), 1) << watcher.summary().toStdString();
        EXPECT_EQ(found[0].kind, Misplacement::WrongType);
        EXPECT_EQ(found[0].type, RecordType::TXT);
        EXPECT_EQ(found[0].diagnosis,
                  QStringLiteral("selector2._domainkey.contoso.test holds a TXT record (\"%1\") where a CNAME record "
                                 "belongs: delete the TXT record and create a CNAME record that points to %1.")
                      .arg(kSelector2));
    }
    {
        PropagationExpectation dmarc = dmarcReject();
        dmarc.zone = QStringLiteral("contoso.test");
        PropagationWatcher watcher(dmarc, {VantagePoint::authoritative(QString(), knot.server())});
        const QList<MisplacementFinding> found = diagnosisOf(watcher);
        ASSERT_EQ(found.size(), 1) << watcher.summary().toStdString();
        EXPECT_EQ(found[0].type, RecordType::CNAME);
        EXPECT_TRUE(found[0].diagnosis.startsWith(
            QStringLiteral("_dmarc.contoso.test is a CNAME record (pointing to dmarc.reports.example) where a TXT "
                           "record belongs")))
            << found[0].diagnosis.toStdString();
    }
}

TEST(PropagationMisplacement, TheSpfRecordCreatedAtTheDoubledApexAndTheSummarySaysSo)
{
    KnotServer knot;
    knot.setZone(
        QStringLiteral("contoso.test"),
        zone(QString(), QStringLiteral("contoso.test TXT \"v=spf1 include:spf.protection.outlook.com -all\"\n")));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    PropagationExpectation spf = spfExpected(QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
    PropagationWatcher watcher(spf, {VantagePoint::authoritative(QString(), knot.server())});
    const QList<MisplacementFinding> found = diagnosisOf(watcher, 2);
    ASSERT_EQ(found.size(), 1) << watcher.summary().toStdString();
    EXPECT_TRUE(found[0].diagnosis.contains(QStringLiteral("Enter only @"))) << found[0].diagnosis.toStdString();
    ASSERT_TRUE(waitUntil([&]() { return !watcher.isRunning(); }, 10000));
    EXPECT_TRUE(watcher.summary().contains(QStringLiteral("created as contoso.test.contoso.test")))
        << watcher.summary().toStdString();
}

TEST(PropagationMisplacement, OneRoundOfQuestionsPerIntervalWhateverTheNumberOfServers)
{
    KnotServer first(QStringLiteral("127.0.0.1"));
    KnotServer second(QStringLiteral("127.0.0.3"));
    for (KnotServer* k : {&first, &second}) {
        k->setZone(QStringLiteral("contoso.test"), zone(QString()));
        ASSERT_TRUE(k->start()) << k->error().toStdString();
    }
    PropagationWatcher watcher(selectorCname(1), {VantagePoint::authoritative(QString(), first.server()),
                                                  VantagePoint::authoritative(QString(), second.server())});
    fastRetries(watcher);
    watcher.setTimeLimit(3);
    QSignalSpy finished(&watcher, &PropagationWatcher::finished);
    watcher.start();
    ASSERT_TRUE(waitUntil([&]() { return finished.count() > 0; }, 10000));
    // Each server was polled several times; nothing was misplaced, and the doubled name and the wrong type were asked
    // once, not per server and poll (the interval is 10 s).
    EXPECT_GE(watcher.statuses()[0].questions + watcher.statuses()[1].questions, 4);
    EXPECT_EQ(watcher.probeQuestions(), 2);
    EXPECT_TRUE(watcher.misplacements().isEmpty());

    // With a short interval the rounds repeat, still one at a time.
    PropagationWatcher often(selectorCname(1), {VantagePoint::authoritative(QString(), first.server()),
                                                VantagePoint::authoritative(QString(), second.server())});
    fastRetries(often);
    often.setProbeInterval(1000);
    often.setTimeLimit(3);
    QSignalSpy done(&often, &PropagationWatcher::finished);
    often.start();
    ASSERT_TRUE(waitUntil([&]() { return done.count() > 0; }, 10000));
    EXPECT_GE(often.probeQuestions(), 4);
    EXPECT_LE(often.probeQuestions(), 2 * 4); // about one round a second for 3 s
}
