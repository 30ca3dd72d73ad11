// Which term of a domain's own SPF record authorises a report source: the top-level term, not the one deep in an
// include; redirect, errors and "not listed" told apart; Pending and re-run.
#include "model/reports/SourceSpfAuthority.h"

#include "support/SlowLookup.h"

#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::SlowLookup;

namespace {

void addContoso(InMemoryZone& zone)
{
    zone.addTxt(QStringLiteral("contoso.com"),
                QStringLiteral("v=spf1 ip4:203.0.113.25 include:spf.protection.outlook.com include:sendgrid.net mx "
                               "~all"));
    zone.addTxt(QStringLiteral("spf.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
    // The include's own record ends in "include:" of its own: the answer is still the top-level term.
    zone.addTxt(QStringLiteral("sendgrid.net"), QStringLiteral("v=spf1 include:_netblocks.sendgrid.net -all"));
    zone.addTxt(QStringLiteral("_netblocks.sendgrid.net"), QStringLiteral("v=spf1 ip4:167.89.0.0/17 -all"));
    zone.addMx(QStringLiteral("contoso.com"), 10, QStringLiteral("mail.contoso.com"));
    zone.addA(QStringLiteral("mail.contoso.com"), QStringLiteral("203.0.113.30"));
    zone.addTxt(QStringLiteral("news.contoso.com"), QStringLiteral("v=spf1 redirect=_spf.contoso.com"));
    zone.addTxt(QStringLiteral("_spf.contoso.com"), QStringLiteral("v=spf1 ip4:198.51.100.0/24 -all"));
    zone.addTxt(QStringLiteral("broken.com"), QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
    zone.addTxt(QStringLiteral("broken.com"), QStringLiteral("v=spf1 -all"));
    zone.addName(QStringLiteral("nospf.com"));
    zone.setFailure(QStringLiteral("down.com"), RecordType::TXT, DnsStatus::ServFail);
}

SourceSpfAuthority::Verdict verdictOf(const SourceSpfAuthority& spf, const QString& domain, const QString& ip)
{
    const auto v = spf.verdict(domain, ip);
    EXPECT_TRUE(v.has_value()) << domain.toStdString() << " " << ip.toStdString();
    return v.value_or(SourceSpfAuthority::Verdict{});
}

TEST(SourceSpfAuthority, NamesTheTopLevelTermThatAuthorisesEachSource)
{
    InMemoryZone zone;
    addContoso(zone);
    SlowLookup dns(zone);
    SourceSpfAuthority spf(dns);
    spf.add(QStringLiteral("Contoso.COM"),
            {QStringLiteral("203.0.113.25"), QStringLiteral("40.92.1.1"), QStringLiteral("167.89.5.5"),
             QStringLiteral("203.0.113.30"), QStringLiteral("192.0.2.1"), QStringLiteral("::ffff:40.92.1.2")});
    EXPECT_EQ(spf.waiting(), 6);
    EXPECT_FALSE(spf.verdict(QStringLiteral("contoso.com"), QStringLiteral("203.0.113.25")).has_value());
    int passes = 0;
    while (spf.step()) {
        ASSERT_LT(++passes, 20) << "the evaluation never settles";
    }
    EXPECT_GT(passes, 1); // the slow lookup made it wait at least once

    const auto check = [&](const char* ip, SpfResult result, const char* term, const QString& text) {
        const auto v = verdictOf(spf, QStringLiteral("contoso.com"), QString::fromLatin1(ip));
        EXPECT_EQ(v.result, result) << ip;
        EXPECT_EQ(v.term, QString::fromLatin1(term)) << ip;
        EXPECT_EQ(SourceSpfAuthority::text(v), text) << ip;
    };
    check("203.0.113.25", SpfResult::Pass, "ip4:203.0.113.25", QStringLiteral("ip4:203.0.113.25"));
    check("40.92.1.1", SpfResult::Pass, "include:spf.protection.outlook.com",
          QStringLiteral("include:spf.protection.outlook.com"));
    check("167.89.5.5", SpfResult::Pass, "include:sendgrid.net", QStringLiteral("include:sendgrid.net"));
    check("203.0.113.30", SpfResult::Pass, "mx", QStringLiteral("mx"));
    check("192.0.2.1", SpfResult::SoftFail, "~all", QStringLiteral("not listed (~all)"));
    check("::ffff:40.92.1.2", SpfResult::Pass, "include:spf.protection.outlook.com",
          QStringLiteral("include:spf.protection.outlook.com")); // an IPv4-mapped address is the IPv4 address
}

TEST(SourceSpfAuthority, RedirectErrorsAndDomainsWithoutSpf)
{
    InMemoryZone zone;
    addContoso(zone);
    SlowLookup dns(zone);
    SourceSpfAuthority spf(dns);
    spf.add(QStringLiteral("news.contoso.com"), {QStringLiteral("198.51.100.7"), QStringLiteral("192.0.2.1")});
    spf.add(QStringLiteral("broken.com"), {QStringLiteral("192.0.2.1")});
    spf.add(QStringLiteral("nospf.com"), {QStringLiteral("192.0.2.1")});
    spf.add(QStringLiteral("down.com"), {QStringLiteral("192.0.2.1")});
    // Answered at once: an address that is none, a name SPF cannot check.
    spf.add(QStringLiteral("contoso.com"), {QStringLiteral("not-an-address")});
    spf.add(QStringLiteral("localhost"), {QStringLiteral("192.0.2.1")});
    // Asked twice, looked up once.
    spf.add(QStringLiteral("nospf.com"), {QStringLiteral("192.0.2.1")});
    EXPECT_EQ(spf.waiting(), 5);
    EXPECT_EQ(verdictOf(spf, QStringLiteral("contoso.com"), QStringLiteral("not-an-address")).result, SpfResult::None);
    EXPECT_EQ(verdictOf(spf, QStringLiteral("localhost"), QStringLiteral("192.0.2.1")).result, SpfResult::None);
    int passes = 0;
    while (spf.step()) {
        ASSERT_LT(++passes, 20);
    }

    const auto redirected = verdictOf(spf, QStringLiteral("news.contoso.com"), QStringLiteral("198.51.100.7"));
    EXPECT_EQ(redirected.result, SpfResult::Pass);
    EXPECT_EQ(redirected.term, QStringLiteral("redirect=_spf.contoso.com"));
    const auto outside = verdictOf(spf, QStringLiteral("news.contoso.com"), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(outside.result, SpfResult::Fail);
    EXPECT_EQ(SourceSpfAuthority::text(outside), QStringLiteral("not listed (redirect=_spf.contoso.com)"));

    const auto broken = verdictOf(spf, QStringLiteral("broken.com"), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(broken.result, SpfResult::PermError);
    EXPECT_TRUE(broken.term.isEmpty()); // no term decided: two records
    EXPECT_FALSE(broken.reason.isEmpty());
    EXPECT_EQ(SourceSpfAuthority::text(broken), QStringLiteral("SPF error"));
    const auto none = verdictOf(spf, QStringLiteral("nospf.com"), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(none.result, SpfResult::None);
    EXPECT_EQ(SourceSpfAuthority::text(none), QStringLiteral("no SPF record"));
    const auto down = verdictOf(spf, QStringLiteral("down.com"), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(down.result, SpfResult::TempError);
    EXPECT_EQ(SourceSpfAuthority::text(down), QStringLiteral("no answer from DNS"));
}

} // namespace
