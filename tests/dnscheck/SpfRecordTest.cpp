#include "spf/SpfRecord.h"

#include "dns/InMemoryZone.h"
#include "spf/SpfComposer.h"
#include "spf/SpfEvaluator.h"
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
    // The exchange's addresses are looked up too (an empty answer would be a void lookup).
    zone.addA(QStringLiteral("contoso-com.mail.protection.outlook.com"), QStringLiteral("52.101.0.1"));
    zone.addA(QStringLiteral("contoso-com.mail.protection.outlook.com"), QStringLiteral("2a01:111:f403::1"));
    zone.addTxt(QStringLiteral("spf.protection.outlook.com"),
                QStringLiteral("v=spf1 include:spfa.protection.outlook.com include:spfb.protection.outlook.com -all"));
    zone.addTxt(QStringLiteral("spfa.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
    zone.addTxt(QStringLiteral("spfb.protection.outlook.com"), QStringLiteral("v=spf1 ip4:52.100.0.0/14 -all"));
    zone.addTxt(QStringLiteral("_spf.vendor.example"),
                QStringLiteral("v=spf1 a:mail.vendor.example exists:%{i}.x.vendor.example -all"));
    zone.addA(QStringLiteral("mail.vendor.example"), QStringLiteral("198.51.100.1"));
    zone.addA(QStringLiteral("mail.vendor.example"), QStringLiteral("2001:db8::1"));
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

namespace {

SpfCheckOutcome checkAt(InMemoryZone& zone, const QString& domain, const QString& ip = QStringLiteral("192.0.2.1"))
{
    SpfEvaluator evaluator(zone);
    return evaluator.checkHost(*IpAddress::parse(ip), domain, QStringLiteral("a@") + domain);
}

// "l<k>a" and "l<k>b" both include l<k+1>a and l<k+1>b: 2^depth include paths over 2 * depth names.
void addLattice(InMemoryZone& zone, int depth)
{
    for (int k = 0; k < depth; ++k) {
        for (const QChar side : {u'a', u'b'}) {
            zone.addTxt(QStringLiteral("l%1%2.fan.example").arg(k).arg(side),
                        QStringLiteral("v=spf1 include:l%1a.fan.example include:l%1b.fan.example -all").arg(k + 1));
        }
    }
}

} // namespace

// RFC 7208 4.6.4, as pyspf and Mail::SPF read it: the address lookups of mx exchanges are the mx term's queries.
TEST(SpfVoidLookups, EmptyMxExchangeAddressesAreVoid)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("contoso.example"), QStringLiteral("v=spf1 mx -all"));
    for (int i = 1; i <= 3; ++i) {
        zone.addMx(QStringLiteral("contoso.example"), static_cast<quint16>(i),
                   QStringLiteral("gone%1.contoso.example").arg(i));
    }
    const SpfCheckOutcome three = checkAt(zone, QStringLiteral("contoso.example"));
    EXPECT_EQ(three.result, SpfResult::PermError);
    EXPECT_EQ(three.voidLookups, 3);

    // Two empty exchanges stay within the limit; the third one answering lets the check end in the record's -all.
    zone.addA(QStringLiteral("gone3.contoso.example"), QStringLiteral("198.51.100.3"));
    const SpfCheckOutcome two = checkAt(zone, QStringLiteral("contoso.example"));
    EXPECT_EQ(two.result, SpfResult::Fail);
    EXPECT_EQ(two.voidLookups, 2);
}

TEST(SpfVoidLookups, EmptyReverseLookupOfPtrIsVoid)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("contoso.example"),
                QStringLiteral("v=spf1 ptr a:gone1.contoso.example a:gone2.contoso.example -all"));
    const SpfCheckOutcome noPtr = checkAt(zone, QStringLiteral("contoso.example"));
    EXPECT_EQ(noPtr.result, SpfResult::PermError);
    EXPECT_EQ(noPtr.voidLookups, 3);

    zone.addPtr(QStringLiteral("1.2.0.192.in-addr.arpa"), QStringLiteral("mail.elsewhere.example"));
    const SpfCheckOutcome withPtr = checkAt(zone, QStringLiteral("contoso.example"));
    EXPECT_EQ(withPtr.result, SpfResult::Fail);
    EXPECT_EQ(withPtr.voidLookups, 2);
}

TEST(SpfVoidLookups, BudgetCountsEmptyMxExchanges)
{
    InMemoryZone zone;
    for (int i = 1; i <= 3; ++i) {
        zone.addMx(QStringLiteral("contoso.example"), static_cast<quint16>(i),
                   QStringLiteral("gone%1.contoso.example").arg(i));
    }
    SpfLookupBudget budget(zone);
    const SpfBudget b = budget.forRecord(QStringLiteral("v=spf1 mx -all"), QStringLiteral("contoso.example"));
    EXPECT_EQ(b.voidLookups, 3);
    EXPECT_TRUE(hasFinding(b.findings, QStringLiteral("spf.void-lookups")));
    zone.addA(QStringLiteral("gone1.contoso.example"), QStringLiteral("198.51.100.1"));
    zone.addA(QStringLiteral("gone1.contoso.example"), QStringLiteral("2001:db8::1"));
    EXPECT_EQ(budget.forRecord(QStringLiteral("v=spf1 mx -all"), QStringLiteral("contoso.example")).voidLookups, 2);
}

// A receiver asks only for the client's family, so an exchange (or an a: target) with IPv4 addresses only is a void
// lookup for every IPv6 client. The budget counts each family and reports the worse one.
TEST(SpfVoidLookups, BudgetCountsTheWorseClientFamily)
{
    InMemoryZone zone;
    for (int i = 1; i <= 3; ++i) {
        const QString host = QStringLiteral("v4only%1.contoso.example").arg(i);
        zone.addMx(QStringLiteral("contoso.example"), static_cast<quint16>(i), host);
        zone.addA(host, QStringLiteral("198.51.100.%1").arg(i));
    }
    SpfLookupBudget budget(zone);
    const SpfBudget b = budget.forRecord(QStringLiteral("v=spf1 mx -all"), QStringLiteral("contoso.example"));
    EXPECT_EQ(b.voidLookups, 3);
    EXPECT_TRUE(hasFinding(b.findings, QStringLiteral("spf.void-lookups")));
    // The evaluator agrees: fine for IPv4 clients, permerror for IPv6 ones.
    EXPECT_EQ(checkAt(zone, QStringLiteral("contoso.example")).voidLookups, 0);
    zone.addTxt(QStringLiteral("contoso.example"), QStringLiteral("v=spf1 mx -all"));
    const SpfCheckOutcome v6 = checkAt(zone, QStringLiteral("contoso.example"), QStringLiteral("2001:db8::99"));
    EXPECT_EQ(v6.result, SpfResult::PermError);
    EXPECT_EQ(v6.voidLookups, 3);

    // Per family, not "either family empty": one exchange without AAAA and one without A is one void for either.
    InMemoryZone mixed;
    mixed.addMx(QStringLiteral("contoso.example"), 1, QStringLiteral("four.contoso.example"));
    mixed.addMx(QStringLiteral("contoso.example"), 2, QStringLiteral("six.contoso.example"));
    mixed.addA(QStringLiteral("four.contoso.example"), QStringLiteral("198.51.100.4"));
    mixed.addA(QStringLiteral("six.contoso.example"), QStringLiteral("2001:db8::6"));
    EXPECT_EQ(SpfLookupBudget(mixed)
                  .forRecord(QStringLiteral("v=spf1 mx a:four.contoso.example -all"), QStringLiteral("contoso.example"))
                  .voidLookups,
              2); // IPv6 clients: four's AAAA twice
}

TEST(SpfVoidLookups, BudgetSaysWhenItStopsOnTheVoidLimit)
{
    InMemoryZone zone;
    QString record = QStringLiteral("v=spf1");
    for (int i = 1; i <= SpfLookupBudget::kVoidCountUpTo + 2; ++i) {
        record += QStringLiteral(" a:gone%1.contoso.example").arg(i);
    }
    record += QStringLiteral(" -all");
    const SpfBudget b = SpfLookupBudget(zone).forRecord(record, QStringLiteral("contoso.example"));
    EXPECT_EQ(b.voidLookups, SpfLookupBudget::kVoidCountUpTo);
    EXPECT_TRUE(b.truncated);
    EXPECT_EQ(b.root.problem,
              QStringLiteral("Not counted further: lookups that found nothing are already past their limit."));
}

TEST(SpfLookupBudget, FanOutStopsJustPastTheLimitOverTheWholeRecord)
{
    InMemoryZone zone;
    addLattice(zone, 24);
    SpfLookupBudget budget(zone);
    const SpfBudget b =
        budget.forRecord(QStringLiteral("v=spf1 include:l0a.fan.example -all"), QStringLiteral("contoso.example"));
    EXPECT_EQ(b.totalLookups, SpfLookupBudget::kCountUpTo);
    EXPECT_TRUE(b.truncated);
    EXPECT_EQ(b.overLimitTerm, QStringLiteral("include:l0a.fan.example"));
    EXPECT_TRUE(hasFinding(b.findings, QStringLiteral("spf.too-many-lookups")));
    EXPECT_LE(zone.queryCount(), SpfLookupBudget::kCountUpTo + 1);

    // Within the limit nothing is cut: a lattice two levels deep is counted whole.
    InMemoryZone small;
    addLattice(small, 2);
    const SpfBudget whole = SpfLookupBudget(small).forRecord(QStringLiteral("v=spf1 include:l0a.fan.example -all"),
                                                             QStringLiteral("contoso.example"));
    EXPECT_FALSE(whole.truncated);
    EXPECT_TRUE(whole.overLimitTerm.isEmpty());
    EXPECT_EQ(whole.totalLookups, 7); // l0a, then l1a and l1b, each with l2a and l2b
}

// A term is outside text: a "%2" in it must reach the message as written, not be filled in by the next arg().
TEST(SpfLookupBudget, PercentDigitsInTermsAreNotSubstituted)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("%2.example"), QStringLiteral("v=spf1 a -all"));
    zone.addA(QStringLiteral("%2.example"), QStringLiteral("192.0.2.2"));
    zone.addA(QStringLiteral("%2.example"), QStringLiteral("2001:db8::2"));
    zone.addA(QStringLiteral("contoso.example"), QStringLiteral("192.0.2.1"));
    zone.addA(QStringLiteral("contoso.example"), QStringLiteral("2001:db8::1"));
    SpfLookupBudget budget(zone);
    const SpfBudget near = budget.forRecord(QStringLiteral("v=spf1 include:%%2.example a a a a a a -all"),
                                            QStringLiteral("contoso.example"));
    ASSERT_EQ(near.totalLookups, 8);
    ASSERT_EQ(near.findings.size(), 1);
    EXPECT_TRUE(near.findings.first().message.contains(QStringLiteral("include:%%2.example (2)")))
        << near.findings.first().message.toStdString();

    const SpfBudget over = budget.forRecord(QStringLiteral("v=spf1 a a a a a a a a a include:%%2.example -all"),
                                            QStringLiteral("contoso.example"));
    ASSERT_EQ(over.overLimitTerm, QStringLiteral("include:%%2.example"));
    ASSERT_FALSE(over.findings.isEmpty());
    EXPECT_TRUE(over.findings.first().message.contains(QStringLiteral("\"include:%%2.example\" is where")))
        << over.findings.first().message.toStdString();
}

TEST(SpfEvaluatorLimits, FanOutStopsAtTheEleventhLookupOverTheWholeEvaluation)
{
    InMemoryZone zone;
    addLattice(zone, 24);
    const SpfCheckOutcome o = checkAt(zone, QStringLiteral("l0a.fan.example"));
    EXPECT_EQ(o.result, SpfResult::PermError);
    EXPECT_EQ(o.lookups, SpfEvaluator::kLookupLimit + 1);
    EXPECT_LE(zone.queryCount(), SpfEvaluator::kLookupLimit + 1);
}
