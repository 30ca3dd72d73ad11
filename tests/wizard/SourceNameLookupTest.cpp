// PTR names of report sources: Pending and re-run, forward confirmation, failures kept apart from "no name".
#include "model/reports/SourceNameLookup.h"

#include "support/SlowLookup.h"

#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::SlowLookup;

namespace {

TEST(SourceNameLookup, PendingThenConfirmedUnconfirmedMissingAndFailed)
{
    InMemoryZone zone;
    // Forward-confirmed: the name points back at the address.
    zone.addPtr(QStringLiteral("25.113.0.203.in-addr.arpa"), QStringLiteral("Mail.Contoso.com."));
    zone.addA(QStringLiteral("mail.contoso.com"), QStringLiteral("203.0.113.25"));
    // A spoofer's PTR claiming Microsoft's name: the name does not point back.
    zone.addPtr(QStringLiteral("7.101.220.185.in-addr.arpa"), QStringLiteral("mail.protection.outlook.com"));
    zone.addA(QStringLiteral("mail.protection.outlook.com"), QStringLiteral("40.107.22.51"));
    // No PTR at all, and a server that fails.
    zone.addName(QStringLiteral("9.2.0.192.in-addr.arpa"));
    zone.setFailure(QStringLiteral("10.2.0.192.in-addr.arpa"), RecordType::PTR, DnsStatus::ServFail);
    // IPv6.
    const QString v6Reverse = IpAddress::parse(QStringLiteral("2001:db8::1"))->reverseName();
    ASSERT_TRUE(v6Reverse.startsWith(QStringLiteral("1.0.0.0.0.0.0.0.")));
    ASSERT_TRUE(v6Reverse.endsWith(QStringLiteral(".8.b.d.0.1.0.0.2.ip6.arpa"), Qt::CaseInsensitive));
    zone.addPtr(v6Reverse, QStringLiteral("mx.example.net"));
    DnsRecord aaaa;
    aaaa.name = QStringLiteral("mx.example.net");
    aaaa.type = RecordType::AAAA;
    aaaa.address = *IpAddress::parse(QStringLiteral("2001:db8::1"));
    zone.addRecord(aaaa);

    SlowLookup dns(zone);
    SourceNameLookup lookup(dns);
    lookup.add({QStringLiteral("203.0.113.25"), QStringLiteral("185.220.101.7"), QStringLiteral("192.0.2.9"),
                QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::1"), QStringLiteral("not-an-ip"),
                QStringLiteral("203.0.113.25")});
    EXPECT_EQ(lookup.waiting(), 5); // the duplicate once, the bad address answered at once
    EXPECT_TRUE(lookup.step());     // every PTR question asked in the first pass
    EXPECT_EQ(dns.asked, 5);
    EXPECT_TRUE(lookup.step()); // PTRs answered; the forward questions go out
    int passes = 2;
    while (lookup.step()) {
        ASSERT_LT(++passes, 10);
    }
    const auto& names = lookup.names();
    ASSERT_EQ(names.size(), 6);
    EXPECT_EQ(names.value(QStringLiteral("203.0.113.25")).name, QStringLiteral("mail.contoso.com"));
    EXPECT_TRUE(names.value(QStringLiteral("203.0.113.25")).confirmed);
    EXPECT_EQ(names.value(QStringLiteral("185.220.101.7")).name, QStringLiteral("mail.protection.outlook.com"));
    EXPECT_FALSE(names.value(QStringLiteral("185.220.101.7")).confirmed);
    EXPECT_TRUE(names.value(QStringLiteral("192.0.2.9")).name.isEmpty());
    EXPECT_FALSE(names.value(QStringLiteral("192.0.2.9")).failed);
    EXPECT_TRUE(names.value(QStringLiteral("192.0.2.10")).failed);
    EXPECT_EQ(names.value(QStringLiteral("2001:db8::1")).name, QStringLiteral("mx.example.net"));
    EXPECT_TRUE(names.value(QStringLiteral("2001:db8::1")).confirmed);
    EXPECT_TRUE(names.value(QStringLiteral("not-an-ip")).name.isEmpty());
    // Done: another pass asks nothing.
    const int asked = dns.asked;
    EXPECT_FALSE(lookup.step());
    EXPECT_EQ(dns.asked, asked);
}

} // namespace
