#include "dkim/DkimKeyRecord.h"
#include "dkim/DkimTargetPasteParser.h"
#include "support/TestKeys.h"

#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::TestKeys;

TEST(DkimKeyRecord, AcceptsBothRsaEncodingsAndReportsBits)
{
    for (int bits : {1024, 2048}) {
        const DkimKeyEvaluation spki =
            DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=rsa; p=") + TestKeys::rsaSpki(bits));
        EXPECT_TRUE(spki.valid);
        EXPECT_EQ(spki.keyBits, bits);
        EXPECT_EQ(spki.keyEncoding, QStringLiteral("SubjectPublicKeyInfo"));
        const DkimKeyEvaluation pkcs1 =
            DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; p=") + TestKeys::rsaPkcs1(bits));
        EXPECT_TRUE(pkcs1.valid);
        EXPECT_EQ(pkcs1.keyBits, bits);
        EXPECT_EQ(pkcs1.keyEncoding, QStringLiteral("RSAPublicKey"));
    }
}

TEST(DkimKeyRecord, KeySplitAcrossStringsWithWhitespaceStillDecodes)
{
    QString key = TestKeys::rsaSpki(2048);
    key.insert(100, QStringLiteral(" \t "));
    const DkimKeyEvaluation e =
        DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=rsa; p=") + key + QStringLiteral(";"));
    EXPECT_TRUE(e.valid);
    EXPECT_EQ(e.keyBits, 2048);
}

TEST(DkimKeyRecord, Ed25519)
{
    const DkimKeyEvaluation e =
        DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=ed25519; p=") + TestKeys::ed25519Raw());
    EXPECT_TRUE(e.valid);
    EXPECT_EQ(e.keyType, DkimKeyType::Ed25519);
    EXPECT_EQ(e.keyBits, 256);
    // An RSA key under k=ed25519 cannot be used.
    EXPECT_FALSE(DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=ed25519; p=") + TestKeys::rsaSpki(1024)).valid);
}

TEST(DkimKeyRecord, RevokedIsValidWithZeroBits)
{
    const DkimKeyEvaluation e = DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; p="));
    EXPECT_TRUE(e.valid);
    EXPECT_TRUE(e.revoked);
    EXPECT_EQ(e.keyBits, 0);
}

TEST(DkimKeyRecord, VersionMustBeFirst)
{
    EXPECT_FALSE(DkimKeyRecord::evaluate(QStringLiteral("k=rsa; v=DKIM1; p=") + TestKeys::rsaSpki(2048)).valid);
    EXPECT_TRUE(DkimKeyRecord::evaluate(QStringLiteral("k=rsa; p=") + TestKeys::rsaSpki(2048)).valid); // v is optional
}

TEST(M365DkimTarget, RecognisesBothFormatsAndSovereignClouds)
{
    const auto legacy =
        M365DkimTarget::recognise(QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.com."));
    ASSERT_TRUE(legacy);
    EXPECT_EQ(legacy->format, M365DkimTarget::Format::Legacy);
    EXPECT_EQ(legacy->tenant, QStringLiteral("contoso"));
    EXPECT_EQ(legacy->hostName(), QStringLiteral("selector1._domainkey"));
    const auto dynamic = M365DkimTarget::recognise(
        QStringLiteral("selector2-cohowinery-com._domainkey.cohovineyardandwinery.r-v1.dkim.mail.microsoft"));
    ASSERT_TRUE(dynamic);
    EXPECT_EQ(dynamic->selector, 2);
    EXPECT_EQ(dynamic->partition, QChar(u'r'));
    EXPECT_TRUE(M365DkimTarget::recognise(QStringLiteral("selector1-contoso-us._domainkey.contoso.onmicrosoft.us")));
    EXPECT_TRUE(
        M365DkimTarget::recognise(QStringLiteral("selector1-contoso-cn._domainkey.contoso.partner.onmschina.cn")));
    EXPECT_FALSE(M365DkimTarget::recognise(QStringLiteral("selector3-contoso-com._domainkey.contoso.onmicrosoft.com")));
    EXPECT_FALSE(
        M365DkimTarget::recognise(QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v2.dkim.mail.microsoft")));
}

TEST(M365DkimTarget, PredictionIsLabelledAGuess)
{
    const M365DkimTarget guess = M365DkimTarget::predictLegacy(1, QStringLiteral("marketing.contoso.com"),
                                                               QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_TRUE(guess.isGuess);
    EXPECT_EQ(guess.target, QStringLiteral("selector1-marketing-contoso-com._domainkey.contoso.onmicrosoft.com"));
}

TEST(DkimTargetPasteParser, FormatListWithWrappedValuesAndCrlf)
{
    const QString text =
        QStringLiteral("\r\n"
                       "Name           : contoso.com\r\n"
                       "Enabled        : False\r\n"
                       "Status         : CnameMissing\r\n"
                       "Selector1CNAME : selector1-contoso-com._domainkey.JusticeUK.w-v1.dkim.mail.\r\n"
                       "                 microsoft\r\n"
                       "Selector2CNAME : selector2-contoso-com._domainkey.JusticeUK.w-v1.dkim.mail.microsoft   \r\n"
                       "\r\n");
    const DkimPastedTargets t = DkimTargetPasteParser::parse(text);
    ASSERT_TRUE(t.complete()) << t.problems.join(u' ').toStdString();
    EXPECT_EQ(t.selector1->target,
              QStringLiteral("selector1-contoso-com._domainkey.JusticeUK.w-v1.dkim.mail.microsoft"));
    EXPECT_EQ(t.selector2->target,
              QStringLiteral("selector2-contoso-com._domainkey.JusticeUK.w-v1.dkim.mail.microsoft"));
    EXPECT_EQ(t.domain, QStringLiteral("contoso.com"));
    EXPECT_EQ(t.status, QStringLiteral("CnameMissing"));
    EXPECT_EQ(t.enabled, QStringLiteral("False"));
}

TEST(DkimTargetPasteParser, WrapInsideTheDomainToken)
{
    const QString text = QStringLiteral("Selector1CNAME : selector1-find-child-arrangement-option-service-gov-u\n"
                                        "                 k01be2e._domainkey.JusticeUK.w-v1.dkim.mail.microsoft\n"
                                        "Selector2CNAME : selector2-find-child-arrangement-option-service-gov-u\n"
                                        "                 k01be2e._domainkey.JusticeUK.w-v1.dkim.mail.microsoft\n");
    const DkimPastedTargets t = DkimTargetPasteParser::parse(text);
    ASSERT_TRUE(t.complete()) << t.problems.join(u' ').toStdString();
    EXPECT_EQ(t.selector1->domainToken, QStringLiteral("find-child-arrangement-option-service-gov-uk01be2e"));
}

TEST(DkimTargetPasteParser, PortalErrorText)
{
    const QString text = QStringLiteral(
        "|Microsoft.Exchange.ManagementTasks.ValidationException|CNAME record does not exist for this config. Please "
        "publish the following two CNAME records first. Domain Name : contoso.com Host Name : selector1._domainkey "
        "Points to address or value: selector1-contoso-com._domainkey.contoso.onmicrosoft.com Host Name : "
        "selector2._domainkey Points to address or value: selector2-contoso-com._domainkey.contoso.onmicrosoft.com . "
        "If you have already published the CNAME records, sync will take a few minutes to as many as 4 days based on "
        "your specific DNS. Return and retry this step later.");
    const DkimPastedTargets t = DkimTargetPasteParser::parse(text);
    ASSERT_TRUE(t.complete()) << t.problems.join(u' ').toStdString();
    EXPECT_EQ(t.selector1->target, QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.com"));
    EXPECT_EQ(t.selector2->target, QStringLiteral("selector2-contoso-com._domainkey.contoso.onmicrosoft.com"));
    EXPECT_EQ(t.domain, QStringLiteral("contoso.com"));
}

TEST(DkimTargetPasteParser, PortalTextWrappedByTheDialog)
{
    const QString text = QStringLiteral(
        "Points to address or value: selector1-contoso-com._domainkey.contoso.onmicro\n"
        "soft.com Host Name : selector2._domainkey Points to address or value: selector2-contoso-com._dom\n"
        "ainkey.contoso.onmicrosoft.com .");
    const DkimPastedTargets t = DkimTargetPasteParser::parse(text);
    ASSERT_TRUE(t.complete()) << t.problems.join(u' ').toStdString();
    EXPECT_EQ(t.selector2->target, QStringLiteral("selector2-contoso-com._domainkey.contoso.onmicrosoft.com"));
}

TEST(DkimTargetPasteParser, ClearProblemsForIncompleteOrMixedText)
{
    EXPECT_FALSE(DkimTargetPasteParser::parse(QStringLiteral("Name : contoso.com\nStatus : Valid")).complete());
    const DkimPastedTargets one = DkimTargetPasteParser::parse(
        QStringLiteral("Selector1CNAME : selector1-contoso-com._domainkey.contoso.onmicrosoft.com"));
    EXPECT_FALSE(one.complete());
    EXPECT_EQ(one.problems.size(), 1);
    const DkimPastedTargets mixed = DkimTargetPasteParser::parse(
        QStringLiteral("Selector1CNAME : selector1-contoso-com._domainkey.contoso.onmicrosoft.com\n"
                       "Selector2CNAME : selector2-fabrikam-com._domainkey.contoso.onmicrosoft.com\n"));
    EXPECT_FALSE(mixed.complete());
}

TEST(DkimKeyRecord, ValuesAreCaseSensitive)
{
    // RFC 6376 3.2: values are case-sensitive unless a tag says otherwise; k and s do not.
    const QString key = TestKeys::rsaSpki(2048);
    const DkimKeyEvaluation upperK = DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=RSA; p=") + key);
    EXPECT_FALSE(upperK.valid);
    EXPECT_TRUE(hasFinding(upperK.findings, QStringLiteral("dkim.unknown-key-type")));
    EXPECT_FALSE(upperK.keyType);
    EXPECT_FALSE(DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=Ed25519; p=") + key).valid);

    const DkimKeyEvaluation upperS = DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; s=EMAIL; p=") + key);
    EXPECT_FALSE(upperS.valid);
    EXPECT_TRUE(hasFinding(upperS.findings, QStringLiteral("dkim.service-not-email")));

    const DkimKeyEvaluation exact = DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k=rsa; s=email; p=") + key);
    EXPECT_TRUE(exact.valid);
    EXPECT_FALSE(hasFinding(exact.findings, QStringLiteral("dkim.unknown-key-type")));
    EXPECT_FALSE(hasFinding(exact.findings, QStringLiteral("dkim.service-not-email")));
    EXPECT_TRUE(DkimKeyRecord::evaluate(QStringLiteral("v=DKIM1; k = rsa ; s = * : email ; p=") + key).valid);
}

// The Defender portal's DKIM details ("Publish CNAMEs", with Copy) as an admin who cannot run scripts pastes it:
// Microsoft Learn does not show the copied text, so every shape a copy from that page can take is read.
TEST(DkimTargetPasteParser, CnamesCopiedFromTheDefenderPortal)
{
    const QString s1 = QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
    const QString s2 = QStringLiteral("selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
    const QStringList copies{
        // Label and value on one line, as Learn writes the records.
        QStringLiteral("Publish CNAMEs\nHostname: selector1._domainkey\nPoints to address or value: %1\n"
                       "Hostname: selector2._domainkey\nPoints to address or value: %2\n")
            .arg(s1, s2),
        // Labels above values, as a flyout copied with the mouse.
        QStringLiteral("Publish CNAMEs\n\nCNAME record\nHostname\nselector1._domainkey\nPoints to address or value\n"
                       "%1\n\nCNAME record\nHostname\nselector2._domainkey\nPoints to address or value\n%2\nCopy\n")
            .arg(s1, s2),
        // A table (tab-separated), the values with the trailing dot some pages add.
        QStringLiteral("Type\tHostname\tPoints to address or value\r\nCNAME\tselector1._domainkey\t%1.\r\n"
                       "CNAME\tselector2._domainkey\t%2.\r\n")
            .arg(s1, s2),
        // No separator at all, and the invisible break hints and no-break spaces a web page copies.
        QStringLiteral("selector1._domainkey\u00a0%1selector2._domainkey\u00a0%2")
            .arg(QString(s1).insert(20, QChar(0x200B)).insert(40, QChar(0x00AD)),
                 QString(s2).insert(33, QChar(0x2060))),
    };
    for (const QString& copy : copies) {
        const DkimPastedTargets t = DkimTargetPasteParser::parse(copy);
        ASSERT_TRUE(t.complete()) << copy.toStdString() << ": " << t.problems.join(u' ').toStdString();
        EXPECT_EQ(t.selector1->target, s1) << copy.toStdString();
        EXPECT_EQ(t.selector2->target, s2) << copy.toStdString();
        EXPECT_EQ(t.selector1->partition, u'n');
    }
    // GCC High / DoD and 21Vianet tenants: the legacy format under their initial domains.
    const DkimPastedTargets us = DkimTargetPasteParser::parse(
        QStringLiteral("Hostname: selector1._domainkey\nPoints to address or value: "
                       "selector1-contoso-com._domainkey.contoso.onmicrosoft.us\nHostname: selector2._domainkey\n"
                       "Points to address or value: selector2-contoso-com._domainkey.contoso.onmicrosoft.us"));
    ASSERT_TRUE(us.complete()) << us.problems.join(u' ').toStdString();
    EXPECT_EQ(us.selector2->initialDomainSuffix, QStringLiteral("onmicrosoft.us"));
}
