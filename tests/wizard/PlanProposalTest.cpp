// PlanProposal without DNS: hand-made audits go into a RolloutPlan, and the proposal says for every record what it
// adds, replaces or keeps, and which weakening changes the plan would make.
#include "model/PlanProposal.h"

#include "core/FindingCatalog.h"
#include "model/RolloutPlan.h"
#include "support/PublishedAudit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::publishedAudit;

namespace {

const ProposedRecord* find(const DomainProposal& p, RecordType type, const QString& name)
{
    for (const ProposedRecord& r : p.records) {
        if (r.spec.type == type && r.spec.name == name) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST(PlanProposal, TwoSpfRecordsAreOneReplaceAndStrictDmarcIsKept)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    const QStringList spf{QStringLiteral("v=spf1 include:_spf.google.com ip4:192.0.2.25 ~all"),
                          QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")};
    const QString dmarc = QStringLiteral("v=DMARC1; p=reject; rua=mailto:x@reports.example");
    AuditReport report = publishedAudit(QStringLiteral("contoso.com"), spf, dmarc,
                                        {QStringLiteral("contoso-com.mail.protection.outlook.com")});
    report.dkim = {DkimSelectorReport{QStringLiteral("selector1"), {}, false, false, 0},
                   DkimSelectorReport{QStringLiteral("selector2"), {}, false, false, 0}};
    report.findings.append(
        FindingCatalog::make("spf.multiple-records", QStringLiteral("two"), QStringLiteral("merge")));
    ASSERT_TRUE(plan.applyAudit(report, false));

    const DomainProposal p = PlanProposal::build(plan, 0);
    EXPECT_EQ(p.role, DomainRole::Sending);
    const ProposedRecord* s = find(p, RecordType::TXT, QStringLiteral("contoso.com"));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->change, RecordChange::Replace);
    EXPECT_EQ(s->existing, spf);
    for (const QString& term : {QStringLiteral("include:_spf.google.com"), QStringLiteral("ip4:192.0.2.25"),
                                QStringLiteral("include:spf.protection.outlook.com")}) {
        EXPECT_TRUE(s->spec.value.contains(term)) << s->spec.value.toStdString();
    }
    const ProposedRecord* d = find(p, RecordType::TXT, QStringLiteral("_dmarc.contoso.com"));
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->change == RecordChange::Keep || d->change == RecordChange::Replace);
    EXPECT_TRUE(d->spec.value.contains(QStringLiteral("p=reject"))) << d->spec.value.toStdString();
    EXPECT_TRUE(d->spec.value.contains(QStringLiteral("mailto:x@reports.example"))) << d->spec.value.toStdString();
    EXPECT_EQ(d->existing, QStringList{dmarc});
    // No DKIM targets pasted: no CNAME proposed.
    EXPECT_EQ(find(p, RecordType::CNAME, QStringLiteral("selector1._domainkey.contoso.com")), nullptr);
    EXPECT_TRUE(p.weakens.isEmpty());
    ASSERT_EQ(p.findings.size(), 1);

    const QJsonObject json = p.toJson();
    EXPECT_EQ(json.value(QStringLiteral("domain")).toString(), QStringLiteral("contoso.com"));
    EXPECT_EQ(json.value(QStringLiteral("role")).toString(), QStringLiteral("sending"));
    EXPECT_TRUE(json.value(QStringLiteral("weakens")).toArray().isEmpty());
    EXPECT_EQ(json.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("code")),
              QStringLiteral("spf.multiple-records"));
    const QJsonObject first = json.value(QStringLiteral("records")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("type")).toString(), QStringLiteral("TXT"));
    EXPECT_EQ(first.value(QStringLiteral("change")).toString(), QStringLiteral("replace"));
    EXPECT_EQ(first.value(QStringLiteral("existing")).toArray().size(), 2);
}

TEST(PlanProposal, ARecordTheLatestCheckFoundAsComposedIsAlreadyPublished)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::Spf)) << "no check yet: nothing is known";
    const QString spf = QStringLiteral("v=spf1 include:spf.protection.outlook.com -all");
    ASSERT_TRUE(plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {spf}, {}), false));
    ASSERT_EQ(plan.composeSpf(0).record, spf);
    EXPECT_TRUE(PlanProposal::alreadyPublished(plan, 0, RecordId::Spf));
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::Dmarc)) << "no DMARC record published";
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::DkimSelector1));
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::DkimEnabled));

    // The composed DMARC record published as it is; the SPF record changed since.
    const QString dmarc = plan.composeDmarc(0).record;
    ASSERT_TRUE(plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {spf}, dmarc), true));
    EXPECT_TRUE(PlanProposal::alreadyPublished(plan, 0, RecordId::Dmarc)) << dmarc.toStdString();
    plan.setIp4(0, {QStringLiteral("192.0.2.25")});
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::Spf));
}

TEST(PlanProposal, UnchangedRecordsAreKeptAndMissingOnesAdded)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    const QString spf = QStringLiteral("v=spf1 include:spf.protection.outlook.com -all");
    ASSERT_TRUE(plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {spf}, {}, {}), false));
    const DomainProposal p = PlanProposal::build(plan, 0);
    const ProposedRecord* s = find(p, RecordType::TXT, QStringLiteral("contoso.com"));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->spec.value, spf);
    EXPECT_EQ(s->change, RecordChange::Keep);
    const ProposedRecord* d = find(p, RecordType::TXT, QStringLiteral("_dmarc.contoso.com"));
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->change, RecordChange::Add);
    EXPECT_TRUE(d->existing.isEmpty());
    EXPECT_TRUE(p.weakens.isEmpty());
}

TEST(PlanProposal, ParkedDomainGetsTheParkedSetAndListsWhatItWeakens)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    plan.setRole(1, DomainRole::Parked);
    AuditReport report =
        publishedAudit(QStringLiteral("fabrikam.com"), {QStringLiteral("v=spf1 include:x.example -all")}, {},
                       {QStringLiteral("mail.fabrikam.com")});
    report.parked = true;
    ASSERT_TRUE(plan.applyAudit(report, false));

    const DomainProposal p = PlanProposal::build(plan, 1);
    EXPECT_EQ(p.role, DomainRole::Parked);
    const ProposedRecord* s = find(p, RecordType::TXT, QStringLiteral("fabrikam.com"));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->spec.value, QStringLiteral("v=spf1 -all"));
    EXPECT_EQ(s->change, RecordChange::Replace);
    const ProposedRecord* mx = find(p, RecordType::MX, QStringLiteral("fabrikam.com"));
    ASSERT_NE(mx, nullptr);
    EXPECT_EQ(mx->spec.value, QStringLiteral("."));
    EXPECT_EQ(mx->change, RecordChange::Replace);
    EXPECT_EQ(mx->existing, QStringList{QStringLiteral("mail.fabrikam.com")});
    // Reports go to the tenant's sending domain: the parked domain has no mailbox.
    const ProposedRecord* d = find(p, RecordType::TXT, QStringLiteral("_dmarc.fabrikam.com"));
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->spec.value.contains(QStringLiteral("p=reject"))) << d->spec.value.toStdString();
    EXPECT_TRUE(d->spec.value.contains(QStringLiteral("contoso.com"))) << d->spec.value.toStdString();
    EXPECT_EQ(find(p, RecordType::CNAME, QStringLiteral("selector1._domainkey.fabrikam.com")), nullptr);

    QStringList records;
    bool senderRemoved = false;
    for (const Weakening& w : p.weakens) {
        records.append(w.record);
        senderRemoved = senderRemoved || w.key.contains(QStringLiteral("x.example"));
    }
    EXPECT_TRUE(senderRemoved) << records.join(u',').toStdString();
    EXPECT_TRUE(records.contains(QStringLiteral("mx")));
    EXPECT_EQ(p.toJson().value(QStringLiteral("role")).toString(), QStringLiteral("parked"));
}

TEST(PlanProposal, DkimCnamesCompareWithTheAuditedTargets)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    AuditReport report = publishedAudit(QStringLiteral("contoso.com"), {}, {}, {});
    report.dkim = {
        DkimSelectorReport{QStringLiteral("selector1"),
                           QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"), true,
                           true, 2048},
        DkimSelectorReport{QStringLiteral("selector2"), QStringLiteral("old.example"), false, false, 0}};
    ASSERT_TRUE(plan.applyAudit(report, false));
    ASSERT_TRUE(plan.applyDkimPaste(
                        0, QStringLiteral(
                               "Selector1CNAME : selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\n"
                               "Selector2CNAME : selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\n"))
                    .complete());
    const DomainProposal p = PlanProposal::build(plan, 0);
    const ProposedRecord* s1 = find(p, RecordType::CNAME, QStringLiteral("selector1._domainkey.contoso.com"));
    const ProposedRecord* s2 = find(p, RecordType::CNAME, QStringLiteral("selector2._domainkey.contoso.com"));
    ASSERT_NE(s1, nullptr);
    ASSERT_NE(s2, nullptr);
    EXPECT_EQ(s1->change, RecordChange::Keep);
    EXPECT_EQ(s2->change, RecordChange::Replace);
    EXPECT_EQ(s2->existing, QStringList{QStringLiteral("old.example")});
}

TEST(PlanProposal, WhatDnsDidNotAnswerIsUnknownNotAdd)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    AuditReport report = publishedAudit(QStringLiteral("contoso.com"), {}, {}, {});
    report.unknownParts = {AuditPart::ApexTxt, AuditPart::Dmarc};
    ASSERT_TRUE(plan.applyAudit(report, false));
    const DomainProposal p = PlanProposal::build(plan, 0);
    ASSERT_FALSE(p.records.isEmpty());
    for (const ProposedRecord& r : p.records) {
        EXPECT_EQ(r.change, RecordChange::Unknown) << r.spec.name.toStdString();
    }
    EXPECT_EQ(p.toJson().value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("change")),
              QStringLiteral("unknown"));
}

TEST(PlanProposal, ChangeForComparesHostNamesWithoutCaseOrTrailingDot)
{
    EXPECT_EQ(PlanProposal::changeFor(RecordType::CNAME, QStringLiteral("a.example"), {QStringLiteral("A.Example.")}),
              RecordChange::Keep);
    EXPECT_EQ(PlanProposal::changeFor(RecordType::TXT, QStringLiteral("v=spf1 -all"), {QStringLiteral("v=spf1 -ALL")}),
              RecordChange::Replace);
    EXPECT_EQ(PlanProposal::changeFor(RecordType::MX, QStringLiteral("."), {}), RecordChange::Add);
    EXPECT_EQ(PlanProposal::changeFor(RecordType::MX, QStringLiteral("."), {QStringLiteral(".")}), RecordChange::Keep);
}
