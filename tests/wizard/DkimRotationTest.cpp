// The two-pass DKIM key upgrade to 2048 bits: when it is needed, its stages and dates, what a reopened project says,
// and how the project file keeps it (and refuses what the DKIM page could never have written).
#include "model/DkimRotation.h"

#include "export/HandoverReport.h"
#include "model/DkimRotationJson.h"
#include "model/NextSteps.h"
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

AuditReport auditWithKeys(int bits1, int bits2, bool microsoft = true)
{
    AuditReport report;
    report.domain = QStringLiteral("contoso.com");
    report.domainUnicode = report.domain;
    for (const auto& [selector, bits] :
         {std::pair{QStringLiteral("selector1"), bits1}, std::pair{QStringLiteral("selector2"), bits2}}) {
        DkimSelectorReport s;
        s.selector = selector;
        s.cname = selector + QStringLiteral("-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
        s.microsoftTarget = microsoft;
        s.keyFound = bits > 0;
        s.keyBits = bits;
        report.dkim.append(s);
    }
    return report;
}

class DkimRotationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        m_now = QDateTime::currentDateTimeUtc();
    }
    DkimRotationStatus at(const QDateTime& when) const { return DkimRotation::status(m_plan.domain(0), when); }

    RolloutPlan m_plan;
    QDateTime m_now;
};

} // namespace

TEST_F(DkimRotationTest, NeededOnlyForAWeakKeyBehindAMicrosoftSelector)
{
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::NotNeeded); // nothing known yet
    m_plan.setAudit(auditWithKeys(2048, 2048), false, m_now.addDays(-1));
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::NotNeeded);
    m_plan.setAudit(auditWithKeys(1024, 1024, false), true, m_now.addSecs(-60));
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::NotNeeded) << "a key another service publishes is not ours to rotate";
    m_plan.setAudit(auditWithKeys(1024, 2048), true, m_now);
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::FirstPassDue);
    m_plan.setRole(0, DomainRole::Parked);
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::NotNeeded);
}

TEST_F(DkimRotationTest, TwoPassesFourDaysApartThenDnsConfirms)
{
    m_plan.setAudit(auditWithKeys(1024, 1024), false, m_now.addDays(-10));
    const QDateTime first = m_now.addDays(-9);
    QSignalSpy changed(&m_plan, &RolloutPlan::changed);
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, first));
    EXPECT_EQ(changed.count(), 1);

    const DkimRotationStatus waiting = at(first.addDays(1));
    EXPECT_EQ(waiting.stage, DkimRotationStage::WaitingAfterFirstPass);
    EXPECT_EQ(waiting.due, first.addSecs(96 * 3600));
    EXPECT_EQ(at(first.addSecs(96 * 3600 - 1)).stage, DkimRotationStage::WaitingAfterFirstPass);
    EXPECT_EQ(at(first.addSecs(96 * 3600)).stage, DkimRotationStage::SecondPassDue);

    // The second pass cannot have run while the first was still rotating.
    QString error;
    EXPECT_FALSE(m_plan.setDkimRotationPass(0, 2, first.addDays(2), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(m_plan.domain(0).dkimRotation.secondPassAt.isValid());

    const QDateTime second = first.addDays(5);
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 2, second));
    EXPECT_EQ(at(second.addDays(1)).stage, DkimRotationStage::WaitingAfterSecondPass);
    EXPECT_EQ(at(second.addDays(1)).due, second.addSecs(96 * 3600));
    EXPECT_EQ(at(second.addDays(4)).stage, DkimRotationStage::CheckDue);

    // DNS after the first pass: one to go; after both: done.
    m_plan.setDkimKeySizes(0, DkimKeySizes{2048, 1024, m_now.addSecs(-10)});
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::CheckDue);
    EXPECT_TRUE(DkimRotation::describe(at(m_now), m_now.date()).contains(QStringLiteral("(one to go)")));
    m_plan.setDkimKeySizes(0, DkimKeySizes{2048, 2048, m_now});
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::Done);
    EXPECT_TRUE(DkimRotation::describe(at(m_now), m_now.date()).contains(QStringLiteral("2048 bits on both")));

    // Taking back the first pass takes back the second.
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, QDateTime()));
    EXPECT_FALSE(m_plan.domain(0).dkimRotation.firstPassAt.isValid());
    EXPECT_FALSE(m_plan.domain(0).dkimRotation.secondPassAt.isValid());
}

TEST_F(DkimRotationTest, OnePassIsEnoughWhenTheWeakKeyWasNotSigning)
{
    m_plan.setAudit(auditWithKeys(2048, 1024), false, m_now.addDays(-6));
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, m_now.addDays(-5)));
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::SecondPassDue);
    m_plan.setDkimKeySizes(0, DkimKeySizes{2048, 2048, m_now});
    EXPECT_EQ(at(m_now).stage, DkimRotationStage::Done);
}

TEST_F(DkimRotationTest, DatesTheDkimPageCouldNotHaveWrittenAreRefused)
{
    QString error;
    EXPECT_FALSE(m_plan.setDkimRotationPass(0, 1, m_now.addDays(3), &error)) << "from the future";
    EXPECT_FALSE(m_plan.setDkimRotationPass(0, 1, QDateTime(QDate(2019, 6, 1), QTime(0, 0), Qt::UTC), &error));
    EXPECT_FALSE(m_plan.setDkimRotationPass(0, 2, m_now, &error)) << "no first pass";
    EXPECT_FALSE(m_plan.setDkimRotationPass(0, 3, m_now, &error));
    EXPECT_TRUE(m_plan.domain(0).dkimRotation.isEmpty());
    EXPECT_TRUE(m_plan.setDkimRotationPass(0, 1, m_now.addSecs(3600))) << "a clock a little ahead is fine";
}

TEST_F(DkimRotationTest, ReopenedProjectSaysSinceWhenTheSecondPassIsDue)
{
    m_plan.setAudit(auditWithKeys(1024, 1024), false, m_now.addDays(-10));
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, m_now.addDays(-7)));
    m_plan.setDkimKeySizes(0, DkimKeySizes{2048, 1024, m_now.addDays(-1)});

    RolloutPlan reopened;
    QString error;
    ASSERT_TRUE(ProjectFile::fromJson(ProjectFile::toJson(m_plan), reopened, &error)) << error.toStdString();
    EXPECT_EQ(reopened.domain(0).dkimRotation, m_plan.domain(0).dkimRotation);
    EXPECT_TRUE(reopened.domain(1).dkimRotation.isEmpty());

    const QDate today = m_now.toLocalTime().date();
    const QDate due = m_now.addDays(-7).addSecs(96 * 3600).toLocalTime().date();
    const QList<NextStep> steps = NextSteps::compute(reopened, today);
    const auto step = std::find_if(steps.begin(), steps.end(),
                                   [](const NextStep& s) { return s.text.contains(QStringLiteral("second pass")); });
    ASSERT_NE(step, steps.end());
    EXPECT_EQ(step->domainIndex, 0);
    EXPECT_EQ(step->due, due);
    EXPECT_TRUE(step->overdue);
    EXPECT_EQ(step->dueText, QStringLiteral("due since %1 day(s)").arg(due.daysTo(today)));
    const QString line = DkimRotation::describe(DkimRotation::status(reopened.domain(0), m_now), today);
    EXPECT_TRUE(line.contains(step->dueText)) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("selector1: 2048 bits, selector2: 1024 bits (one to go)")))
        << line.toStdString();
}

TEST_F(DkimRotationTest, ProjectsWithoutRotationLookAsBefore)
{
    EXPECT_FALSE(ProjectFile::toJson(m_plan).contains(QLatin1String(DkimRotationJson::kKey)));
}

TEST_F(DkimRotationTest, HostileRotationEntriesAreRefusedAndThePlanStaysAsItWas)
{
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, m_now.addDays(-6)));
    const QJsonObject good = ProjectFile::toJson(m_plan);
    const QJsonObject entry = good.value(QLatin1String(DkimRotationJson::kKey)).toArray().first().toObject();
    const auto with = [&](const QJsonValue& rotations) {
        QJsonObject o = good;
        o.insert(QLatin1String(DkimRotationJson::kKey), rotations);
        return o;
    };
    const auto changed = [&](const QString& key, const QJsonValue& value) {
        QJsonObject e = entry;
        if (value.isUndefined()) {
            e.remove(key);
        } else {
            e.insert(key, value);
        }
        return with(QJsonArray{e});
    };
    const QString future = m_now.addDays(30).toString(Qt::ISODateWithMs);
    const QList<std::pair<const char*, QJsonObject>> hostile{
        {"not a list", with(QJsonObject{})},
        {"entry not an object", with(QJsonArray{42})},
        {"unknown domain", changed(QStringLiteral("domain"), QStringLiteral("evil.example"))},
        {"no domain", changed(QStringLiteral("domain"), QJsonValue::Undefined)},
        {"listed twice", with(QJsonArray{entry, entry})},
        {"unknown field", changed(QStringLiteral("command"), QStringLiteral("Remove-Item"))},
        {"far future", changed(QStringLiteral("firstPassAt"), future)},
        {"before 2020", changed(QStringLiteral("firstPassAt"), QStringLiteral("2019-12-31T00:00:00.000Z"))},
        {"no time zone", changed(QStringLiteral("firstPassAt"), QStringLiteral("2026-11-01T00:00:00"))},
        {"not a date", changed(QStringLiteral("firstPassAt"), QStringLiteral("yesterday"))},
        {"a number for a date", changed(QStringLiteral("firstPassAt"), 1700000000)},
        {"second pass too soon",
         changed(QStringLiteral("secondPassAt"), m_now.addDays(-5).toUTC().toString(Qt::ISODateWithMs))},
        {"bits without a check", changed(QStringLiteral("selector1Bits"), 2048)},
        {"negative bits", changed(QStringLiteral("selector1Bits"), -1)},
        {"huge bits", changed(QStringLiteral("selector2Bits"), 1e12)},
        {"fractional bits", changed(QStringLiteral("selector2Bits"), 1024.5)},
        {"empty entry", with(QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("contoso.com")}}})},
    };
    for (const auto& [name, json] : hostile) {
        RolloutPlan target;
        ASSERT_TRUE(target.setDomains({QStringLiteral("untouched.example")}));
        QString error;
        EXPECT_FALSE(ProjectFile::fromJson(json, target, &error)) << name;
        EXPECT_FALSE(error.isEmpty()) << name;
        EXPECT_EQ(target.domain(0).ace, QStringLiteral("untouched.example")) << name;
    }
    RolloutPlan target;
    QString error;
    EXPECT_TRUE(ProjectFile::fromJson(good, target, &error)) << error.toStdString();
}

TEST_F(DkimRotationTest, HandOverReportSaysWhereTheRotationStands)
{
    m_plan.setAudit(auditWithKeys(1024, 1024), false, m_now.addDays(-10));
    EXPECT_TRUE(HandoverReport::html(m_plan, m_now).contains(QStringLiteral("the first pass is due")));
    ASSERT_TRUE(m_plan.setDkimRotationPass(0, 1, m_now.addDays(-2)));
    const QString html = HandoverReport::html(m_plan, m_now);
    EXPECT_TRUE(html.contains(QStringLiteral("DKIM key rotation to 2048 bits: second pass due in 2 day(s)")))
        << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("fabrikam.com: run the second pass")));
}
