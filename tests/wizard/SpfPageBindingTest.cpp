// Every control of the SPF page changes the plan through a setter: the plan and the composed record change, and
// changed() is emitted (so autosave sees it). The plan starts from an audit that found two SPF records, so the page
// shows a merged record with published terms that can be unticked one by one.
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"
#include "spf/SpfRecord.h"
#include "ui/pages/RolloutContext.h"
#include "ui/pages/SpfPage.h"
#include "ui/widgets/RecordView.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

template <typename T> T* child(QWidget* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

bool hasTerm(const QString& record, const QString& term)
{
    const SpfRecord r = SpfRecord::parse(record);
    return std::any_of(r.terms().begin(), r.terms().end(),
                       [&](const SpfTerm& t) { return t.text.compare(term, Qt::CaseInsensitive) == 0; });
}

const QString kGoogle = QStringLiteral("include:_spf.google.com");
const QString kSalesforce = QStringLiteral("include:_spf.salesforce.com");

class SpfPageBindingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
        ASSERT_TRUE(m_plan.setDomains({QStringLiteral("contoso.com")}));
        // Nothing leaves the machine: the live lookup count asks a closed loopback port and stays "counting".
        m_plan.resolvers = {*DnsServerAddress::parse(QStringLiteral("127.0.0.1:9"))};
        AuditReport audit;
        audit.domain = QStringLiteral("contoso.com");
        audit.domainUnicode = audit.domain;
        audit.spfRecords = {
            QStringLiteral("v=spf1 include:_spf.google.com ip4:192.0.2.25 ~all"),
            QStringLiteral("v=spf1 include:_spf.salesforce.com include:spf.protection.outlook.com -all")};
        audit.mx = {QStringLiteral("contoso-com.mail.protection.outlook.com")};
        ASSERT_TRUE(m_plan.applyAudit(audit, false));
        m_context.plan = &m_plan;
        m_context.watches = &m_watches;
        m_page = new SpfPage(m_context);
        m_wizard.setPage(0, m_page);
        m_wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_wizard));
        ASSERT_TRUE(m_plan.weakenings(0).isEmpty());
    }

    // Changes one control and checks that the plan, the record and changed() follow.
    void expectBound(const std::function<void()>& change, const std::function<bool(const DomainPlan&)>& stored,
                     const std::function<bool(const QString&)>& inRecord)
    {
        QSignalSpy changed(&m_plan, &RolloutPlan::changed);
        const QString before = m_plan.composeSpf(0).record;
        change();
        QCoreApplication::processEvents(); // the terms tree applies its change queued
        EXPECT_GE(changed.count(), 1);
        EXPECT_TRUE(stored(m_plan.domain(0)));
        const QString after = m_plan.composeSpf(0).record;
        EXPECT_NE(after, before);
        EXPECT_TRUE(inRecord(after)) << after.toStdString();
    }

    QTreeWidgetItem* termItem(const QString& term)
    {
        auto* tree = child<QTreeWidget>(m_page, QStringLiteral("spfTerms"));
        for (int i = 0; tree != nullptr && i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == term) {
                return tree->topLevelItem(i);
            }
        }
        return nullptr;
    }

    RolloutPlan m_plan;
    WatchRegistry m_watches{m_plan};
    RolloutContext m_context;
    QWizard m_wizard;
    SpfPage* m_page = nullptr;
};

} // namespace

TEST_F(SpfPageBindingTest, ThePageShowsTheMergedRecordAndBothPublishedRecords)
{
    const QString record = m_plan.composeSpf(0).record;
    for (const QString& term : {kGoogle, kSalesforce, QStringLiteral("ip4:192.0.2.25")}) {
        EXPECT_TRUE(hasTerm(record, term)) << term.toStdString();
        QTreeWidgetItem* item = termItem(term);
        ASSERT_NE(item, nullptr) << term.toStdString();
        EXPECT_EQ(item->checkState(0), Qt::Checked);
    }
    EXPECT_TRUE(child<QPushButton>(m_page, QStringLiteral("spfFromScratch"))->isVisible());
    EXPECT_TRUE(m_page->isComplete()) << m_page->blockingReason().toStdString();
}

TEST_F(SpfPageBindingTest, EveryCatalogueSenderIsStoredAndReachesTheRecord)
{
    auto* senders = child<QListWidget>(m_page, QStringLiteral("spfSenders"));
    ASSERT_GT(senders->count(), 0);
    for (int i = 0; i < senders->count(); ++i) {
        QListWidgetItem* item = senders->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const SenderInfo sender = *Catalogue::instance().sender(id);
        const QString term = QStringLiteral("include:") + sender.include;
        const bool wasOn = m_plan.senderEnabled(0, id);
        SCOPED_TRACE(id.toStdString());
        expectBound([&] { item->setCheckState(wasOn ? Qt::Unchecked : Qt::Checked); },
                    [&](const DomainPlan&) { return m_plan.senderEnabled(0, id) != wasOn; },
                    [&](const QString& record) { return hasTerm(record, term) != wasOn; });
        expectBound([&] { item->setCheckState(wasOn ? Qt::Checked : Qt::Unchecked); },
                    [&](const DomainPlan&) { return m_plan.senderEnabled(0, id) == wasOn; },
                    [&](const QString& record) { return hasTerm(record, term) == wasOn; });
    }
    EXPECT_TRUE(m_plan.weakenings(0).isEmpty());
}

TEST_F(SpfPageBindingTest, MoreIncludesAreStoredAndReachTheRecord)
{
    expectBound(
        [&] { child<QLineEdit>(m_page, QStringLiteral("spfIncludes"))->setText(QStringLiteral("spf.crm.example")); },
        [](const DomainPlan& d) { return d.extraIncludes == QStringList{QStringLiteral("spf.crm.example")}; },
        [](const QString& record) { return hasTerm(record, QStringLiteral("include:spf.crm.example")); });
}

TEST_F(SpfPageBindingTest, Ip4IsStoredAndReachesTheRecord)
{
    expectBound([&] { child<QLineEdit>(m_page, QStringLiteral("spfIp4"))->setText(QStringLiteral("198.51.100.7")); },
                [](const DomainPlan& d) { return d.ip4.contains(QStringLiteral("198.51.100.7")); },
                [](const QString& record) { return hasTerm(record, QStringLiteral("ip4:198.51.100.7")); });
    // The published ip4 term stays: typing in the box adds, it does not replace.
    EXPECT_TRUE(hasTerm(m_plan.composeSpf(0).record, QStringLiteral("ip4:192.0.2.25")));
}

TEST_F(SpfPageBindingTest, Ip6IsStoredAndReachesTheRecord)
{
    expectBound([&] { child<QLineEdit>(m_page, QStringLiteral("spfIp6"))->setText(QStringLiteral("2001:db8::25")); },
                [](const DomainPlan& d) { return d.ip6 == QStringList{QStringLiteral("2001:db8::25")}; },
                [](const QString& record) { return hasTerm(record, QStringLiteral("ip6:2001:db8::25")); });
}

TEST_F(SpfPageBindingTest, AllQualifierRadiosAreStoredAndReachTheRecord)
{
    ASSERT_TRUE(child<QRadioButton>(m_page, QStringLiteral("spfFail"))->isChecked());
    expectBound([&] { QTest::mouseClick(child<QRadioButton>(m_page, QStringLiteral("spfSoftFail")), Qt::LeftButton); },
                [](const DomainPlan& d) { return d.allQualifier == SpfQualifier::SoftFail; },
                [](const QString& record) { return record.endsWith(QStringLiteral("~all")); });
    // Looser than the published -all: a weakening the page names.
    EXPECT_NE(m_page->findChild<QCheckBox*>(QStringLiteral("weakening:spf.all:~all")), nullptr);
    expectBound([&] { QTest::mouseClick(child<QRadioButton>(m_page, QStringLiteral("spfFail")), Qt::LeftButton); },
                [](const DomainPlan& d) { return d.allQualifier == SpfQualifier::Fail; },
                [](const QString& record) { return record.endsWith(QStringLiteral("-all")); });
    EXPECT_TRUE(m_plan.weakenings(0).isEmpty());
}

TEST_F(SpfPageBindingTest, StartingFromANewRecordIsStoredAndReachesTheRecord)
{
    expectBound(
        [&] { QTest::mouseClick(child<QPushButton>(m_page, QStringLiteral("spfFromScratch")), Qt::LeftButton); },
        [](const DomainPlan& d) { return d.spfFromScratch; },
        [](const QString& record) { return !hasTerm(record, kSalesforce) && !hasTerm(record, kGoogle); });
    // Every dropped sender is a weakening with its own box, and the step is blocked until they are confirmed.
    EXPECT_NE(m_page->findChild<QCheckBox*>(QStringLiteral("weakening:spf.term:") + kSalesforce), nullptr);
    EXPECT_FALSE(m_page->isComplete());
}

TEST_F(SpfPageBindingTest, UntickingAPublishedTermIsStoredAndReachesTheRecord)
{
    QTreeWidgetItem* item = termItem(kSalesforce);
    ASSERT_NE(item, nullptr);
    expectBound([&] { item->setCheckState(0, Qt::Unchecked); },
                [](const DomainPlan& d) { return d.removedSpfTerms.contains(kSalesforce); },
                [](const QString& record) { return !hasTerm(record, kSalesforce); });
    QTreeWidgetItem* after = termItem(kSalesforce);
    ASSERT_NE(after, nullptr) << "a removed term stays listed, so it can be ticked again";
    EXPECT_EQ(after->checkState(0), Qt::Unchecked);
    EXPECT_FALSE(m_page->isComplete());
}

TEST_F(SpfPageBindingTest, ConfirmingAWeakeningIsStoredAndUnblocksTheStep)
{
    auto* records = m_page->findChild<RecordView*>();
    ASSERT_NE(records, nullptr);
    EXPECT_TRUE(records->plainText().contains(QStringLiteral("_spf.salesforce.com")));
    termItem(kSalesforce)->setCheckState(0, Qt::Unchecked);
    QCoreApplication::processEvents();
    auto* publish = child<QPushButton>(m_page, QStringLiteral("publishButton"));
    EXPECT_FALSE(publish->isEnabled());
    EXPECT_FALSE(m_page->isComplete());
    // Nothing to copy before the yes: the record without Salesforce must not reach the DNS panel first.
    EXPECT_FALSE(records->plainText().contains(QStringLiteral("v=spf1"))) << records->plainText().toStdString();
    const QString key = QStringLiteral("spf.term:") + kSalesforce;
    auto* box = child<QCheckBox>(m_page, QStringLiteral("weakening:") + key);
    ASSERT_NE(box, nullptr);

    // The confirmation changes no record (the record already lacks the term): it is the admin's yes to publish it.
    QSignalSpy changed(&m_plan, &RolloutPlan::changed);
    const QString record = m_plan.composeSpf(0).record;
    QTest::mouseClick(box, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(m_plan.domain(0).acceptedWeakenings.contains(key));
    EXPECT_EQ(m_plan.composeSpf(0).record, record);
    EXPECT_TRUE(m_plan.unconfirmedWeakenings(0, QStringLiteral("spf")).isEmpty());
    // The page follows at once: Next and the publish button are enabled, and the box stays ticked.
    EXPECT_TRUE(m_page->isComplete()) << m_page->blockingReason().toStdString();
    EXPECT_TRUE(publish->isEnabled());
    EXPECT_TRUE(records->plainText().contains(QStringLiteral("v=spf1"))) << records->plainText().toStdString();
    auto* again = child<QCheckBox>(m_page, QStringLiteral("weakening:") + key);
    ASSERT_NE(again, nullptr);
    EXPECT_TRUE(again->isChecked());

    // Unticking it blocks again.
    QTest::mouseClick(again, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_FALSE(m_plan.domain(0).acceptedWeakenings.contains(key));
    EXPECT_FALSE(m_page->isComplete());
    EXPECT_FALSE(publish->isEnabled());
}

TEST_F(SpfPageBindingTest, TheMicrosoftIncludeCannotBeUnticked)
{
    QTreeWidgetItem* microsoft = termItem(QStringLiteral("include:spf.protection.outlook.com"));
    ASSERT_NE(microsoft, nullptr);
    EXPECT_FALSE(microsoft->data(0, Qt::CheckStateRole).isValid()) << "no box: every Microsoft 365 domain needs it";
    m_plan.setSpfTermRemoved(0, QStringLiteral("include:spf.protection.outlook.com"), true);
    EXPECT_TRUE(m_plan.domain(0).removedSpfTerms.isEmpty());
    const auto rows = m_plan.spfTerms(0);
    EXPECT_EQ(
        std::count_if(rows.begin(), rows.end(),
                      [](const RolloutPlan::SpfTermRow& r) { return r.term == u"include:spf.protection.outlook.com"; }),
        1);
}

TEST_F(SpfPageBindingTest, ChoicesReadFromThePlanAreShownNotReset)
{
    m_plan.setAllQualifier(0, SpfQualifier::SoftFail);
    m_plan.setIp4(0, {QStringLiteral("198.51.100.7")});
    m_plan.setSpfTermRemoved(0, kGoogle, true);
    const QString record = m_plan.composeSpf(0).record;
    m_page->initializePage();
    EXPECT_TRUE(child<QRadioButton>(m_page, QStringLiteral("spfSoftFail"))->isChecked());
    EXPECT_EQ(child<QLineEdit>(m_page, QStringLiteral("spfIp4"))->text(), QStringLiteral("198.51.100.7"));
    EXPECT_EQ(termItem(kGoogle)->checkState(0), Qt::Unchecked);
    EXPECT_EQ(m_plan.composeSpf(0).record, record);
}
