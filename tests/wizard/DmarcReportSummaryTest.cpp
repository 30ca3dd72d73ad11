// Sums per domain and source, the days of the chart, the verdicts and fixes, from reports built in code.
#include "model/reports/DmarcReportSummary.h"

#include "ReportBuilders.h"
#include "model/Catalogue.h"

#include <gtest/gtest.h>
#include <limits>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const ReportSourceStats* findSource(const ReportDomainStats& d, const QString& ip)
{
    for (const ReportSourceStats& s : d.sources) {
        if (s.ip == ip) {
            return &s;
        }
    }
    return nullptr;
}

const ReportSenderStats* findSender(const ReportDomainStats& d, ReportSourceKind kind, const QString& id = {})
{
    for (const ReportSenderStats& s : d.senders) {
        if (s.kind == kind && s.senderId == id) {
            return &s;
        }
    }
    return nullptr;
}

TEST(DmarcReportSummary, AddsUpPerDomainAndSourceAcrossReporters)
{
    DmarcReportSummary summary(Catalogue::instance());
    const QDate day(2026, 11, 2);
    AggregateRecord rejected = spoofed(5);
    rejected.disposition = QStringLiteral("reject");
    summary.add(googleReport(day, {m365Aligned(120), sendgridUnaligned(40), spoofed(3)}));
    summary.add(outlookReport(day, {m365Aligned(80), rejected}));
    summary.add(yahooReport(utc(2026, 11, 2), utc(2026, 11, 2, 23, 59, 59),
                            {m365Aligned(10, QStringLiteral("40.107.22.53")),
                             row(QStringLiteral("192.0.2.9"), 4, QStringLiteral("pass"), QStringLiteral("fail"),
                                 QStringLiteral("Marketing.Contoso.com."))}));
    EXPECT_EQ(summary.reports(), 3);
    EXPECT_EQ(summary.domains(), (QStringList{QStringLiteral("contoso.com"), QStringLiteral("marketing.contoso.com")}));

    const ReportDomainStats d = summary.domain(QStringLiteral("CONTOSO.com"));
    EXPECT_EQ(d.domain, QStringLiteral("contoso.com"));
    EXPECT_EQ(d.counts.messages, 258u);
    EXPECT_EQ(d.counts.dmarcPass, 210u);
    EXPECT_EQ(d.counts.dkimAligned, 210u);
    EXPECT_EQ(d.counts.spfAligned, 210u);
    EXPECT_EQ(d.counts.failing(), 48u);
    EXPECT_EQ(d.counts.dispositions.value(QStringLiteral("none")), 253u);
    EXPECT_EQ(d.counts.dispositions.value(QStringLiteral("reject")), 5u);
    EXPECT_EQ(d.reporters,
              (QStringList{QStringLiteral("google.com"), QStringLiteral("Outlook.com"), QStringLiteral("Yahoo")}));
    EXPECT_EQ(d.first, day);
    EXPECT_EQ(d.last, day);

    // Most messages first.
    ASSERT_EQ(d.sources.size(), 4);
    EXPECT_EQ(d.sources[0].ip, QStringLiteral("40.107.22.51"));
    EXPECT_EQ(d.sources[0].counts.messages, 200u);
    EXPECT_EQ(d.sources[0].kind, ReportSourceKind::Microsoft365);
    EXPECT_EQ(d.sources[0].reporters, (QStringList{QStringLiteral("google.com"), QStringLiteral("Outlook.com")}));
    EXPECT_EQ(d.sources[0].verdict, QStringLiteral("passes"));
    EXPECT_TRUE(d.sources[0].fix.isEmpty());
    const ReportSourceStats* spoofer = findSource(d, QStringLiteral("185.220.101.7"));
    ASSERT_NE(spoofer, nullptr);
    EXPECT_EQ(spoofer->counts.messages, 8u);
    EXPECT_EQ(spoofer->kind, ReportSourceKind::Unknown);
    EXPECT_EQ(spoofer->verdict, QStringLiteral("probably spoofing"));

    // Microsoft 365 is one sender over its two addresses.
    const ReportSenderStats* microsoft = findSender(d, ReportSourceKind::Microsoft365, QStringLiteral("microsoft365"));
    ASSERT_NE(microsoft, nullptr);
    EXPECT_EQ(microsoft->sources, 2);
    EXPECT_EQ(microsoft->counts.messages, 210u);
    EXPECT_EQ(d.senders.first().kind, ReportSourceKind::Microsoft365);
    EXPECT_EQ(d.senders.last().kind, ReportSourceKind::Unknown);

    const ReportDomainStats sub = summary.domain(QStringLiteral("marketing.contoso.com"));
    EXPECT_EQ(sub.counts.messages, 4u);
    EXPECT_EQ(sub.reporters, QStringList{QStringLiteral("Yahoo")});
    EXPECT_TRUE(summary.domain(QStringLiteral("fabrikam.com")).domain.isEmpty());
    EXPECT_EQ(summary.sourceIps().size(), 5);
}

TEST(DmarcReportSummary, FixesNameTheSenderTheNumbersAndTheStep)
{
    DmarcReportSummary summary(Catalogue::instance());
    for (int i = 0; i < 3; ++i) {
        summary.add(
            googleReport(QDate(2026, 11, 1).addDays(i), {sendgridUnaligned(1403), m365Unaligned(20), m365Aligned(500),
                                                         mailchimpAligned(90), forwarded(7), spoofed(11)}));
    }
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    const ReportSenderStats* sendgrid = findSender(d, ReportSourceKind::KnownSender, QStringLiteral("sendgrid"));
    ASSERT_NE(sendgrid, nullptr);
    EXPECT_TRUE(sendgrid->fix.contains(QStringLiteral("SendGrid sent 4,209 messages as contoso.com without aligned "
                                                      "DKIM in 3 day(s) of reports")))
        << sendgrid->fix.toStdString();
    EXPECT_TRUE(sendgrid->fix.contains(QStringLiteral("s1._domainkey and s2._domainkey")));
    EXPECT_TRUE(sendgrid->fix.contains(QStringLiteral("subdomain")));
    const ReportSenderStats* microsoft = findSender(d, ReportSourceKind::Microsoft365, QStringLiteral("microsoft365"));
    ASSERT_NE(microsoft, nullptr);
    EXPECT_TRUE(microsoft->fix.contains(QStringLiteral("Microsoft 365 sent 60 messages")));
    EXPECT_TRUE(microsoft->fix.contains(QStringLiteral("turn on DKIM for contoso.com (DKIM page)")));
    const ReportSenderStats* unknown = findSender(d, ReportSourceKind::Unknown);
    ASSERT_NE(unknown, nullptr);
    EXPECT_TRUE(unknown->fix.contains(QStringLiteral("probably spoofing — quarantine will stop these")));
    // Senders that pass have nothing to fix; the list goes by the messages that fail, biggest first.
    EXPECT_TRUE(findSender(d, ReportSourceKind::KnownSender, QStringLiteral("mailchimp"))->fix.isEmpty());
    EXPECT_TRUE(findSender(d, ReportSourceKind::Forwarder)->fix.isEmpty());
    ASSERT_EQ(d.fixes.size(), 3);
    EXPECT_EQ(d.fixes[0], sendgrid->fix);
    EXPECT_EQ(d.fixes[1], microsoft->fix);
    EXPECT_EQ(d.fixes[2], unknown->fix);
    // The source rows carry their own fix and verdict.
    const ReportSourceStats* sendgridIp = findSource(d, QStringLiteral("167.89.100.12"));
    ASSERT_NE(sendgridIp, nullptr);
    EXPECT_EQ(sendgridIp->verdict, QStringLiteral("fails: no aligned DKIM"));
    EXPECT_EQ(sendgridIp->senderName, QStringLiteral("SendGrid"));
    EXPECT_FALSE(sendgridIp->fix.isEmpty());
}

TEST(DmarcReportSummary, AnAddressTakesTheKindOfMostOfItsMessages)
{
    DmarcReportSummary summary(Catalogue::instance());
    const QString ip = QStringLiteral("209.85.220.41");
    summary.add(googleReport(QDate(2026, 11, 1), {forwarded(30, ip), spoofed(5, ip)}));
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    ASSERT_EQ(d.sources.size(), 1);
    EXPECT_EQ(d.sources[0].kind, ReportSourceKind::Forwarder);
    EXPECT_EQ(d.sources[0].verdict, QStringLiteral("5 of 35 fail: forwarded without aligned DKIM"));
    // The senders keep each row where it belongs.
    EXPECT_EQ(findSender(d, ReportSourceKind::Forwarder)->counts.messages, 30u);
    EXPECT_EQ(findSender(d, ReportSourceKind::Unknown)->counts.messages, 5u);
}

TEST(DmarcReportSummary, DaysSpreadEachReportOverItsRange)
{
    DmarcReportSummary summary(Catalogue::instance());
    // Yahoo: a report over three days, 10 passing and 5 failing messages.
    summary.add(yahooReport(utc(2026, 11, 1), utc(2026, 11, 4), {m365Aligned(10), spoofed(5)}));
    // Outlook.com: midnight to midnight is one day, not two.
    summary.add(outlookReport(QDate(2026, 11, 6), {m365Aligned(4)}));
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    EXPECT_EQ(d.first, QDate(2026, 11, 1));
    EXPECT_EQ(d.last, QDate(2026, 11, 6));
    EXPECT_EQ(d.daySpan(), 6);
    ASSERT_EQ(d.days.size(), 6);      // the empty day 5 included
    EXPECT_EQ(d.days[0].passing, 4u); // 10 over 3 days: 4, 3, 3
    EXPECT_EQ(d.days[1].passing, 3u);
    EXPECT_EQ(d.days[2].passing, 3u);
    EXPECT_EQ(d.days[0].failing + d.days[1].failing + d.days[2].failing, 5u);
    EXPECT_EQ(d.days[3].passing + d.days[3].failing, 0u);
    EXPECT_EQ(d.days[4].passing + d.days[4].failing, 0u);
    EXPECT_EQ(d.days[4].day, QDate(2026, 11, 5));
    EXPECT_EQ(d.days[5].passing, 4u);
    quint64 total = 0;
    for (const ReportDay& day : d.days) {
        total += day.passing + day.failing;
    }
    EXPECT_EQ(total, d.counts.messages);
}

TEST(DmarcReportSummary, BrokenDateRangesCannotPaintYears)
{
    DmarcReportSummary summary(Catalogue::instance());
    // Ninety days: counted on the begin day.
    summary.add(yahooReport(utc(2026, 8, 1), utc(2026, 10, 30), {m365Aligned(9)}));
    // A begin of 0 (1970): only the end is usable.
    summary.add(yahooReport(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()), utc(2026, 8, 3, 12), {m365Aligned(2)}));
    // End before begin: the begin day.
    summary.add(yahooReport(utc(2026, 8, 5), utc(2026, 8, 4), {m365Aligned(1)}));
    // No dates at all: in the totals, on no day.
    summary.add(yahooReport(QDateTime(), QDateTime(), {m365Aligned(7)}));
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    EXPECT_EQ(d.counts.messages, 19u);
    EXPECT_EQ(d.first, QDate(2026, 8, 1));
    EXPECT_EQ(d.last, QDate(2026, 8, 5));
    ASSERT_EQ(d.days.size(), 5);
    EXPECT_EQ(d.days[0].passing, 9u);
    EXPECT_EQ(d.days[2].passing, 2u);
    EXPECT_EQ(d.days[4].passing, 1u);
}

TEST(DmarcReportSummary, EmptyReportsAndZeroCountsAddNoDomain)
{
    DmarcReportSummary summary(Catalogue::instance());
    summary.add(googleReport(QDate(2026, 11, 1), {}));
    summary.add(googleReport(QDate(2026, 11, 2), {m365Aligned(0), spoofed(0)}));
    EXPECT_EQ(summary.reports(), 2);
    EXPECT_TRUE(summary.domains().isEmpty());
    EXPECT_TRUE(summary.sourceIps().isEmpty());
    // A row without header_from belongs to the published domain.
    AggregateRecord r = m365Aligned(3);
    r.headerFrom.clear();
    summary.add(googleReport(QDate(2026, 11, 3), {r}));
    EXPECT_EQ(summary.domains(), QStringList{QStringLiteral("contoso.com")});
}

TEST(DmarcReportSummary, PeriodStartLeavesOlderReportsOut)
{
    DmarcReportSummary summary(Catalogue::instance());
    summary.setPeriodStart(QDate(2026, 11, 2));
    summary.add(googleReport(QDate(2026, 11, 1), {spoofed(50)}));
    summary.add(yahooReport(utc(2026, 11, 1), utc(2026, 11, 3), {m365Aligned(6)})); // ends inside: kept
    summary.add(googleReport(QDate(2026, 11, 2), {m365Aligned(4)}));
    EXPECT_EQ(summary.reports(), 2);
    EXPECT_EQ(summary.reportsOutsidePeriod(), 1);
    EXPECT_EQ(summary.domain(QStringLiteral("contoso.com")).counts.messages, 10u);
}

TEST(DmarcReportSummary, HugeCountsSaturateInsteadOfWrapping)
{
    DmarcReportSummary summary(Catalogue::instance());
    const quint64 max = std::numeric_limits<quint64>::max();
    summary.add(googleReport(QDate(2026, 11, 1), {m365Aligned(max - 1), spoofed(max - 1)}));
    summary.add(googleReport(QDate(2026, 11, 2), {m365Aligned(max)}));
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    EXPECT_EQ(d.counts.messages, max);
    EXPECT_EQ(d.counts.dmarcPass, max);
    EXPECT_LE(d.counts.dmarcPass, d.counts.messages);
    EXPECT_EQ(d.sources[0].counts.messages, max);
}

TEST(DmarcReportSummary, PolicyComesFromTheNewestReport)
{
    DmarcReportSummary summary(Catalogue::instance());
    AggregateReport newer = googleReport(QDate(2026, 11, 9), {m365Aligned(1), m365Aligned(1)});
    newer.records[1].headerFrom = QStringLiteral("shop.contoso.com");
    newer.policy.p = QStringLiteral("quarantine");
    newer.policy.sp = QStringLiteral("reject");
    newer.policy.pct = 50;
    AggregateReport older = googleReport(QDate(2026, 11, 1), {m365Aligned(1)});
    older.policy.p = QStringLiteral("none");
    summary.add(newer);
    summary.add(older); // read later, but older
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    EXPECT_EQ(d.policy, QStringLiteral("quarantine"));
    EXPECT_TRUE(d.testing); // pct=50 in an RFC 7489 report
    EXPECT_EQ(summary.domain(QStringLiteral("shop.contoso.com")).policy, QStringLiteral("reject"));
    AggregateReport rfc9990 = googleReport(QDate(2026, 11, 10), {m365Aligned(1)});
    rfc9990.format = AggregateReportFormat::Rfc9990;
    rfc9990.policy.p = QStringLiteral("reject");
    rfc9990.policy.pct = -1;
    rfc9990.policy.testing = QStringLiteral("n");
    summary.add(rfc9990);
    EXPECT_EQ(summary.domain(QStringLiteral("contoso.com")).policy, QStringLiteral("reject"));
    EXPECT_FALSE(summary.domain(QStringLiteral("contoso.com")).testing);
}

TEST(DmarcReportSummary, ReportersAreKeptInOrderAndBounded)
{
    DmarcReportSummary summary(Catalogue::instance());
    for (int i = 0; i < 250; ++i) {
        AggregateReport r = googleReport(QDate(2026, 11, 1), {m365Aligned(1)}, QString::number(i));
        r.orgName = QStringLiteral("receiver%1.example").arg(i);
        summary.add(r);
    }
    const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
    EXPECT_EQ(d.counts.messages, 250u); // every report counted
    ASSERT_EQ(d.reporters.size(), 100);
    EXPECT_EQ(d.reporters.first(), QStringLiteral("receiver0.example"));
    EXPECT_EQ(d.sources[0].reporters.size(), 100);
    // A report without org_name is named by its address.
    AggregateReport anonymous = googleReport(QDate(2026, 11, 2), {m365Aligned(1)}, QStringLiteral("anon"));
    anonymous.orgName.clear();
    DmarcReportSummary other(Catalogue::instance());
    other.add(anonymous);
    EXPECT_EQ(other.domain(QStringLiteral("contoso.com")).reporters,
              QStringList{QStringLiteral("noreply-dmarc-support@google.com")});
}

TEST(DmarcReportSummary, SourceNamesAreShownWhereTheAddressAppears)
{
    DmarcReportSummary summary(Catalogue::instance());
    summary.add(googleReport(QDate(2026, 11, 1), {m365Aligned(2)}));
    summary.setSourceName(QStringLiteral("40.107.22.51"),
                          QStringLiteral("mail-db8eur05on2051.outbound.protection.outlook.com"));
    EXPECT_EQ(summary.domain(QStringLiteral("contoso.com")).sources[0].name,
              QStringLiteral("mail-db8eur05on2051.outbound.protection.outlook.com"));
}

} // namespace

TEST(DmarcReportSummaryAtReject, SpoofersAreSaidToBeRefusedAlreadyNotStoppedByQuarantine)
{
    const auto fixes = [](const QString& p) {
        DmarcReportSummary summary(Catalogue::instance());
        AggregateReport report = googleReport(QDate(2026, 11, 2), {m365Aligned(100), spoofed(9)});
        report.policy.p = p;
        summary.add(report);
        const ReportDomainStats d = summary.domain(QStringLiteral("contoso.com"));
        QString all;
        for (const ReportSourceStats& s : d.sources) {
            all += s.fix + u'\n';
        }
        for (const ReportSenderStats& s : d.senders) {
            all += s.fix + u'\n';
        }
        return all;
    };
    const QString atReject = fixes(QStringLiteral("reject"));
    EXPECT_TRUE(atReject.contains(QStringLiteral("p=reject already"))) << atReject.toStdString();
    EXPECT_FALSE(atReject.contains(QStringLiteral("quarantine"))) << atReject.toStdString();
    const QString atNone = fixes(QStringLiteral("none"));
    EXPECT_TRUE(atNone.contains(QStringLiteral("quarantine will stop these"))) << atNone.toStdString();
}
