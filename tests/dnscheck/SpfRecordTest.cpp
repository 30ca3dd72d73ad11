#include "spf/SpfRecord.h"

#include "dns/InMemoryZone.h"
#include "spf/SpfComposer.h"
#include "spf/SpfLookupBudget.h"
#include "text/TxtStrings.h"

#include <gtest/gtest.h>

using namespace mailauth;

TEST(SpfRecord, ParsesTermsWithQualifiersAndCidrs)
{
    const QString text = QStringLiteral("v=spf1 ip4:192.0.2.0/24 -a:mail.contoso.com/28//64 ~mx "
                                        "?include:spf.protection.outlook.com exp=explain.%{d} -all");
    const SpfRecord r = SpfRecord::parse(text);
    ASSERT_TRUE(r.isValid());
    ASSERT_EQ(r.terms().size(), 6);
    EXPECT_EQ(r.terms()[0].mechanism, SpfMechanism::Ip4);
    EXPECT_EQ(r.terms()[0].cidr4, 24);
    EXPECT_EQ(r.terms()[0].network.toString(), QStringLiteral("192.0.2.0"));
    EXPECT_EQ(r.terms()[1].qualifier, SpfQualifier::Fail);
    EXPECT_EQ(r.terms()[1].domainSpec, QStringLiteral("mail.contoso.com"));
    EXPECT_EQ(r.terms()[1].cidr4, 28);
    EXPECT_EQ(r.terms()[1].cidr6, 64);
    EXPECT_EQ(r.terms()[2].qualifier, SpfQualifier::SoftFail);
    EXPECT_EQ(r.terms()[3].qualifier, SpfQualifier::Neutral);
    EXPECT_TRUE(r.terms()[4].isModifier(u"exp"));
    EXPECT_EQ(r.allIndex(), 5);
    EXPECT_EQ(r.terms()[2].position, text.indexOf(QStringLiteral("~mx")));
}

TEST(SpfRecord, ErrorsCarryPositions)
{
    const QString text = QStringLiteral("v=spf1 mx ip4:192.0.2.256 -all");
    const SpfRecord r = SpfRecord::parse(text);
    ASSERT_FALSE(r.isValid());
    ASSERT_EQ(r.errors().size(), 1);
    EXPECT_EQ(r.errors().first().position, text.indexOf(QStringLiteral("192.0.2.256")));
    EXPECT_EQ(r.errors().first().code, QStringLiteral("spf.syntax"));
}

TEST(SpfRecord, CollectsEveryErrorNotJustTheFirst)
{
    const SpfRecord r = SpfRecord::parse(QStringLiteral("v=spf1 foo ip4:1.2.3 a:%{x}.example.com -all"));
    EXPECT_EQ(r.errors().size(), 3);
}

TEST(SpfRecord, VersionSelectionIsExact)
{
    EXPECT_TRUE(SpfRecord::looksLikeSpf(QStringView(u"v=spf1")));
    EXPECT_TRUE(SpfRecord::looksLikeSpf(QStringView(u"V=SPF1 -all")));
    EXPECT_FALSE(SpfRecord::looksLikeSpf(QStringView(u"v=spf10 -all")));
    EXPECT_FALSE(SpfRecord::looksLikeSpf(QStringView(u" v=spf1 -all")));
}

TEST(SpfRecord, ControlCharactersAndTabsAreErrors)
{
    EXPECT_FALSE(SpfRecord::parse(QStringLiteral("v=spf1\tmx -all")).isValid());
    EXPECT_FALSE(SpfRecord::parse(QStringLiteral("v=spf1 mx\n-all")).isValid());
    EXPECT_TRUE(SpfRecord::parse(QStringLiteral("v=spf1  mx   -all  ")).isValid());
}

TEST(TxtStrings, SplitKeepsContentAndLimit)
{
    const QByteArray value =
        QByteArray("v=spf1") + QByteArray(" include:sender.example").repeated(30) + QByteArray(" -all");
    const QList<QByteArray> parts = TxtStrings::split(value);
    ASSERT_GT(parts.size(), 1);
    QByteArray joined;
    for (const QByteArray& p : parts) {
        EXPECT_LE(p.size(), 255);
        joined += p;
    }
    EXPECT_EQ(joined, value);
    EXPECT_TRUE(parts.first().endsWith(' ')); // broken after a space, so the next string starts with a term
}

TEST(TxtStrings, PresentationRoundTrip)
{
    const auto parsed = TxtStrings::fromPresentation(QStringLiteral("\"v=spf1 ip4:192.0.2.1 \" \"-all\""));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(1), QByteArray("-all"));
    EXPECT_FALSE(TxtStrings::fromPresentation(QStringLiteral("\"unterminated")));
    EXPECT_EQ(TxtStrings::toPresentation({QByteArray("say \"hi\"")}), QStringLiteral("\"say \\\"hi\\\"\""));
    EXPECT_EQ(TxtStrings::fromPresentation(QStringLiteral("plain text"))->first(), QByteArray("plain text"));
}

TEST(SpfComposer, ComposesFromPlanWithCheapTermsFirst)
{
    SpfPlan plan;
    plan.includes = {QStringLiteral("spf.protection.outlook.com"), QStringLiteral("include:sendgrid.net.")};
    plan.ip4 = {QStringLiteral("192.0.2.10")};
    plan.allQualifier = SpfQualifier::Fail;
    const SpfComposition c = SpfComposer::compose(plan);
    EXPECT_TRUE(c.ok);
    EXPECT_EQ(c.record,
              QStringLiteral("v=spf1 ip4:192.0.2.10 include:spf.protection.outlook.com include:sendgrid.net -all"));
    EXPECT_TRUE(SpfRecord::parse(c.record).isValid());
}

TEST(SpfComposer, RejectsInvalidPlanEntries)
{
    SpfPlan plan;
    plan.ip4 = {QStringLiteral("192.0.2.300")};
    plan.includes = {QStringLiteral("bad domain")};
    const SpfComposition c = SpfComposer::compose(plan);
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.errors.size(), 2);
    EXPECT_EQ(c.record, QStringLiteral("v=spf1 -all"));
}

TEST(SpfComposer, MergeKeepsExistingAddsMissingAndReports)
{
    SpfPlan plan;
    plan.includes = {SpfComposer::microsoftIncludeFor(u"worldwide")};
    plan.ip4 = {QStringLiteral("192.0.2.25")};
    const SpfComposition c =
        SpfComposer::merge(QStringLiteral("v=spf1 ip4:192.0.2.25/32 include:_spf.google.com mx mx ~all"), plan);
    EXPECT_EQ(
        c.record,
        QStringLiteral("v=spf1 ip4:192.0.2.25/32 include:_spf.google.com mx include:spf.protection.outlook.com -all"));
    EXPECT_EQ(c.added, QStringList{QStringLiteral("include:spf.protection.outlook.com")});
    EXPECT_EQ(c.dropped, QStringList{QStringLiteral("mx")});
    EXPECT_EQ(c.allChange, QStringLiteral("~all → -all"));
}

TEST(SpfComposer, MergeKeepsRedirectAndAddsNoAll)
{
    SpfPlan plan;
    plan.includes = {QStringLiteral("spf.protection.outlook.com")};
    const SpfComposition c = SpfComposer::merge(QStringLiteral("v=spf1 redirect=_spf.contoso.com"), plan);
    EXPECT_EQ(c.record, QStringLiteral("v=spf1 include:spf.protection.outlook.com redirect=_spf.contoso.com"));
}

TEST(SpfComposer, MergeRefusesABrokenRecord)
{
    const SpfComposition c = SpfComposer::merge(QStringLiteral("v=spf1 include: broken -all"), SpfPlan{});
    EXPECT_FALSE(c.ok);
    EXPECT_TRUE(c.record.isEmpty());
}

TEST(SpfComposer, CloudIncludes)
{
    EXPECT_EQ(SpfComposer::microsoftIncludeFor(u"gcchigh"), QStringLiteral("spf.protection.office365.us"));
    EXPECT_EQ(SpfComposer::microsoftIncludeFor(u"dod"), QStringLiteral("spf.protection.office365.us"));
    EXPECT_EQ(SpfComposer::microsoftIncludeFor(u"china"), QStringLiteral("spf.protection.partner.outlook.cn"));
    EXPECT_EQ(SpfComposer::microsoftIncludeFor(u"gcc"), QStringLiteral("spf.protection.outlook.com"));
}

TEST(SpfLookupBudget, BreaksDownNestedIncludes)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("contoso.com"),
                QStringLiteral("v=spf1 mx include:spf.protection.outlook.com include:_spf.vendor.example -all"));
    zone.addMx(QStringLiteral("contoso.com"), 0, QStringLiteral("contoso-com.mail.protection.outlook.com"));
    zone.addTxt(QStringLiteral("spf.protection.outlook.com"),
                QStringLiteral("v=spf1 include:spfa.protection.outlook.com include:spfb.protection.outlook.com -all"));
    zone.addTxt(QStringLiteral("spfa.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
    zone.addTxt(QStringLiteral("spfb.protection.outlook.com"), QStringLiteral("v=spf1 ip4:52.100.0.0/14 -all"));
    zone.addTxt(QStringLiteral("_spf.vendor.example"),
                QStringLiteral("v=spf1 a:mail.vendor.example exists:%{i}.x.vendor.example -all"));
    zone.addA(QStringLiteral("mail.vendor.example"), QStringLiteral("198.51.100.1"));
    SpfLookupBudget budget(zone);
    const SpfBudget b = budget.forDomain(QStringLiteral("contoso.com"));
    EXPECT_EQ(b.totalLookups, 7); // mx + (include + 2) + (include + a + exists)
    ASSERT_EQ(b.root.children.size(), 3);
    EXPECT_EQ(b.root.children[0].mxNames, 1);
    EXPECT_EQ(b.root.children[1].totalLookups, 3);
    EXPECT_EQ(b.root.children[1].children.size(), 2);
    EXPECT_EQ(b.root.children[2].totalLookups, 3);
    EXPECT_TRUE(b.root.children[2].children[1].dependsOnSender);
    EXPECT_EQ(b.voidLookups, 0);
    EXPECT_TRUE(b.findings.isEmpty());
}

TEST(SpfLookupBudget, RedirectIgnoredWhenAllPresent)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("a.example"), QStringLiteral("v=spf1 include:b.example -all"));
    zone.addTxt(QStringLiteral("b.example"), QStringLiteral("v=spf1 -all"));
    SpfLookupBudget budget(zone);
    EXPECT_EQ(budget.forRecord(QStringLiteral("v=spf1 mx redirect=a.example -all"), QStringLiteral("contoso.example"))
                  .totalLookups,
              1);
    EXPECT_EQ(budget.forRecord(QStringLiteral("v=spf1 mx redirect=a.example"), QStringLiteral("contoso.example"))
                  .totalLookups,
              3);
}
