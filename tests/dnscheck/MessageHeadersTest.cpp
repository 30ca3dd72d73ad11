// Reading a message: GMime-parsed header with raw octets, RFC 8601 Authentication-Results (the RFC's appendix B and
// realistic Microsoft 365, Gmail and Outlook.com samples in tests/data/headers/), Microsoft's anti-spam stamps and
// the Received hops.
#include "message/MessageHeaders.h"

#include "dns/InMemoryZone.h"
#include "message/AuthenticationResults.h"
#include "message/MessageAnalysis.h"
#include "message/MicrosoftAntispamHeaders.h"
#include "message/ReceivedHops.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QByteArray sample(const QString& name)
{
    QFile f(QStringLiteral(MAILAUTH_TEST_DATA) + u'/' + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

AuthenticationResults ar(const char* text)
{
    return AuthenticationResults::parse(QString::fromUtf8(text).simplified());
}

} // namespace

TEST(MessageHeaders, KeepsRawOctetsAndSplitsTheBody)
{
    const auto m = MessageHeaders::parse("From: Megan <megan@Contoso.COM>\r\nSubject : hello\r\n  world\r\n"
                                         "X-Empty:\r\n\r\nbody line\r\n");
    ASSERT_TRUE(m.ok) << m.error.toStdString();
    ASSERT_EQ(m.fields.size(), 3);
    EXPECT_EQ(m.fields[1].rawName, QByteArray("Subject "));
    EXPECT_EQ(m.fields[1].name, QStringLiteral("Subject"));
    EXPECT_EQ(m.fields[1].rawValue, QByteArray(" hello\r\n  world"));
    EXPECT_EQ(m.fields[1].value, QStringLiteral("hello  world")); // unfolding removes the CRLF only (RFC 5322 2.2.3)
    EXPECT_TRUE(m.hasBody);
    EXPECT_EQ(m.body, QByteArray("body line\r\n"));
    EXPECT_FALSE(m.bareLineFeeds);
    EXPECT_EQ(m.fromDomain, QStringLiteral("contoso.com"));
    EXPECT_EQ(m.fromAddress, QStringLiteral("megan@Contoso.COM"));
}

TEST(MessageHeaders, PastedHeadersAndLinuxLineEndings)
{
    const auto pasted =
        MessageHeaders::parse("\n\nMicrosoft Mail Internet Headers Version 2.0\nReceived: from x\n by y;"
                              " Tue, 2 Dec 2025 09:30:00 +0000\nFrom: a@b.example\nSubject: =?UTF-8?B?"
                              "R3LDvMOfZQ==?=");
    ASSERT_TRUE(pasted.ok);
    EXPECT_FALSE(pasted.hasBody);
    EXPECT_TRUE(pasted.bareLineFeeds);
    EXPECT_EQ(pasted.fields.size(), 3);
    EXPECT_EQ(pasted.fields[2].value, QStringLiteral("Grüße")); // RFC 2047, decoded by GMime
    EXPECT_EQ(pasted.notes.size(), 1);
    EXPECT_EQ(pasted.fromDomain, QStringLiteral("b.example"));

    EXPECT_FALSE(MessageHeaders::parse("").ok);
    EXPECT_FALSE(MessageHeaders::parse("\n\n   \n").ok);
    EXPECT_FALSE(MessageHeaders::parse("just some text without a colon\n").ok);
    const auto twoFrom = MessageHeaders::parse("From: a@x.example, b@y.example\n\n");
    EXPECT_EQ(twoFrom.fromCount, 2);
    EXPECT_TRUE(twoFrom.fromDomain.isEmpty());
}

TEST(AuthenticationResultsRfc8601, AppendixB)
{
    const auto b2 = ar("example.org 1; none");
    EXPECT_EQ(b2.authservId, QStringLiteral("example.org"));
    EXPECT_EQ(b2.version, 1);
    EXPECT_TRUE(b2.none);
    EXPECT_TRUE(b2.methods.isEmpty());

    const auto b3 = ar("example.com;\r\n          spf=pass smtp.mailfrom=example.net");
    ASSERT_EQ(b3.methods.size(), 1);
    EXPECT_EQ(b3.methods[0].method, QStringLiteral("spf"));
    EXPECT_EQ(b3.methods[0].result, QStringLiteral("pass"));
    EXPECT_EQ(b3.methods[0].property(u"smtp.mailfrom"), QStringLiteral("example.net"));

    const auto b4 = ar("example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n"
                       "          spf=pass smtp.mailfrom=example.net");
    ASSERT_EQ(b4.methods.size(), 2);
    EXPECT_EQ(b4.methods[0].method, QStringLiteral("auth"));
    EXPECT_EQ(b4.methods[0].comments, QStringList{QStringLiteral("cram-md5")});
    EXPECT_EQ(b4.methods[0].property(u"smtp.auth"), QStringLiteral("sender@example.net"));
    const auto b4iprev = ar("example.com; iprev=pass\r\n          policy.iprev=192.0.2.200");
    EXPECT_EQ(b4iprev.methods[0].property(u"policy.iprev"), QStringLiteral("192.0.2.200"));

    const auto b5 = ar("example.com;\r\n          dkim=pass (good signature) header.d=example.com");
    EXPECT_EQ(b5.methods[0].property(u"header.d"), QStringLiteral("example.com"));
    const auto b5b = ar("example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n"
                        "          spf=fail smtp.mailfrom=example.com");
    EXPECT_EQ(b5b.methods[1].result, QStringLiteral("fail"));

    const auto b6 = ar("example.com;\r\n      dkim=pass reason=\"good signature\"\r\n"
                       "        header.i=@mail-router.example.net;\r\n      dkim=fail reason=\"bad signature\"\r\n"
                       "        header.i=@newyork.example.com");
    ASSERT_EQ(b6.methods.size(), 2);
    EXPECT_EQ(b6.methods[0].reason, QStringLiteral("good signature"));
    EXPECT_EQ(b6.methods[0].property(u"header.i"), QStringLiteral("@mail-router.example.net"));
    EXPECT_EQ(b6.methods[1].result, QStringLiteral("fail"));
    EXPECT_EQ(b6.methods[1].reason, QStringLiteral("bad signature"));
    EXPECT_TRUE(b6.problems.isEmpty());

    const auto b7 = ar("foo.example.net (foobar) 1 (baz);\r\n"
                       "    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n"
                       "      policy (A dot can go here) . (like that) expired\r\n"
                       "      (this surprised me) = (as I wasn't expecting it) 1362471462");
    EXPECT_EQ(b7.authservId, QStringLiteral("foo.example.net"));
    EXPECT_EQ(b7.version, 1);
    ASSERT_EQ(b7.methods.size(), 1);
    EXPECT_EQ(b7.methods[0].method, QStringLiteral("dkim"));
    EXPECT_EQ(b7.methods[0].version, 1);
    EXPECT_EQ(b7.methods[0].result, QStringLiteral("fail"));
    EXPECT_EQ(b7.methods[0].property(u"policy.expired"), QStringLiteral("1362471462"));
    EXPECT_TRUE(b7.problems.isEmpty());
}

TEST(AuthenticationResultsRfc8601, QuotedIdsTrailingSemicolonsAndBrokenInput)
{
    EXPECT_EQ(ar("\"example.org\"; none").authservId, QStringLiteral("example.org"));
    const auto trailing = ar("example.com; spf=pass smtp.mailfrom=example.net;");
    EXPECT_EQ(trailing.methods.size(), 1);
    const auto slash = ar("example.com; dkim=pass header.b=gfT/i2HB header.d=\"github.com\"");
    EXPECT_EQ(slash.methods[0].property(u"header.b"), QStringLiteral("gfT/i2HB"));
    EXPECT_EQ(slash.methods[0].property(u"header.d"), QStringLiteral("github.com"));
    const auto broken = ar("example.com; =pass; dkim=pass header.d=ok.example; spf");
    EXPECT_FALSE(broken.problems.isEmpty());
    ASSERT_GE(broken.methods.size(), 1);
    EXPECT_EQ(broken.methods[0].property(u"header.d"), QStringLiteral("ok.example"));
    // Unclosed comments and quotes end the value instead of looping or reading past it.
    EXPECT_NO_FATAL_FAILURE(ar("example.com; dkim=pass (unclosed"));
    EXPECT_NO_FATAL_FAILURE(ar("example.com; dkim=pass reason=\"unclosed"));
}

TEST(AuthenticationResultsSamples, Microsoft365)
{
    const auto m = MessageHeaders::parse(sample(QStringLiteral("microsoft365-inbound.txt")));
    ASSERT_TRUE(m.ok);
    EXPECT_FALSE(m.hasBody);
    const auto fields = m.all(u"Authentication-Results");
    ASSERT_EQ(fields.size(), 1);
    const auto r = AuthenticationResults::parse(fields[0].value);
    EXPECT_TRUE(r.authservId.isEmpty()); // Microsoft 365 writes none
    ASSERT_EQ(r.methods.size(), 4);
    EXPECT_EQ(r.methods[0].comments, QStringList{QStringLiteral("sender IP is 198.51.100.25")});
    EXPECT_EQ(r.first(u"dmarc")->property(u"action"), QStringLiteral("none"));
    EXPECT_EQ(r.first(u"compauth")->result, QStringLiteral("pass"));
    EXPECT_EQ(r.first(u"compauth")->reason, QStringLiteral("100"));

    const auto arc = AuthenticationResults::parse(m.all(u"ARC-Authentication-Results")[0].value, true);
    EXPECT_EQ(arc.arcInstance, 1);
    EXPECT_EQ(arc.authservId, QStringLiteral("mx.microsoft.com"));
    EXPECT_EQ(arc.version, 1);
    EXPECT_EQ(arc.methods.size(), 4);

    const auto ms = MicrosoftAntispamHeaders::read(m);
    ASSERT_TRUE(ms.present);
    EXPECT_EQ(ms.scl, 1);
    EXPECT_EQ(ms.bcl, 0);
    EXPECT_EQ(ms.field(u"SFV")->value, QStringLiteral("NSPM"));
    EXPECT_FALSE(ms.field(u"SFV")->meaning.isEmpty());
    EXPECT_EQ(ms.field(u"CIP")->value, QStringLiteral("198.51.100.25"));
    EXPECT_EQ(ms.field(u"CTRY")->value, QStringLiteral("NL"));
    EXPECT_EQ(ms.field(u"DIR")->value, QStringLiteral("INB"));
    EXPECT_EQ(ms.field(u"PTR")->value, QStringLiteral("mail-am6eur05on2025.outbound.protection.outlook.com"));

    const auto hops = ReceivedHops::read(m);
    ASSERT_EQ(hops.size(), 4);
    EXPECT_EQ(hops[0].from, QStringLiteral("EUR05-AM6-obe.outbound.protection.outlook.com"));
    EXPECT_EQ(hops[0].fromIp, QString()); // Microsoft writes the address in parentheses without brackets
    EXPECT_EQ(hops[0].by, QStringLiteral("AMS0EPF000001A2.mail.protection.outlook.com"));
    EXPECT_EQ(hops[0].with, QStringLiteral("Microsoft SMTP Server"));
    EXPECT_FALSE(hops[0].delaySeconds.has_value());
    EXPECT_EQ(hops[1].delaySeconds, 2);
    EXPECT_EQ(hops[2].delaySeconds, 1);
    EXPECT_EQ(hops[3].delaySeconds, 2);
    EXPECT_EQ(hops[3].with, QStringLiteral("HTTPS"));
}

TEST(AuthenticationResultsSamples, GmailAndOutlookCom)
{
    const auto g = MessageHeaders::parse(sample(QStringLiteral("gmail-original.eml")));
    ASSERT_TRUE(g.ok);
    EXPECT_TRUE(g.hasBody);
    EXPECT_TRUE(g.bareLineFeeds);
    const auto r = AuthenticationResults::parse(g.all(u"Authentication-Results")[0].value);
    EXPECT_EQ(r.authservId, QStringLiteral("mx.google.com"));
    ASSERT_EQ(r.methods.size(), 4);
    EXPECT_EQ(r.first(u"dkim")->property(u"header.i"), QStringLiteral("@contoso.com"));
    EXPECT_EQ(r.first(u"dkim")->property(u"header.b"), QStringLiteral("Ab1/Cd2+"));
    EXPECT_EQ(r.first(u"spf")->property(u"smtp.mailfrom"), QStringLiteral("megan@contoso.com"));
    EXPECT_EQ(r.first(u"dmarc")->comments, QStringList{QStringLiteral("p=REJECT sp=REJECT dis=NONE")});
    const auto hops = ReceivedHops::read(g);
    ASSERT_EQ(hops.size(), 3);
    EXPECT_EQ(hops[1].fromIp, QStringLiteral("198.51.100.25"));
    EXPECT_EQ(hops[1].by, QStringLiteral("mx.google.com"));
    EXPECT_EQ(hops[1].delaySeconds, 7); // 09:30:01 UTC, then 01:30:08 -0800

    const auto o = MessageHeaders::parse(sample(QStringLiteral("outlookcom-spoof.txt")));
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    const auto a = MessageAnalysis::run(o, &zone);
    EXPECT_EQ(a.receiver.spf, QStringLiteral("fail"));
    EXPECT_EQ(a.receiver.dmarc, QStringLiteral("fail"));
    EXPECT_EQ(a.receiver.dmarcAction, QStringLiteral("oreject"));
    EXPECT_EQ(a.receiver.compauth, QStringLiteral("fail"));
    EXPECT_EQ(a.receiver.compauthReason, QStringLiteral("000"));
    EXPECT_FALSE(a.receiver.compauthMeaning.isEmpty());
    EXPECT_EQ(a.receiver.receivedSpf, QStringLiteral("fail"));
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::NotAuthenticated);
    EXPECT_EQ(a.microsoft.field(u"CAT")->value, QStringLiteral("SPOOF"));
    EXPECT_EQ(a.microsoft.scl, 9);
    EXPECT_TRUE(a.microsoft.field(u"PTR")->value.isEmpty());
}

TEST(MicrosoftAntispam, CompauthReasonsAndUnknownFields)
{
    EXPECT_FALSE(MicrosoftAntispamHeaders::compauthReasonMeaning(QStringLiteral("001")).isEmpty());
    EXPECT_NE(MicrosoftAntispamHeaders::compauthReasonMeaning(QStringLiteral("000")),
              MicrosoftAntispamHeaders::compauthReasonMeaning(QStringLiteral("130")));
    EXPECT_TRUE(MicrosoftAntispamHeaders::compauthReasonMeaning(QStringLiteral("abc")).isEmpty());
    const auto fields = MicrosoftAntispamHeaders::parseForefront(QStringLiteral("SFV:XYZ;;noColon;NEW:1:2;"));
    ASSERT_EQ(fields.size(), 2);
    EXPECT_TRUE(fields[0].meaning.isEmpty()); // an undocumented value is shown as it is, not guessed
    EXPECT_EQ(fields[1].value, QStringLiteral("1:2"));
}
