#include "audit/DomainAudit.h"
#include "dmarc/DmarcComposer.h"
#include "dmarc/DmarcLinter.h"
#include "dmarc/OrganizationalDomain.h"
#include "dns/InMemoryZone.h"

#include <gtest/gtest.h>

using namespace mailauth;

TEST(DmarcLinter, ValidityFollowsRfc9989)
{
    EXPECT_TRUE(DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=reject")).valid);
    EXPECT_TRUE(DmarcLinter::evaluate(QStringLiteral("v=DMARC1;p=quarantine;rua=mailto:a@b.example;")).valid);
    EXPECT_FALSE(DmarcLinter::evaluate(QStringLiteral("v=DMARC1")).valid);           // no policy, no fallback
    EXPECT_FALSE(DmarcLinter::evaluate(QStringLiteral("p=reject; v=DMARC1")).valid); // v not first
    EXPECT_FALSE(DmarcLinter::evaluate(QStringLiteral("v=Dmarc1; p=reject")).valid); // case-sensitive value
    // An invalid p with a usable rua falls back to p=none (4.10.1).
    const DmarcEvaluation fallback =
        DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=bogus; rua=mailto:d@contoso.com"));
    EXPECT_TRUE(fallback.valid);
    EXPECT_EQ(fallback.effectivePolicy, DmarcPolicy::None);
    // An invalid sp without rua voids the whole record.
    EXPECT_FALSE(DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=reject; sp=maybe")).valid);
    // Bad values of other tags are findings, not invalidity.
    const DmarcEvaluation badAlign = DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=reject; aspf=x"));
    EXPECT_TRUE(badAlign.valid);
    EXPECT_TRUE(hasFinding(badAlign.findings, QStringLiteral("dmarc.invalid-value")));
}

TEST(DmarcLinter, PoliciesInherit)
{
    const DmarcEvaluation e = DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=quarantine; sp=reject"));
    EXPECT_EQ(e.effectivePolicy, DmarcPolicy::Quarantine);
    EXPECT_EQ(e.subdomainPolicy, DmarcPolicy::Reject);
    EXPECT_EQ(e.nonexistentPolicy, DmarcPolicy::Reject); // np defaults to sp
    const DmarcEvaluation np = DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=none; np=reject"));
    EXPECT_EQ(np.subdomainPolicy, DmarcPolicy::None);
    EXPECT_EQ(np.nonexistentPolicy, DmarcPolicy::Reject);
}

TEST(DmarcLinter, AuthorisationRecordIsExact)
{
    const DmarcEvaluation e = DmarcLinter::evaluate(
        QStringLiteral("v=DMARC1; p=none; rua=mailto:reports@dmarc.vendor.example"), QStringLiteral("contoso.com"));
    ASSERT_TRUE(hasFinding(e.findings, QStringLiteral("dmarc.external-reports")));
    const auto it = std::find_if(e.findings.begin(), e.findings.end(),
                                 [](const Finding& f) { return f.code == u"dmarc.external-reports"; });
    EXPECT_TRUE(it->fix.contains(QStringLiteral("contoso.com._report._dmarc.dmarc.vendor.example TXT \"v=DMARC1;\"")))
        << it->fix.toStdString();
}

TEST(DmarcLinter, WildcardAuthorisationCounts)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("*._report._dmarc.vendor.example"), QStringLiteral("v=DMARC1"));
    const DmarcEvaluation e = DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=none; rua=mailto:r@vendor.example"),
                                                    QStringLiteral("contoso.com"), &zone);
    EXPECT_FALSE(hasFinding(e.findings, QStringLiteral("dmarc.report-authorization-missing")));
}

TEST(DmarcLinter, ReportsWithinTheOrganisationNeedNoAuthorisation)
{
    const DmarcEvaluation e = DmarcLinter::evaluate(
        QStringLiteral("v=DMARC1; p=none; rua=mailto:r@reports.contoso.co.uk"), QStringLiteral("shop.contoso.co.uk"));
    EXPECT_FALSE(hasFinding(e.findings, QStringLiteral("dmarc.external-reports")));
}

TEST(OrganizationalDomain, PublicSuffixList)
{
    EXPECT_EQ(OrganizationalDomain::fromPublicSuffixList(QStringLiteral("mail.contoso.co.uk")),
              QStringLiteral("contoso.co.uk"));
    EXPECT_EQ(OrganizationalDomain::fromPublicSuffixList(QStringLiteral("a.b.contoso.com")),
              QStringLiteral("contoso.com"));
    EXPECT_EQ(OrganizationalDomain::fromPublicSuffixList(QStringLiteral("Contoso.COM.")),
              QStringLiteral("contoso.com"));
}

TEST(OrganizationalDomain, TreeWalkNamesFollowRfc9989Example)
{
    const QStringList names = OrganizationalDomain::treeWalkNames(QStringLiteral("a.b.c.d.e.f.g.example.com"));
    const QStringList expected = {QStringLiteral("a.b.c.d.e.f.g.example.com"),
                                  QStringLiteral("c.d.e.f.g.example.com"),
                                  QStringLiteral("d.e.f.g.example.com"),
                                  QStringLiteral("e.f.g.example.com"),
                                  QStringLiteral("f.g.example.com"),
                                  QStringLiteral("g.example.com"),
                                  QStringLiteral("example.com"),
                                  QStringLiteral("com")};
    EXPECT_EQ(names, expected);
    EXPECT_EQ(OrganizationalDomain::treeWalkNames(QStringLiteral("mail.contoso.com")),
              (QStringList{QStringLiteral("mail.contoso.com"), QStringLiteral("contoso.com"), QStringLiteral("com")}));
}

TEST(OrganizationalDomain, DiscoveryUsesOrgRecordForSubdomain)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject; sp=quarantine"));
    const DmarcDiscovery d = OrganizationalDomain::discover(QStringLiteral("mail.contoso.com"), zone);
    EXPECT_EQ(d.policyDomain, QStringLiteral("contoso.com"));
    EXPECT_EQ(d.orgDomain, QStringLiteral("contoso.com"));
    EXPECT_EQ(d.pslOrgDomain, QStringLiteral("contoso.com"));
    ASSERT_TRUE(d.record);
    EXPECT_EQ(d.queried.size(), 3);
}

TEST(OrganizationalDomain, TreeWalkAndPslDisagreeOnPrivateSuffix)
{
    // A provider that publishes psd=y at its own name makes each customer's name organisational, as the PSL's
    // private section does; where the PSL does not know the provider, the two differ.
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.hosting.example"), QStringLiteral("v=DMARC1; p=reject; psd=y"));
    const DmarcDiscovery d = OrganizationalDomain::discover(QStringLiteral("shop.customer.hosting.example"), zone);
    EXPECT_EQ(d.orgDomain, QStringLiteral("customer.hosting.example"));
    EXPECT_EQ(d.pslOrgDomain, QStringLiteral("hosting.example"));
    EXPECT_EQ(d.policyDomain, QStringLiteral("hosting.example")); // the PSD record applies when nothing else does
}

TEST(OrganizationalDomain, MultipleRecordsAtOneNameAreDiscarded)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.mail.contoso.com"), QStringLiteral("v=DMARC1; p=none"));
    zone.addTxt(QStringLiteral("_dmarc.mail.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=quarantine"));
    const DmarcDiscovery d = OrganizationalDomain::discover(QStringLiteral("mail.contoso.com"), zone);
    EXPECT_EQ(d.policyDomain, QStringLiteral("contoso.com"));
}

TEST(OrganizationalDomain, DnsFailureIsReportedNotHidden)
{
    InMemoryZone zone;
    zone.setFailure(QStringLiteral("_dmarc.contoso.com"), RecordType::TXT, DnsStatus::ServFail);
    const DmarcDiscovery d = OrganizationalDomain::discover(QStringLiteral("contoso.com"), zone);
    EXPECT_TRUE(d.dnsFailure);
    EXPECT_FALSE(d.record);
}

TEST(DmarcComposer, ComposesStagedRecords)
{
    DmarcPlan plan;
    plan.policy = DmarcPolicy::None;
    plan.aggregateReports = {QStringLiteral("dmarc@contoso.com"), QStringLiteral("mailto:dmarc@contoso.com")};
    EXPECT_EQ(DmarcComposer::compose(plan).record, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@contoso.com"));
    plan.policy = DmarcPolicy::Reject;
    plan.testing = true;
    plan.nonexistentPolicy = DmarcPolicy::Reject;
    plan.subdomainPolicy = DmarcPolicy::Quarantine;
    plan.strictDkim = true;
    const DmarcComposition c = DmarcComposer::compose(plan);
    EXPECT_EQ(
        c.record,
        QStringLiteral("v=DMARC1; p=reject; sp=quarantine; np=reject; t=y; adkim=s; rua=mailto:dmarc@contoso.com"));
    EXPECT_TRUE(DmarcLinter::evaluate(c.record).valid);
}

TEST(DmarcComposer, EncodesSpecialCharactersAndRejectsBadAddresses)
{
    EXPECT_EQ(DmarcComposer::mailtoUri(QStringLiteral("a,b!c@contoso.com")),
              QStringLiteral("mailto:a%2Cb%21c@contoso.com"));
    EXPECT_EQ(DmarcComposer::mailtoUri(QStringLiteral("rua@bücher.example")),
              QStringLiteral("mailto:rua@xn--bcher-kva.example"));
    EXPECT_FALSE(DmarcComposer::mailtoUri(QStringLiteral("no-at-sign")));
    DmarcPlan plan;
    plan.aggregateReports = {QStringLiteral("broken@")};
    EXPECT_FALSE(DmarcComposer::compose(plan).ok());
    plan.aggregateReports = {QStringLiteral("d@contoso.com")};
    plan.failureReports = {QStringLiteral("f@contoso.com")};
    plan.failureOptions = QStringLiteral("0:1");
    EXPECT_FALSE(DmarcComposer::compose(plan).ok());
    plan.failureOptions = QStringLiteral("1");
    EXPECT_EQ(DmarcComposer::compose(plan).record,
              QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com; ruf=mailto:f@contoso.com; fo=1"));
}

TEST(DmarcRecord, MustStartWithTheVersionNotWithASpace)
{
    // RFC 9989 4.10 step 2: records that do not start with v=DMARC1 are discarded.
    EXPECT_TRUE(DmarcRecord::looksLikeDmarc(u"v=DMARC1; p=reject"));
    EXPECT_TRUE(DmarcRecord::looksLikeDmarc(u"v = DMARC1 ;p=reject"));
    EXPECT_FALSE(DmarcRecord::looksLikeDmarc(u" v=DMARC1; p=reject"));
    EXPECT_FALSE(DmarcRecord::looksLikeDmarc(u"\tv=DMARC1; p=reject"));

    const DmarcEvaluation spaced = DmarcLinter::evaluate(QStringLiteral(" v=DMARC1; p=reject"));
    EXPECT_FALSE(spaced.valid);
    EXPECT_TRUE(hasFinding(spaced.findings, QStringLiteral("dmarc.not-dmarc")));
    EXPECT_TRUE(spaced.findings.first().message.contains(QStringLiteral("space or tab")));
    // Trailing spaces are harmless (the last tag's value is trimmed).
    EXPECT_TRUE(DmarcLinter::evaluate(QStringLiteral("v=DMARC1; p=reject  ")).valid);

    const DmarcEvaluation pasted = DmarcLinter::evaluatePasted(QStringLiteral("\t v=DMARC1; p=reject"));
    EXPECT_TRUE(pasted.valid);
    EXPECT_TRUE(hasFinding(pasted.findings, QStringLiteral("dmarc.pasted-whitespace-trimmed")));
}

TEST(OrganizationalDomain, RecordWithLeadingSpaceIsDiscardedInTheWalk)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.mail.contoso.com"), QStringLiteral(" v=DMARC1; p=none"));
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    const DmarcDiscovery d = OrganizationalDomain::discover(QStringLiteral("mail.contoso.com"), zone);
    EXPECT_EQ(d.policyDomain, QStringLiteral("contoso.com"));
}

TEST(DomainAudit, DmarcRecordWithLeadingSpaceIsNoDmarc)
{
    for (const QString& published : {QStringLiteral(" v=DMARC1; p=reject"), QStringLiteral("\tv=DMARC1; p=reject")}) {
        InMemoryZone zone;
        zone.addTxt(QStringLiteral("contoso.com"), QStringLiteral("v=spf1 -all"));
        zone.addTxt(QStringLiteral("_dmarc.contoso.com"), published);
        AuditRequest request;
        request.domain = QStringLiteral("contoso.com");
        const AuditReport report = DomainAudit::run(request, zone);
        EXPECT_TRUE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));
        EXPECT_FALSE(report.dmarcRecord);
    }
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("contoso.com"), QStringLiteral("v=spf1 -all"));
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    AuditRequest request;
    request.domain = QStringLiteral("contoso.com");
    const AuditReport report = DomainAudit::run(request, zone);
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));
    EXPECT_EQ(report.dmarcRecord, QStringLiteral("v=DMARC1; p=reject"));
}
