// The hand-over report's "What the reports show", and the one percent format it shares with the reports window.
#include "ReportBuilders.h"
#include "export/HandoverReport.h"
#include "model/Catalogue.h"
#include "model/PercentText.h"
#include "model/reports/DmarcReportSummary.h"

#include <gtest/gtest.h>
#include <limits>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const QDateTime kGenerated(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());

std::shared_ptr<const ReportSummaryState> evidence(const QString& reporter = QStringLiteral("google.com"))
{
    DmarcReportSummary summary(Catalogue::instance());
    for (int i = 0; i < 20; ++i) {
        AggregateReport r = googleReport(QDate(2026, 11, 1).addDays(i), {m365Aligned(100), sendgridUnaligned(30)});
        r.orgName = reporter;
        summary.add(r);
    }
    return std::make_shared<const ReportSummaryState>(summary.state());
}

TEST(PercentText, FollowsTheLanguage)
{
    EXPECT_EQ(PercentText::format(79.4, QLocale(QLocale::English)), QStringLiteral("79.4%"));
    EXPECT_EQ(PercentText::format(79.4, QLocale(QLocale::German)), QStringLiteral("79,4\u00A0%"));
    EXPECT_EQ(PercentText::format(79.4, QLocale(QLocale::French)), QStringLiteral("79,4\u202F%"));
    EXPECT_EQ(PercentText::format(1234.5, QLocale(QLocale::English)), QStringLiteral("1,234.5%"));
}

TEST(PercentText, ShareRoundsDownAndSurvivesHugeCounts)
{
    const QLocale en(QLocale::English);
    EXPECT_EQ(PercentText::share(9996, 10000, en), QStringLiteral("99.9%"));
    EXPECT_EQ(PercentText::share(794, 1000, en), QStringLiteral("79.4%"));
    EXPECT_EQ(PercentText::share(5, 5, en), QStringLiteral("100.0%"));
    EXPECT_EQ(PercentText::share(0, 0, en), QStringLiteral("–"));
    const quint64 max = std::numeric_limits<quint64>::max();
    EXPECT_EQ(PercentText::share(max / 2, max, en), QStringLiteral("49.9%"));
}

TEST(HandoverReportsSection, ShowsPeriodShareVerdictAndTheFixes)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setDmarcStart(0, QDate(2026, 11, 1));
    EXPECT_FALSE(HandoverReport::html(plan, kGenerated).contains(QStringLiteral("What the reports show")));

    plan.setReportEvidence(evidence());
    const QString html = HandoverReport::html(plan, kGenerated);
    EXPECT_TRUE(html.contains(QStringLiteral("<h2>What the reports show</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Period: 2026-11-01 to 2026-11-20 (20 "))) << html.toStdString();
    // 2,000 of 2,600 messages pass: 76.9%.
    EXPECT_TRUE(html.contains(QStringLiteral("Messages: 2,600, of which 76.9% pass DMARC."))) << html.toStdString();
    ASSERT_TRUE(plan.reportReadiness(0));
    EXPECT_EQ(plan.reportReadiness(0)->verdict, ReadinessVerdict::NotReady);
    EXPECT_TRUE(html.contains(StageReadiness::headline(*plan.reportReadiness(0)).toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("(2,000 of 2,600 messages)")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>SendGrid</td><td>600</td><td>0.0%</td>")));
    const ReportDomainStats stats = *plan.reportStats(0);
    ASSERT_FALSE(stats.fixes.isEmpty());
    EXPECT_TRUE(html.contains(stats.fixes.first().toHtmlEscaped()));
    // The section comes before the domain pages.
    EXPECT_LT(html.indexOf(QStringLiteral("What the reports show")), html.indexOf(QStringLiteral("Records published")));
}

TEST(HandoverReportsSection, EscapesWhatTheReportsSaid)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setReportEvidence(evidence(QStringLiteral("<img src=x onerror=alert(1)>")));
    const QString html = HandoverReport::html(plan, kGenerated);
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
}

} // namespace
