// Takes over a domain that is already at p=reject with reports to a DMARC service, through the wizard's pages with
// the default choices, against knot (authoritative) behind unbound: the wizard keeps p=reject, the service and the
// SPF sender, and lowering the policy is a change the admin must confirm.
#include "support/DnsFixtures.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const QString kServiceRua = QStringLiteral("mailto:abc@rua.dmarc-service.example");

QString zone(const QString& origin, const QString& records)
{
    return QStringLiteral("$ORIGIN %1.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n")
               .arg(origin) +
           records;
}

QAbstractButton* next(QWizard& w)
{
    return w.button(QWizard::NextButton);
}

template <typename T> T* onPage(QWizard& w, const QString& name)
{
    auto* child = w.currentPage()->findChild<T*>(name);
    EXPECT_NE(child, nullptr) << name.toStdString();
    return child;
}

class TakeoverFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_knot.setZone(QStringLiteral("contoso.test"),
                       zone(QStringLiteral("contoso.test"),
                            QStringLiteral("@ MX 0 contoso-test.mail.protection.outlook.com.\n"
                                           "@ TXT \"MS=ms12345678\"\n"
                                           "@ TXT \"v=spf1 include:sendgrid.net include:spf.protection.outlook.com "
                                           "-all\"\n"
                                           "_dmarc TXT \"v=DMARC1; p=reject; rua=%1\"\n")
                                .arg(kServiceRua)));
        m_knot.setZone(
            QStringLiteral("sendgrid.net"),
            zone(QStringLiteral("sendgrid.net"), QStringLiteral("@ TXT \"v=spf1 ip4:167.89.0.0/17 ~all\"\n")));
        m_knot.setZone(QStringLiteral("dmarc-service.example"),
                       zone(QStringLiteral("dmarc-service.example"),
                            QStringLiteral("contoso.test._report._dmarc.rua TXT \"v=DMARC1\"\n")));
        m_knot.setZone(QStringLiteral("protection.outlook.com"),
                       zone(QStringLiteral("protection.outlook.com"),
                            QStringLiteral("spf TXT \"v=spf1 ip4:40.92.0.0/15 -all\"\n")));
        ASSERT_TRUE(m_knot.start()) << m_knot.error().toStdString();
        m_unbound = std::make_unique<UnboundServer>(
            QStringList{QStringLiteral("contoso.test"), QStringLiteral("sendgrid.net"),
                        QStringLiteral("dmarc-service.example"), QStringLiteral("protection.outlook.com")},
            m_knot);
        ASSERT_TRUE(m_unbound->start()) << m_unbound->error().toStdString();
    }

    KnotServer m_knot;
    std::unique_ptr<UnboundServer> m_unbound;
};

} // namespace

TEST_F(TakeoverFlow, RejectWithAReportServiceStaysRejectWithTheService)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    onPage<QPlainTextEdit>(wizard, QStringLiteral("domainsEdit"))->setPlainText(QStringLiteral("contoso.test"));
    onPage<QLineEdit>(wizard, QStringLiteral("tenantEdit"))->setText(QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_TRUE(next(wizard)->isEnabled());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Audit: the plan starts from what the domain publishes.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 20000));
    ASSERT_TRUE(wizard.plan().domain(0).auditBefore.has_value());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // SPF: the published sender is kept, nothing weakens, Next is enabled.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    const QString spf = wizard.plan().composeSpf(0).record;
    EXPECT_TRUE(spf.contains(QStringLiteral("include:sendgrid.net"))) << spf.toStdString();
    EXPECT_TRUE(spf.endsWith(QStringLiteral("-all"))) << spf.toStdString();
    EXPECT_TRUE(wizard.plan().weakenings(0).isEmpty());
    ASSERT_TRUE(next(wizard)->isEnabled());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DKIM: the admin only came for DMARC and chooses "later".
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dkim);
    onPage<QCheckBox>(wizard, QStringLiteral("dkimLater"))->setChecked(true);
    // Its script and paste box stay visible but cannot be used by mistake.
    EXPECT_FALSE(onPage<QPlainTextEdit>(wizard, QStringLiteral("dkimPaste"))->isEnabled());
    ASSERT_TRUE(next(wizard)->isEnabled());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DMARC: the published record is shown and the proposal keeps it.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    const QString existing = onPage<QLabel>(wizard, QStringLiteral("dmarcExisting"))->text();
    EXPECT_TRUE(existing.contains(QStringLiteral("p=reject"))) << existing.toStdString();
    EXPECT_TRUE(existing.contains(kServiceRua)) << existing.toStdString();
    // Already at reject: no plan that starts at none is shown.
    const QString planText = onPage<QLabel>(wizard, QStringLiteral("dmarcPlanText"))->text();
    EXPECT_FALSE(planText.contains(QStringLiteral("p=none"))) << planText.toStdString();
    QString dmarc = wizard.plan().composeDmarc(0).record;
    EXPECT_TRUE(dmarc.contains(QStringLiteral("p=reject"))) << dmarc.toStdString();
    EXPECT_TRUE(dmarc.contains(kServiceRua)) << dmarc.toStdString();
    const auto weakeningBoxes = [&]() {
        QList<QCheckBox*> visible;
        for (QCheckBox* box : wizard.currentPage()->findChildren<QCheckBox*>()) {
            if (box->objectName().startsWith(QStringLiteral("weakening:")) && box->isVisibleTo(wizard.currentPage())) {
                visible.append(box);
            }
        }
        return visible;
    };
    EXPECT_TRUE(weakeningBoxes().isEmpty());
    auto* publish = onPage<QPushButton>(wizard, QStringLiteral("publishButton"));
    EXPECT_TRUE(publish->isEnabled());
    EXPECT_TRUE(next(wizard)->isEnabled());

    // Stage 1 (p=none) protects less than today: a box to confirm, and nothing goes on until it is ticked.
    auto* stage = onPage<QComboBox>(wizard, QStringLiteral("dmarcStage"));
    EXPECT_EQ(stage->currentIndex(), 2);
    stage->setCurrentIndex(0);
    // p=none lowers the policy, and with it the subdomains' policies that follow p: one box per change.
    const QList<QCheckBox*> boxes = weakeningBoxes();
    QStringList names;
    for (QCheckBox* box : boxes) {
        names.append(box->objectName());
    }
    ASSERT_TRUE(names.contains(QStringLiteral("weakening:dmarc.p:none"))) << names.join(u' ').toStdString();
    EXPECT_FALSE(next(wizard)->isEnabled());
    EXPECT_FALSE(publish->isEnabled());
    for (const QString& name : names) {
        EXPECT_FALSE(next(wizard)->isEnabled()) << "before " << name.toStdString();
        QTest::mouseClick(onPage<QCheckBox>(wizard, name), Qt::LeftButton);
        QCoreApplication::processEvents(); // the page refreshes queued (it rebuilds the boxes)
    }
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 2000));
    EXPECT_TRUE(publish->isEnabled());
    EXPECT_TRUE(wizard.plan().composeDmarc(0).record.contains(QStringLiteral("p=none")));

    // Back to stage 3: nothing weakens any more, the box goes.
    stage->setCurrentIndex(2);
    EXPECT_TRUE(weakeningBoxes().isEmpty());
    EXPECT_TRUE(next(wizard)->isEnabled());
    EXPECT_TRUE(publish->isEnabled());

    dmarc = wizard.plan().composeDmarc(0).record;
    EXPECT_TRUE(dmarc.contains(QStringLiteral("p=reject"))) << dmarc.toStdString();
    EXPECT_FALSE(dmarc.contains(QStringLiteral("p=none"))) << dmarc.toStdString();
    EXPECT_TRUE(dmarc.contains(kServiceRua)) << dmarc.toStdString();
    EXPECT_TRUE(wizard.plan().composeSpf(0).record.contains(QStringLiteral("include:sendgrid.net")));
    EXPECT_TRUE(wizard.plan().unconfirmedWeakenings(0).isEmpty());
}
