// DNS that lies or fails (issue 13): a scripted server on loopback drives c-ares, the audit, check_host() and the
// `mailauth` command line through every case knot and unbound would never produce.
#include "audit/DomainAudit.h"
#include "dns/AresChannel.h"
#include "dns/ResolverLookup.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfLookupBudget.h"
#include "support/CliProcess.h"
#include "support/DnsFixtures.h"
#include "support/HostileDnsServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>
#include <iostream>

using namespace mailauth;
using namespace mailauth::test;

namespace {

CliRun mailauth(const QStringList& arguments, int timeoutMs = 30000)
{
    return runCli(QStringLiteral(MAILAUTH_CLI), arguments, timeoutMs);
}

QString messageOf(const Findings& findings, const QString& code)
{
    for (const Finding& f : findings) {
        if (f.code == code) {
            return f.message;
        }
    }
    return {};
}

class HostileDns : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << m_server.error().toStdString(); }

    QString server() const { return m_server.server().toCsv(); }

    QList<AresChannel::Options> channels() const { return {AresChannel::Options{m_server.server(), true, 1000, 1}}; }

    DnsAnswer ask(const QString& name, RecordType type)
    {
        AresChannel channel(channels().first());
        std::optional<DnsAnswer> answer;
        channel.query(name, type, [&](const DnsAnswer& a) { answer = a; });
        EXPECT_TRUE(waitUntil([&]() { return answer.has_value(); }, 10000)) << name.toStdString();
        return answer.value_or(DnsAnswer{});
    }

    DnsAnswer resolve(ResolverLookup& lookup, const QString& name, RecordType type)
    {
        DnsAnswer answer;
        EXPECT_TRUE(waitUntil(
            [&]() {
                answer = lookup.lookup(name, type);
                return answer.status != DnsStatus::Pending;
            },
            10000));
        return answer;
    }

    AuditReport audit(const QString& domain)
    {
        ResolverLookup lookup(channels());
        AuditRequest request;
        request.domain = domain;
        AuditReport report;
        EXPECT_TRUE(waitUntil(
            [&]() {
                report = DomainAudit::run(request, lookup);
                return !report.pending;
            },
            20000));
        return report;
    }

    // A domain that exists (SOA, NS) and has everything else scripted by the test.
    void addDomain(const QString& domain)
    {
        m_server.setRecord(domain, RecordType::SOA, {});
        m_server.setRecord(domain, RecordType::NS, QStringLiteral("ns1.") + domain);
    }

    QJsonObject checkJson(const QString& domain, CliRun* run = nullptr)
    {
        const CliRun r = mailauth(
            {QStringLiteral("check"), domain, QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
        EXPECT_TRUE(r.finished) << "mailauth check " << domain.toStdString() << " did not finish";
        if (run != nullptr) {
            *run = r;
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonObject spfJson(const QString& sender, const QString& ip = QStringLiteral("192.0.2.1"), CliRun* run = nullptr)
    {
        const CliRun r = mailauth({QStringLiteral("spf"), QStringLiteral("--ip"), ip, QStringLiteral("--sender"),
                                   sender, QStringLiteral("--resolver"), server(), QStringLiteral("--json")});
        EXPECT_TRUE(r.finished) << "mailauth spf " << sender.toStdString() << " did not finish";
        if (run != nullptr) {
            *run = r;
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    HostileDnsServer m_server;
};

// --- The fixture itself -------------------------------------------------------------------------------------------

TEST_F(HostileDns, FixtureAnswersAsScriptedAndCountsQuestions)
{
    m_server.setRecord(QStringLiteral("a.hostile.example"), RecordType::A, QStringLiteral("192.0.2.7"));
    HostileResponse late;
    late.delayMs = 300;
    late.answers.append(HostileRecord{QStringLiteral("late.hostile.example"), RecordType::TXT, QStringLiteral("x")});
    m_server.set(QStringLiteral("late.hostile.example"), RecordType::TXT, late);
    HostileResponse never;
    never.drop = true;
    m_server.set(QStringLiteral("never.hostile.example"), RecordType::TXT, never);

    const DnsAnswer a = ask(QStringLiteral("a.hostile.example"), RecordType::A);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    EXPECT_EQ(a.records.first().address.toString(), QStringLiteral("192.0.2.7"));
    EXPECT_EQ(ask(QStringLiteral("a.hostile.example"), RecordType::TXT).status, DnsStatus::NoData);
    EXPECT_EQ(ask(QStringLiteral("nothing.hostile.example"), RecordType::TXT).status, DnsStatus::NxDomain);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(ask(QStringLiteral("late.hostile.example"), RecordType::TXT).status, DnsStatus::NoError);
    EXPECT_GE(timer.elapsed(), 290);
    EXPECT_EQ(ask(QStringLiteral("never.hostile.example"), RecordType::TXT).status, DnsStatus::Timeout);
    EXPECT_EQ(m_server.questionsFor(QStringLiteral("a.hostile.example"), RecordType::A), 1);
    EXPECT_GE(m_server.questions(), 5);
}

// --- Response codes c-ares does not name --------------------------------------------------------------------------

TEST_F(HostileDns, EveryRcodeButNoErrorAndNxDomainIsAFailure)
{
    for (int rcode = 0; rcode < 16; ++rcode) {
        const QString name = QStringLiteral("rcode%1.hostile.example").arg(rcode);
        m_server.setRcode(name, RecordType::TXT, rcode);
        const DnsAnswer a = ask(name, RecordType::TXT);
        SCOPED_TRACE(rcode);
        EXPECT_EQ(a.rcode, rcode);
        if (rcode == 0) {
            EXPECT_EQ(a.status, DnsStatus::NoData);
        } else if (rcode == 3) {
            EXPECT_EQ(a.status, DnsStatus::NxDomain);
        } else if (rcode == 2) {
            EXPECT_EQ(a.status, DnsStatus::ServFail);
        } else if (rcode == 5) {
            EXPECT_EQ(a.status, DnsStatus::Refused);
        } else {
            EXPECT_EQ(a.status, DnsStatus::BadRcode);
            EXPECT_TRUE(a.detail.contains(rcodeName(rcode))) << a.detail.toStdString();
        }
        EXPECT_EQ(isFailure(a.status), rcode != 0 && rcode != 3);
    }
    EXPECT_EQ(rcodeName(9), QStringLiteral("NOTAUTH"));
    EXPECT_EQ(rcodeName(13), QStringLiteral("RCODE13"));
}

TEST_F(HostileDns, NotAuthIsADnsErrorInTheAuditNotAMissingRecord)
{
    const QString d = QStringLiteral("notauth.example");
    addDomain(d);
    m_server.setRcode(d, RecordType::MX, 9);
    m_server.setRcode(d, RecordType::TXT, 9);
    m_server.setRcode(QStringLiteral("_dmarc.") + d, RecordType::TXT, 9);
    const AuditReport report = audit(d);
    EXPECT_TRUE(hasFinding(report.findings, QStringLiteral("dns.bad-rcode")));
    EXPECT_TRUE(messageOf(report.findings, QStringLiteral("dns.bad-rcode")).contains(QStringLiteral("NOTAUTH")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("spf.missing")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("mx.missing")));
}

TEST_F(HostileDns, CliCheckReportsBadRcodeAndTheSameDomainWithoutRecordsIsMissing)
{
    const QString d = QStringLiteral("notauth.example");
    addDomain(d);
    for (const auto& [name, type] : {std::pair{d, RecordType::MX}, std::pair{d, RecordType::TXT},
                                     std::pair{QString(QStringLiteral("_dmarc.") + d), RecordType::TXT}}) {
        m_server.setRcode(name, type, 10); // NOTZONE
    }
    const QStringList broken = findingCodes(checkJson(d));
    EXPECT_TRUE(broken.contains(QStringLiteral("dns.bad-rcode"))) << broken.join(u' ').toStdString();
    for (const QString& absent :
         {QStringLiteral("spf.missing"), QStringLiteral("dmarc.missing"), QStringLiteral("mx.missing")}) {
        EXPECT_FALSE(broken.contains(absent)) << absent.toStdString();
    }

    // The close case: the same names answered NOERROR without records really are missing.
    const QString empty = QStringLiteral("empty.example");
    addDomain(empty);
    const QStringList missing = findingCodes(checkJson(empty));
    EXPECT_FALSE(missing.contains(QStringLiteral("dns.bad-rcode")));
    EXPECT_TRUE(missing.contains(QStringLiteral("spf.missing")));
    EXPECT_TRUE(missing.contains(QStringLiteral("mx.missing")));
}

TEST_F(HostileDns, CliSpfGivesTempErrorForNotAuthAndNoneForNxDomain)
{
    m_server.setRcode(QStringLiteral("notauth.example"), RecordType::TXT, 9);
    const QJsonObject failed = spfJson(QStringLiteral("someone@notauth.example"));
    EXPECT_EQ(failed.value(QStringLiteral("result")).toString(), QStringLiteral("temperror"));
    EXPECT_TRUE(failed.value(QStringLiteral("reason")).toString().contains(QStringLiteral("(notauth)")));

    m_server.setRcode(QStringLiteral("gone.example"), RecordType::TXT, 3);
    EXPECT_EQ(spfJson(QStringLiteral("someone@gone.example")).value(QStringLiteral("result")).toString(),
              QStringLiteral("none"));
}

// --- The DMARC tree walk ----------------------------------------------------------------------------------------

TEST_F(HostileDns, ServFailAtTheOrganisationalDmarcIsADnsErrorNotNoDmarc)
{
    const QString d = QStringLiteral("mail.contoso.example");
    addDomain(d);
    m_server.setRcode(QStringLiteral("_dmarc.contoso.example"), RecordType::TXT, 2);
    const AuditReport report = audit(d);
    EXPECT_TRUE(hasFinding(report.findings, QStringLiteral("dns.servfail")));
    EXPECT_TRUE(
        messageOf(report.findings, QStringLiteral("dns.servfail")).contains(QStringLiteral("_dmarc.contoso.example")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));

    const QStringList cli = findingCodes(checkJson(d));
    EXPECT_TRUE(cli.contains(QStringLiteral("dns.servfail"))) << cli.join(u' ').toStdString();
    EXPECT_FALSE(cli.contains(QStringLiteral("dmarc.missing")));

    // The close case: NXDOMAIN there is a real absence.
    m_server.setRcode(QStringLiteral("_dmarc.contoso.example"), RecordType::TXT, 3);
    const AuditReport absent = audit(d);
    EXPECT_TRUE(hasFinding(absent.findings, QStringLiteral("dmarc.missing")));
    EXPECT_FALSE(hasFinding(absent.findings, QStringLiteral("dns.servfail")));
}

TEST_F(HostileDns, OrganisationalRecordStillAppliesWhenAnIntermediateStepAnswers)
{
    const QString d = QStringLiteral("mail.contoso.example");
    addDomain(d);
    m_server.setRecord(QStringLiteral("_dmarc.contoso.example"), RecordType::TXT,
                       QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.example"));
    const AuditReport report = audit(d);
    EXPECT_EQ(report.dmarcPolicyDomain, QStringLiteral("contoso.example"));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dns.servfail")));
    EXPECT_FALSE(hasFinding(report.findings, QStringLiteral("dmarc.missing")));
}

// --- Answers for names nobody asked about -------------------------------------------------------------------------

TEST_F(HostileDns, RecordsForAnotherOwnerAreDiscarded)
{
    HostileResponse forged;
    forged.answers.append(
        HostileRecord{QStringLiteral("evil.example"), RecordType::TXT, QStringLiteral("v=spf1 +all")});
    m_server.set(QStringLiteral("victim.example"), RecordType::TXT, forged);

    const DnsAnswer a = ask(QStringLiteral("victim.example"), RecordType::TXT);
    EXPECT_EQ(a.status, DnsStatus::NoData);
    EXPECT_TRUE(a.records.isEmpty());
    ResolverLookup lookup(channels());
    EXPECT_TRUE(
        resolve(lookup, QStringLiteral("victim.example"), RecordType::TXT).recordsOfType(RecordType::TXT).isEmpty());

    const QJsonObject spf = spfJson(QStringLiteral("someone@victim.example"));
    EXPECT_EQ(spf.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
}

TEST_F(HostileDns, CnameChainIsFollowedAndRecordsOffTheChainAreDropped)
{
    HostileResponse chain;
    chain.answers = {
        HostileRecord{QStringLiteral("alias.example"), RecordType::CNAME, QStringLiteral("hop.example")},
        HostileRecord{QStringLiteral("evil.example"), RecordType::TXT, QStringLiteral("v=spf1 +all")},
        HostileRecord{QStringLiteral("hop.example"), RecordType::CNAME, QStringLiteral("end.example")},
        HostileRecord{QStringLiteral("end.example"), RecordType::TXT, QStringLiteral("v=spf1 ip4:192.0.2.1 -all")},
    };
    m_server.set(QStringLiteral("alias.example"), RecordType::TXT, chain);
    const DnsAnswer a = ask(QStringLiteral("alias.example"), RecordType::TXT);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    ASSERT_EQ(a.recordsOfType(RecordType::TXT).size(), 1);
    EXPECT_EQ(a.recordsOfType(RecordType::TXT).first().name, QStringLiteral("end.example"));
    EXPECT_EQ(a.recordsOfType(RecordType::CNAME).size(), 2);

    // The evil record would pass any address; the chain's own record passes only 192.0.2.1.
    const QJsonObject own = spfJson(QStringLiteral("a@alias.example"), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(own.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    const QJsonObject other = spfJson(QStringLiteral("a@alias.example"), QStringLiteral("198.51.100.9"));
    EXPECT_EQ(other.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));

    // A TXT owned by a name of the chain other than its end is no answer either.
    HostileResponse midChain;
    midChain.answers = {
        HostileRecord{QStringLiteral("alias2.example"), RecordType::CNAME, QStringLiteral("end2.example")},
        HostileRecord{QStringLiteral("alias2.example"), RecordType::TXT, QStringLiteral("v=spf1 +all")},
    };
    m_server.set(QStringLiteral("alias2.example"), RecordType::TXT, midChain);
    EXPECT_TRUE(ask(QStringLiteral("alias2.example"), RecordType::TXT).recordsOfType(RecordType::TXT).isEmpty());
}

TEST_F(HostileDns, OwnerNamesThatAresExpandNameEscapesStillAnswerTheQuestion)
{
    // ares_expand_name writes '$' as "\\$" and 0xe9 as "\\233"; the query goes out raw. The answer must still count.
    const QString dollar = QStringLiteral("a$b.odd.example");
    const QString high = QString::fromLatin1("caf\xe9.odd.example");
    m_server.setRecord(dollar, RecordType::A, QStringLiteral("192.0.2.7"));
    m_server.setRecord(high, RecordType::A, QStringLiteral("192.0.2.8"));

    const DnsAnswer a = ask(dollar, RecordType::A);
    ASSERT_EQ(a.status, DnsStatus::NoError);
    ASSERT_EQ(a.recordsOfType(RecordType::A).size(), 1);
    EXPECT_EQ(a.recordsOfType(RecordType::A).first().address.toString(), QStringLiteral("192.0.2.7"));
    const DnsAnswer b = ask(high, RecordType::A);
    ASSERT_EQ(b.status, DnsStatus::NoError);
    ASSERT_EQ(b.recordsOfType(RecordType::A).size(), 1);
    EXPECT_EQ(b.recordsOfType(RecordType::A).first().address.toString(), QStringLiteral("192.0.2.8"));

    // exists:%{l}.%{d} with the local part "a$b" finds the record and passes.
    addDomain(QStringLiteral("odd.example"));
    m_server.setRecord(QStringLiteral("odd.example"), RecordType::TXT, QStringLiteral("v=spf1 exists:%{l}.%{d} -all"));
    const QJsonObject spf = spfJson(QStringLiteral("a$b@odd.example"));
    EXPECT_EQ(spf.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    const QJsonObject other = spfJson(QStringLiteral("c$d@odd.example"));
    EXPECT_EQ(other.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
}

// --- Include graphs that fan out ----------------------------------------------------------------------------------

TEST_F(HostileDns, IncludeLatticeOf2To24PathsStopsNearTheLimit)
{
    m_server.setGenerator(HostileDnsServer::includeLattice(QStringLiteral("fan.example"), 24));
    CliRun run;
    const QJsonObject o = checkJson(QStringLiteral("l0a.fan.example"), &run);
    ASSERT_TRUE(run.finished);
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    const int lookups = spf.value(QStringLiteral("lookups")).toInt();
    EXPECT_GT(lookups, SpfEvaluator::kLookupLimit);
    EXPECT_LE(lookups, SpfLookupBudget::kCountUpTo);
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("spf.too-many-lookups")));
    EXPECT_LT(m_server.questions(), 100);
    std::cout << "lattice 2^24: " << m_server.questions() << " questions, " << run.elapsedMs << " ms, " << lookups
              << " lookups counted\n";

    m_server.resetCounts();
    const QJsonObject checked = spfJson(QStringLiteral("a@l0a.fan.example"), QStringLiteral("192.0.2.1"), &run);
    EXPECT_EQ(checked.value(QStringLiteral("result")).toString(), QStringLiteral("permerror"));
    EXPECT_LE(checked.value(QStringLiteral("lookups")).toInt(), SpfEvaluator::kLookupLimit + 1);
    EXPECT_LE(m_server.questions(), SpfEvaluator::kLookupLimit + 1);
}

TEST_F(HostileDns, WideTreeAsksABoundedNumberOfQuestions)
{
    // 10 includes per record, 4 levels deep: 11,111 records if every path were expanded.
    m_server.setGenerator(HostileDnsServer::wideTree(QStringLiteral("wide.example"), 10));
    CliRun run;
    const QJsonObject o = checkJson(QStringLiteral("w0.wide.example"), &run);
    ASSERT_TRUE(run.finished);
    EXPECT_TRUE(findingCodes(o).contains(QStringLiteral("spf.too-many-lookups")));
    // Answers arrive in waves and each re-run counts depth first again, so some questions go to includes that end up
    // past the cut; still a small bound, where every path used to be expanded (11,111 records).
    EXPECT_LT(m_server.questions(), 200);
    std::cout << "wide tree: " << m_server.questions() << " questions, " << run.elapsedMs << " ms\n";
}

TEST_F(HostileDns, BudgetOverTheBinaryTreeNamesTheIncludeThatCrossesTheLimit)
{
    m_server.setGenerator(HostileDnsServer::includeTree(QStringLiteral("tree.example")));
    ResolverLookup lookup(channels());
    SpfLookupBudget counter(lookup);
    SpfBudget budget;
    ASSERT_TRUE(waitUntil(
        [&]() {
            budget = counter.forRecord(
                QStringLiteral("v=spf1 ip4:192.0.2.1 include:n3.tree.example include:n2.tree.example -all"),
                QStringLiteral("tree.example"));
            return !budget.pending;
        },
        20000));
    EXPECT_TRUE(budget.truncated);
    EXPECT_EQ(budget.totalLookups, SpfLookupBudget::kCountUpTo);
    // Depth first: the first include alone needs more than 10.
    EXPECT_EQ(budget.overLimitTerm, QStringLiteral("include:n3.tree.example"));
    ASSERT_EQ(budget.root.children.size(), 1);
    EXPECT_GT(budget.root.children.first().totalLookups, SpfEvaluator::kLookupLimit);
    const QString message = messageOf(budget.findings, QStringLiteral("spf.too-many-lookups"));
    EXPECT_TRUE(message.contains(QStringLiteral("include:n3.tree.example"))) << message.toStdString();
    EXPECT_LT(m_server.questions(), 200); // an endless tree: every path used to be expanded
}

// --- Void lookups (RFC 7208 4.6.4) -----------------------------------------------------------------------------

TEST_F(HostileDns, VoidAddressLookupsOfMxExchangesCount)
{
    const QString d = QStringLiteral("voidmx.example");
    addDomain(d);
    m_server.setRecord(d, RecordType::TXT, QStringLiteral("v=spf1 mx -all"));
    HostileResponse mx;
    for (int i = 1; i <= 3; ++i) {
        mx.answers.append(HostileRecord{d, RecordType::MX, QStringLiteral("%1 gone%1.voidmx.example").arg(i)});
    }
    m_server.set(d, RecordType::MX, mx);
    const QJsonObject spf = spfJson(QStringLiteral("a@") + d);
    EXPECT_EQ(spf.value(QStringLiteral("result")).toString(), QStringLiteral("permerror"));
    EXPECT_EQ(spf.value(QStringLiteral("void_lookups")).toInt(), 3);

    const QStringList check = findingCodes(checkJson(d));
    EXPECT_TRUE(check.contains(QStringLiteral("spf.void-lookups"))) << check.join(u' ').toStdString();
}

TEST_F(HostileDns, VoidReverseLookupOfPtrCounts)
{
    const QString d = QStringLiteral("voidptr.example");
    m_server.setRecord(d, RecordType::TXT,
                       QStringLiteral("v=spf1 ptr a:gone1.voidptr.example a:gone2.voidptr.example -all"));
    const QJsonObject spf = spfJson(QStringLiteral("a@") + d);
    EXPECT_EQ(spf.value(QStringLiteral("result")).toString(), QStringLiteral("permerror"));
    EXPECT_EQ(spf.value(QStringLiteral("void_lookups")).toInt(), 3);
    EXPECT_EQ(m_server.questionsFor(QStringLiteral("1.2.0.192.in-addr.arpa"), RecordType::PTR), 1);
}

} // namespace
