// The DKIM page's rotation panel, driven like an admin: copy the pass-1 script, "I ran it" (the date is kept), wait
// for pass 2 (the button stays off until it is due), run pass 2, then "Check key sizes" against keys served by knot.
#include "model/DkimRotation.h"
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"
#include "support/DnsFixtures.h"
#include "support/TestKeys.h"
#include "text/TxtStrings.h"
#include "ui/pages/DkimPage.h"
#include "ui/pages/RolloutContext.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QWizard>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

QString keyTxt(int bits, int index)
{
    const QString record =
        QStringLiteral("v=DKIM1; k=rsa; p=%1").arg(TestKeys::publicKeyBase64(TestKeys::rsaPair(bits, index)));
    return TxtStrings::toPresentation(TxtStrings::split(record.toUtf8()));
}

AuditReport weakKeys()
{
    AuditReport report;
    report.domain = QStringLiteral("rotgui.test");
    report.domainUnicode = report.domain;
    for (const QString& s : {QStringLiteral("selector1"), QStringLiteral("selector2")}) {
        report.dkim.append(DkimSelectorReport{s, s + QStringLiteral("-rotgui-test._domainkey.rotgui.onmicrosoft.com"),
                                              true, true, 1024});
    }
    return report;
}

} // namespace

TEST(DkimRotationPanel, TwoPassesThenTheKeySizeCheckConfirms)
{
    KnotServer knot;
    knot.setZone(
        QStringLiteral("rotgui.test"),
        QStringLiteral("$ORIGIN rotgui.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                       "ns1 A 127.0.0.1\n"
                       "selector1._domainkey CNAME selector1-rotgui-test._domainkey.rotgui.onmicrosoft.com.\n"
                       "selector2._domainkey CNAME selector2-rotgui-test._domainkey.rotgui.onmicrosoft.com.\n"));
    knot.setZone(QStringLiteral("rotgui.onmicrosoft.com"),
                 QStringLiteral("$ORIGIN rotgui.onmicrosoft.com.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                "@ NS ns1\nns1 A 127.0.0.1\n") +
                     QStringLiteral("selector1-rotgui-test._domainkey TXT %1\n").arg(keyTxt(2048, 0)) +
                     QStringLiteral("selector2-rotgui-test._domainkey TXT %1\n").arg(keyTxt(2048, 1)));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();

    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("rotgui.test")}));
    plan.authoritative = {knot.server()};
    plan.setAudit(weakKeys(), false, QDateTime::currentDateTimeUtc().addSecs(-60));
    WatchRegistry watches(plan);
    RolloutContext context;
    context.plan = &plan;
    context.watches = &watches;
    QWizard wizard;
    auto* page = new DkimPage(context);
    wizard.setPage(0, page);
    wizard.resize(1024, 700);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    auto* panel = child<QWidget>(page, "rotationPanel");
    auto* state = child<QLabel>(page, "rotationState");
    auto* script = child<QPlainTextEdit>(page, "rotationScript");
    auto* ran = child<QPushButton>(page, "rotationRan");
    auto* check = child<QPushButton>(page, "rotationCheck");
    auto* keys = child<QLabel>(page, "rotationKeys");
    ASSERT_TRUE(panel && state && script && ran && check && keys);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_TRUE(state->text().contains(QStringLiteral("selector1: 1024 bits, selector2: 1024 bits")))
        << state->text().toStdString();
    EXPECT_TRUE(
        script->toPlainText().contains(QStringLiteral("Rotate-DkimSigningConfig -Identity $Domain -KeySize 2048")));
    EXPECT_TRUE(script->toPlainText().contains(QStringLiteral("$Domain = 'rotgui.test'")));
    EXPECT_TRUE(script->toPlainText().contains(QStringLiteral("Pass 1 of 2")));
    ASSERT_TRUE(ran->isEnabled());

    if (const QByteArray dir = qgetenv("MAILAUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        wizard.findChild<QScrollArea*>()->ensureWidgetVisible(panel, 0, 0);
        QTest::qWait(50);
        wizard.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dkim-rotation-first-pass.png"));
    }

    // Pass 1: the date is kept, and pass 2 cannot be marked before it is due.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(ran, Qt::LeftButton);
    const QDateTime first = plan.domain(0).dkimRotation.firstPassAt;
    ASSERT_TRUE(first.isValid());
    EXPECT_GE(first.secsTo(before), -5);
    EXPECT_LE(first.secsTo(before), 5);
    EXPECT_TRUE(state->text().contains(QStringLiteral("the second pass is due then (due in 4 day(s))")))
        << state->text().toStdString();
    EXPECT_TRUE(script->toPlainText().contains(QStringLiteral("Pass 2 of 2")));
    EXPECT_FALSE(ran->isEnabled());

    if (const QByteArray dir = qgetenv("MAILAUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        wizard.findChild<QScrollArea*>()->ensureWidgetVisible(panel, 0, 0);
        QTest::qWait(50);
        wizard.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dkim-rotation-panel.png"));
    }

    // Five days later (as a reopened project would be): pass 2 is due since a day.
    ASSERT_TRUE(plan.setDkimRotationPass(0, 1, before.addDays(-5)));
    EXPECT_TRUE(state->text().contains(QStringLiteral("The second pass is due since 1 day(s)")))
        << state->text().toStdString();
    ASSERT_TRUE(ran->isEnabled());
    QTest::mouseClick(ran, Qt::LeftButton);
    EXPECT_TRUE(plan.domain(0).dkimRotation.secondPassAt.isValid());
    EXPECT_FALSE(ran->isVisible());
    EXPECT_EQ(DkimRotation::status(plan.domain(0), QDateTime::currentDateTimeUtc()).stage,
              DkimRotationStage::WaitingAfterSecondPass);

    // The check runs in the background; knot serves 2048-bit keys on both selectors.
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_FALSE(check->isEnabled());
    ASSERT_TRUE(waitUntil([&]() { return keys->text().startsWith(QStringLiteral("Both keys")); }, 20000))
        << keys->text().toStdString();
    EXPECT_EQ(keys->text(), QStringLiteral("Both keys have 2048 bits: selector1: 2048 bits, selector2: 2048 bits."));
    EXPECT_EQ(plan.domain(0).dkimRotation.selector1Bits, 2048);
    EXPECT_EQ(DkimRotation::status(plan.domain(0), QDateTime::currentDateTimeUtc()).stage, DkimRotationStage::Done);
    EXPECT_TRUE(state->text().contains(QStringLiteral("2048 bits on both selectors"))) << state->text().toStdString();
    EXPECT_TRUE(waitUntil([&]() { return check->isEnabled(); }, 5000));
    if (const QByteArray dir = qgetenv("MAILAUTH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        wizard.findChild<QScrollArea*>()->ensureWidgetVisible(panel, 0, 0);
        QTest::qWait(50);
        wizard.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dkim-rotation-done.png"));
    }
}
