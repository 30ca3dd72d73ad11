#include "PopulatedWizard.h"

#include "model/reports/StageReadiness.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

namespace mailauth::test {

namespace {

QString zone(const QString& origin, const QString& records)
{
    return QStringLiteral("$ORIGIN %1.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n")
               .arg(origin) +
           records;
}

// Ticks every weakening the page asks about, so that Next and the publish button are enabled.
void confirmWeakenings(QWidget* page)
{
    for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QStringLiteral("weakening:")) && box->isVisibleTo(page) && !box->isChecked()) {
            box->click();
        }
    }
    QTest::qWait(50); // the confirmation is applied queued
}

void clickIfEnabled(QWidget* page, const QString& name)
{
    auto* button = page->findChild<QPushButton*>(name);
    if (button != nullptr && button->isEnabled() && button->isVisibleTo(page)) {
        button->click();
    }
}

} // namespace

PopulatedWizard::PopulatedWizard() = default;
PopulatedWizard::~PopulatedWizard() = default;

bool PopulatedWizard::start(QString* error)
{
    m_knot.setZone(QStringLiteral("contoso.test"),
                   zone(QStringLiteral("contoso.test"),
                        QStringLiteral("@ MX 0 contoso-test.mail.protection.outlook.com.\n"
                                       "@ TXT \"MS=ms12345678\"\n"
                                       "@ TXT \"v=spf1 include:spf.protection.outlook.com -all\"\n"
                                       "@ TXT \"v=spf1 include:sendgrid.net ip4:203.0.113.25 ~all\"\n"
                                       "_dmarc TXT \"v=DMARC1; p=quarantine; adkim=s; aspf=s; "
                                       "rua=mailto:abc@rua.dmarc-service.example\"\n")));
    m_knot.setZone(QStringLiteral("protection.outlook.com"),
                   zone(QStringLiteral("protection.outlook.com"),
                        QStringLiteral("spf TXT \"v=spf1 include:spfa.protection.outlook.com -all\"\n"
                                       "spfa TXT \"v=spf1 ip4:40.92.0.0/15 -all\"\n")));
    m_knot.setZone(QStringLiteral("sendgrid.net"),
                   zone(QStringLiteral("sendgrid.net"), QStringLiteral("@ TXT \"v=spf1 ip4:167.89.0.0/17 ~all\"\n")));
    if (!m_knot.start()) {
        *error = m_knot.error();
        return false;
    }
    return true;
}

bool PopulatedWizard::walk(const QSize& size, const std::function<void(RolloutWizard&, const QString&)>& visit,
                           QString* error)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_knot.server()};
    wizard.resize(size);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        *error = QStringLiteral("the window did not appear");
        return false;
    }
    const auto settle = []() { QTest::qWait(100); };
    const auto next = [&](int expected) {
        if (!QTest::qWaitFor([&]() { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000)) {
            *error = QStringLiteral("Next stayed disabled on page %1").arg(wizard.currentId());
            return false;
        }
        wizard.button(QWizard::NextButton)->click();
        if (wizard.currentId() != expected) {
            *error = QStringLiteral("expected page %1, got %2").arg(expected).arg(wizard.currentId());
            return false;
        }
        settle();
        return true;
    };

    settle();
    visit(wizard, QStringLiteral("welcome"));
    if (!next(RolloutWizard::Page_Tenant)) {
        return false;
    }
    QWidget* page = wizard.currentPage();
    page->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))->setPlainText(QStringLiteral("contoso.test"));
    page->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->setText(QStringLiteral("contoso.onmicrosoft.com"));
    page->findChild<QLineEdit*>(QStringLiteral("consultantEdit"))
        ->setText(QStringLiteral("Alex Wilber, Fabrikam Consulting"));
    settle();
    visit(wizard, QStringLiteral("tenant"));
    if (!next(RolloutWizard::Page_Audit)) {
        return false;
    }
    if (!QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditBefore.has_value(); }, 30000)) {
        *error = QStringLiteral("the audit did not finish");
        return false;
    }
    settle();
    visit(wizard, QStringLiteral("audit"));
    if (!next(RolloutWizard::Page_Spf)) {
        return false;
    }
    page = wizard.currentPage();
    confirmWeakenings(page);
    clickIfEnabled(page, QStringLiteral("publishButton"));
    QTest::qWait(1500); // the watcher fills its table
    visit(wizard, QStringLiteral("spf"));
    if (!next(RolloutWizard::Page_Dkim)) {
        return false;
    }
    page = wizard.currentPage();
    page->findChild<QPlainTextEdit*>(QStringLiteral("dkimPaste"))
        ->setPlainText(
            QStringLiteral("Name           : contoso.test\nEnabled        : False\nStatus         : CnameMissing\n"
                           "Selector1CNAME : selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\n"
                           "Selector2CNAME : selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\n"));
    settle();
    visit(wizard, QStringLiteral("dkim"));
    if (auto* route = page->findChild<QTabWidget*>(QStringLiteral("dkimRoute"))) {
        route->setCurrentIndex(1);
        settle();
        visit(wizard, QStringLiteral("dkim-portal"));
        route->setCurrentIndex(0);
    }
    page->findChild<QCheckBox*>(QStringLiteral("dkimLater"))->setChecked(true);
    // The verdict the reports window would leave: not ready, with reasons (what the readiness text shows).
    StageReadinessResult readiness;
    readiness.verdict = ReadinessVerdict::NotReady;
    readiness.from = DmarcStep{DmarcPolicy::Quarantine, false};
    readiness.to = DmarcStep{DmarcPolicy::Reject, false};
    readiness.step = StageReadiness::stepText(readiness.to);
    readiness.days = 21;
    readiness.legitimateMessages = 5400;
    readiness.legitimatePassing = 4300;
    readiness.reasons = {QStringLiteral("SendGrid (sendgrid.net): 0% of its 840 messages pass DMARC; set up domain "
                                        "authentication (DKIM with your domain) in SendGrid first"),
                         QStringLiteral("203.0.113.9: 84 messages from a server nobody recognises")};
    wizard.plan().setReportReadiness(0, readiness);
    if (!next(RolloutWizard::Page_Dmarc)) {
        return false;
    }
    page = wizard.currentPage();
    confirmWeakenings(page);
    clickIfEnabled(page, QStringLiteral("publishButton"));
    QTest::qWait(1500);
    visit(wizard, QStringLiteral("dmarc"));
    if (!next(RolloutWizard::Page_Summary)) {
        return false;
    }
    // The summary shows what it has after 30 s, audit finished or not.
    (void)QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditAfter.has_value(); }, 30000);
    settle();
    visit(wizard, QStringLiteral("summary"));
    return true;
}

} // namespace mailauth::test
