#include "model/RolloutPlan.h"

#include "support/PlanEdit.h"

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
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.senderIds = {QStringLiteral("sendgrid")}; });
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
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.existingSpf = {QStringLiteral("v=spf1 ip4:192.0.2.25 ~all")}; });
    test::editDomain(plan, 0, [&](DomainPlan& d) {
        d.senderIds = {QStringLiteral("sendgrid"), QStringLiteral("no-such-sender")};
    });
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
    test::editDomain(plan, 0, [&](DomainPlan& d) {
        d.existingSpf = {QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")};
    });
    EXPECT_EQ(plan.composeSpf(0).record, QStringLiteral("v=spf1 -all"));
    const QList<DnsRecordSpec> spf = plan.spfRecords(0);
    ASSERT_EQ(spf.size(), 2);
    EXPECT_EQ(spf[1].name, QStringLiteral("*.contoso.net"));
    EXPECT_TRUE(plan.composeDmarc(0).record.startsWith(QStringLiteral("v=DMARC1; p=reject")));
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.selector1Target = QStringLiteral("x"); });
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.selector2Target = QStringLiteral("y"); });
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
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.currentStage = 1; });
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.testing = true; });
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

namespace {

QString pastedOutput(const QString& domain)
{
    const QString dashed = QString(domain).replace(u'.', u'-');
    return QStringLiteral("Domain         : %1\n"
                          "Selector1CNAME : selector1-%2._domainkey.contoso.r-v1.dkim.mail.microsoft\n"
                          "Selector2CNAME : selector2-%2._domainkey.contoso.r-v1.dkim.mail.microsoft\n")
        .arg(domain, dashed);
}

AuditSnapshot auditWithDkim(bool microsoft, bool keys)
{
    AuditSnapshot snapshot;
    for (const char* selector : {"selector1", "selector2"}) {
        DkimSelectorReport s;
        s.selector = QLatin1String(selector);
        s.cname = QStringLiteral("%1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft").arg(s.selector);
        s.microsoftTarget = microsoft;
        s.keyFound = keys;
        s.keyBits = keys ? 2048 : 0;
        snapshot.report.dkim.append(s);
    }
    return snapshot;
}

} // namespace

TEST(RolloutPlan, DkimOutputForAnotherDomainIsRefusedAndDropsItsTargets)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    ASSERT_TRUE(plan.applyDkimPaste(0, pastedOutput(QStringLiteral("contoso.com"))).complete());
    ASSERT_EQ(plan.dkimRecords(0).size(), 2);

    const DkimPastedTargets wrong = plan.applyDkimPaste(0, pastedOutput(QStringLiteral("fabrikam.com")));
    EXPECT_FALSE(wrong.complete());
    ASSERT_FALSE(wrong.problems.isEmpty());
    EXPECT_TRUE(wrong.problems.last().contains(QStringLiteral("fabrikam.com")));
    EXPECT_TRUE(wrong.problems.last().contains(QStringLiteral("contoso.com")));
    // Its CNAMEs would point contoso.com at fabrikam.com's keys: nothing is offered to publish.
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty());
    // The same output is right for the domain it names.
    EXPECT_TRUE(plan.applyDkimPaste(1, pastedOutput(QStringLiteral("fabrikam.com"))).complete());
    EXPECT_EQ(plan.dkimRecords(1).size(), 2);
}

TEST(RolloutPlan, DkimTargetsForAnotherDomainAreRefusedWithoutADomainLine)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    ASSERT_TRUE(plan.applyDkimPaste(0, pastedOutput(QStringLiteral("contoso.com"))).complete());
    ASSERT_EQ(plan.dkimRecords(0).size(), 2);

    // Before: only a Domain/Name line was compared, so the two CNAME lines of fabrikam.com were accepted.
    const auto cnameLines = [](const QString& domain) { return pastedOutput(domain).section(u'\n', 1); };
    const DkimPastedTargets wrong = plan.applyDkimPaste(0, cnameLines(QStringLiteral("fabrikam.com")));
    EXPECT_FALSE(wrong.complete());
    ASSERT_FALSE(wrong.problems.isEmpty());
    EXPECT_TRUE(wrong.problems.last().contains(QStringLiteral("fabrikam-com"))) << wrong.problems.last().toStdString();
    EXPECT_TRUE(wrong.problems.last().contains(QStringLiteral("contoso.com")));
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty());
    // The domain line may even name the right domain: the targets decide.
    QString mixed = pastedOutput(QStringLiteral("fabrikam.com"));
    mixed.replace(QStringLiteral("Domain         : fabrikam.com"), QStringLiteral("Domain         : contoso.com"));
    EXPECT_FALSE(plan.applyDkimPaste(0, mixed).complete());
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty());
    // A token that only starts like the domain's is another domain's too.
    EXPECT_FALSE(plan.applyDkimPaste(0, cnameLines(QStringLiteral("contoso.com.evil"))).complete());

    // Their own lines are fine, for an international domain too (the token is made from the A-label).
    EXPECT_TRUE(plan.applyDkimPaste(0, cnameLines(QStringLiteral("contoso.com"))).complete());
    EXPECT_EQ(plan.dkimRecords(0).size(), 2);
    EXPECT_TRUE(plan.applyDkimPaste(1, cnameLines(QStringLiteral("FABRIKAM.com"))).complete());
    ASSERT_TRUE(plan.setDomains({QStringLiteral("bücher.example")}));
    EXPECT_TRUE(plan.applyDkimPaste(0, cnameLines(QStringLiteral("xn--bcher-kva.example"))).complete());
    EXPECT_FALSE(plan.applyDkimPaste(0, cnameLines(QStringLiteral("bucher.example"))).complete());
}

TEST(RolloutPlan, DkimStepIsBlockedOnlyByASendingDomainNobodyDecidedAbout)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains(
        {QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com"), QStringLiteral("contoso.net")}));
    plan.setRole(2, DomainRole::Parked);
    EXPECT_TRUE(plan.dkimBlockingReason().contains(QStringLiteral("contoso.com")));

    ASSERT_TRUE(plan.applyDkimPaste(0, pastedOutput(QStringLiteral("contoso.com"))).complete());
    EXPECT_TRUE(plan.dkimBlockingReason().contains(QStringLiteral("fabrikam.com")));

    // "Later" is a choice, and it is a change of the plan.
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.setDkimLater(1, true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(plan.dkimBlockingReason().isEmpty());
    plan.setDkimLater(1, true);
    EXPECT_EQ(changed.count(), 1);
    plan.setDkimLater(1, false);
    EXPECT_FALSE(plan.dkimBlockingReason().isEmpty());

    // A domain whose DKIM already works (as the audit found it) needs nothing pasted.
    test::editDomain(plan, 1, [&](DomainPlan& d) { d.auditBefore = auditWithDkim(true, false); });
    EXPECT_FALSE(plan.dkimAlreadyWorking(1));
    EXPECT_FALSE(plan.dkimBlockingReason().isEmpty());
    test::editDomain(plan, 1, [&](DomainPlan& d) { d.auditBefore = auditWithDkim(false, true); });
    EXPECT_FALSE(plan.dkimAlreadyWorking(1));
    test::editDomain(plan, 1, [&](DomainPlan& d) { d.auditBefore = auditWithDkim(true, true); });
    EXPECT_TRUE(plan.dkimAlreadyWorking(1));
    EXPECT_TRUE(plan.dkimBlockingReason().isEmpty());
    // The latest audit counts: keys gone since the first audit means it no longer works.
    test::editDomain(plan, 1, [&](DomainPlan& d) { d.auditAfter = auditWithDkim(true, false); });
    EXPECT_FALSE(plan.dkimAlreadyWorking(1));
}

TEST(RolloutPlan, DmarcSettersChangeTheRecordAndSayItOnce)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setDmarcStart(0, QDate(2026, 12, 1));
    plan.setAggregateReports(0, {QStringLiteral("mailto:dmarc@contoso.com")});
    QSignalSpy changed(&plan, &RolloutPlan::changed);
    plan.setSubdomainPolicy(0, DmarcPolicy::Reject);
    plan.setSubdomainPolicy(0, DmarcPolicy::Reject);
    plan.setStrictAlignment(0, true);
    plan.setStrictAlignment(0, true);
    plan.setDmarcStage(0, 7); // clamped to the last stage
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(plan.domain(0).currentStage, 2);
    const QString record = plan.composeDmarc(0).record;
    EXPECT_TRUE(record.contains(QStringLiteral("p=reject"))) << record.toStdString();
    EXPECT_TRUE(record.contains(QStringLiteral("sp=reject")));
    EXPECT_TRUE(record.contains(QStringLiteral("adkim=s")));
    EXPECT_TRUE(plan.dmarcBlockingReason().isEmpty());
    plan.setAggregateReports(0, {QStringLiteral("not an address")});
    EXPECT_TRUE(plan.dmarcBlockingReason().contains(QStringLiteral("contoso.com")));
}

TEST(RolloutPlan, AConfirmationStandsOnlyForTheValueThatWasSeen)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    const QString published = plan.composeSpf(0).record;
    plan.recordConfirmation(0, Confirmation{RecordId::Spf, published, plan.now(), {QStringLiteral("ns1")}});
    ASSERT_TRUE(plan.domain(0).confirmationOf(RecordId::Spf, published).has_value());
    EXPECT_EQ(plan.domain(0).confirmationOf(RecordId::Spf, published)->servers, QStringList{QStringLiteral("ns1")});
    // The admin adds a sender: the record to publish changes, and the old confirmation no longer covers it.
    plan.setSenderEnabled(0, QStringLiteral("sendgrid"), true);
    const QString changed = plan.composeSpf(0).record;
    ASSERT_NE(changed, published);
    EXPECT_FALSE(plan.domain(0).confirmationOf(RecordId::Spf, changed).has_value());
    EXPECT_TRUE(plan.domain(0).confirmation(RecordId::Spf).has_value()); // still kept, for the record of what was seen
    EXPECT_FALSE(plan.domain(0).confirmationOf(RecordId::Dmarc, published).has_value());
}
