// Walks the whole wizard for a domain served by knot (authoritative) behind unbound (caching resolver): the test
// publishes each record into knot when the wizard asks for it, and the propagation panel confirms it.
#include "model/ProjectFile.h"
#include "support/DnsFixtures.h"
#include "support/TestKeys.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString contosoZone(const QString& extra)
{
    return QStringLiteral(
               "$ORIGIN contoso.test.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n"
               "@ MX 0 contoso-test.mail.protection.outlook.com.\n@ TXT \"MS=ms12345678\"\n") +
           extra;
}

QString keyZone()
{
    const QString key = TestKeys::rsaSpki(2048);
    QString z = QStringLiteral("$ORIGIN contoso.n-v1.dkim.mail.microsoft.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 "
                               "86400 2\n@ NS ns1\nns1 A 127.0.0.1\n");
    for (int s = 1; s <= 2; ++s) {
        z += QStringLiteral("selector%1-contoso-test._domainkey TXT \"v=DKIM1; k=rsa; p=%2\" \"%3\"\n")
                 .arg(s)
                 .arg(key.left(200), key.mid(200));
    }
    return z;
}

QAbstractButton* next(QWizard& w)
{
    return w.button(QWizard::NextButton);
}

QPushButton* publishButton(QWizard& w)
{
    return w.currentPage()->findChild<QPushButton*>(QStringLiteral("publishButton"));
}

class WizardFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_knot.setZone(QStringLiteral("contoso.test"), contosoZone({}));
        m_knot.setZone(QStringLiteral("contoso.n-v1.dkim.mail.microsoft"), keyZone());
        m_knot.setZone(QStringLiteral("protection.outlook.com"),
                       QStringLiteral("$ORIGIN protection.outlook.com.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 "
                                      "2\n@ NS ns1\nns1 A 127.0.0.1\n"
                                      "spf TXT \"v=spf1 ip4:40.92.0.0/15 -all\"\n"));
        ASSERT_TRUE(m_knot.start()) << m_knot.error().toStdString();
        m_unbound = std::make_unique<UnboundServer>(QStringList{QStringLiteral("contoso.test"),
                                                                QStringLiteral("contoso.n-v1.dkim.mail.microsoft"),
                                                                QStringLiteral("protection.outlook.com")},
                                                    m_knot);
        ASSERT_TRUE(m_unbound->start()) << m_unbound->error().toStdString();
    }

    void publish(const QString& extra)
    {
        m_published += extra;
        m_knot.setZone(QStringLiteral("contoso.test"), contosoZone(m_published));
        ASSERT_TRUE(m_knot.reload(QStringLiteral("contoso.test")));
    }

    KnotServer m_knot;
    std::unique_ptr<UnboundServer> m_unbound;
    QString m_published;
};

TEST_F(WizardFlow, FromNothingToSpfDkimAndDmarcConfirmed)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.watches().maxRetryMs = 1000;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // Welcome
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Welcome);
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Tenant and domains: Next stays disabled, with a reason, until both are valid.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    EXPECT_FALSE(next(wizard)->isEnabled());
    auto* domains = wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"));
    auto* tenant = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("tenantEdit"));
    ASSERT_TRUE(domains && tenant);
    domains->setPlainText(QStringLiteral("contoso.test"));
    EXPECT_FALSE(next(wizard)->isEnabled());
    QTest::keyClicks(tenant, QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_TRUE(next(wizard)->isEnabled());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Audit: runs in the background; Next waits for it.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 20000));
    ASSERT_TRUE(wizard.plan().domain(0).auditBefore.has_value());
    EXPECT_TRUE(hasFinding(wizard.plan().domain(0).auditBefore->report.findings, QStringLiteral("spf.missing")));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // SPF: publish what the wizard composed, then let the panel confirm it.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    const QString spf = wizard.plan().composeSpf(0).record;
    EXPECT_EQ(spf, QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
    publish(QStringLiteral("@ TXT \"%1\"\n").arg(spf));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return wizard.plan().domain(0).confirmation(QStringLiteral("spf")).has_value(); }, 20000));
    EXPECT_EQ(wizard.plan().domain(0).confirmation(QStringLiteral("spf"))->servers.size(), 2);
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DKIM: Next is disabled until Microsoft's answer is pasted; signing is offered only after both CNAMEs confirm.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dkim);
    EXPECT_FALSE(next(wizard)->isEnabled());
    auto* enable = wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("enableScript"));
    ASSERT_TRUE(enable);
    EXPECT_FALSE(enable->isEnabled());
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("dkimPaste"))
        ->setPlainText(QStringLiteral(
            "Name           : contoso.test\r\nEnabled        : False\r\nStatus         : CnameMissing\r\n"
            "Selector1CNAME : selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.\r\n                 "
            "microsoft\r\n"
            "Selector2CNAME : selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n"));
    ASSERT_TRUE(next(wizard)->isEnabled());
    publish(QStringLiteral(
        "selector1._domainkey CNAME selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft.\n"
        "selector2._domainkey CNAME selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft.\n"));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return enable->isEnabled(); }, 20000));
    EXPECT_TRUE(enable->toPlainText().contains(
        QStringLiteral("Set-DkimSigningConfig -Identity 'contoso.test' -Enabled $true")));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DMARC: starts at p=none with reports.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    const QString dmarc = wizard.plan().composeDmarc(0).record;
    EXPECT_EQ(dmarc, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.test"));
    publish(QStringLiteral("_dmarc TXT \"%1\"\n").arg(dmarc));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return wizard.plan().domain(0).confirmation(QStringLiteral("dmarc")).has_value(); }, 20000));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Summary: the final audit no longer finds the missing records.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Summary);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditAfter.has_value(); }, 20000));
    const Findings after = wizard.plan().domain(0).auditAfter->report.findings;
    for (const char* code : {"spf.missing", "dmarc.missing", "dkim.cname-missing", "dkim.key-missing"}) {
        EXPECT_FALSE(hasFinding(after, QLatin1String(code))) << code;
    }
    EXPECT_EQ(wizard.plan().domain(0).auditAfter->report.dkim.first().keyBits, 2048);
}

TEST_F(WizardFlow, ParkedDomainSkipsDkim)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))
        ->setPlainText(QStringLiteral("contoso.test"));
    wizard.currentPage()
        ->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))
        ->setText(QStringLiteral("contoso.onmicrosoft.com"));
    wizard.plan().setRole(0, DomainRole::Parked);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 20000));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    EXPECT_EQ(wizard.plan().composeSpf(0).record, QStringLiteral("v=spf1 -all"));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    EXPECT_TRUE(wizard.plan().composeDmarc(0).record.startsWith(QStringLiteral("v=DMARC1; p=reject")));
}

TEST(WizardProject, OpensASavedProjectIntoTheTenantPage)
{
    QTemporaryDir dir;
    RolloutPlan saved;
    ASSERT_TRUE(saved.setCloud(QStringLiteral("gcc")));
    ASSERT_TRUE(saved.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
    ASSERT_TRUE(saved.setDomains({QStringLiteral("contoso.com"), QStringLiteral("contoso.net")}));
    saved.setRole(1, DomainRole::Parked);
    saved.domain(0).senderIds = {QStringLiteral("sendgrid")};
    const QString path = dir.filePath(QStringLiteral("client.mailauth"));
    ASSERT_TRUE(ProjectFile::save(path, saved, nullptr));

    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QString error;
    ASSERT_TRUE(wizard.openProject(path, &error)) << error.toStdString();
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    EXPECT_TRUE(next(wizard)->isEnabled());
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->text(),
              QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_EQ(wizard.plan().domains().size(), 2);
    EXPECT_EQ(wizard.plan().domain(1).role, DomainRole::Parked);
    EXPECT_EQ(wizard.plan().domain(0).senderIds, QStringList{QStringLiteral("sendgrid")});
    EXPECT_EQ(wizard.plan().cloud().id, QStringLiteral("gcc"));

    // A damaged file is refused with a reason and changes nothing.
    QFile damaged(dir.filePath(QStringLiteral("bad.mailauth")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    EXPECT_FALSE(wizard.openProject(damaged.fileName(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(wizard.plan().domains().size(), 2);
}

} // namespace
