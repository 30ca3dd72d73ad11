// The report sums a project keeps: written and read back unchanged, added to by later readings, a report read in an
// earlier session counted once, and every value that a report could not have given refused on load.
#include "model/reports/ReportSummaryJson.h"

#include "ReportBuilders.h"
#include "model/Catalogue.h"
#include "model/ProjectFile.h"
#include "model/reports/DmarcReportSummary.h"
#include "reports/ReportReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const QString kGoogleReport = QStringLiteral(MAILAUTH_REPORTS_DATA "/google-rfc7489.xml");

QList<AggregateReport> firstWeeks()
{
    QList<AggregateReport> reports;
    for (int i = 0; i < 10; ++i) {
        const QDate day = QDate(2026, 11, 1).addDays(i);
        reports.append(googleReport(day, {m365Aligned(100 + i), sendgridUnaligned(20), spoofed(2)}));
        reports.append(outlookReport(day, {m365Aligned(50), forwarded(3)}));
    }
    return reports;
}

QList<AggregateReport> laterWeeks()
{
    QList<AggregateReport> reports;
    for (int i = 10; i < 20; ++i) {
        const QDate day = QDate(2026, 11, 1).addDays(i);
        reports.append(
            googleReport(day, {m365Aligned(90), mailchimpAligned(15), spoofed(1, QStringLiteral("2001:db8::66"))}));
    }
    return reports;
}

ReportSummaryState stateOf(const QList<AggregateReport>& reports)
{
    DmarcReportSummary summary(Catalogue::instance());
    for (const AggregateReport& r : reports) {
        summary.add(r);
    }
    ReportSummaryState state = summary.state();
    for (const AggregateReport& r : reports) {
        state.seen.insert(ReportReader::identityKey(r));
    }
    return state;
}

QByteArray text(const ReportSummaryState& state)
{
    return QJsonDocument(ReportSummaryJson::toJson(state)).toJson(QJsonDocument::Compact);
}

// What a person sees of a domain: its sums, each source and sender, the fixes and the days.
void expectSameStats(const ReportDomainStats& a, const ReportDomainStats& b)
{
    EXPECT_EQ(a.domain, b.domain);
    EXPECT_EQ(a.counts.messages, b.counts.messages);
    EXPECT_EQ(a.counts.dmarcPass, b.counts.dmarcPass);
    EXPECT_EQ(a.counts.spfAligned, b.counts.spfAligned);
    EXPECT_EQ(a.counts.dkimAligned, b.counts.dkimAligned);
    EXPECT_EQ(a.counts.dispositions, b.counts.dispositions);
    EXPECT_EQ(a.reporters, b.reporters);
    EXPECT_EQ(a.first, b.first);
    EXPECT_EQ(a.last, b.last);
    EXPECT_EQ(a.policy, b.policy);
    EXPECT_EQ(a.testing, b.testing);
    ASSERT_EQ(a.sources.size(), b.sources.size());
    for (qsizetype i = 0; i < a.sources.size(); ++i) {
        EXPECT_EQ(a.sources[i].ip, b.sources[i].ip);
        EXPECT_EQ(a.sources[i].counts.messages, b.sources[i].counts.messages);
        EXPECT_EQ(a.sources[i].counts.dmarcPass, b.sources[i].counts.dmarcPass);
        EXPECT_EQ(a.sources[i].kind, b.sources[i].kind);
        EXPECT_EQ(a.sources[i].senderName, b.sources[i].senderName);
        EXPECT_EQ(a.sources[i].verdict, b.sources[i].verdict);
        EXPECT_EQ(a.sources[i].fix, b.sources[i].fix);
        EXPECT_EQ(a.sources[i].reporters, b.sources[i].reporters);
        EXPECT_EQ(a.sources[i].first, b.sources[i].first);
        EXPECT_EQ(a.sources[i].last, b.sources[i].last);
    }
    ASSERT_EQ(a.senders.size(), b.senders.size());
    for (qsizetype i = 0; i < a.senders.size(); ++i) {
        EXPECT_EQ(a.senders[i].senderId, b.senders[i].senderId);
        EXPECT_EQ(a.senders[i].counts.messages, b.senders[i].counts.messages);
        EXPECT_EQ(a.senders[i].sources, b.senders[i].sources);
    }
    EXPECT_EQ(a.fixes, b.fixes);
    ASSERT_EQ(a.days.size(), b.days.size());
    for (qsizetype i = 0; i < a.days.size(); ++i) {
        EXPECT_EQ(a.days[i].day, b.days[i].day);
        EXPECT_EQ(a.days[i].passing, b.days[i].passing);
        EXPECT_EQ(a.days[i].failing, b.days[i].failing);
    }
}

TEST(ReportSummaryJson, RoundTripKeepsEverySumAndTheReportKeys)
{
    const QList<AggregateReport> reports = firstWeeks();
    const ReportSummaryState state = stateOf(reports);
    QString error;
    const auto back = ReportSummaryJson::fromJson(ReportSummaryJson::toJson(state), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->seen, state.seen);
    EXPECT_EQ(back->seen.size(), reports.size());
    EXPECT_EQ(back->reports, 20);
    EXPECT_EQ(text(*back), text(state));

    DmarcReportSummary original(Catalogue::instance());
    for (const AggregateReport& r : reports) {
        original.add(r);
    }
    DmarcReportSummary restored(Catalogue::instance());
    restored.restore(*back);
    EXPECT_EQ(restored.domains(), original.domains());
    EXPECT_EQ(restored.reports(), 20);
    expectSameStats(restored.domain(QStringLiteral("contoso.com")), original.domain(QStringLiteral("contoso.com")));
    EXPECT_EQ(restored.domain(QStringLiteral("contoso.com")).counts.messages, quint64(10 * (100 + 20 + 2 + 53) + 45));
}

TEST(ReportSummaryJson, LaterReportsAddToTheKeptSumsAsIfReadTogether)
{
    const auto kept = ReportSummaryJson::fromJson(ReportSummaryJson::toJson(stateOf(firstWeeks())), nullptr);
    ASSERT_TRUE(kept);
    DmarcReportSummary merged(Catalogue::instance());
    merged.restore(*kept);
    for (const AggregateReport& r : laterWeeks()) {
        merged.add(r);
    }
    DmarcReportSummary together(Catalogue::instance());
    for (const AggregateReport& r : firstWeeks() + laterWeeks()) {
        together.add(r);
    }
    EXPECT_EQ(merged.reports(), 30);
    const ReportDomainStats m = merged.domain(QStringLiteral("contoso.com"));
    expectSameStats(m, together.domain(QStringLiteral("contoso.com")));
    EXPECT_EQ(m.daySpan(), 20);
    EXPECT_EQ(m.first, QDate(2026, 11, 1));
    EXPECT_EQ(m.last, QDate(2026, 11, 20));
}

TEST(ReportSummaryJson, AReportReadInAnEarlierSessionCountsOnce)
{
    // Session 1 reads the file; its project keeps the sums and the report's key.
    ReportReader first;
    DmarcReportSummary summary(Catalogue::instance());
    const ReportReadTotals one = first.read({kGoogleReport}, [&](const AggregateReport& r) { summary.add(r); });
    ASSERT_EQ(one.reports, 1);
    ReportSummaryState state = summary.state();
    state.seen = first.seen();
    const auto kept = ReportSummaryJson::fromJson(ReportSummaryJson::toJson(state), nullptr);
    ASSERT_TRUE(kept);
    const quint64 messages = summary.domain(summary.domains().value(0)).counts.messages;
    ASSERT_GT(messages, 0u);

    // Session 2 starts from the project and is given the same report again.
    ReportReader second;
    second.addSeen(kept->seen);
    DmarcReportSummary again(Catalogue::instance());
    again.restore(*kept);
    const ReportReadTotals two = second.read({kGoogleReport}, [&](const AggregateReport& r) { again.add(r); });
    EXPECT_EQ(two.reports, 0);
    EXPECT_EQ(two.duplicates, 1);
    EXPECT_EQ(again.domain(again.domains().value(0)).counts.messages, messages);
    EXPECT_EQ(again.reports(), 1);
}

TEST(ReportSummaryJson, WritesOnlyWhatItWouldReadBack)
{
    ReportSummaryState state = stateOf(firstWeeks());
    ReportDomainState& d = state.domains.first();
    // A source that is no address, a policy word no check takes, a reporter with a line break, and more sources
    // than a project keeps.
    d.sources.append(ReportSourceState{QStringLiteral("not-an-ip"), ReportTally{1, 0, 0, 0, {}}, {}, {}, {}, {}});
    d.policy = QStringLiteral("none\nx");
    state.reporters.append(QStringLiteral("evil\nreporter"));
    for (int i = 0; i < ReportSummaryJson::kMaxSourcesPerDomain + 10; ++i) {
        d.sources.append(ReportSourceState{QStringLiteral("10.%1.%2.1").arg(i / 256).arg(i % 256),
                                           ReportTally{0, 0, 0, 0, {}},
                                           {},
                                           d.first,
                                           d.first,
                                           {{0, 0}}});
    }
    QString error;
    const auto back = ReportSummaryJson::fromJson(ReportSummaryJson::toJson(state), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->domains.first().sources.size(), ReportSummaryJson::kMaxSourcesPerDomain);
    EXPECT_EQ(back->domains.first().sources.first().ip, d.sources.first().ip); // the biggest stay
    EXPECT_EQ(back->domains.first().tally.messages, d.tally.messages);         // the totals stay exact
    EXPECT_EQ(back->domains.first().policy, QString());
    EXPECT_EQ(back->reporters.last(), QStringLiteral("?"));
}

// One valid summary, changed in one place per case.
QJsonObject validJson()
{
    return ReportSummaryJson::toJson(stateOf(firstWeeks()));
}

QJsonObject withDomain(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = validJson();
    QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
    QJsonObject d = domains[0].toObject();
    change(d);
    domains[0] = d;
    root.insert(QStringLiteral("domains"), domains);
    return root;
}

QJsonObject withSource(const std::function<void(QJsonObject&)>& change)
{
    return withDomain([&](QJsonObject& d) {
        QJsonArray sources = d.value(QStringLiteral("sources")).toArray();
        QJsonObject s = sources[0].toObject();
        change(s);
        sources[0] = s;
        d.insert(QStringLiteral("sources"), sources);
    });
}

QJsonArray counts(double messages, double pass, double spf, double dkim, double none = 0)
{
    return QJsonArray{messages, pass, spf, dkim, none, 0, 0, 0};
}

TEST(ReportSummaryJson, ValidSampleLoads)
{
    QString error;
    EXPECT_TRUE(ReportSummaryJson::fromJson(validJson(), &error)) << error.toStdString();
}

TEST(ReportSummaryJson, RefusesEveryValueAReportCouldNotHaveGiven)
{
    const QString key = QStringLiteral("counts");
    const QList<std::pair<const char*, QJsonObject>> cases{
        {"negative count", withSource([&](QJsonObject& s) { s.insert(key, counts(-1, 0, 0, 0)); })},
        {"fraction", withSource([&](QJsonObject& s) { s.insert(key, counts(2.5, 0, 0, 0)); })},
        {"beyond 2^53", withSource([&](QJsonObject& s) { s.insert(key, counts(1e18, 0, 0, 0)); })},
        {"count as text", withSource([&](QJsonObject& s) {
             s.insert(key, QJsonArray{QStringLiteral("5"), 0, 0, 0, 0, 0, 0, 0});
         })},
        {"passing above messages", withSource([&](QJsonObject& s) { s.insert(key, counts(5, 6, 0, 0)); })},
        {"aligned above passing", withSource([&](QJsonObject& s) { s.insert(key, counts(5, 2, 3, 0)); })},
        {"dispositions above messages", withSource([&](QJsonObject& s) { s.insert(key, counts(5, 5, 5, 5, 6)); })},
        {"short counts", withSource([&](QJsonObject& s) {
             s.insert(key, QJsonArray{1, 1});
         })},
        {"sources above domain", withSource([&](QJsonObject& s) { s.insert(key, counts(1e15, 0, 0, 0)); })},
        {"no address", withSource([](QJsonObject& s) { s.insert(QStringLiteral("ip"), QStringLiteral("1.2.3")); })},
        {"scoped address",
         withSource([](QJsonObject& s) { s.insert(QStringLiteral("ip"), QStringLiteral("fe80::1%eth0")); })},
        {"script as address", withSource([](QJsonObject& s) {
             s.insert(QStringLiteral("ip"), QStringLiteral("<script>alert(1)</script>"));
         })},
        {"address twice", withDomain([](QJsonObject& d) {
             QJsonArray sources = d.value(QStringLiteral("sources")).toArray();
             sources.append(sources[0]);
             d.insert(QStringLiteral("sources"), sources);
         })},
        {"invalid date",
         withSource([](QJsonObject& s) { s.insert(QStringLiteral("first"), QStringLiteral("2026-02-30")); })},
        {"date before DMARC",
         withDomain([](QJsonObject& d) { d.insert(QStringLiteral("first"), QStringLiteral("1999-01-01")); })},
        {"first after last",
         withDomain([](QJsonObject& d) { d.insert(QStringLiteral("first"), QStringLiteral("2026-12-31")); })},
        {"source outside the domain's days",
         withSource([](QJsonObject& s) { s.insert(QStringLiteral("last"), QStringLiteral("2027-01-05")); })},
        {"days out of order", withDomain([](QJsonObject& d) {
             QJsonArray days = d.value(QStringLiteral("days")).toArray();
             days.append(days[0]);
             d.insert(QStringLiteral("days"), days);
         })},
        {"bad domain",
         withDomain([](QJsonObject& d) { d.insert(QStringLiteral("domain"), QStringLiteral("con toso.com")); })},
        {"upper-case domain",
         withDomain([](QJsonObject& d) { d.insert(QStringLiteral("domain"), QStringLiteral("Contoso.com")); })},
        {"policy with a line break",
         withDomain([](QJsonObject& d) { d.insert(QStringLiteral("policy"), QStringLiteral("none\nrm -rf")); })},
        {"reporter index out of range",
         withSource([](QJsonObject& s) { s.insert(QStringLiteral("reporters"), QJsonArray{99}); })},
        {"class index out of range", withSource([](QJsonObject& s) {
             s.insert(QStringLiteral("classes"), QJsonArray{QJsonArray{42, 1}});
         })},
    };
    for (const auto& [name, json] : cases) {
        QString error;
        EXPECT_FALSE(ReportSummaryJson::fromJson(json, &error)) << name;
        EXPECT_FALSE(error.isEmpty()) << name;
    }

    QJsonObject root = validJson();
    const QList<std::pair<const char*, std::function<void(QJsonObject&)>>> rootCases{
        {"key not hex", [](QJsonObject& o) { o.insert(QStringLiteral("seen"), QJsonArray{QStringLiteral("zz")}); }},
        {"reporter with a line break",
         [](QJsonObject& o) { o.insert(QStringLiteral("reporters"), QJsonArray{QStringLiteral("a\nb")}); }},
        {"unknown kind",
         [](QJsonObject& o) {
             o.insert(QStringLiteral("classes"),
                      QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("friend")}}});
         }},
        {"unknown key", [](QJsonObject& o) { o.insert(QStringLiteral("raw"), QStringLiteral("<feedback/>")); }},
        {"newer version", [](QJsonObject& o) { o.insert(QStringLiteral("version"), 2); }},
        {"domain twice",
         [](QJsonObject& o) {
             QJsonArray domains = o.value(QStringLiteral("domains")).toArray();
             domains.append(domains[0]);
             o.insert(QStringLiteral("domains"), domains);
         }},
        {"too many keys",
         [](QJsonObject& o) {
             QJsonArray seen;
             for (int i = 0; i <= ReportSummaryJson::kMaxSeen; ++i) {
                 seen.append(QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
             }
             o.insert(QStringLiteral("seen"), seen);
         }},
    };
    for (const auto& [name, change] : rootCases) {
        QJsonObject json = root;
        change(json);
        QString error;
        EXPECT_FALSE(ReportSummaryJson::fromJson(json, &error)) << name;
        EXPECT_FALSE(error.isEmpty()) << name;
    }
}

TEST(ReportSummaryJson, ProjectKeepsTheEvidenceAndRefusesABadSummary)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setDmarcStart(0, QDate(2026, 11, 1));
    plan.setReportEvidence(std::make_shared<const ReportSummaryState>(stateOf(firstWeeks() + laterWeeks())));
    ASSERT_TRUE(plan.reportReadiness(0));
    const StageReadinessResult before = *plan.reportReadiness(0);
    EXPECT_EQ(before.days, 20);

    const QJsonObject json = ProjectFile::toJson(plan);
    ASSERT_TRUE(json.contains(QStringLiteral("dmarcReports")));
    RolloutPlan reopened;
    QString error;
    ASSERT_TRUE(ProjectFile::fromJson(json, reopened, &error)) << error.toStdString();
    ASSERT_TRUE(reopened.reportReadiness(0));
    EXPECT_EQ(*reopened.reportReadiness(0), before);
    ASSERT_TRUE(reopened.reportStats(0));
    EXPECT_EQ(reopened.reportStats(0)->counts.messages, plan.reportStats(0)->counts.messages);
    ASSERT_TRUE(reopened.reportEvidence());
    EXPECT_EQ(reopened.reportEvidence()->seen.size(), 30);

    // A project without the section forgets what the plan held before.
    QJsonObject without = json;
    without.remove(QStringLiteral("dmarcReports"));
    ASSERT_TRUE(ProjectFile::fromJson(without, reopened, &error)) << error.toStdString();
    EXPECT_FALSE(reopened.reportReadiness(0));
    EXPECT_FALSE(reopened.reportEvidence());

    QJsonObject bad = json;
    QJsonObject reports = bad.value(QStringLiteral("dmarcReports")).toObject();
    reports.insert(QStringLiteral("reports"), -3);
    bad.insert(QStringLiteral("dmarcReports"), reports);
    RolloutPlan untouched;
    EXPECT_FALSE(ProjectFile::fromJson(bad, untouched, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("DMARC report summary"))) << error.toStdString();
    bad.insert(QStringLiteral("dmarcReports"), QStringLiteral("lots"));
    EXPECT_FALSE(ProjectFile::fromJson(bad, untouched, &error));
}

} // namespace
