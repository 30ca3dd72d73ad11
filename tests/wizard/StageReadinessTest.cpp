// The readiness rule: 14 days, every known sender aligned, 98% of legitimate mail passing.
#include "model/reports/StageReadiness.h"

#include "ReportBuilders.h"
#include "model/Catalogue.h"

#include <QJsonArray>
#include <gtest/gtest.h>
#include <limits>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const DmarcStep kNone{DmarcPolicy::None, false};

// `days` Google reports from 2026-11-01, each with the same rows.
ReportDomainStats reportsOver(int days, const QList<AggregateRecord>& rows,
                              const QString& domain = QStringLiteral("contoso.com"))
{
    DmarcReportSummary summary(Catalogue::instance());
    for (int i = 0; i < days; ++i) {
        summary.add(googleReport(QDate(2026, 11, 1).addDays(i), rows));
    }
    return summary.domain(domain);
}

// An address of the tenant's own in SPF (Authorized): legitimate, but no known sender, so only the 98% rule
// judges it.
AggregateRecord ownServer(quint64 count, bool passes)
{
    AggregateRecord r = row(QStringLiteral("203.0.113.25"), count, QStringLiteral("fail"),
                            passes ? QStringLiteral("pass") : QStringLiteral("fail"));
    return spf(r, passes ? QStringLiteral("contoso.com") : QStringLiteral("bounces.contoso.com"));
}

TEST(StageReadiness, FourteenDaysAreEnoughThirteenAreNot)
{
    const StageReadinessResult thirteen = StageReadiness::evaluate(reportsOver(13, {m365Aligned(100)}), kNone);
    EXPECT_EQ(thirteen.verdict, ReadinessVerdict::NotEnoughData);
    EXPECT_EQ(thirteen.days, 13);
    ASSERT_EQ(thirteen.reasons.size(), 1);
    EXPECT_TRUE(thirteen.reasons[0].contains(QStringLiteral("13 day(s)"))) << thirteen.reasons[0].toStdString();
    const StageReadinessResult fourteen = StageReadiness::evaluate(reportsOver(14, {m365Aligned(100)}), kNone);
    EXPECT_EQ(fourteen.verdict, ReadinessVerdict::Ready);
    EXPECT_EQ(fourteen.days, 14);
    EXPECT_TRUE(fourteen.reasons.isEmpty());
    EXPECT_EQ(fourteen.legitimateMessages, 1400u);
    EXPECT_EQ(fourteen.legitimatePassing, 1400u);
    EXPECT_EQ(fourteen.step, QStringLiteral("move from p=none to p=quarantine"));
    // Two reports fourteen days apart span fourteen days too: the rule is about the period seen.
    DmarcReportSummary summary(Catalogue::instance());
    summary.add(googleReport(QDate(2026, 11, 1), {m365Aligned(5)}));
    summary.add(googleReport(QDate(2026, 11, 14), {m365Aligned(5)}));
    EXPECT_EQ(StageReadiness::evaluate(summary.domain(QStringLiteral("contoso.com")), kNone).verdict,
              ReadinessVerdict::Ready);
}

TEST(StageReadiness, NinetySevenPointNineIsNotNinetyEight)
{
    // 979 of 1000 legitimate messages pass: 97.9%.
    const StageReadinessResult below =
        StageReadiness::evaluate(reportsOver(14, {ownServer(979, true), ownServer(21, false)}), kNone);
    EXPECT_EQ(below.verdict, ReadinessVerdict::NotReady);
    EXPECT_DOUBLE_EQ(below.passPercent(), 97.9);
    ASSERT_EQ(below.reasons.size(), 1);
    EXPECT_TRUE(below.reasons[0].startsWith(QStringLiteral("97.9% of legitimate mail passes DMARC (13,706 of "
                                                           "14,000 messages)")))
        << below.reasons[0].toStdString();
    // 980 of 1000: exactly 98%.
    const StageReadinessResult at =
        StageReadiness::evaluate(reportsOver(14, {ownServer(980, true), ownServer(20, false)}), kNone);
    EXPECT_EQ(at.verdict, ReadinessVerdict::Ready);
    EXPECT_DOUBLE_EQ(at.passPercent(), 98.0);
    // 97.96% is shown rounded down, so it never reads as 98.0 while failing.
    StageReadinessResult r;
    r.legitimateMessages = 10000;
    r.legitimatePassing = 9796;
    EXPECT_DOUBLE_EQ(r.passPercent(), 97.9);
    EXPECT_FALSE(StageReadiness::meetsShare(9796, 10000, StageReadiness::kRequiredPermille));
}

TEST(StageReadiness, EveryKnownSenderMustBeAlignedOnItsOwn)
{
    // SendGrid fails on all of its 10 messages a day, but it is under 2% of the mail: the overall rule alone would
    // let it through; the per-sender rule does not.
    const StageReadinessResult r =
        StageReadiness::evaluate(reportsOver(14, {m365Aligned(990), sendgridUnaligned(10)}), kNone);
    EXPECT_EQ(r.verdict, ReadinessVerdict::NotReady);
    EXPECT_DOUBLE_EQ(r.passPercent(), 99.0);
    ASSERT_EQ(r.reasons.size(), 1);
    EXPECT_EQ(r.reasons[0],
              QStringLiteral("SendGrid is not aligned: 0 of its 140 messages pass DMARC (at least 98% must)."));
    // Microsoft 365 not aligned is a reason too.
    const StageReadinessResult microsoft =
        StageReadiness::evaluate(reportsOver(14, {m365Aligned(10), m365Unaligned(10)}), kNone);
    EXPECT_EQ(microsoft.verdict, ReadinessVerdict::NotReady);
    EXPECT_EQ(microsoft.reasons.size(), 2); // the sender and the overall share
    EXPECT_TRUE(microsoft.reasons[0].startsWith(QStringLiteral("Microsoft 365 is not aligned")));
}

TEST(StageReadiness, SpoofingDoesNotCountAgainstTheDomain)
{
    // Only spoofers: nothing legitimate fails, so quarantine stops nothing that should arrive (with a caution).
    const StageReadinessResult onlyUnknown =
        StageReadiness::evaluate(reportsOver(14, {spoofed(40), spoofed(2, QStringLiteral("198.51.100.3"))}), kNone);
    EXPECT_EQ(onlyUnknown.verdict, ReadinessVerdict::Ready);
    EXPECT_EQ(onlyUnknown.legitimateMessages, 0u);
    EXPECT_DOUBLE_EQ(onlyUnknown.passPercent(), 100.0);
    EXPECT_EQ(onlyUnknown.unknownMessages, 588u);
    EXPECT_EQ(onlyUnknown.unknownSources, 2);
    EXPECT_TRUE(onlyUnknown.caution.contains(QStringLiteral("588 messages from 2 source(s)")))
        << onlyUnknown.caution.toStdString();
    // Forwarded mail that lost its signature is legitimate and counts.
    AggregateRecord brokenList = row(QStringLiteral("66.111.4.25"), 50, QStringLiteral("fail"), QStringLiteral("fail"));
    brokenList.overrideReasons = {QStringLiteral("mailing_list")};
    const StageReadinessResult lists =
        StageReadiness::evaluate(reportsOver(14, {m365Aligned(950), brokenList, spoofed(500)}), kNone);
    EXPECT_EQ(lists.verdict, ReadinessVerdict::NotReady);
    EXPECT_EQ(lists.legitimateMessages, 14000u);
    EXPECT_TRUE(lists.caution.contains(QStringLiteral("7,000 messages")));
}

TEST(StageReadiness, TheLadderOfStages)
{
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::None, false}), (DmarcStep{DmarcPolicy::Quarantine, false}));
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::None, true}), (DmarcStep{DmarcPolicy::Quarantine, true}));
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::Quarantine, true}), (DmarcStep{DmarcPolicy::Quarantine, false}));
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::Quarantine, false}), (DmarcStep{DmarcPolicy::Reject, false}));
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::Reject, true}), (DmarcStep{DmarcPolicy::Reject, false}));
    EXPECT_EQ(StageReadiness::nextStep({DmarcPolicy::Reject, false}), (DmarcStep{DmarcPolicy::Reject, false}));

    const ReportDomainStats good = reportsOver(20, {m365Aligned(100)});
    const StageReadinessResult testing = StageReadiness::evaluate(good, {DmarcPolicy::Quarantine, true});
    EXPECT_EQ(testing.step, QStringLiteral("move from p=quarantine with t=y to p=quarantine"));
    EXPECT_EQ(testing.verdict, ReadinessVerdict::Ready);
    const StageReadinessResult last = StageReadiness::evaluate(good, {DmarcPolicy::Reject, false});
    EXPECT_EQ(last.verdict, ReadinessVerdict::FinalStage);
    EXPECT_EQ(last.step, QStringLiteral("stay at p=reject (the last stage)"));
    // The published stage as the reports say.
    ReportDomainStats published = good;
    published.policy = QStringLiteral("quarantine");
    published.testing = true;
    EXPECT_EQ(StageReadiness::publishedStep(published), (DmarcStep{DmarcPolicy::Quarantine, true}));
    published.policy = QStringLiteral("garbage");
    EXPECT_EQ(StageReadiness::publishedStep(published).policy, DmarcPolicy::None);
}

TEST(StageReadiness, SaysWhenTheReportsShowAnotherPolicyThanThePlan)
{
    ReportDomainStats stats = reportsOver(20, {m365Aligned(100)});
    ASSERT_EQ(stats.policy, QStringLiteral("none"));
    EXPECT_TRUE(StageReadiness::evaluate(stats, kNone).note.isEmpty());
    // The plan is at quarantine, the receivers still applied p=none: the page and `mailauth reports` (which judges
    // from the reports' policy) may say different things, and the note says why.
    const StageReadinessResult ahead = StageReadiness::evaluate(stats, {DmarcPolicy::Quarantine, false});
    EXPECT_TRUE(ahead.note.contains(QStringLiteral("applied p=none"))) << ahead.note.toStdString();
    EXPECT_TRUE(ahead.note.contains(QStringLiteral("stage, p=quarantine"))) << ahead.note.toStdString();
    EXPECT_EQ(ahead.toJson().value(QStringLiteral("note")).toString(), ahead.note);
    EXPECT_TRUE(StageReadiness::evaluate(stats, StageReadiness::publishedStep(stats)).note.isEmpty());
    // Reports that name no policy: nothing to compare.
    stats.policy.clear();
    EXPECT_TRUE(StageReadiness::evaluate(stats, {DmarcPolicy::Quarantine, false}).note.isEmpty());
}

TEST(StageReadiness, ShareIsExactForAnyCount)
{
    const quint64 max = std::numeric_limits<quint64>::max();
    EXPECT_TRUE(StageReadiness::meetsShare(max, max, 980));
    EXPECT_FALSE(StageReadiness::meetsShare(max / 100 * 97, max, 980));
    EXPECT_TRUE(StageReadiness::meetsShare(0, 0, 980));
    EXPECT_FALSE(StageReadiness::meetsShare(0, 1, 980));
    EXPECT_TRUE(StageReadiness::meetsShare(49, 50, 980));
    EXPECT_FALSE(StageReadiness::meetsShare(48, 50, 980));
}

TEST(StageReadiness, JsonCarriesTheNumbersAndReasons)
{
    const QJsonObject o =
        StageReadiness::evaluate(reportsOver(14, {m365Aligned(990), sendgridUnaligned(10)}), kNone).toJson();
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-ready"));
    EXPECT_EQ(o.value(QStringLiteral("days")).toInt(), 14);
    EXPECT_EQ(o.value(QStringLiteral("legitimate_messages")).toInteger(), 14000);
    EXPECT_EQ(o.value(QStringLiteral("to")).toObject().value(QStringLiteral("policy")).toString(),
              QStringLiteral("quarantine"));
    EXPECT_EQ(o.value(QStringLiteral("reasons")).toArray().size(), 1);
    EXPECT_EQ(readinessVerdictKeyword(ReadinessVerdict::NotEnoughData), QStringLiteral("not-enough-data"));
    EXPECT_EQ(readinessVerdictKeyword(ReadinessVerdict::Ready), QStringLiteral("ready"));
    EXPECT_EQ(readinessVerdictKeyword(ReadinessVerdict::FinalStage), QStringLiteral("final"));
}

} // namespace
