// The page parts of issue 9 that need no DNS: the DKIM page's Defender portal route (per cloud, with the paste box
// taking what the portal shows) and the tenant page's Azure resource group field.
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"
#include "ui/pages/DkimPage.h"
#include "ui/pages/RolloutContext.h"
#include "ui/pages/TenantPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWizard>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

struct Pages
{
    RolloutPlan plan;
    WatchRegistry watches{plan};
    RolloutContext context;
    QWizard wizard;

    Pages()
    {
        context.plan = &plan;
        context.watches = &watches;
    }
};

} // namespace

TEST(DkimPortalRoute, StepsNameTheCloudsPortalAndTheDomain)
{
    const QList<std::pair<QString, QString>> clouds{
        {QStringLiteral("worldwide"), QStringLiteral("https://security.microsoft.com/authentication?viewid=DKIM")},
        {QStringLiteral("gcc"), QStringLiteral("https://security.microsoft.com/authentication?viewid=DKIM")},
        {QStringLiteral("gcchigh"), QStringLiteral("https://security.microsoft.us/authentication?viewid=DKIM")},
        {QStringLiteral("dod"), QStringLiteral("https://security.apps.mil/authentication?viewid=DKIM")},
        {QStringLiteral("china"), QStringLiteral("https://security.microsoftonline.cn/authentication?viewid=DKIM")}};
    for (const auto& [cloud, url] : clouds) {
        SCOPED_TRACE(cloud.toStdString());
        Pages p;
        ASSERT_TRUE(p.plan.setCloud(cloud));
        ASSERT_TRUE(p.plan.setDomains({QStringLiteral("contoso.com")}));
        EXPECT_EQ(p.plan.cloud().dkimPortalUrl(), url);
        auto* page = new DkimPage(p.context);
        p.wizard.setPage(0, page);
        p.wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.wizard));
        page->initializePage();
        auto* route = child<QTabWidget>(page, "dkimRoute");
        auto* enable = child<QPlainTextEdit>(page, "enableScript");
        EXPECT_EQ(route->currentIndex(), 0); // PowerShell first
        EXPECT_TRUE(enable->isVisibleTo(page));
        route->setCurrentIndex(1);
        const QString steps = child<QLabel>(page, "portalSteps")->text();
        EXPECT_TRUE(steps.contains(QStringLiteral("href=\"%1\"").arg(url))) << steps.toStdString();
        EXPECT_TRUE(steps.contains(QStringLiteral("<b>contoso.com</b>"))) << steps.toStdString();
        EXPECT_TRUE(steps.contains(QStringLiteral("Publish CNAMEs"))) << steps.toStdString();
        EXPECT_TRUE(steps.startsWith(QStringLiteral("<ol>")));
        EXPECT_TRUE(child<QPushButton>(page, "openPortal")->isEnabled());
        // Switching on happens in the portal too: no script to copy on this route.
        EXPECT_FALSE(enable->isVisibleTo(page));
        route->setCurrentIndex(0);
        EXPECT_TRUE(enable->isVisibleTo(page));
    }
}

TEST(DkimPortalRoute, ThePasteBoxTakesWhatThePortalShows)
{
    Pages p;
    ASSERT_TRUE(p.plan.setDomains({QStringLiteral("contoso.com")}));
    auto* page = new DkimPage(p.context);
    p.wizard.setPage(0, page);
    p.wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.wizard));
    page->initializePage();
    child<QTabWidget>(page, "dkimRoute")->setCurrentIndex(1);
    auto* publish = child<QPushButton>(page, "publishButton");
    EXPECT_FALSE(publish->isEnabled());
    child<QPlainTextEdit>(page, "dkimPaste")
        ->setPlainText(QStringLiteral(
            "Publish CNAMEs\nHostname: selector1._domainkey\nPoints to address or value: "
            "selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\nHostname: selector2._domainkey\n"
            "Points to address or value: selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\nCopy"));
    EXPECT_EQ(p.plan.domain(0).selector1Target,
              QStringLiteral("selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft"));
    EXPECT_EQ(p.plan.domain(0).selector2Target,
              QStringLiteral("selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft"));
    EXPECT_TRUE(publish->isEnabled());
    EXPECT_EQ(p.plan.dkimRecords(0).size(), 2);
}

TEST(TenantPageAzure, TheResourceGroupFieldIsShownForAzureAndChecked)
{
    Pages p;
    auto* page = new TenantPage(p.context);
    p.wizard.setPage(0, page);
    p.wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.wizard));
    child<QPlainTextEdit>(page, "domainsEdit")->setPlainText(QStringLiteral("contoso.com"));
    child<QLineEdit>(page, "tenantEdit")->setText(QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_TRUE(page->isComplete()) << page->blockingReason().toStdString();
    auto* group = child<QLineEdit>(page, "azureResourceGroupEdit");
    auto* host = child<QComboBox>(page, "dnsHostCombo");
    EXPECT_FALSE(group->isVisibleTo(page)); // asked only where it is used
    host->setCurrentIndex(host->findData(QStringLiteral("azure")));
    EXPECT_TRUE(group->isVisibleTo(page));
    EXPECT_TRUE(page->isComplete()); // it may wait until an Azure export needs it

    QSignalSpy changed(&p.plan, &RolloutPlan::changed);
    group->setText(QStringLiteral("rg'; Remove-Item"));
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(page->blockingReason().contains(QStringLiteral("Azure resource group")))
        << page->blockingReason().toStdString();
    EXPECT_TRUE(p.plan.azureResourceGroup().isEmpty());
    group->setText(QStringLiteral("rg-dns"));
    EXPECT_TRUE(page->isComplete()) << page->blockingReason().toStdString();
    EXPECT_EQ(p.plan.azureResourceGroup(), QStringLiteral("rg-dns"));
    EXPECT_GE(changed.count(), 1);

    // Another host: the field goes away and no longer blocks.
    group->setText(QStringLiteral("rg."));
    EXPECT_FALSE(page->isComplete());
    host->setCurrentIndex(host->findData(QStringLiteral("cloudflare")));
    EXPECT_FALSE(group->isVisibleTo(page));
    EXPECT_TRUE(page->isComplete()) << page->blockingReason().toStdString();
    EXPECT_EQ(p.plan.azureResourceGroup(), QStringLiteral("rg-dns"));
}

TEST(TenantPageAzure, AReopenedProjectKeepsItsResourceGroup)
{
    Pages p;
    ASSERT_TRUE(p.plan.setDomains({QStringLiteral("contoso.com")}));
    ASSERT_TRUE(p.plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
    ASSERT_TRUE(p.plan.setDnsHost(QStringLiteral("azure")));
    ASSERT_TRUE(p.plan.setAzureResourceGroup(QStringLiteral("rg-contoso")));
    auto* page = new TenantPage(p.context);
    // Built from the plan: its first entries (a generic panel) never overwrite the plan's host or resource group.
    EXPECT_EQ(p.plan.dnsHost().id, QStringLiteral("azure"));
    EXPECT_EQ(p.plan.azureResourceGroup(), QStringLiteral("rg-contoso"));
    p.wizard.setPage(0, page);
    p.wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&p.wizard));
    page->initializePage();
    EXPECT_EQ(child<QLineEdit>(page, "azureResourceGroupEdit")->text(), QStringLiteral("rg-contoso"));
    EXPECT_EQ(p.plan.azureResourceGroup(), QStringLiteral("rg-contoso"));
    EXPECT_TRUE(page->isComplete()) << page->blockingReason().toStdString();
}
