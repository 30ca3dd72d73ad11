// Every control of the DMARC page changes the plan through a setter: the plan and the composed record change, and
// changed() is emitted (so autosave sees it). "Existing subdomains" and "Strict alignment" were shown but never stored.
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"
#include "ui/pages/DmarcPage.h"
#include "ui/pages/RolloutContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

class DmarcPageBindingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_plan.setDomains({QStringLiteral("contoso.com")}));
        m_plan.setDmarcStart(0, QDate(2026, 12, 1));
        m_plan.setAggregateReports(0, {QStringLiteral("mailto:dmarc@contoso.com")});
        m_context.plan = &m_plan;
        m_context.watches = &m_watches;
        m_page = new DmarcPage(m_context);
        m_wizard.setPage(0, m_page);
        m_wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_wizard));
    }

    // Changes one control and checks that the plan, the record and changed() follow.
    void expectBound(const std::function<void()>& change, const std::function<bool(const DomainPlan&)>& stored,
                     const QString& inRecord)
    {
        QSignalSpy changed(&m_plan, &RolloutPlan::changed);
        const QString before = m_plan.composeDmarc(0).record;
        change();
        EXPECT_GE(changed.count(), 1);
        EXPECT_TRUE(stored(m_plan.domain(0)));
        const QString after = m_plan.composeDmarc(0).record;
        EXPECT_NE(after, before);
        EXPECT_TRUE(after.contains(inRecord)) << after.toStdString();
    }

    RolloutPlan m_plan;
    WatchRegistry m_watches{m_plan};
    RolloutContext m_context;
    QWizard m_wizard;
    DmarcPage* m_page = nullptr;
};

} // namespace

TEST_F(DmarcPageBindingTest, StageIsStoredAndReachesTheRecord)
{
    auto* stage = child<QComboBox>(m_page, "dmarcStage");
    expectBound([&] { stage->setCurrentIndex(2); }, [](const DomainPlan& d) { return d.currentStage == 2; },
                QStringLiteral("p=reject"));
}

TEST_F(DmarcPageBindingTest, ReportAddressesAreStoredAndReachTheRecord)
{
    auto* rua = child<QLineEdit>(m_page, "dmarcReports");
    expectBound([&] { rua->setText(QStringLiteral("mailto:a@contoso.com, mailto:b@contoso.com")); },
                [](const DomainPlan& d) { return d.aggregateReports.size() == 2; },
                QStringLiteral("rua=mailto:a@contoso.com,mailto:b@contoso.com"));
}

TEST_F(DmarcPageBindingTest, TestModeIsStoredAndReachesTheRecord)
{
    auto* testing = child<QCheckBox>(m_page, "dmarcTesting");
    expectBound([&] { testing->setChecked(true); }, [](const DomainPlan& d) { return d.testing; },
                QStringLiteral("t=y"));
}

TEST_F(DmarcPageBindingTest, ExistingSubdomainPolicyIsStoredAndReachesTheRecord)
{
    auto* sp = child<QComboBox>(m_page, "dmarcSubdomains");
    expectBound([&] { sp->setCurrentIndex(sp->findData(static_cast<int>(DmarcPolicy::Reject))); },
                [](const DomainPlan& d) { return d.subdomainPolicy == DmarcPolicy::Reject; },
                QStringLiteral("sp=reject"));
}

TEST_F(DmarcPageBindingTest, NonexistentSubdomainPolicyIsStoredAndReachesTheRecord)
{
    auto* np = child<QComboBox>(m_page, "dmarcNonexistent");
    expectBound([&] { np->setCurrentIndex(np->findData(static_cast<int>(DmarcPolicy::Quarantine))); },
                [](const DomainPlan& d) { return d.nonexistentPolicy == DmarcPolicy::Quarantine; },
                QStringLiteral("np=quarantine"));
}

TEST_F(DmarcPageBindingTest, StrictAlignmentIsStoredAndReachesTheRecord)
{
    auto* strict = child<QCheckBox>(m_page, "dmarcStrict");
    expectBound([&] { strict->setChecked(true); }, [](const DomainPlan& d) { return d.strictDkim && d.strictSpf; },
                QStringLiteral("adkim=s"));
    EXPECT_TRUE(m_plan.composeDmarc(0).record.contains(QStringLiteral("aspf=s")));
}

TEST_F(DmarcPageBindingTest, StartDateMovesThePlanAndIsAChange)
{
    auto* start = child<QDateEdit>(m_page, "dmarcStart");
    QSignalSpy changed(&m_plan, &RolloutPlan::changed);
    start->setDate(QDate(2027, 1, 4));
    EXPECT_GE(changed.count(), 1);
    ASSERT_EQ(m_plan.domain(0).stages.size(), 3);
    EXPECT_EQ(m_plan.domain(0).stages[1].due, QDate(2027, 2, 1));
}

TEST_F(DmarcPageBindingTest, ChoicesReadFromThePlanAreShownNotReset)
{
    // A plan that already has choices (a reopened project) shows them, and showing them changes nothing.
    m_plan.setSubdomainPolicy(0, DmarcPolicy::Quarantine);
    m_plan.setNonexistentPolicy(0, DmarcPolicy::Quarantine);
    m_plan.setStrictAlignment(0, true);
    m_plan.setDmarcStage(0, 1);
    const QString record = m_plan.composeDmarc(0).record;
    m_page->initializePage();
    EXPECT_EQ(child<QComboBox>(m_page, "dmarcSubdomains")->currentData().toInt(),
              static_cast<int>(DmarcPolicy::Quarantine));
    EXPECT_EQ(child<QComboBox>(m_page, "dmarcNonexistent")->currentData().toInt(),
              static_cast<int>(DmarcPolicy::Quarantine));
    EXPECT_TRUE(child<QCheckBox>(m_page, "dmarcStrict")->isChecked());
    EXPECT_EQ(m_plan.composeDmarc(0).record, record);
}
