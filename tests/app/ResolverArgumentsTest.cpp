// Unit tests of the CLI's shared resolver options (linked against mailauth_cli, not run through the binary).
#include "cli/ResolverArguments.h"

#include "dns/ResolverLookup.h"

#include <QCommandLineParser>
#include <gtest/gtest.h>

using mailauth::ResolverLookup;

// The system resolver (often a home router or dnsmasq) drops what it cannot take without a word, and a timeout gives
// the window nothing to back off on: without --resolver the default cap is lower.
TEST(CliResolverArguments, TheSystemResolverGetsALowerDefaultCap)
{
    const auto maxInFlight = [](const QStringList& arguments) {
        mailauth::cli::ResolverArguments servers;
        QCommandLineParser parser;
        servers.addTo(parser);
        EXPECT_TRUE(parser.parse(QStringList{QStringLiteral("mailauth check")} + arguments))
            << parser.errorText().toStdString();
        QString error;
        EXPECT_TRUE(servers.read(parser, &error)) << error.toStdString();
        return servers.maxInFlight;
    };
    EXPECT_EQ(maxInFlight({}), ResolverLookup::kSystemResolverMaxInFlight);
    EXPECT_EQ(maxInFlight({QStringLiteral("--authoritative"), QStringLiteral("192.0.2.53")}),
              ResolverLookup::kSystemResolverMaxInFlight);
    EXPECT_EQ(maxInFlight({QStringLiteral("--resolver"), QStringLiteral("192.0.2.53")}),
              ResolverLookup::kDefaultMaxInFlight);
    EXPECT_EQ(maxInFlight({QStringLiteral("--max-in-flight"), QStringLiteral("500")}), 500);
    EXPECT_EQ(maxInFlight({QStringLiteral("--max-questions"), QStringLiteral("300")}), 300);
    EXPECT_EQ(maxInFlight({QStringLiteral("--resolver"), QStringLiteral("192.0.2.53"),
                           QStringLiteral("--max-in-flight"), QStringLiteral("8")}),
              8);
    EXPECT_LT(ResolverLookup::kSystemResolverMaxInFlight, ResolverLookup::kDefaultMaxInFlight);
}
