#include "model/RolloutPlan.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mailauth;

TEST(RolloutPlan, InitialDomainMustMatchTheCloud)
{
    RolloutPlan plan;
    QString error;
    EXPECT_TRUE(plan.setInitialDomain(QStringLiteral("Contoso.onmicrosoft.com"), &error));
    EXPECT_EQ(plan.initialDomain(), QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_FALSE(plan.setInitialDomain(QStringLiteral("contoso.com"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".onmicrosoft.com")));
    EXPECT_FALSE(plan.setInitialDomain(QStringLiteral("a.b.onmicrosoft.com"), &error));
    ASSERT_TRUE(plan.setCloud(QStringLiteral("gcchigh")));
    EXPECT_FALSE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com"), &error));
    EXPECT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.us"), &error));
    EXPECT_FALSE(plan.setCloud(QStringLiteral("germany")));
}

TEST(RolloutPlan, DomainsAreValidatedDeduplicatedAndKeepTheirChoices)
{
    RolloutPlan plan;
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    QString error;
    ASSERT_TRUE(plan.setDomains(
        {QStringLiteral("contoso.com"), QStringLiteral("Bücher.example"), QStringLiteral("CONTOSO.com"), QString()},
        &error));
    ASSERT_EQ(plan.domains().size(), 2);
    EXPECT_EQ(plan.domains()[1].ace, QStringLiteral("xn--bcher-kva.example"));
    EXPECT_EQ(plan.domains()[1].unicode, QStringLiteral("bücher.example"));
    plan.domain(0).senderIds = {QStringLiteral("sendgrid")};
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}, &error));
    EXPECT_EQ(plan.domains()[0].senderIds, QStringList{QStringLiteral("sendgrid")});
    EXPECT_FALSE(plan.setDomains({QStringLiteral("contoso.onmicrosoft.com")}, &error));
    EXPECT_FALSE(plan.setDomains({QStringLiteral("not a domain")}, &error));
    EXPECT_FALSE(plan.setDomains({}, &error));
    EXPECT_GE(changed.count(), 2);
}

TEST(RolloutPlan, SpfMergesTheExistingRecordWithTheCloudInclude)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setCloud(QStringLiteral("china"));
    plan.domain(0).existingSpf = QStringLiteral("v=spf1 ip4:192.0.2.25 ~all");
    plan.domain(0).senderIds = {QStringLiteral("sendgrid"), QStringLiteral("no-such-sender")};
    const SpfComposition spf = plan.composeSpf(0);
    EXPECT_EQ(
        spf.record,
        QStringLiteral("v=spf1 ip4:192.0.2.25 include:spf.protection.partner.outlook.cn include:sendgrid.net -all"));
    EXPECT_EQ(spf.allChange, QStringLiteral("~all → -all"));
    const QList<DnsRecordSpec> records = plan.spfRecords(0);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().name, QStringLiteral("contoso.com"));
}

TEST(RolloutPlan, ParkedDomainsGetNullSpfRejectAndNoDkim)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.net")}));
    plan.setRole(0, DomainRole::Parked);
    plan.domain(0).existingSpf = QStringLiteral("v=spf1 include:spf.protection.outlook.com -all");
    EXPECT_EQ(plan.composeSpf(0).record, QStringLiteral("v=spf1 -all"));
    const QList<DnsRecordSpec> spf = plan.spfRecords(0);
    ASSERT_EQ(spf.size(), 2);
    EXPECT_EQ(spf[1].name, QStringLiteral("*.contoso.net"));
    EXPECT_TRUE(plan.composeDmarc(0).record.startsWith(QStringLiteral("v=DMARC1; p=reject")));
    plan.domain(0).selector1Target = QStringLiteral("x");
    plan.domain(0).selector2Target = QStringLiteral("y");
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty());
}

TEST(RolloutPlan, DkimPasteFillsBothTargets)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    const DkimPastedTargets t = plan.applyDkimPaste(
        0, QStringLiteral("Selector1CNAME : selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\n"
                          "Selector2CNAME : selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\n"));
    ASSERT_TRUE(t.complete());
    const QList<DnsRecordSpec> records = plan.dkimRecords(0);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].name, QStringLiteral("selector2._domainkey.contoso.com"));
    EXPECT_EQ(records[1].value, QStringLiteral("selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft"));
    EXPECT_FALSE(plan.applyDkimPaste(0, QStringLiteral("garbage")).complete());
    EXPECT_EQ(plan.dkimRecords(0).size(), 2); // a bad paste does not erase good targets
}

TEST(RolloutPlan, DmarcStagesStartAtNoneWithReports)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setDmarcStart(0, QDate(2026, 12, 1));
    EXPECT_EQ(plan.composeDmarc(0).record, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.com"));
    EXPECT_EQ(plan.domain(0).stages[1].due, QDate(2026, 12, 29));
    EXPECT_EQ(plan.domain(0).stages[2].policy, DmarcPolicy::Reject);
    plan.domain(0).currentStage = 1;
    plan.domain(0).testing = true;
    EXPECT_EQ(plan.composeDmarc(0).record,
              QStringLiteral("v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc-reports@contoso.com"));
}

TEST(RolloutPlan, FileStemIsSafeForEveryFileSystem)
{
    RolloutPlan plan;
    EXPECT_EQ(plan.fileStem(), QStringLiteral("project"));
    ASSERT_TRUE(plan.setDomains({QStringLiteral("bücher.example")}));
    EXPECT_EQ(plan.fileStem(), QStringLiteral("xn--bcher-kva.example"));
    plan.setClientName(QStringLiteral("A/B: \"Contoso\" Ltd"));
    EXPECT_EQ(plan.fileStem(), QStringLiteral("A-B-Contoso-Ltd"));
}
