// The XML of DMARC aggregate reports: both formats as the big reporters write them, the mess real reports carry, and
// the documents that must be refused (entity bombs, external entities, impossible counts).
#include "reports/AggregateReportParser.h"

#include "support/ReportArchives.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

AggregateReport parsed(const QByteArray& xml)
{
    const AggregateReportParseResult result = AggregateReportParser::parse(xml);
    EXPECT_TRUE(result.report.has_value()) << result.error.toStdString();
    return result.report.value_or(AggregateReport{});
}

QString refusal(const QByteArray& xml)
{
    const AggregateReportParseResult result = AggregateReportParser::parse(xml);
    EXPECT_FALSE(result.report.has_value());
    EXPECT_FALSE(result.error.isEmpty());
    return result.error;
}

// A minimal report around one record, for the cases that vary one value.
QByteArray withRecord(const QByteArray& record)
{
    return "<feedback><report_metadata><org_name>r.example</org_name><email>d@r.example</email>"
           "<report_id>1</report_id></report_metadata><policy_published><domain>contoso.com</domain><p>none</p>"
           "</policy_published>" +
           record + "</feedback>";
}

QByteArray rowWithCount(const QByteArray& count)
{
    return withRecord("<record><row><source_ip>192.0.2.1</source_ip><count>" + count +
                      "</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf>"
                      "</policy_evaluated></row><identifiers><header_from>contoso.com</header_from></identifiers>"
                      "</record>");
}

} // namespace

TEST(AggregateReportParser, ReadsGoogleRfc7489)
{
    const AggregateReport r = parsed(sample(QStringLiteral("google-rfc7489.xml")));
    EXPECT_EQ(r.format, AggregateReportFormat::Rfc7489);
    EXPECT_EQ(r.orgName, u"google.com");
    EXPECT_EQ(r.email, u"noreply-dmarc-support@google.com");
    EXPECT_EQ(r.reportId, u"11820731445316420925");
    EXPECT_EQ(r.begin, QDateTime::fromSecsSinceEpoch(1764460800, Qt::UTC));
    EXPECT_EQ(r.end, QDateTime::fromSecsSinceEpoch(1764547199, Qt::UTC));
    EXPECT_EQ(r.begin.timeSpec(), Qt::UTC);
    EXPECT_EQ(r.policy.domain, u"contoso.com");
    EXPECT_EQ(r.policy.p, u"none");
    EXPECT_EQ(r.policy.pct, 100);
    EXPECT_TRUE(r.policy.np.isEmpty());
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[0].sourceIp, u"40.107.22.95");
    EXPECT_EQ(r.records[0].count, 42u);
    EXPECT_EQ(r.records[1].sourceIp, u"2a01:111:f403:c201::3");
    EXPECT_EQ(r.records[1].count, 7u);
    EXPECT_EQ(r.records[1].spfEvaluated, u"fail");
    ASSERT_EQ(r.records[1].dkim.size(), 1);
    EXPECT_EQ(r.records[1].dkim[0].selector, u"selector2");
    ASSERT_EQ(r.records[1].spf.size(), 1);
    EXPECT_EQ(r.records[1].spf[0].domain, u"bounces.contoso.com");
    EXPECT_EQ(r.records[1].spf[0].result, u"softfail");
    EXPECT_TRUE(r.records[1].spf[0].scope.isEmpty()); // Google leaves scope out
    EXPECT_TRUE(r.records[2].dkim.isEmpty());
    EXPECT_EQ(r.identity(), u"google.com\nnoreply-dmarc-support@google.com\n11820731445316420925");
}

TEST(AggregateReportParser, ReadsOutlookRfc7489AndNormalisesTheDomain)
{
    const AggregateReport r = parsed(sample(QStringLiteral("outlook-rfc7489.xml")));
    EXPECT_EQ(r.orgName, u"Outlook.com");
    EXPECT_EQ(r.policy.domain, u"contoso.com"); // written "Contoso.com."
    EXPECT_EQ(r.policy.fo, u"0");
    EXPECT_EQ(r.policy.p, u"quarantine");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].envelopeTo, u"outlook.com");
    EXPECT_EQ(r.records[0].envelopeFrom, u"contoso.com");
    EXPECT_EQ(r.records[0].spf[0].scope, u"mfrom");
    EXPECT_EQ(r.records[1].disposition, u"quarantine");
    EXPECT_EQ(r.records[1].count, 5u);
}

TEST(AggregateReportParser, ReadsRfc9990WithItsNewElements)
{
    const AggregateReport r = parsed(sample(QStringLiteral("google-rfc9990.xml")));
    EXPECT_EQ(r.format, AggregateReportFormat::Rfc9990);
    EXPECT_EQ(r.policy.discoveryMethod, u"treewalk");
    EXPECT_EQ(r.policy.np, u"reject");
    EXPECT_EQ(r.policy.testing, u"y");
    EXPECT_EQ(r.policy.adkim, u"s");
    EXPECT_EQ(r.policy.pct, -1);
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[1].overrideReasons, QStringList{QStringLiteral("policy_test_mode")});
    EXPECT_TRUE(r.records[1].envelopeFrom.isEmpty()); // null reverse-path: present but empty
    EXPECT_EQ(r.records[1].spf[0].domain, u"relay.example.org");

    const AggregateReport outlook = parsed(sample(QStringLiteral("outlook-rfc9990.xml")));
    EXPECT_EQ(outlook.format, AggregateReportFormat::Rfc9990);
    EXPECT_EQ(outlook.policy.domain, u"fabrikam.com");
    EXPECT_EQ(outlook.policy.discoveryMethod, u"psl");
    EXPECT_EQ(outlook.policy.testing, u"n");
    ASSERT_EQ(outlook.records.size(), 2); // the <extension> before the records is skipped, not mistaken for one
    EXPECT_EQ(outlook.records[1].count, 12u);
    EXPECT_EQ(outlook.records[1].disposition, u"reject");
}

TEST(AggregateReportParser, NormalisesWhatMessyReportersWrite)
{
    const AggregateReport r = parsed(sample(QStringLiteral("mimecast-rfc7489.xml")));
    EXPECT_EQ(r.policy.adkim, u"r");
    EXPECT_EQ(r.policy.p, u"none");
    ASSERT_EQ(r.records.size(), 2);
    const AggregateRecord& first = r.records[0];
    EXPECT_EQ(first.sourceIp, u"40.107.22.95"); // written 040.107.022.095
    EXPECT_EQ(first.disposition, u"none");
    EXPECT_EQ(first.dkimEvaluated, u"pass");
    EXPECT_EQ(first.spfEvaluated, u"fail");
    EXPECT_TRUE(first.overrideReasons.isEmpty()); // <reason><type></type></reason> says nothing
    EXPECT_EQ(first.headerFrom, u"contoso.com");  // no header_from: the published domain
    EXPECT_TRUE(first.envelopeFrom.isEmpty());
    EXPECT_EQ(first.dkim[0].domain, u"contoso.com");
    EXPECT_EQ(first.dkim[0].result, u"pass");
    EXPECT_EQ(first.spf[0].scope, u"helo");
    EXPECT_EQ(first.spf[0].result, u"softfail");
    EXPECT_EQ(r.records[1].headerFrom, u"news.contoso.com");
    EXPECT_EQ(r.records[1].overrideReasons, (QStringList{QStringLiteral("forwarded"), QStringLiteral("mailing_list")}));
}

TEST(AggregateReportParser, ReadsInvalidUtf8AndTheOldDraftNamespace)
{
    const QByteArray xml = sample(QStringLiteral("small-provider-rfc7489.xml"));
    ASSERT_FALSE(QByteArrayView(xml).isValidUtf8()); // the sample really is broken
    const AggregateReport r = parsed(xml);
    EXPECT_EQ(r.format, AggregateReportFormat::Rfc7489);
    EXPECT_TRUE(r.orgName.startsWith(u"Posteo Stra"));
    EXPECT_TRUE(r.orgName.contains(QChar::ReplacementCharacter));
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records[0].sourceIp, u"2001:db8::25");
    EXPECT_EQ(r.records[0].count, 4u);
    EXPECT_EQ(r.records[0].disposition, u"reject");
}

TEST(AggregateReportParser, ReadsADeclaredLegacyEncoding)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>" +
                           withRecord("").replace("r.example</org_name>", "Caf\xe9 Mail</org_name>");
    EXPECT_EQ(parsed(xml).orgName, QStringLiteral("Caf\u00e9 Mail"));
}

TEST(AggregateReportParser, AcceptsEveryCountThatFits64BitsAndRefusesTheRest)
{
    EXPECT_EQ(parsed(rowWithCount("18446744073709551615")).records[0].count, 18446744073709551615ull);
    EXPECT_EQ(parsed(rowWithCount(" 0 ")).records[0].count, 0u);
    EXPECT_TRUE(refusal(rowWithCount("18446744073709551616")).contains(u"too large"));
    EXPECT_TRUE(refusal(rowWithCount("99999999999999999999999999999999")).contains(u"too large"));
    EXPECT_TRUE(refusal(rowWithCount("-1")).contains(u"negative"));
    EXPECT_TRUE(refusal(rowWithCount("1e3")).contains(u"not a number"));
    EXPECT_TRUE(refusal(rowWithCount("")).contains(u"empty"));
    EXPECT_TRUE(refusal(withRecord("<record><row><source_ip>192.0.2.1</source_ip></row></record>"))
                    .contains(u"no message count"));
    EXPECT_TRUE(refusal(rowWithCount("-1")).contains(u"row 1"));
}

TEST(AggregateReportParser, RefusesAnEntityBombQuickly)
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE feedback [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j) {
            bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        }
        bomb += "\">\n";
    }
    bomb += "]>\n<feedback><report_metadata><org_name>&lol9;</org_name><report_id>1</report_id></report_metadata>"
            "<policy_published><domain>contoso.com</domain></policy_published></feedback>";
    QElapsedTimer timer;
    timer.start();
    const QString why = refusal(bomb);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_TRUE(why.contains(u"entities")) << why.toStdString();
}

TEST(AggregateReportParser, NeverReadsAnExternalEntity)
{
    const QByteArray declared = "<?xml version=\"1.0\"?><!DOCTYPE feedback [<!ENTITY xxe SYSTEM "
                                "\"file:///etc/passwd\">]>" +
                                withRecord("").replace("r.example</org_name>", "&xxe;</org_name>");
    EXPECT_TRUE(refusal(declared).contains(u"entities"));

    // An external DTD is never loaded, so the entity stays undeclared and the document is broken.
    const QByteArray external = "<?xml version=\"1.0\"?><!DOCTYPE feedback SYSTEM \"file:///etc/passwd\">" +
                                withRecord("").replace("r.example</org_name>", "&xxe;</org_name>");
    const AggregateReportParseResult result = AggregateReportParser::parse(external);
    if (result.report) {
        EXPECT_FALSE(result.report->orgName.contains(u"root:"));
    } else {
        EXPECT_FALSE(result.error.contains(u"root:"));
        EXPECT_TRUE(result.error.contains(u"xxe")) << result.error.toStdString();
    }

    // A parameter entity in the internal subset is refused like any other declaration.
    const QByteArray parameter = "<?xml version=\"1.0\"?><!DOCTYPE feedback [<!ENTITY % p SYSTEM "
                                 "\"file:///etc/passwd\"> %p;]>" +
                                 withRecord("");
    const AggregateReportParseResult p = AggregateReportParser::parse(parameter);
    EXPECT_FALSE(p.report.has_value());
    EXPECT_FALSE(p.error.contains(u"root:"));
}

TEST(AggregateReportParser, RefusesWhatIsNotAReport)
{
    EXPECT_TRUE(refusal("<html><body>hello</body></html>").contains(u"not a DMARC aggregate report"));
    EXPECT_TRUE(refusal("<?xml version=\"1.0\"?>").contains(u"not a DMARC aggregate report"));
    EXPECT_TRUE(refusal("<feedback><policy_published><domain>contoso.com</domain></policy_published></feedback>")
                    .contains(u"report_id"));
    EXPECT_TRUE(refusal("<feedback><report_metadata><report_id>1</report_id></report_metadata></feedback>")
                    .contains(u"policy_published/domain"));
    QByteArray truncated = sample(QStringLiteral("yahoo-rfc7489.xml"));
    truncated.chop(200);
    EXPECT_TRUE(refusal(truncated).contains(u"broken at line"));
}

TEST(AggregateReportParser, IgnoresWhatFollowsTheReport)
{
    QByteArray xml = sample(QStringLiteral("yahoo-rfc7489.xml"));
    xml.append(QByteArray(64, '\0')).append("<feedback>a second, broken document");
    const AggregateReport r = parsed(xml);
    EXPECT_EQ(r.orgName, u"Yahoo");
    EXPECT_EQ(r.records.size(), 1);
}

TEST(AggregateReportParser, CapsTheRowsOfOneReport)
{
    const QByteArray xml =
        reportXml(QStringLiteral("r.example"), QStringLiteral("1"), QStringLiteral("contoso.com"), 3);
    EXPECT_EQ(AggregateReportParser::parse(xml, 3).report->records.size(), 3);
    const AggregateReportParseResult capped = AggregateReportParser::parse(xml, 2);
    EXPECT_FALSE(capped.report.has_value());
    EXPECT_TRUE(capped.error.contains(u"more than 2 rows"));
}

TEST(AggregateReportParser, ReadsAMultiByteLegacyEncoding)
{
    // Shift_JIS is none of the encodings the XML parser reads itself: Qt decodes the document first.
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>" +
                           withRecord("").replace("r.example</org_name>", "\x93\xfa\x96\x7b Mail</org_name>");
    EXPECT_EQ(parsed(xml).orgName, QStringLiteral("\u65e5\u672c Mail"));
    const QByteArray unknown = "<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?>" + withRecord("");
    EXPECT_FALSE(refusal(unknown).isEmpty());
}

TEST(AggregateReportParser, ReadsUtf32)
{
    const QString text = QString::fromUtf8(withRecord("").replace("r.example</org_name>", "Caf\xc3\xa9</org_name>"));
    for (const auto encoding : {QStringConverter::Utf32LE, QStringConverter::Utf32BE}) {
        QStringEncoder encoder(encoding);
        const QByteArray xml = encoder.encode(text);
        EXPECT_EQ(parsed(xml).orgName, QStringLiteral("Caf\u00e9"));
    }
}

TEST(AggregateReportParser, ReadsAPrefixedNamespaceAndRefusesAnUndeclaredPrefix)
{
    QByteArray prefixed = withRecord("");
    prefixed.replace("<", "<d:").replace("<d:/", "</d:");
    prefixed.replace("<d:feedback>", "<d:feedback xmlns:d=\"urn:ietf:params:xml:ns:dmarc-2.0\">");
    const AggregateReport r = parsed(prefixed);
    EXPECT_EQ(r.format, AggregateReportFormat::Rfc9990);
    EXPECT_EQ(r.policy.domain, u"contoso.com");
    EXPECT_EQ(r.reportId, u"1");

    QByteArray undeclared = withRecord("");
    undeclared.replace("<org_name>", "<x:org_name>").replace("</org_name>", "</x:org_name>");
    EXPECT_TRUE(refusal(undeclared).contains(u"broken at line"));
}

TEST(AggregateReportParser, ReadsADoctypeWithoutEntitiesAndRefusesOneThatHidesThem)
{
    const QByteArray plain = "<?xml version=\"1.0\"?><!DOCTYPE feedback [<!ELEMENT feedback ANY>]>" + withRecord("");
    EXPECT_EQ(parsed(plain).policy.domain, u"contoso.com");

    // A parameter entity reference first makes the parser stop processing later declarations; the entity used in
    // the document is then refused all the same, never expanded.
    const QByteArray hidden = "<?xml version=\"1.0\"?><!DOCTYPE feedback [%p; <!ENTITY big \"&#x41;&#x41;\">]>" +
                              withRecord("").replace("r.example</org_name>", "&big;</org_name>");
    const AggregateReportParseResult result = AggregateReportParser::parse(hidden);
    EXPECT_FALSE(result.report.has_value());
    EXPECT_TRUE(result.error.contains(u"'big'")) << result.error.toStdString();
}

TEST(AggregateReportParser, NamesAnUndeclaredEntity)
{
    const QByteArray xml = withRecord("").replace("r.example</org_name>", "&nope;</org_name>");
    const QString why = refusal(xml);
    EXPECT_TRUE(why.contains(u"broken at line 1")) << why.toStdString();
    EXPECT_TRUE(why.contains(u"nope")) << why.toStdString();
}

TEST(AggregateReportParser, RefusesAnEmptyRootElement)
{
    // The fuzzer found the end of <html/> reaching the reader after its start had been refused.
    EXPECT_TRUE(refusal("<html/>").contains(u"<html>"));
    EXPECT_TRUE(refusal("<feedback/>").contains(u"report_id"));
    EXPECT_TRUE(refusal(withRecord("<record/>")).contains(u"no message count"));
}
