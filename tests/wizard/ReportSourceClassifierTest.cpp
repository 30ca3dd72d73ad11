// Who sent the messages of a report row: each rule of ReportSourceClassifier with a row it takes and a near miss.
#include "model/reports/ReportSourceClassifier.h"

#include "ReportBuilders.h"
#include "model/Catalogue.h"

#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

ReportSourceClassifier classifier()
{
    return ReportSourceClassifier(Catalogue::instance());
}

TEST(ReportSourceClassifier, MicrosoftNetworksComeFromTheCloudData)
{
    const ReportSourceClassifier c = classifier();
    EXPECT_TRUE(c.isMicrosoftNetwork(QStringLiteral("40.107.22.51")));
    EXPECT_TRUE(c.isMicrosoftNetwork(QStringLiteral("52.103.255.255"))); // end of 52.100.0.0/14
    EXPECT_FALSE(c.isMicrosoftNetwork(QStringLiteral("52.104.0.0")));    // just past it
    EXPECT_TRUE(c.isMicrosoftNetwork(QStringLiteral("2a01:111:f403:c000::1")));
    EXPECT_TRUE(c.isMicrosoftNetwork(QStringLiteral("::ffff:40.92.1.1"))); // IPv4-mapped
    EXPECT_FALSE(c.isMicrosoftNetwork(QStringLiteral("2a01:111:f402::1")));
    EXPECT_FALSE(c.isMicrosoftNetwork(QStringLiteral("not an address")));
    EXPECT_FALSE(c.isMicrosoftNetwork(QString()));
}

TEST(ReportSourceClassifier, Microsoft365ByNetworkAndEnvelopeEvenWhenSpfFails)
{
    const ReportSourceClassifier c = classifier();
    const ReportSourceClass aligned = c.classify(m365Aligned(10));
    EXPECT_EQ(aligned.kind, ReportSourceKind::Microsoft365);
    EXPECT_EQ(aligned.senderId, QStringLiteral("microsoft365"));
    EXPECT_EQ(aligned.senderName, QStringLiteral("Microsoft 365"));
    EXPECT_EQ(c.classify(m365Unaligned(10)).kind, ReportSourceKind::Microsoft365);
    // IPv6 from Exchange Online Protection, no signature at all.
    AggregateRecord v6 =
        row(QStringLiteral("2a01:111:f400:7e1a::1"), 3, QStringLiteral("fail"), QStringLiteral("fail"));
    spf(v6, QStringLiteral("contoso.com"), QStringLiteral("fail"));
    EXPECT_EQ(c.classify(v6).kind, ReportSourceKind::Microsoft365);
    // Near miss: the same network with another tenant's envelope (its SRS address) is that tenant forwarding.
    AggregateRecord other = row(QStringLiteral("40.107.22.60"), 3, QStringLiteral("pass"), QStringLiteral("fail"));
    dkim(other, QStringLiteral("contoso.com"), QStringLiteral("selector1"));
    spf(other, QStringLiteral("fabrikam.com"));
    EXPECT_EQ(c.classify(other).kind, ReportSourceKind::Forwarder);
}

TEST(ReportSourceClassifier, Microsoft365ByItsSignatureAndSpfOutsideItsNetworks)
{
    // A cloud whose networks are not listed (GCC High): the tenant's signature plus SPF passing for the domain.
    AggregateRecord r = row(QStringLiteral("20.158.1.1"), 5, QStringLiteral("fail"), QStringLiteral("pass"));
    dkim(r, QStringLiteral("contoso.onmicrosoft.us"), QStringLiteral("selector1-contoso-com"));
    spf(r, QStringLiteral("contoso.com"));
    ReportSourceClassifier c = classifier();
    EXPECT_EQ(c.classify(r).kind, ReportSourceKind::Microsoft365);
    // Knowing the tenant, another tenant's signature is not ours: what vouches for it is SPF alone.
    c.setTenantDomain(QStringLiteral("Fabrikam.onmicrosoft.us."));
    EXPECT_EQ(c.tenantDomain(), QStringLiteral("fabrikam.onmicrosoft.us"));
    EXPECT_EQ(c.classify(r).kind, ReportSourceKind::Authorized);
    c.setTenantDomain(QStringLiteral("contoso.onmicrosoft.us"));
    EXPECT_EQ(c.classify(r).kind, ReportSourceKind::Microsoft365);
    // A name under onmicrosoft.com with more labels is no tenant's initial domain.
    c.setTenantDomain(QString());
    AggregateRecord deeper = r;
    deeper.dkim = {AggregateDkimResult{QStringLiteral("a.contoso.onmicrosoft.us"), QStringLiteral("selector1-x"),
                                       QStringLiteral("pass")}};
    EXPECT_EQ(c.classify(deeper).kind, ReportSourceKind::Authorized);
}

TEST(ReportSourceClassifier, CatalogueSenderByReturnPathDkimDomainOrSelector)
{
    const ReportSourceClassifier c = classifier();
    const ReportSourceClass sendgrid = c.classify(sendgridUnaligned(10));
    EXPECT_EQ(sendgrid.kind, ReportSourceKind::KnownSender);
    EXPECT_EQ(sendgrid.senderId, QStringLiteral("sendgrid"));
    EXPECT_EQ(sendgrid.senderName, QStringLiteral("SendGrid"));
    // Return path on a subdomain of a listed bounce domain.
    const ReportSourceClass mailchimp = c.classify(mailchimpAligned(10));
    EXPECT_EQ(mailchimp.senderId, QStringLiteral("mailchimp"));
    // Amazon SES with a custom MAIL FROM in the domain: recognised by its DKIM domain while SPF passes.
    AggregateRecord ses = row(QStringLiteral("54.240.8.1"), 4, QStringLiteral("fail"), QStringLiteral("pass"));
    dkim(ses, QStringLiteral("amazonses.com"), QStringLiteral("224i4yxa5dv7c2xz3womw6peuasteono"));
    spf(ses, QStringLiteral("bounce.contoso.com"));
    EXPECT_EQ(c.classify(ses).senderId, QStringLiteral("amazonses"));
    // SendGrid with domain authentication and its own return path subdomain: its selector names it.
    AggregateRecord authenticated =
        row(QStringLiteral("167.89.100.13"), 4, QStringLiteral("pass"), QStringLiteral("pass"));
    dkim(authenticated, QStringLiteral("contoso.com"), QStringLiteral("s1"));
    spf(authenticated, QStringLiteral("em1234.contoso.com"));
    EXPECT_EQ(c.classify(authenticated).senderId, QStringLiteral("sendgrid"));
    // Near miss: a bounce domain that only ends like a listed one is not it.
    AggregateRecord lookalike = sendgridUnaligned(2);
    lookalike.spf = {AggregateSpfResult{QStringLiteral("notsendgrid.net"), {}, QStringLiteral("pass")}};
    lookalike.dkim.clear();
    EXPECT_EQ(c.classify(lookalike).kind, ReportSourceKind::Unknown);
}

TEST(ReportSourceClassifier, ForwarderWhenDkimSurvivesAndSpfDoesNotOrTheReceiverSaysSo)
{
    const ReportSourceClassifier c = classifier();
    EXPECT_EQ(c.classify(forwarded(10)).kind, ReportSourceKind::Forwarder);
    // SendGrid's signature on a forwarded message: SPF fails at the forwarder, so it is not SendGrid's address.
    AggregateRecord forwardedSendgrid = sendgridUnaligned(2, QStringLiteral("209.85.220.42"));
    forwardedSendgrid.spf = {AggregateSpfResult{QStringLiteral("sendgrid.net"), {}, QStringLiteral("softfail")}};
    EXPECT_EQ(c.classify(forwardedSendgrid).kind, ReportSourceKind::Forwarder);
    // A mailing list that broke the signature: the receiver's override reason says what happened.
    for (const QString& reason :
         {QStringLiteral("mailing_list"), QStringLiteral("Forwarded"), QStringLiteral("trusted_forwarder")}) {
        AggregateRecord list = row(QStringLiteral("66.111.4.25"), 3, QStringLiteral("fail"), QStringLiteral("fail"));
        dkim(list, QStringLiteral("contoso.com"), QStringLiteral("selector1"), QStringLiteral("fail"));
        spf(list, QStringLiteral("lists.example.org"));
        list.overrideReasons = {reason};
        EXPECT_EQ(c.classify(list).kind, ReportSourceKind::Forwarder) << reason.toStdString();
        // Near miss: SPF passing for the domain itself outweighs the receiver's guess.
        AggregateRecord direct = list;
        direct.spf = {AggregateSpfResult{QStringLiteral("news.contoso.com"), {}, QStringLiteral("pass")}};
        EXPECT_EQ(c.classify(direct).kind, ReportSourceKind::Authorized);
        // Near miss: local_policy is no statement about forwarding.
        list.overrideReasons = {QStringLiteral("local_policy")};
        EXPECT_EQ(c.classify(list).kind, ReportSourceKind::Unknown);
    }
}

TEST(ReportSourceClassifier, AuthorizedByTheDomainsOwnRecordsAndUnknownOtherwise)
{
    const ReportSourceClassifier c = classifier();
    // The tenant's own relay in SPF.
    AggregateRecord own = row(QStringLiteral("203.0.113.25"), 7, QStringLiteral("fail"), QStringLiteral("pass"));
    spf(own, QStringLiteral("contoso.com"));
    EXPECT_EQ(c.classify(own).kind, ReportSourceKind::Authorized);
    // SPF passing for a subdomain under strict alignment: still the organisation's own record.
    AggregateRecord strict = row(QStringLiteral("203.0.113.26"), 7, QStringLiteral("fail"), QStringLiteral("fail"));
    spf(strict, QStringLiteral("bounces.contoso.com"));
    EXPECT_EQ(c.classify(strict).kind, ReportSourceKind::Authorized);
    EXPECT_EQ(c.classify(spoofed(10)).kind, ReportSourceKind::Unknown);
    // A spoofer with DKIM and SPF of its own domain: both pass, for the wrong domain.
    AggregateRecord signedSpoof = row(QStringLiteral("45.95.1.2"), 9, QStringLiteral("fail"), QStringLiteral("fail"));
    dkim(signedSpoof, QStringLiteral("contoso-billing.example"), QStringLiteral("s"));
    spf(signedSpoof, QStringLiteral("contoso-billing.example"));
    EXPECT_EQ(c.classify(signedSpoof).kind, ReportSourceKind::Unknown);
    // ... and with SPF failing: a signature by an unrelated domain is no sign of forwarding.
    signedSpoof.spf = {AggregateSpfResult{QStringLiteral("contoso.com"), {}, QStringLiteral("fail")}};
    EXPECT_EQ(c.classify(signedSpoof).kind, ReportSourceKind::Unknown);
    // A row with nothing in it.
    EXPECT_EQ(c.classify(AggregateRecord{}).kind, ReportSourceKind::Unknown);
}

TEST(ReportSourceClassifier, WithinMeansTheDomainOrBelowIt)
{
    EXPECT_TRUE(ReportSourceClassifier::isWithin(QStringLiteral("sendgrid.net"), QStringLiteral("sendgrid.net")));
    EXPECT_TRUE(ReportSourceClassifier::isWithin(QStringLiteral("u1.sendgrid.net"), QStringLiteral("sendgrid.net")));
    EXPECT_FALSE(ReportSourceClassifier::isWithin(QStringLiteral("xsendgrid.net"), QStringLiteral("sendgrid.net")));
    EXPECT_FALSE(ReportSourceClassifier::isWithin(QStringLiteral("net"), QStringLiteral("sendgrid.net")));
    EXPECT_FALSE(ReportSourceClassifier::isWithin(QStringLiteral("a.b"), QString()));
}

TEST(ReportSourceClassifier, KindKeywordsAreStable)
{
    EXPECT_EQ(reportSourceKindKeyword(ReportSourceKind::Microsoft365), QStringLiteral("microsoft365"));
    EXPECT_EQ(reportSourceKindKeyword(ReportSourceKind::KnownSender), QStringLiteral("sender"));
    EXPECT_EQ(reportSourceKindKeyword(ReportSourceKind::Forwarder), QStringLiteral("forwarder"));
    EXPECT_EQ(reportSourceKindKeyword(ReportSourceKind::Authorized), QStringLiteral("authorized"));
    EXPECT_EQ(reportSourceKindKeyword(ReportSourceKind::Unknown), QStringLiteral("unknown"));
}

} // namespace
