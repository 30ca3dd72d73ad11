// RolloutPlan's side of the report verdict: advancing a stage against "not ready" needs the admin's yes.
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"
#include "model/TimeBase.h"
#include "support/PlanEdit.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

StageReadinessResult verdict(ReadinessVerdict v, int days = 20)
{
    StageReadinessResult r;
    r.verdict = v;
    r.days = days;
    r.from = DmarcStep{DmarcPolicy::None, false};
    r.to = DmarcStep{DmarcPolicy::Quarantine, false};
    return r;
}

class RolloutPlanReadiness : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        plan.setDmarcStart(0, QDate(2026, 11, 1));
        plan.setDmarcStart(1, QDate(2026, 11, 1));
    }
    RolloutPlan plan;
};

TEST_F(RolloutPlanReadiness, WithoutReportsNothingIsAsked)
{
    EXPECT_FALSE(plan.reportReadiness(0));
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 1));
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 2));
}

TEST_F(RolloutPlanReadiness, NotReadyOrNotEnoughDataAsksForEveryLaterStage)
{
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.setReportReadiness(0, verdict(ReadinessVerdict::NotReady));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(plan.reportReadiness(0));
    EXPECT_EQ(plan.reportReadiness(0)->verdict, ReadinessVerdict::NotReady);
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(0, 1));
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(0, 2));  // skipping a stage too
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 0)); // staying
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 3)); // no such stage
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(1, 1)); // the other domain has no verdict
    plan.setDmarcStage(0, 2);
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 1)); // going back never asks

    plan.setReportReadiness(1, verdict(ReadinessVerdict::NotEnoughData, 5));
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(1, 1));
    plan.setReportReadiness(1, verdict(ReadinessVerdict::Ready));
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(1, 1));
}

TEST_F(RolloutPlanReadiness, ConfirmationIsPerStageEmitsChangedAndIsWithdrawnByANewVerdict)
{
    plan.setReportReadiness(0, verdict(ReadinessVerdict::NotReady));
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.confirmStageAdvance(0, 1, true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(plan.stageAdvanceConfirmed(0, 1));
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(0, 1));
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(0, 2)); // a yes for quarantine is no yes for reject
    plan.confirmStageAdvance(0, 1, true);
    EXPECT_EQ(changed.count(), 1); // no change, no signal
    plan.confirmStageAdvance(0, 1, false);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(0, 1));

    plan.confirmStageAdvance(0, 1, true);
    plan.setReportReadiness(0, verdict(ReadinessVerdict::NotReady)); // the same verdict: nothing changes
    EXPECT_TRUE(plan.stageAdvanceConfirmed(0, 1));
    plan.setReportReadiness(0, verdict(ReadinessVerdict::NotReady, 30)); // new numbers: ask again
    EXPECT_FALSE(plan.stageAdvanceConfirmed(0, 1));
    EXPECT_TRUE(plan.stageAdvanceNeedsConfirmation(0, 1));
}

TEST_F(RolloutPlanReadiness, ParkedDomainsNeverAskAndVerdictsFollowTheDomainName)
{
    plan.setReportReadiness(1, verdict(ReadinessVerdict::NotReady));
    plan.setRole(1, DomainRole::Parked);
    EXPECT_FALSE(plan.stageAdvanceNeedsConfirmation(1, 1));
    plan.setRole(1, DomainRole::Sending);
    // Reordering the domains keeps each verdict with its domain.
    ASSERT_TRUE(plan.setDomains({QStringLiteral("fabrikam.com"), QStringLiteral("contoso.com")}));
    ASSERT_TRUE(plan.reportReadiness(0));
    EXPECT_FALSE(plan.reportReadiness(1));
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.clearReportReadiness();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(plan.reportReadiness(0));
    plan.clearReportReadiness();
    EXPECT_EQ(changed.count(), 1);
}

} // namespace

namespace {

// A training window that switches scenario starts the next one from a new plan's state: nothing of the first
// scenario (domains, servers, simulated clock, report verdicts) carries over.
TEST(RolloutPlanReset, LeavesNothingOfThePreviousPlan)
{
    class FixedClock final : public TimeBase
    {
    public:
        QDateTime now() const override { return QDateTime(QDate(2030, 1, 1), QTime(12, 0), QTimeZone::utc()); }
    } clock;
    RolloutPlan plan;
    ASSERT_TRUE(plan.setCloud(QStringLiteral("gcchigh")));
    ASSERT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.us")));
    ASSERT_TRUE(plan.setDnsHost(QStringLiteral("cloudflare")));
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    plan.setRole(1, DomainRole::Parked);
    plan.setClientName(QStringLiteral("Contoso"));
    plan.setConsultantName(QStringLiteral("Alex"));
    plan.setLastPage(5);
    plan.setTimeBase(&clock);
    plan.resolvers = {*DnsServerAddress::parse(QStringLiteral("127.0.0.1:5300"))};
    plan.authoritative = plan.resolvers;
    plan.serverNames.insert(QStringLiteral("127.0.0.1:5300"), QStringLiteral("ns1"));
    plan.setReportReadiness(0, verdict(ReadinessVerdict::NotReady));
    plan.confirmStageAdvance(0, 1, true);
    ASSERT_NE(ProjectFile::toJson(plan), ProjectFile::toJson(RolloutPlan()));

    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.reset();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(ProjectFile::toJson(plan), ProjectFile::toJson(RolloutPlan()));
    EXPECT_TRUE(plan.domains().isEmpty());
    EXPECT_TRUE(plan.resolvers.isEmpty());
    EXPECT_TRUE(plan.authoritative.isEmpty());
    EXPECT_TRUE(plan.serverNames.isEmpty());
    EXPECT_EQ(&plan.timeBase(), &TimeBase::wallClock());
    EXPECT_FALSE(plan.reportEvidence());
    // The same domain again has no verdict and no confirmed advance from before.
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    EXPECT_FALSE(plan.reportReadiness(0));
    EXPECT_FALSE(plan.stageAdvanceConfirmed(0, 1));
}

} // namespace
