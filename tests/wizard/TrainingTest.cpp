// The training world: scenario files, the simulated DNS servers (asked through c-ares like real ones), the DNS host
// panel's realistic mistakes, the simulated Exchange Online and the goals.
#include "dkim/DkimTargetPasteParser.h"
#include "dns/DnsMessage.h"
#include "dns/ResolverLookup.h"
#include "message/MessageAnalysis.h"
#include "model/AuditTask.h"
#include "model/RolloutPlan.h"
#include "reports/ReportReader.h"
#include "training/DnsWireFormat.h"
#include "training/TrainingSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

TrainingScenario builtIn(const QString& id)
{
    QString error;
    auto s = TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(id), &error);
    EXPECT_TRUE(s.has_value()) << error.toStdString();
    return s.value_or(TrainingScenario{});
}

QString parseError(const QByteArray& text)
{
    QString error;
    EXPECT_FALSE(TrainingScenarioParser::parse(text, QStringLiteral("mine.scenario"), &error).has_value());
    return error;
}

const QByteArray kMinimal = "format = mailauth-training 1\n"
                            "id = mine\n"
                            "title = Mine\n"
                            "tenant = mine.onmicrosoft.com\n"
                            "domain = mine.example sending\n"
                            "goal = spf-valid mine.example\n";

// Asks one simulated server through c-ares and waits for the answer.
DnsAnswer ask(const DnsServerAddress& server, const QString& name, RecordType type)
{
    ResolverLookup lookup({AresChannel::Options{server, false, 1000, 2}});
    DnsAnswer answer;
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            answer = lookup.lookup(name, type);
            return answer.status != DnsStatus::Pending;
        },
        5000));
    return answer;
}

} // namespace

TEST(TrainingScenario, EveryBuiltInScenarioLoadsWithGoalsAndHints)
{
    Catalogue::instance();
    ASSERT_EQ(TrainingScenarioParser::builtInIds().size(), 7);
    for (const QString& id : TrainingScenarioParser::builtInIds()) {
        const TrainingScenario s = builtIn(id);
        EXPECT_EQ(s.id, id);
        EXPECT_FALSE(s.goals.isEmpty()) << id.toStdString();
        EXPECT_FALSE(s.hints.isEmpty()) << id.toStdString();
        EXPECT_FALSE(s.title.text(QStringLiteral("de")).isEmpty());
        EXPECT_NE(s.title.text(QStringLiteral("de")), s.title.text(QString()))
            << "German title of " << id.toStdString();
    }
    EXPECT_EQ(builtIn(QStringLiteral("parked-domain")).parkedDomains,
              QStringList{QStringLiteral("litware-shop.example")});
}

TEST(TrainingScenario, BadFilesNameTheLine)
{
    EXPECT_TRUE(TrainingScenarioParser::parse(kMinimal, QStringLiteral("mine.scenario"), nullptr).has_value());
    EXPECT_TRUE(parseError("id = x\n").contains(QStringLiteral("line 1")));
    EXPECT_TRUE(parseError(kMinimal + "colour = blue\n").contains(QStringLiteral("mine.scenario, line 7")));
    EXPECT_TRUE(parseError(kMinimal + "\n# comment\nrecord = mine.example 3600 TXT \"v=spf1 -all\n")
                    .contains(QStringLiteral("line 9")));
    EXPECT_TRUE(parseError(kMinimal + "record = mine.example soon TXT x\n").contains(QStringLiteral("line 7")));
    EXPECT_TRUE(parseError(kMinimal + "goal = dkim-enabled other.example\n").contains(QStringLiteral("line 7")));
    EXPECT_TRUE(parseError(kMinimal + "speed = 5\n").contains(QStringLiteral("line 7")));
    EXPECT_TRUE(parseError(kMinimal + "tenant = mine.example\n").contains(QStringLiteral("onmicrosoft")));
    EXPECT_TRUE(parseError(kMinimal + "title.xx-yy = oops\n").contains(QStringLiteral("line 7")));
    // Whole-file problems are reported after the last line.
    EXPECT_TRUE(parseError("format = mailauth-training 1\nid = x\n").contains(QStringLiteral("line 3")));
}

TEST(TrainingWire, AnswersReadBackWithTheEnginesOwnParser)
{
    QByteArray query("\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x01", 12);
    query += DnsWireFormat::encodeName(QStringLiteral("Fabrikam.Example"));
    query += QByteArray("\x00\x10\x00\x01", 4);
    query += QByteArray("\x00\x00\x29\x04\xd0\x00\x00\x00\x00\x00\x00", 11);
    const auto q = DnsWireFormat::parseQuery(query);
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->name, QStringLiteral("fabrikam.example"));
    EXPECT_EQ(q->type, 16);
    EXPECT_TRUE(q->edns);
    DnsAnswer a;
    a.status = DnsStatus::NoError;
    DnsRecord txt;
    txt.name = QStringLiteral("fabrikam.example");
    txt.type = RecordType::TXT;
    txt.ttl = 60;
    txt.txtStrings = {QByteArray(300, 'k')};
    a.records = {txt};
    const DnsMessage m = DnsMessage::parse(DnsWireFormat::encodeAnswer(*q, a, true, std::nullopt));
    EXPECT_TRUE(m.authoritative);
    ASSERT_EQ(m.answers.size(), 1);
    EXPECT_EQ(m.answers.first().txtStrings.size(), 2); // split at 255 octets, like a zone file
    EXPECT_EQ(m.answers.first().txtJoined(), QByteArray(300, 'k'));
    EXPECT_EQ(m.answers.first().ttl, 60u);
    EXPECT_FALSE(DnsWireFormat::parseQuery(query.left(14)).has_value());
}

TEST(TrainingWorld, ServersLagAndCacheLikeRealOnes)
{
    TrainingWorld world;
    world.addZone(QStringLiteral("fabrikam.example"));
    world.secondaryDelaySeconds = 120;
    world.negativeTtlSeconds = 900;
    world.seedResolverCache(QStringLiteral("fabrikam.example"), RecordType::TXT, 600);
    world.clock().setSpeed(60);
    QString error;
    ASSERT_TRUE(world.start(&error)) << error.toStdString();
    DnsRecord spf;
    spf.name = QStringLiteral("fabrikam.example");
    spf.type = RecordType::TXT;
    spf.ttl = 3600;
    spf.txtStrings = {"v=spf1 include:spf.protection.outlook.com -all"};
    world.publish(spf);

    const auto auth = world.authoritativeServers();
    const DnsAnswer primary = ask(auth[0], QStringLiteral("fabrikam.example"), RecordType::TXT);
    ASSERT_EQ(primary.status, DnsStatus::NoError);
    EXPECT_TRUE(primary.authoritative);
    EXPECT_EQ(primary.records.first().ttl, 60u); // 3600 simulated seconds at 60x
    EXPECT_EQ(ask(auth[1], QStringLiteral("fabrikam.example"), RecordType::TXT).status, DnsStatus::NoData);
    // The resolver still holds "nothing there" for the rest of the 900 s negative TTL: 300 s = 5 s at 60x.
    const DnsAnswer cached = ask(world.resolverServers()[0], QStringLiteral("fabrikam.example"), RecordType::TXT);
    EXPECT_EQ(cached.status, DnsStatus::NoData);
    ASSERT_TRUE(cached.negativeTtl.has_value());
    EXPECT_GE(*cached.negativeTtl, 4u);
    EXPECT_LE(*cached.negativeTtl, 5u);
    EXPECT_EQ(ask(auth[0], QStringLiteral("nothing.fabrikam.example"), RecordType::TXT).status, DnsStatus::NxDomain);

    // At 60x the secondary catches up after 2 s.
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            return ask(auth[1], QStringLiteral("fabrikam.example"), RecordType::TXT).status == DnsStatus::NoError;
        },
        6000));
    EXPECT_GT(world.queriesAnswered(), 4);
}

TEST(TrainingPanel, StoresTheMistakesRealPanelsLetThrough)
{
    Catalogue::instance();
    TrainingWorld world;
    world.addZone(QStringLiteral("fabrikam.example"));
    DnsHostPanel panel(world, *Catalogue::instance().dnsHost(QStringLiteral("generic")));
    const QString zone = QStringLiteral("fabrikam.example");

    auto twice = panel.save(zone, {QStringLiteral("selector1._domainkey.fabrikam.example"), QStringLiteral("CNAME"),
                                   QStringLiteral("selector1-fabrikam-example._domainkey.t.r-v1.dkim.mail.microsoft")});
    ASSERT_TRUE(twice.saved);
    EXPECT_EQ(twice.record.name, QStringLiteral("selector1._domainkey.fabrikam.example.fabrikam.example"));
    EXPECT_TRUE(twice.mistakes.contains(PanelMistake::ZoneNameTwice));

    auto asTxt = panel.save(zone, {QStringLiteral("selector2._domainkey"), QStringLiteral("TXT"),
                                   QStringLiteral("selector2-fabrikam-example._domainkey.t.r-v1.dkim.mail.microsoft")});
    EXPECT_TRUE(asTxt.mistakes.contains(PanelMistake::TxtInsteadOfCname));

    auto quoted = panel.save(zone, {QStringLiteral("@"), QStringLiteral("TXT"), QStringLiteral("\"v=spf1 -all\"")});
    EXPECT_TRUE(quoted.mistakes.contains(PanelMistake::QuotesStored));
    EXPECT_EQ(quoted.record.txtJoined(), QByteArray("\"v=spf1 -all\""));

    auto noSemicolon = panel.save(zone, {QStringLiteral("_dmarc"), QStringLiteral("TXT"),
                                         QStringLiteral("v=DMARC1 p=none rua=mailto:d@fabrikam.example")});
    EXPECT_TRUE(noSemicolon.mistakes.contains(PanelMistake::MissingSemicolon));

    auto good = panel.save(zone, {QStringLiteral("_dmarc"), QStringLiteral("TXT"),
                                  QStringLiteral("v=DMARC1; p=none; rua=mailto:d@fabrikam.example")});
    EXPECT_TRUE(good.saved);
    EXPECT_TRUE(good.mistakes.isEmpty());
    EXPECT_EQ(good.record.name, QStringLiteral("_dmarc.fabrikam.example"));

    // Like real panels: no CNAME beside other data, no empty value.
    EXPECT_FALSE(
        panel.save(zone, {QStringLiteral("_dmarc"), QStringLiteral("CNAME"), QStringLiteral("x.example")}).saved);
    EXPECT_FALSE(panel.save(zone, {QStringLiteral("www"), QStringLiteral("TXT"), QString()}).saved);
    EXPECT_TRUE(panel.remove(good.record));
    EXPECT_FALSE(panel.remove(good.record));
}

TEST(TrainingExchange, AnswersLikeExchangeOnlineIncludingCnameMissing)
{
    Catalogue::instance();
    TrainingSession session(builtIn(QStringLiteral("dkim-cname-missing")));
    QString error;
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    SimulatedExchange& exo = session.exchange();
    const QString domain = QStringLiteral("northwind.example");
    EXPECT_TRUE(exo.runEnable(domain).contains(QStringLiteral("couldn't be found")));

    const DkimPastedTargets setup = DkimTargetPasteParser::parse(exo.runSetup(domain));
    ASSERT_TRUE(setup.complete());
    EXPECT_EQ(setup.selector1->target,
              QStringLiteral("selector1-northwind-example._domainkey.northwindtraining.n-v1.dkim.mail.microsoft"));
    EXPECT_EQ(setup.status, QStringLiteral("CnameMissing"));
    EXPECT_EQ(exo.runSetup(domain), exo.runSetup(domain)); // running the script twice creates nothing new

    // Enabling before the CNAMEs exist: the error Microsoft gives, which the paste parser also reads.
    const QString missing = exo.runEnable(domain);
    EXPECT_TRUE(missing.contains(QStringLiteral("CNAME record does not exist")));
    EXPECT_EQ(DkimTargetPasteParser::parse(missing).selector2->target, setup.selector2->target);
    for (int s : {1, 2}) {
        const auto saved = session.panel().save(domain, {QStringLiteral("selector%1._domainkey").arg(s),
                                                         QStringLiteral("CNAME"), exo.selectorTarget(domain, s)});
        ASSERT_TRUE(saved.saved) << saved.error.toStdString();
    }
    // Published, but Microsoft needs 7200 simulated seconds to notice: still CnameMissing.
    EXPECT_TRUE(exo.runEnable(domain).contains(QStringLiteral("CNAME record does not exist")));
    EXPECT_FALSE(exo.isEnabled(domain));
    session.world().clock().setSpeed(60 * 60 * 24 * 10); // jump: 20 ms are two simulated days
    QTest::qWait(20);
    EXPECT_TRUE(exo.runEnable(domain).contains(QStringLiteral("Status         : Valid")));
    EXPECT_TRUE(exo.isEnabled(domain));
}

TEST(TrainingSession, GoalsFollowWhatThePrimaryServes)
{
    Catalogue::instance();
    TrainingSession session(builtIn(QStringLiteral("parked-domain")));
    QString error;
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    RolloutPlan plan;
    session.applyTo(plan);
    EXPECT_EQ(plan.domain(0).role, DomainRole::Parked);
    EXPECT_EQ(plan.authoritative.size(), 2);
    EXPECT_EQ(plan.resolvers.size(), 2);

    QSignalSpy checked(&session, &TrainingSession::goalsChecked);
    session.checkGoals();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_FALSE(session.goalsReached().first());

    const QString zone = QStringLiteral("litware-shop.example");
    ASSERT_TRUE(
        session.panel().save(zone, {QStringLiteral("@"), QStringLiteral("TXT"), QStringLiteral("v=spf1 -all")}).saved);
    ASSERT_TRUE(session.panel()
                    .save(zone, {QStringLiteral("_dmarc"), QStringLiteral("TXT"), QStringLiteral("v=DMARC1; p=reject")})
                    .saved);
    session.checkGoals();
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(session.allGoalsReached());
}

// Every shipped scenario starts with its goals open and can be solved the way the hints say.
TEST(TrainingScenarios, EachStartsOpenAndCanBeSolved)
{
    Catalogue::instance();
    struct Solution
    {
        QString id;
        std::function<void(TrainingSession&)> solve;
    };
    auto save = [](TrainingSession& s, const QString& zone, const QString& host, const QString& type,
                   const QString& value) {
        const auto outcome = s.panel().save(zone, {host, type, value});
        ASSERT_TRUE(outcome.saved) << outcome.error.toStdString();
    };
    auto dkim = [&](TrainingSession& s, const QString& domain) {
        s.exchange().runSetup(domain);
        for (int sel : {1, 2}) {
            save(s, domain, QStringLiteral("selector%1._domainkey").arg(sel), QStringLiteral("CNAME"),
                 s.exchange().selectorTarget(domain, sel));
        }
        s.world().clock().setSpeed(60 * 60 * 24 * 10);
        QTest::qWait(20);
        EXPECT_TRUE(s.exchange().runEnable(domain).contains(QStringLiteral("Valid")));
    };
    const QList<Solution> solutions{
        {QStringLiteral("fresh-domain"),
         [&](TrainingSession& s) {
             const QString d = QStringLiteral("fabrikam.example");
             save(s, d, QStringLiteral("@"), QStringLiteral("TXT"),
                  QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
             save(s, d, QStringLiteral("_dmarc"), QStringLiteral("TXT"),
                  QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.example"));
             dkim(s, d);
         }},
        {QStringLiteral("spf-over-limit"),
         [&](TrainingSession& s) {
             const QString d = QStringLiteral("contoso.example");
             for (const DnsRecord& r : s.world().currentRecords(d)) {
                 if (r.type == RecordType::TXT && r.name == d) {
                     ASSERT_TRUE(s.panel().remove(r));
                 }
             }
             save(s, d, QStringLiteral("@"), QStringLiteral("TXT"),
                  QStringLiteral("v=spf1 include:spf.protection.outlook.com include:_spf.google.com "
                                 "include:_spf.salesforce.com include:mail.zendesk.com -all"));
         }},
        {QStringLiteral("dkim-cname-missing"),
         [&](TrainingSession& s) { dkim(s, QStringLiteral("northwind.example")); }},
        {QStringLiteral("dmarc-third-party-reports"),
         [&](TrainingSession& s) {
             save(s, QStringLiteral("dmarc-reports.example"), QStringLiteral("tailspin.example._report._dmarc"),
                  QStringLiteral("TXT"), QStringLiteral("v=DMARC1"));
         }},
        {QStringLiteral("parked-domain"),
         [&](TrainingSession& s) {
             const QString d = QStringLiteral("litware-shop.example");
             save(s, d, QStringLiteral("@"), QStringLiteral("TXT"), QStringLiteral("v=spf1 -all"));
             save(s, d, QStringLiteral("_dmarc"), QStringLiteral("TXT"), QStringLiteral("v=DMARC1; p=reject"));
         }},
        {QStringLiteral("half-done-takeover"),
         [&](TrainingSession& s) {
             const QString d = QStringLiteral("adatum.example");
             for (const DnsRecord& r : s.world().currentRecords(d)) {
                 if (r.type == RecordType::TXT && r.name == d) {
                     ASSERT_TRUE(s.panel().remove(r));
                 }
             }
             save(s, d, QStringLiteral("@"), QStringLiteral("TXT"),
                  QStringLiteral("v=spf1 include:spf.protection.outlook.com include:sendgrid.net ip4:203.0.113.25 "
                                 "-all"));
             dkim(s, d);
         }},
        {QStringLiteral("forgotten-sender"),
         [&](TrainingSession& s) {
             for (const QString& selector : {QStringLiteral("zendesk1"), QStringLiteral("zendesk2")}) {
                 save(s, QStringLiteral("fourthcoffee.example"), selector + QStringLiteral("._domainkey"),
                      QStringLiteral("CNAME"), selector + QStringLiteral("._domainkey.zendesk.com"));
             }
         }},
    };
    ASSERT_EQ(solutions.size(), TrainingScenarioParser::builtInIds().size());
    for (const Solution& solution : solutions) {
        SCOPED_TRACE(solution.id.toStdString());
        TrainingSession session(builtIn(solution.id));
        QString error;
        ASSERT_TRUE(session.start(&error)) << error.toStdString();
        QSignalSpy checked(&session, &TrainingSession::goalsChecked);
        session.checkGoals();
        ASSERT_TRUE(checked.wait(10000));
        EXPECT_FALSE(session.allGoalsReached());
        solution.solve(session);
        session.checkGoals();
        ASSERT_TRUE(checked.wait(10000));
        EXPECT_TRUE(session.allGoalsReached()) << session.goalsReached().count(false) << " goal(s) open";
    }
}

TEST(TrainingScenario, TheForgottenSendersReportsNameZendeskAndItsFix)
{
    const TrainingScenario s = builtIn(QStringLiteral("forgotten-sender"));
    ASSERT_FALSE(s.reports.isEmpty());
    EXPECT_NE(s.title.text(QStringLiteral("fr")), s.title.text(QString()));
    EXPECT_NE(s.hints.first().text(QStringLiteral("fr")), s.hints.first().text(QStringLiteral("de")));
    ASSERT_EQ(s.goals.first().kind, TrainingGoalKind::SenderDkim);
    EXPECT_EQ(s.goals.first().sender, QStringLiteral("zendesk"));
    EXPECT_TRUE(trainingGoalText(s.goals.first()).contains(QStringLiteral("zendesk1._domainkey, zendesk2._domainkey")));

    // What the learner's reports window reads: three weeks of reports, Zendesk failing every day.
    ReportReader reader;
    DmarcReportSummary summary(Catalogue::instance());
    summary.setTenantDomain(s.tenant);
    const ReportReadTotals totals = reader.read({TrainingScenarioParser::reportsPath(s.reports)},
                                                [&](const AggregateReport& r) { summary.add(r); });
    EXPECT_EQ(totals.reports, 42);
    EXPECT_TRUE(totals.skipped.isEmpty());
    const ReportDomainStats d = summary.domain(QStringLiteral("fourthcoffee.example"));
    EXPECT_EQ(d.daySpan(), 21);
    const auto zendesk = std::find_if(d.senders.begin(), d.senders.end(),
                                      [](const ReportSenderStats& x) { return x.senderId == u"zendesk"; });
    ASSERT_NE(zendesk, d.senders.end());
    EXPECT_EQ(zendesk->kind, ReportSourceKind::KnownSender);
    EXPECT_EQ(zendesk->counts.dmarcPass, 0u);
    EXPECT_TRUE(zendesk->fix.contains(QStringLiteral("zendesk1._domainkey"))) << zendesk->fix.toStdString();
    ASSERT_FALSE(d.fixes.isEmpty());
    EXPECT_EQ(d.fixes.first(), zendesk->fix) << "the biggest failure comes first";
    const StageReadinessResult verdict = StageReadiness::evaluate(d, StageReadiness::publishedStep(d));
    EXPECT_EQ(verdict.verdict, ReadinessVerdict::NotReady);
}

TEST(TrainingScenario, SenderGoalsNameACatalogueSenderWithSelectors)
{
    const QByteArray head = "format = mailauth-training 1\nid = x\ntitle = x\nsummary = x\nclient = x\n"
                            "tenant = x.onmicrosoft.com\ndomain = x.example sending\n";
    QString error;
    EXPECT_TRUE(
        TrainingScenarioParser::parse(head + "goal = sender-dkim x.example zendesk\n", QStringLiteral("t"), &error))
        << error.toStdString();
    for (const QByteArray& bad :
         {QByteArrayLiteral("goal = sender-dkim x.example nobody\n"),
          QByteArrayLiteral("goal = sender-dkim x.example\n"),
          QByteArrayLiteral("goal = sender-dkim x.example salesforce\n"), // no selectors
          QByteArrayLiteral("goal = spf-valid x.example zendesk\n"), QByteArrayLiteral("reports = ../etc\n")}) {
        EXPECT_FALSE(TrainingScenarioParser::parse(head + bad, QStringLiteral("t"), &error)) << bad.constData();
    }
}

TEST(TrainingExchange, OlderTenantsGetTheOnmicrosoftTargetFormat)
{
    TrainingSession session(builtIn(QStringLiteral("spf-over-limit")));
    QString error;
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    const DkimPastedTargets t =
        DkimTargetPasteParser::parse(session.exchange().runSetup(QStringLiteral("contoso.example")));
    ASSERT_TRUE(t.complete());
    EXPECT_EQ(t.selector1->target,
              QStringLiteral("selector1-contoso-example._domainkey.contosotraining.onmicrosoft.com"));
}

namespace {

// The takeover scenario solved through the model: audit the world, let the plan merge what exists, publish what it
// composes (replacing the old records) and set up DKIM. stage: the DMARC stage chosen (-1: the plan's default).
QList<bool> solveTakeoverThroughThePlan(int stage)
{
    Catalogue::instance();
    TrainingSession session(builtIn(QStringLiteral("half-done-takeover")));
    QString error;
    EXPECT_TRUE(session.start(&error)) << error.toStdString();
    RolloutPlan plan;
    session.applyTo(plan);
    AuditTask audit;
    QSignalSpy done(&audit, &AuditTask::finished);
    QObject::connect(&audit, &AuditTask::reportReady, &plan,
                     [&](const AuditReport& report) { plan.applyAudit(report, false); });
    audit.start(plan, 1);
    EXPECT_TRUE(done.wait(10000));
    EXPECT_EQ(plan.domain(0).existingSpf.size(), 2);
    if (stage >= 0) {
        plan.setDmarcStage(0, stage);
        for (const Weakening& w : plan.unconfirmedWeakenings(0)) {
            plan.confirmWeakening(0, w.key, true);
        }
    } else {
        EXPECT_TRUE(plan.weakenings(0).isEmpty());
    }
    EXPECT_TRUE(plan.spfBlockingReason().isEmpty()) << plan.spfBlockingReason().toStdString();
    EXPECT_TRUE(plan.dmarcBlockingReason().isEmpty()) << plan.dmarcBlockingReason().toStdString();

    const QString d = plan.domain(0).ace;
    for (const DnsRecord& r : session.world().currentRecords(d)) {
        const QString text = QString::fromUtf8(r.txtJoined());
        if (r.type == RecordType::TXT &&
            ((r.name == d && text.startsWith(QStringLiteral("v=spf1"))) || r.name == u"_dmarc." + d)) {
            EXPECT_TRUE(session.panel().remove(r));
        }
    }
    const auto save = [&](const QString& host, const QString& type, const QString& value) {
        const auto outcome = session.panel().save(d, {host, type, value});
        EXPECT_TRUE(outcome.saved) << outcome.error.toStdString();
    };
    save(QStringLiteral("@"), QStringLiteral("TXT"), plan.composeSpf(0).record);
    save(QStringLiteral("_dmarc"), QStringLiteral("TXT"), plan.composeDmarc(0).record);
    session.exchange().runSetup(d);
    for (int sel : {1, 2}) {
        save(QStringLiteral("selector%1._domainkey").arg(sel), QStringLiteral("CNAME"),
             session.exchange().selectorTarget(d, sel));
    }
    session.world().clock().setSpeed(60 * 60 * 24 * 10);
    QTest::qWait(20);
    EXPECT_TRUE(session.exchange().runEnable(d).contains(QStringLiteral("Valid")));

    QSignalSpy checked(&session, &TrainingSession::goalsChecked);
    session.checkGoals();
    EXPECT_TRUE(checked.wait(10000));
    return session.goalsReached();
}

} // namespace

TEST(TrainingScenarios, HalfDoneTakeoverLoadsWithItsGoals)
{
    const TrainingScenario s = builtIn(QStringLiteral("half-done-takeover"));
    EXPECT_EQ(s.sendingDomains, QStringList{QStringLiteral("adatum.example")});
    QList<TrainingGoalKind> kinds;
    for (const TrainingGoal& g : s.goals) {
        kinds.append(g.kind);
        EXPECT_FALSE(trainingGoalText(g).isEmpty());
    }
    EXPECT_EQ(kinds, (QList<TrainingGoalKind>{TrainingGoalKind::SpfMerged, TrainingGoalKind::DmarcNotWeakened,
                                              TrainingGoalKind::DkimCnames, TrainingGoalKind::DkimEnabled}));
    const int spfRecords = static_cast<int>(std::count_if(s.records.begin(), s.records.end(), [](const DnsRecord& r) {
        return r.type == RecordType::TXT && r.name == u"adatum.example" && r.txtJoined().startsWith("v=spf1");
    }));
    EXPECT_EQ(spfRecords, 2);
    EXPECT_NE(s.summary.text(QStringLiteral("de")), s.summary.text(QString()));
    for (const LocalizedText& hint : s.hints) {
        EXPECT_NE(hint.text(QStringLiteral("de")), hint.text(QString()));
    }
}

TEST(TrainingScenarios, HalfDoneTakeoverSolvedThroughThePlanMeetsItsGoals)
{
    const QList<bool> reached = solveTakeoverThroughThePlan(-1);
    EXPECT_EQ(reached, (QList<bool>{true, true, true, true}));
}

TEST(TrainingScenarios, HalfDoneTakeoverAtPNoneWeakensDmarc)
{
    // The admin confirmed p=none in the wizard: published, it protects less than before, and the goal says so.
    const QList<bool> reached = solveTakeoverThroughThePlan(0);
    EXPECT_EQ(reached, (QList<bool>{true, false, true, true}));
}

TEST(TrainingClock, PausesWithoutLosingTimeAndServesAsThePlansTimeBase)
{
    TrainingClock clock;
    clock.setSpeed(60);
    QTest::qWait(50);
    QSignalSpy paused(&clock, &TrainingClock::pausedChanged);
    clock.setPaused(true);
    ASSERT_EQ(paused.count(), 1);
    const qint64 frozen = clock.nowMs();
    EXPECT_GE(frozen, 50 * 60);
    const QDateTime frozenDate = clock.now();
    QTest::qWait(60);
    EXPECT_EQ(clock.nowMs(), frozen);
    EXPECT_EQ(clock.now(), frozenDate);
    clock.setSpeed(10); // a speed change while paused keeps the clock still
    EXPECT_EQ(clock.nowMs(), frozen);
    clock.setPaused(false);
    QTest::qWait(50);
    const qint64 resumed = clock.nowMs();
    EXPECT_GT(resumed, frozen);                // it runs again, from where it stopped
    EXPECT_LT(resumed, frozen + 60 * 10 * 10); // at 10x, well under a wall-clock minute's worth

    // The plan reads its dates from the clock: a DMARC plan made on simulated day 3 starts on day 3.
    RolloutPlan plan;
    EXPECT_EQ(plan.today(), QDate::currentDate());
    clock.setPaused(true);
    TrainingClock later;
    later.setSpeed(60);
    plan.setTimeBase(&clock);
    EXPECT_EQ(plan.now(), clock.now());
    EXPECT_TRUE(plan.timeBase().isPaused());
    EXPECT_EQ(plan.timeBase().speed(), 10);
    ASSERT_TRUE(plan.setDomains({QStringLiteral("fabrikam.example")}));
    ASSERT_EQ(plan.domain(0).stages.size(), 3);
    EXPECT_EQ(plan.domain(0).stages.first().due, clock.now().toLocalTime().date());
    EXPECT_EQ(plan.domain(0).stages.last().due, clock.now().toLocalTime().date().addDays(56));
    plan.setTimeBase(nullptr);
    EXPECT_EQ(plan.timeBase().speed(), 1);
}

TEST(TrainingScenario, ResolverCacheSeedsSayHowLongAgo)
{
    const auto parsed = TrainingScenarioParser::parse(kMinimal + "resolver-cache = mine.example TXT\n"
                                                                 "resolver-cache = _dmarc.mine.example TXT 300\n",
                                                      QStringLiteral("mine.scenario"), nullptr);
    ASSERT_TRUE(parsed.has_value());
    ASSERT_EQ(parsed->resolverCache.size(), 2);
    EXPECT_EQ(parsed->resolverCache[0].secondsBeforeStart, 60);
    EXPECT_EQ(parsed->resolverCache[1].name, QStringLiteral("_dmarc.mine.example"));
    EXPECT_EQ(parsed->resolverCache[1].secondsBeforeStart, 300);
    for (const char* bad : {"resolver-cache = mine.example TXT -5\n", "resolver-cache = mine.example TXT soon\n",
                            "resolver-cache = mine.example TXT 90000\n", "resolver-cache = mine.example\n"}) {
        EXPECT_TRUE(parseError(kMinimal + bad).contains(QStringLiteral("line 7"))) << bad;
    }
}

TEST(TrainingScenarios, FreshDomainStartsWithANegativeCacheStillToRunOut)
{
    // The lesson "the resolvers cached 'no DMARC record'" needs a cache that is still there when the class starts.
    TrainingSession session(builtIn(QStringLiteral("fresh-domain")));
    QString error;
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    const DnsAnswer cached =
        ask(session.world().resolverServers()[0], QStringLiteral("_dmarc.fabrikam.example"), RecordType::TXT);
    ASSERT_EQ(cached.status, DnsStatus::NxDomain);
    ASSERT_TRUE(cached.negativeTtl.has_value());
    // 900 s negative TTL, fetched 120 s before the start: about 780 simulated seconds, 13 s at 60x.
    EXPECT_GE(*cached.negativeTtl, 10u);
    EXPECT_LE(*cached.negativeTtl, 13u);

    // Paused, the cache does not run out: the same remaining time is served twice, seconds apart.
    session.world().clock().setPaused(true);
    const quint32 before =
        ask(session.world().resolverServers()[1], QStringLiteral("_dmarc.fabrikam.example"), RecordType::TXT)
            .negativeTtl.value_or(0);
    QTest::qWait(1100);
    const quint32 after =
        ask(session.world().resolverServers()[1], QStringLiteral("_dmarc.fabrikam.example"), RecordType::TXT)
            .negativeTtl.value_or(0);
    EXPECT_GT(before, 0u);
    EXPECT_EQ(after, before);
}

TEST(TrainingClock, SkipMovesSimulatedTimeAheadEvenWhenPaused)
{
    TrainingClock clock;
    clock.setPaused(true);
    const qint64 before = clock.nowMs();
    QSignalSpy skipped(&clock, &TrainingClock::skipped);
    clock.skip(3600);
    EXPECT_EQ(clock.nowMs(), before + 3600 * 1000);
    EXPECT_EQ(skipped.count(), 1);
    clock.skip(-5); // never backwards
    EXPECT_EQ(clock.nowMs(), before + 3600 * 1000);
    EXPECT_EQ(skipped.count(), 1);
}

namespace {

// What an outside mailbox's verifier makes of a training message, through the world's resolvers.
MessageAnalysis analyseInWorld(TrainingSession& session, const QByteArray& raw)
{
    ResolverLookup lookup(ResolverLookup::channels({}, session.world().resolverServers(), false));
    const MessageHeaders message = MessageHeaders::parse(raw);
    MessageAnalysis a;
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            a = MessageAnalysis::run(message, &lookup);
            return !a.pending;
        },
        10000));
    return a;
}

} // namespace

TEST(TrainingExchange, TestMessageIsSignedByTheTenantBeforeEnableAndByTheDomainAfter)
{
    Catalogue::instance();
    TrainingSession session(builtIn(QStringLiteral("dkim-cname-missing")));
    QString error;
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    SimulatedExchange& exo = session.exchange();
    const QString domain = QStringLiteral("northwind.example");

    const MessageAnalysis before = analyseInWorld(session, exo.testMessage(domain));
    ASSERT_EQ(before.dkim.size(), 1);
    EXPECT_EQ(before.fromDomain, domain);
    EXPECT_EQ(before.dkim[0].verification.signature.domain, QStringLiteral("northwindtraining.onmicrosoft.com"));
    EXPECT_EQ(before.dkim[0].verification.signature.selector, exo.tenantSelector());
    EXPECT_EQ(before.dkim[0].verification.result, DkimResult::Pass) << before.dkim[0].verification.reason.toStdString();
    EXPECT_EQ(before.verdict, MessageAnalysis::Verdict::OnlyOnMicrosoftDomain) << before.headline.toStdString();

    exo.runSetup(domain);
    for (int s : {1, 2}) {
        ASSERT_TRUE(session.panel()
                        .save(domain, {QStringLiteral("selector%1._domainkey").arg(s), QStringLiteral("CNAME"),
                                       exo.selectorTarget(domain, s)})
                        .saved);
    }
    session.world().clock().setSpeed(60 * 60 * 24 * 10); // two simulated days pass in 20 ms
    QTest::qWait(20);
    ASSERT_TRUE(exo.runEnable(domain).contains(QStringLiteral("Valid")));

    const MessageAnalysis after = analyseInWorld(session, exo.testMessage(domain));
    ASSERT_EQ(after.dkim.size(), 1);
    EXPECT_EQ(after.dkim[0].verification.signature.domain, domain);
    EXPECT_EQ(after.dkim[0].verification.result, DkimResult::Pass) << after.dkim[0].verification.reason.toStdString();
    EXPECT_EQ(after.dkim[0].verification.keyBits, 2048);
    EXPECT_FALSE(after.dkim[0].verification.keyCname.isEmpty()) << "the key is reached through the selector CNAME";
    EXPECT_EQ(after.verdict, MessageAnalysis::Verdict::Works) << after.headline.toStdString();
}
