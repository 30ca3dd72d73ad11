#include "core/DomainName.h"

#include "dns/DnsServerAddress.h"

#include <gtest/gtest.h>

using namespace mailauth;

TEST(DomainName, ConvertsIdnAndShowsBothForms)
{
    const auto name = DomainName::fromUserInput(QStringLiteral(" Bücher.Example. "));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->ace(), QStringLiteral("xn--bcher-kva.example"));
    EXPECT_EQ(name->unicode(), QStringLiteral("bücher.example"));
    EXPECT_TRUE(name->isInternationalised());
    EXPECT_EQ(name->displayBothForms(), QStringLiteral("bücher.example (xn--bcher-kva.example)"));
    EXPECT_EQ(DomainName::fromUserInput(QStringLiteral("contoso.com"))->displayBothForms(),
              QStringLiteral("contoso.com"));
}

TEST(DomainName, RejectsWhatIsNotAHostNameWithAReason)
{
    for (const QString& bad :
         {QString(), QStringLiteral("contoso"), QStringLiteral("user@contoso.com"),
          QStringLiteral("https://contoso.com/"), QStringLiteral("-bad.com"), QStringLiteral("a..b.com"),
          QStringLiteral("under_score.com"), QString(QString(64, u'a') + QStringLiteral(".com"))}) {
        QString error;
        EXPECT_FALSE(DomainName::fromUserInput(bad, &error)) << bad.toStdString();
        EXPECT_FALSE(error.isEmpty()) << bad.toStdString();
    }
}

TEST(DnsServerAddress, ParsesAddressesWithAndWithoutPorts)
{
    EXPECT_EQ(DnsServerAddress::parse(QStringLiteral("192.0.2.53"))->toCsv(), QStringLiteral("192.0.2.53:53"));
    EXPECT_EQ(DnsServerAddress::parse(QStringLiteral("192.0.2.53:5300"))->port, 5300);
    EXPECT_EQ(DnsServerAddress::parse(QStringLiteral("[2001:db8::53]:5300"))->toCsv(),
              QStringLiteral("[2001:db8::53]:5300"));
    EXPECT_EQ(DnsServerAddress::parse(QStringLiteral("2001:db8::53"))->port, 53);
    for (const QString& bad : {QStringLiteral("dns.example"), QStringLiteral("192.0.2.53:0"),
                               QStringLiteral("192.0.2.53:70000"), QStringLiteral("[2001:db8::53")}) {
        QString error;
        EXPECT_FALSE(DnsServerAddress::parse(bad, &error)) << bad.toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
}
