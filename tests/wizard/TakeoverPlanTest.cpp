// The plan starts from what a domain publishes and never weakens it by default: fixed takeovers, then generated
// existing configurations (random mixes of SPF records, DMARC policies with and without report services, MX, roles).
#include "audit/DomainAudit.h"
#include "dns/InMemoryZone.h"
#include "model/ExistingRecords.h"
#include "model/PlanProposal.h"
#include "model/PlanRules.h"
#include "model/RolloutPlan.h"
#include "spf/SpfRecord.h"
#include "support/PlanEdit.h"
#include "support/PublishedAudit.h"

#include <QSignalSpy>
#include <gtest/gtest.h>
#include <random>

using namespace mailauth;
using mailauth::test::publishedAudit;

namespace {

QStringList keys(const QList<Weakening>& list)
{
    QStringList out;
    for (const Weakening& w : list) {
        out.append(w.key);
    }
    return out;
}

bool hasTerm(const QString& record, const QString& term)
{
    const SpfRecord r = SpfRecord::parse(record);
    return std::any_of(r.terms().begin(), r.terms().end(),
                       [&](const SpfTerm& t) { return t.text.compare(term, Qt::CaseInsensitive) == 0; });
}

class TakeoverPlan : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
        ASSERT_TRUE(m_plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    }
    RolloutPlan m_plan;
};

} // namespace

TEST_F(TakeoverPlan, TwoSpfRecordsAreMergedKeepingEverySender)
{
    m_plan.applyAudit(
        publishedAudit(QStringLiteral("contoso.com"),
                       {QStringLiteral("v=spf1 include:_spf.google.com ip4:192.0.2.25 ~all"),
                        QStringLiteral("v=spf1 include:_spf.salesforce.com include:spf.protection.outlook.com -all")},
                       {}),
        false);
    const SpfComposition spf = m_plan.composeSpf(0);
    ASSERT_TRUE(spf.ok) << spf.errors.join(u' ').toStdString();
    for (const QString& term :
         {QStringLiteral("include:_spf.google.com"), QStringLiteral("ip4:192.0.2.25"),
          QStringLiteral("include:_spf.salesforce.com"), QStringLiteral("include:spf.protection.outlook.com")}) {
        EXPECT_TRUE(hasTerm(spf.record, term)) << term.toStdString() << " missing from " << spf.record.toStdString();
    }
    EXPECT_TRUE(spf.record.endsWith(QStringLiteral("-all"))) << "the strictest ending of the two is kept";
    // Both published records go in the same change as the merged one is added, in every export.
    const QList<DnsRecordSpec> records = m_plan.spfRecords(0);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().replacedValues(), m_plan.domain(0).existingSpf);
    EXPECT_EQ(records.first().replacedValues().size(), 2);
    EXPECT_TRUE(m_plan.weakenings(0).isEmpty());
    EXPECT_TRUE(m_plan.spfBlockingReason().isEmpty());

    // Each term is listed with its sender and cost; removing one is a weakening that blocks until confirmed.
    const auto rows = m_plan.spfTerms(0);
    const auto google = std::find_if(rows.begin(), rows.end(), [](const RolloutPlan::SpfTermRow& r) {
        return r.term == u"include:_spf.google.com";
    });
    ASSERT_NE(google, rows.end());
    EXPECT_EQ(google->sender, QStringLiteral("Google Workspace"));
    EXPECT_TRUE(google->published);
    EXPECT_TRUE(google->costsLookup);
    QSignalSpy changed(&m_plan, &RolloutPlan::changed);
    m_plan.setSpfTermRemoved(0, QStringLiteral("include:_spf.google.com"), true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(hasTerm(m_plan.composeSpf(0).record, QStringLiteral("include:_spf.google.com")));
    EXPECT_EQ(keys(m_plan.weakenings(0)), QStringList{QStringLiteral("spf.term:include:_spf.google.com")});
    EXPECT_FALSE(m_plan.spfBlockingReason().isEmpty());
    m_plan.confirmWeakening(0, QStringLiteral("spf.term:include:_spf.google.com"), true);
    EXPECT_TRUE(m_plan.spfBlockingReason().isEmpty());
    // The catalogue checkbox and the term are one choice.
    EXPECT_FALSE(m_plan.senderEnabled(0, QStringLiteral("google")));
    m_plan.setSenderEnabled(0, QStringLiteral("google"), true);
    EXPECT_TRUE(hasTerm(m_plan.composeSpf(0).record, QStringLiteral("include:_spf.google.com")));
    EXPECT_TRUE(m_plan.weakenings(0).isEmpty());
}

TEST_F(TakeoverPlan, StartingFromANewRecordListsEveryDroppedSender)
{
    m_plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"),
                                     {QStringLiteral("v=spf1 include:_spf.google.com ip4:192.0.2.25 -all")}, {}),
                      false);
    m_plan.setSpfFromScratch(0, true);
    const QStringList k = keys(m_plan.unconfirmedWeakenings(0, QStringLiteral("spf")));
    EXPECT_TRUE(k.contains(QStringLiteral("spf.term:include:_spf.google.com")));
    EXPECT_TRUE(k.contains(QStringLiteral("spf.term:ip4:192.0.2.25")));
}

TEST_F(TakeoverPlan, LooserAllIsAWeakening)
{
    m_plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"),
                                     {QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")}, {}),
                      false);
    EXPECT_EQ(m_plan.domain(0).allQualifier, SpfQualifier::Fail);
    m_plan.setAllQualifier(0, SpfQualifier::SoftFail);
    EXPECT_EQ(keys(m_plan.weakenings(0)), QStringList{QStringLiteral("spf.all:~all")});
}

TEST_F(TakeoverPlan, RejectWithAReportServiceStaysRejectWithTheService)
{
    const QString existing =
        QStringLiteral("v=DMARC1; p=reject; sp=quarantine; adkim=s; rua=mailto:abc123@rua.dmarc-service.example,"
                       "mailto:postmaster@contoso.com; ruf=mailto:forensics@rua.dmarc-service.example; fo=1");
    m_plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {}, existing), false);
    const DmarcComposition dmarc = m_plan.composeDmarc(0);
    ASSERT_TRUE(dmarc.ok()) << dmarc.errors.join(u' ').toStdString();
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("p=reject"))) << dmarc.record.toStdString();
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("sp=quarantine")));
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("adkim=s")));
    EXPECT_FALSE(dmarc.record.contains(QStringLiteral("aspf=s")));
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("mailto:abc123@rua.dmarc-service.example")));
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("mailto:postmaster@contoso.com")));
    EXPECT_TRUE(dmarc.record.contains(QStringLiteral("ruf=mailto:forensics@rua.dmarc-service.example")));
    EXPECT_TRUE(m_plan.weakenings(0).isEmpty());
    EXPECT_TRUE(m_plan.dmarcBlockingReason().isEmpty());

    // Every lowering is named, and blocks until the admin says yes to it.
    m_plan.setDmarcStage(0, 0);
    m_plan.setAggregateReports(0, {QStringLiteral("dmarc-reports@contoso.com")});
    m_plan.setStrictAlignment(0, false);
    m_plan.setDmarcTesting(0, true);
    const QStringList k = keys(m_plan.weakenings(0));
    for (const QString& key : {QStringLiteral("dmarc.p:none"), QStringLiteral("dmarc.t"), QStringLiteral("dmarc.adkim"),
                               QStringLiteral("dmarc.rua:abc123@rua.dmarc-service.example"),
                               QStringLiteral("dmarc.rua:postmaster@contoso.com")}) {
        EXPECT_TRUE(k.contains(key)) << key.toStdString() << " not in " << k.join(u' ').toStdString();
    }
    EXPECT_FALSE(k.join(u' ').contains(QStringLiteral("dmarc.sp"))) << "sp stays quarantine";
    EXPECT_FALSE(m_plan.dmarcBlockingReason().isEmpty());
    for (const QString& key : k) {
        m_plan.confirmWeakening(0, key, true);
    }
    EXPECT_TRUE(m_plan.dmarcBlockingReason().isEmpty());
}

TEST_F(TakeoverPlan, ParkedDomainsGetTheParkedSet)
{
    m_plan.setRole(1, DomainRole::Parked);
    m_plan.applyAudit(publishedAudit(QStringLiteral("fabrikam.com"), {}, {}, {}), false);
    EXPECT_EQ(m_plan.composeSpf(1).record, QStringLiteral("v=spf1 -all"));
    EXPECT_EQ(m_plan.domain(1).aggregateReports, QStringList{QStringLiteral("dmarc-reports@contoso.com")})
        << "a parked domain has no mailbox: reports go to the tenant's sending domain";
    const DmarcComposition dmarc = m_plan.composeDmarc(1);
    EXPECT_TRUE(dmarc.record.startsWith(QStringLiteral("v=DMARC1; p=reject;"))) << dmarc.record.toStdString();
    const auto mx = m_plan.mxRecords(1);
    ASSERT_EQ(mx.size(), 1);
    EXPECT_EQ(mx.first().value, QStringLiteral("."));
    EXPECT_EQ(mx.first().preference, 0);
    EXPECT_TRUE(mx.first().problem().isEmpty()) << mx.first().problem().toStdString();
    EXPECT_TRUE(m_plan.dkimRecords(1).isEmpty());
    const auto auth = m_plan.dmarcAuthorizationRecords(1);
    ASSERT_EQ(auth.size(), 1);
    EXPECT_EQ(auth.first().name, QStringLiteral("fabrikam.com._report._dmarc.contoso.com"));
    EXPECT_EQ(auth.first().zone, QStringLiteral("contoso.com"));
    EXPECT_TRUE(m_plan.weakenings(1).isEmpty()) << "nothing was published, nothing is weakened";
    EXPECT_TRUE(m_plan.mxRecords(0).isEmpty());
}

TEST_F(TakeoverPlan, ParkingADomainThatHasSendersAndMailListsWhatItRemoves)
{
    m_plan.applyAudit(publishedAudit(QStringLiteral("fabrikam.com"),
                                     {QStringLiteral("v=spf1 include:sendgrid.net -all")},
                                     QStringLiteral("v=DMARC1; p=none; rua=mailto:d@fabrikam.com")),
                      false);
    m_plan.setRole(1, DomainRole::Parked);
    const QStringList k = keys(m_plan.weakenings(1));
    EXPECT_TRUE(k.contains(QStringLiteral("spf.term:include:sendgrid.net")));
    EXPECT_TRUE(k.contains(QStringLiteral("mx.null")));
    EXPECT_FALSE(k.contains(QStringLiteral("dmarc.rua:d@fabrikam.com"))) << "the published report address is kept";
    // The null MX replaces the exchange published today (RFC 7505: it stands alone), the SPF and DMARC records theirs.
    const QList<DnsRecordSpec> mx = m_plan.mxRecords(1);
    ASSERT_EQ(mx.size(), 1);
    EXPECT_EQ(mx.first().replacedValues(), QStringList{QStringLiteral("contoso-com.mail.protection.outlook.com")});
    EXPECT_TRUE(mx.first().problem().isEmpty()) << mx.first().problem().toStdString();
    EXPECT_EQ(m_plan.spfRecords(1).first().replacedValues(),
              QStringList{QStringLiteral("v=spf1 include:sendgrid.net -all")});
    EXPECT_EQ(m_plan.dmarcRecords(1).first().replacedValues(),
              QStringList{QStringLiteral("v=DMARC1; p=none; rua=mailto:d@fabrikam.com")});
}

TEST_F(TakeoverPlan, AnAuditThatFailedForDnsReasonsNeverReplacesOneWithAnswers)
{
    const AuditReport good = publishedAudit(QStringLiteral("contoso.com"),
                                            {QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
                                            QStringLiteral("v=DMARC1; p=reject"));
    ASSERT_TRUE(m_plan.applyAudit(good, true, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)));
    AuditReport failed;
    failed.domain = QStringLiteral("contoso.com");
    failed.unknownParts = {AuditPart::Mx, AuditPart::ApexTxt, AuditPart::Dmarc};
    EXPECT_FALSE(m_plan.applyAudit(failed, true));
    ASSERT_TRUE(m_plan.domain(0).auditAfter.has_value());
    EXPECT_EQ(m_plan.domain(0).auditAfter->report.spfRecords, good.spfRecords);
    EXPECT_EQ(m_plan.domain(0).existingDmarc, QStringLiteral("v=DMARC1; p=reject"));

    // With nothing saved the failure is kept, as "unknown": the records are not changed blind.
    AuditReport failedOther = failed;
    failedOther.domain = QStringLiteral("fabrikam.com");
    EXPECT_TRUE(m_plan.applyAudit(failedOther, false));
    EXPECT_FALSE(m_plan.unknownStateReason(1, QStringLiteral("spf")).isEmpty());
    EXPECT_FALSE(m_plan.spfBlockingReason().isEmpty());
    EXPECT_FALSE(m_plan.domain(1).auditBefore->report.known(AuditPart::Mx));
}

TEST_F(TakeoverPlan, ReCheckingKeepsTheAdminsEditsUnlessThePublishedRecordChanged)
{
    const AuditReport report =
        publishedAudit(QStringLiteral("contoso.com"), {}, QStringLiteral("v=DMARC1; p=quarantine"));
    m_plan.applyAudit(report, false);
    EXPECT_EQ(m_plan.domain(0).currentStage, 1);
    m_plan.setDmarcStage(0, 2);
    m_plan.applyAudit(report, true);
    EXPECT_EQ(m_plan.domain(0).currentStage, 2) << "the same published record: the admin's choice stays";
    m_plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {}, QStringLiteral("v=DMARC1; p=reject")), true);
    EXPECT_EQ(m_plan.domain(0).currentStage, 2);
    EXPECT_EQ(m_plan.domain(0).existingDmarc, QStringLiteral("v=DMARC1; p=reject"));
}

// --- Generated existing configurations --------------------------------------------------------------------------

namespace {

struct Generator
{
    explicit Generator(unsigned seed)
        : rng(seed)
    {
    }
    std::mt19937 rng;

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    bool coin(int percent = 50) { return pick(100) < percent; }

    QString spfRecord()
    {
        static const QStringList pool{QStringLiteral("include:spf.protection.outlook.com"),
                                      QStringLiteral("include:_spf.google.com"),
                                      QStringLiteral("include:sendgrid.net"),
                                      QStringLiteral("include:_spf.salesforce.com"),
                                      QStringLiteral("include:mailgun.org"),
                                      QStringLiteral("include:spf.crm.example"),
                                      QStringLiteral("ip4:192.0.2.25"),
                                      QStringLiteral("ip4:198.51.100.0/28"),
                                      QStringLiteral("ip6:2001:db8::25"),
                                      QStringLiteral("a"),
                                      QStringLiteral("mx"),
                                      QStringLiteral("a:relay.contoso.com"),
                                      QStringLiteral("exists:%{i}.spf.contoso.com"),
                                      QStringLiteral("include:Spf.Protection.Outlook.com.")};
        QStringList terms{QStringLiteral("v=spf1")};
        const int n = pick(5);
        for (int i = 0; i < n; ++i) {
            terms.append(pool[pick(pool.size())]);
        }
        switch (pick(6)) {
        case 0:
            terms.append(QStringLiteral("redirect=_spf.contoso.net"));
            break;
        case 1:
            break; // no all: ?all implied
        case 2:
            terms.append(QStringLiteral("~all"));
            break;
        case 3:
            terms.append(QStringLiteral("?all"));
            break;
        default:
            terms.append(QStringLiteral("-all"));
            break;
        }
        return terms.join(u' ');
    }

    QString dmarcRecord()
    {
        static const QStringList policies{QStringLiteral("none"), QStringLiteral("quarantine"),
                                          QStringLiteral("reject")};
        QStringList tags{QStringLiteral("v=DMARC1"), QStringLiteral("p=") + policies[pick(3)]};
        if (coin(30)) {
            tags.append(QStringLiteral("sp=") + policies[pick(3)]);
        }
        if (coin(20)) {
            tags.append(QStringLiteral("np=") + policies[pick(3)]);
        }
        if (coin(20)) {
            tags.append(QStringLiteral("t=y"));
        }
        if (coin(30)) {
            tags.append(QStringLiteral("adkim=s"));
        }
        if (coin(30)) {
            tags.append(QStringLiteral("aspf=s"));
        }
        QStringList rua;
        if (coin(50)) {
            rua.append(QStringLiteral("mailto:%1@rua.dmarc-service.example").arg(pick(1000)));
        }
        if (coin(40)) {
            rua.append(QStringLiteral("mailto:dmarc@contoso.com"));
        }
        if (!rua.isEmpty()) {
            tags.append(QStringLiteral("rua=") + rua.join(u','));
        }
        if (coin(20)) {
            tags.append(QStringLiteral("ruf=mailto:ruf@rua.dmarc-service.example"));
            tags.append(QStringLiteral("fo=1"));
        }
        return tags.join(QStringLiteral("; "));
    }

    AuditReport report(const QString& domain)
    {
        QStringList spf;
        const int records = pick(4); // 0 to 3 SPF records
        for (int i = 0; i < records; ++i) {
            spf.append(spfRecord());
        }
        QStringList mx;
        switch (pick(3)) {
        case 0:
            break;
        case 1:
            mx = {QStringLiteral(".")};
            break;
        default:
            mx = {QStringLiteral("contoso-com.mail.protection.outlook.com")};
        }
        return publishedAudit(domain, spf, coin(70) ? dmarcRecord() : QString(), mx);
    }
};

// The terms of the published records that let servers pass: what "keeps every sender" means.
QStringList senders(const QStringList& records)
{
    QStringList out;
    for (const QString& text : records) {
        const SpfRecord r = SpfRecord::parse(text);
        const int allIndex = r.allIndex();
        for (int i = 0; i < r.terms().size() && (allIndex < 0 || i < allIndex); ++i) {
            const SpfTerm& t = r.terms()[i];
            if (t.isMechanism() && t.mechanism != SpfMechanism::All) {
                out.append(t.text);
            } else if (allIndex < 0 && t.isModifier(u"redirect")) {
                out.append(records.size() == 1 ? t.text : QStringLiteral("include:") + t.value);
            }
        }
    }
    return out;
}

bool keeps(const QString& record, const QString& term)
{
    const auto norm = [](QString t) {
        t = t.toLower();
        if (t.endsWith(u'.')) {
            t.chop(1);
        }
        return t;
    };
    const SpfRecord r = SpfRecord::parse(record);
    return std::any_of(r.terms().begin(), r.terms().end(),
                       [&](const SpfTerm& t) { return norm(t.text) == norm(term); });
}

} // namespace

TEST(GeneratedTakeover, TheDefaultProposalNeverWeakensAndKeepsEverySender)
{
    for (unsigned seed = 1; seed <= 400; ++seed) {
        Generator g(seed);
        RolloutPlan plan;
        ASSERT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
        ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
        const AuditReport report = g.report(QStringLiteral("contoso.com"));
        plan.applyAudit(report, false);
        SCOPED_TRACE(("seed " + std::to_string(seed) + ": spf [" +
                      report.spfRecords.join(QStringLiteral(" | ")).toStdString() + "] dmarc [" +
                      report.dmarcRecord.value_or(QString()).toStdString() + "]"));
        const SpfComposition spf = plan.composeSpf(0);
        ASSERT_TRUE(spf.ok) << spf.errors.join(u' ').toStdString();
        EXPECT_TRUE(SpfRecord::parse(spf.record).isValid()) << spf.record.toStdString();
        for (const QString& term : senders(report.spfRecords)) {
            EXPECT_TRUE(keeps(spf.record, term)) << term.toStdString() << " dropped: " << spf.record.toStdString();
        }
        const DmarcComposition dmarc = plan.composeDmarc(0);
        ASSERT_TRUE(dmarc.ok()) << dmarc.errors.join(u' ').toStdString();
        const QList<Weakening> w = plan.weakenings(0);
        EXPECT_TRUE(w.isEmpty()) << "proposal " << spf.record.toStdString() << " / " << dmarc.record.toStdString()
                                 << " weakens: " << keys(w).join(u' ').toStdString();
        EXPECT_TRUE(plan.spfBlockingReason().isEmpty()) << plan.spfBlockingReason().toStdString();
        EXPECT_TRUE(plan.dmarcBlockingReason().isEmpty()) << plan.dmarcBlockingReason().toStdString();
    }
}

TEST(GeneratedTakeover, EveryWeakeningTheAdminAsksForIsListed)
{
    for (unsigned seed = 1000; seed <= 1300; ++seed) {
        Generator g(seed);
        RolloutPlan plan;
        ASSERT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
        ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        const AuditReport report = g.report(QStringLiteral("contoso.com"));
        plan.applyAudit(report, false);
        SCOPED_TRACE(("seed " + std::to_string(seed) + ": spf [" +
                      report.spfRecords.join(QStringLiteral(" | ")).toStdString() + "] dmarc [" +
                      report.dmarcRecord.value_or(QString()).toStdString() + "]"));
        QStringList expected;
        const DomainPlan& d = plan.domain(0);
        // Each change below protects less than what is published; do a random subset of them.
        if (d.currentStage > 0 && g.coin()) {
            plan.setDmarcStage(0, 0);
            expected.append(QStringLiteral("dmarc.p:none"));
            // Left out, sp follows p and np follows sp: they are lowered with it.
            const bool ownSp = d.existingDmarc.contains(QStringLiteral("sp="));
            const bool ownNp = d.existingDmarc.contains(QStringLiteral("np="));
            if (!ownSp) {
                expected.append(QStringLiteral("dmarc.sp:none"));
            }
            if (!ownNp && !ownSp) {
                expected.append(QStringLiteral("dmarc.np:none"));
            }
        }
        if (!d.existingDmarc.isEmpty() && !d.testing && g.coin()) {
            plan.setDmarcTesting(0, true);
            expected.append(QStringLiteral("dmarc.t"));
        }
        if (d.strictDkim && g.coin()) {
            plan.setStrictDkim(0, false);
            expected.append(QStringLiteral("dmarc.adkim"));
        }
        if (!d.aggregateReports.isEmpty() && d.existingDmarc.contains(QStringLiteral("rua=")) && g.coin()) {
            for (const QString& a : d.aggregateReports) {
                expected.append(QStringLiteral("dmarc.rua:") + a.toLower());
            }
            plan.setAggregateReports(0, {});
        }
        if (d.allQualifier == SpfQualifier::Fail && !d.existingSpf.isEmpty() &&
            ExistingRecords::strictestAll(d.existingSpf) == SpfQualifier::Fail && g.coin()) {
            bool redirectOnly = false;
            for (const QString& r : d.existingSpf) {
                const SpfRecord parsed = SpfRecord::parse(r);
                redirectOnly = redirectOnly || (parsed.allIndex() < 0 && r.contains(QStringLiteral("redirect=")));
            }
            if (!redirectOnly && !plan.composeSpf(0).record.contains(QStringLiteral("redirect="))) {
                plan.setAllQualifier(0, SpfQualifier::SoftFail);
                expected.append(QStringLiteral("spf.all:~all"));
            }
        }
        QStringList published;
        for (const QString& term : senders(d.existingSpf)) {
            // Only terms as they are written can be removed one by one (a redirect is listed as its include).
            if (std::any_of(d.existingSpf.begin(), d.existingSpf.end(),
                            [&](const QString& r) { return hasTerm(r, term); })) {
                published.append(term);
            }
        }
        if (!published.isEmpty() && g.coin()) {
            const QString term = published[g.pick(published.size())];
            const bool microsoft = term.contains(QStringLiteral("spf.protection.outlook.com"), Qt::CaseInsensitive);
            if (!term.startsWith(QStringLiteral("redirect=")) && !microsoft &&
                published.count(term) == 1) { // a term published twice is removed by name once
                plan.setSpfTermRemoved(0, term, true);
                QString key = term.toLower();
                if (key.endsWith(u'.')) {
                    key.chop(1);
                }
                expected.append(QStringLiteral("spf.term:") + key);
            }
        }
        const QStringList listed = keys(plan.weakenings(0));
        for (const QString& key : expected) {
            EXPECT_TRUE(listed.contains(key))
                << key.toStdString() << " not listed in " << listed.join(u' ').toStdString();
        }
        for (const QString& key : listed) {
            EXPECT_TRUE(expected.contains(key)) << key.toStdString() << " listed but not asked for";
        }
        EXPECT_EQ(plan.unconfirmedWeakenings(0).isEmpty(), expected.isEmpty());
    }
}

TEST(GeneratedTakeover, ParkedDomainsListEverySenderTheyDrop)
{
    for (unsigned seed = 2000; seed <= 2200; ++seed) {
        Generator g(seed);
        RolloutPlan plan;
        ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
        plan.setRole(1, DomainRole::Parked);
        const AuditReport report = g.report(QStringLiteral("fabrikam.com"));
        plan.applyAudit(report, false);
        SCOPED_TRACE(("seed " + std::to_string(seed)));
        EXPECT_EQ(plan.composeSpf(1).record, QStringLiteral("v=spf1 -all"));
        EXPECT_TRUE(plan.composeDmarc(1).record.contains(QStringLiteral("p=reject")));
        const QStringList listed = keys(plan.weakenings(1));
        for (const QString& term : senders(report.spfRecords)) {
            QString key = term.toLower();
            if (key.startsWith(u'+')) {
                key.remove(0, 1);
            }
            if (key.endsWith(u'.')) {
                key.chop(1);
            }
            EXPECT_TRUE(listed.contains(QStringLiteral("spf.term:") + key) ||
                        (key.startsWith(QStringLiteral("include:")) &&
                         listed.contains(QStringLiteral("spf.term:redirect=") + key.mid(8))))
                << key.toStdString() << " dropped silently; listed " << listed.join(u' ').toStdString();
        }
        for (const QString& key : listed) {
            EXPECT_FALSE(key.startsWith(QStringLiteral("dmarc.")))
                << "the parked set keeps DMARC at reject with its reports: " << key.toStdString();
        }
    }
}

TEST_F(TakeoverPlan, AConfirmationEndsWhenTheChangeIsUndone)
{
    m_plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {}, QStringLiteral("v=DMARC1; p=reject")), false);
    m_plan.setDmarcStage(0, 0);
    for (const Weakening& w : m_plan.weakenings(0)) {
        m_plan.confirmWeakening(0, w.key, true);
    }
    EXPECT_TRUE(m_plan.dmarcBlockingReason().isEmpty());
    m_plan.setDmarcStage(0, 2);
    EXPECT_TRUE(m_plan.domain(0).acceptedWeakenings.isEmpty()) << "the yes answered a change that is gone";
    m_plan.setDmarcStage(0, 0);
    EXPECT_FALSE(m_plan.dmarcBlockingReason().isEmpty()) << "doing it again asks again";
}

TEST_F(TakeoverPlan, PublishingOverTheLimitIsConfirmedForOneRecordOnly)
{
    m_plan.confirmOverLimit(0, true);
    EXPECT_TRUE(m_plan.overLimitConfirmed(0));
    m_plan.setIp4(0, {QStringLiteral("192.0.2.25")});
    EXPECT_FALSE(m_plan.overLimitConfirmed(0)) << "another record: the confirmation does not carry over";
}

TEST_F(TakeoverPlan, ARecordCountedOverTheLimitBlocksTheStepAndEveryExportUntilConfirmed)
{
    const QString record = m_plan.composeSpf(0).record;
    EXPECT_FALSE(m_plan.spfLookupCount(0).has_value()) << "nothing counted yet";
    m_plan.setSpfLookupCount(0, record, 12);
    ASSERT_TRUE(m_plan.spfOverLimit(0));
    EXPECT_TRUE(m_plan.spfBlockingReason().contains(QStringLiteral("10 DNS lookups")))
        << m_plan.spfBlockingReason().toStdString();
    QString error;
    EXPECT_FALSE(PlanRules::checkExportable(m_plan, 0, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("12"))) << error.toStdString();
    EXPECT_TRUE(PlanRules::checkExportable(m_plan, 1, &error)) << "the other domain is not held up";

    m_plan.confirmOverLimit(0, true);
    EXPECT_TRUE(m_plan.spfBlockingReason().isEmpty()) << m_plan.spfBlockingReason().toStdString();
    EXPECT_TRUE(PlanRules::checkExportable(m_plan, 0, &error)) << error.toStdString();

    // A count made for another record says nothing about this one; ten lookups are within the limit.
    m_plan.setIp4(0, {QStringLiteral("192.0.2.25")});
    EXPECT_FALSE(m_plan.spfOverLimit(0));
    m_plan.setSpfLookupCount(0, m_plan.composeSpf(0).record, 10);
    EXPECT_FALSE(m_plan.spfOverLimit(0));
    EXPECT_EQ(m_plan.spfLookupCount(0), 10);
}

TEST(TakeoverSubdomain, ASubdomainGivenItsOwnRecordKeepsWhatItsOrganisationApplied)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("mail.contoso.com")}));
    AuditReport r = publishedAudit(QStringLiteral("mail.contoso.com"), {}, {});
    r.dmarcRecord = QStringLiteral("v=DMARC1; p=reject; sp=quarantine; rua=mailto:agg@rua.service.example");
    r.dmarcPolicyDomain = QStringLiteral("contoso.com");
    plan.applyAudit(r, false);
    EXPECT_TRUE(plan.domain(0).existingDmarc.isEmpty());
    EXPECT_EQ(plan.domain(0).currentStage, 1) << "the organisation's sp=quarantine is where it starts";
    const QString dmarc = plan.composeDmarc(0).record;
    EXPECT_TRUE(dmarc.contains(QStringLiteral("p=quarantine"))) << dmarc.toStdString();
    EXPECT_TRUE(dmarc.contains(QStringLiteral("mailto:agg@rua.service.example"))) << dmarc.toStdString();
    EXPECT_TRUE(plan.weakenings(0).isEmpty());
    plan.setDmarcStage(0, 0);
    EXPECT_TRUE(keys(plan.weakenings(0)).contains(QStringLiteral("dmarc.p:none")));
}

TEST(TakeoverReview, PublishedValuesThePagesCouldNotComposeAreLeftOutNotBlocking)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"), {},
                                   QStringLiteral("v=DMARC1; sp=reject; rua=mailto:a@contoso.com; "
                                                  "ruf=mailto:f@contoso.com; fo=1 : D")),
                    false);
    EXPECT_EQ(plan.domain(0).subdomainPolicy, DmarcPolicy::Reject) << "sp kept as written although p is missing";
    EXPECT_EQ(plan.domain(0).failureOptions, QStringLiteral("1:d"));
    EXPECT_TRUE(plan.composeDmarc(0).ok()) << plan.composeDmarc(0).errors.join(u' ').toStdString();
    EXPECT_TRUE(plan.weakenings(0).isEmpty()) << keys(plan.weakenings(0)).join(u' ').toStdString();
}

TEST(TakeoverReview, RemovingARefusingTermIsAWeakening)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.applyAudit(publishedAudit(QStringLiteral("contoso.com"),
                                   {QStringLiteral("v=spf1 -ip4:192.0.2.66 ip4:192.0.2.0/24 -all")}, {}),
                    false);
    plan.setSpfTermRemoved(0, QStringLiteral("-ip4:192.0.2.66"), true);
    EXPECT_TRUE(keys(plan.weakenings(0)).contains(QStringLiteral("spf.term:-ip4:192.0.2.66")));
}

TEST(TakeoverReview, AParkedDomainRejectsForItsSubdomainsToo)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
    plan.setRole(1, DomainRole::Parked);
    plan.applyAudit(
        publishedAudit(QStringLiteral("fabrikam.com"), {}, QStringLiteral("v=DMARC1; p=reject; sp=none"), {}), false);
    const QString dmarc = plan.composeDmarc(1).record;
    EXPECT_FALSE(dmarc.contains(QStringLiteral("sp="))) << dmarc.toStdString();
    EXPECT_TRUE(plan.weakenings(1).isEmpty());
}

TEST(TakeoverSubdomain, ASubdomainsRecordsGoIntoItsParentsZone)
{
    // DNS decides: the SOA sent along with the negative answer for mail.contoso.com names the zone contoso.com.
    InMemoryZone dns;
    DnsRecord soa;
    soa.name = QStringLiteral("contoso.com");
    soa.type = RecordType::SOA;
    soa.soa.mname = QStringLiteral("ns1.contoso.com");
    dns.addRecord(soa);
    dns.addMx(QStringLiteral("mail.contoso.com"), 0, QStringLiteral("contoso-com.mail.protection.outlook.com"));
    AuditRequest request;
    request.domain = QStringLiteral("mail.contoso.com");
    const AuditReport report = DomainAudit::run(request, dns);
    EXPECT_EQ(report.zone, QStringLiteral("contoso.com"));

    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("mail.contoso.com")}));
    plan.applyAudit(report, false);
    const QList<DnsRecordSpec> records = plan.allRecords(0);
    ASSERT_FALSE(records.isEmpty());
    for (const DnsRecordSpec& r : records) {
        EXPECT_EQ(r.zone, QStringLiteral("contoso.com")) << r.name.toStdString();
        EXPECT_TRUE(r.problem().isEmpty()) << r.problem().toStdString();
    }
    EXPECT_EQ(plan.spfRecords(0).first().relativeName(), QStringLiteral("mail"));
    EXPECT_EQ(plan.dmarcRecords(0).first().relativeName(), QStringLiteral("_dmarc.mail"));

    // A domain that is its own zone keeps it.
    InMemoryZone own;
    soa.name = QStringLiteral("fabrikam.com");
    own.addRecord(soa);
    request.domain = QStringLiteral("fabrikam.com");
    EXPECT_EQ(DomainAudit::run(request, own).zone, QStringLiteral("fabrikam.com"));
}

TEST(TakeoverDkim, SigningSetUpBeforeIsKeptAsThePlansOwnCnames)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    AuditReport report = publishedAudit(QStringLiteral("contoso.com"), {}, {});
    const QString target1 = QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
    const QString target2 = QStringLiteral("selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
    report.dkim = {DkimSelectorReport{QStringLiteral("selector1"), target1 + u'.', true, true, 2048},
                   DkimSelectorReport{QStringLiteral("selector2"), target2, true, false, 0}};
    ASSERT_TRUE(plan.applyAudit(report, false));
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty()) << "selector2 has no key yet: nothing is adopted";

    report.dkim[1].keyFound = true;
    report.dkim[1].keyBits = 2048;
    ASSERT_TRUE(plan.applyAudit(report, true));
    const QList<DnsRecordSpec> cnames = plan.dkimRecords(0);
    ASSERT_EQ(cnames.size(), 2);
    EXPECT_EQ(cnames[0].value, target1);
    EXPECT_EQ(cnames[1].value, target2);
    EXPECT_TRUE(PlanProposal::alreadyPublished(plan, 0, RecordId::DkimSelector1));
    EXPECT_TRUE(PlanProposal::alreadyPublished(plan, 0, RecordId::DkimSelector2));
    EXPECT_TRUE(plan.dkimBlockingReason().isEmpty());

    // Output pasted from Exchange Online later is what counts.
    mailauth::test::editDomain(plan, 0, [](DomainPlan& d) {
        d.selector1Target = QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.com");
        d.selector2Target = QStringLiteral("selector2-contoso-com._domainkey.contoso.onmicrosoft.com");
    });
    ASSERT_TRUE(plan.applyAudit(report, true));
    EXPECT_EQ(plan.dkimRecords(0).first().value,
              QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.com"));
    EXPECT_FALSE(PlanProposal::alreadyPublished(plan, 0, RecordId::DkimSelector1));
}
