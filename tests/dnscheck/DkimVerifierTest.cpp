// DKIM: tag parsing, canonicalization (RFC 6376 3.4.5's own example), and verification of messages signed by the
// test signer, with keys from an in-memory zone (the same against knot: tests/dns/DkimDnsTest.cpp).
#include "dkim/DkimVerifier.h"

#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimSignature.h"
#include "dns/InMemoryZone.h"
#include "message/MessageAnalysis.h"
#include "message/MessageHeaders.h"
#include "support/DkimTestSigner.h"
#include "support/TestKeys.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString keyRecord(EVP_PKEY* pair, bool ed25519 = false)
{
    return QStringLiteral("v=DKIM1; k=%1; p=%2")
        .arg(ed25519 ? QStringLiteral("ed25519") : QStringLiteral("rsa"), TestKeys::publicKeyBase64(pair));
}

DkimVerifier::Outcome verify(const QByteArray& raw, DnsLookup& dns)
{
    const MessageHeaders m = MessageHeaders::parse(raw);
    DkimMessage d;
    d.hasBody = m.hasBody;
    d.body = m.body;
    for (const auto& f : m.fields) {
        d.fields.append(DkimMessage::Field{f.rawName, f.rawValue});
    }
    return DkimVerifier::verify(d, &dns);
}

} // namespace

TEST(DkimCanonicalizer, Rfc6376ExampleHeaders)
{
    // RFC 6376 3.4.5: "A: X" and "B : Y<TAB><CRLF><TAB>Z  ".
    EXPECT_EQ(DkimCanonicalizer::header(DkimCanonicalization::Relaxed, "A", " X"), QByteArray("a:X\r\n"));
    EXPECT_EQ(DkimCanonicalizer::header(DkimCanonicalization::Relaxed, "B ", " Y\t\r\n\tZ  "), QByteArray("b:Y Z\r\n"));
    EXPECT_EQ(DkimCanonicalizer::header(DkimCanonicalization::Simple, "B ", " Y\t\r\n\tZ  "),
              QByteArray("B : Y\t\r\n\tZ  \r\n"));
    // Bare LF folding (a message saved on Linux) is hashed as CRLF.
    EXPECT_EQ(DkimCanonicalizer::header(DkimCanonicalization::Simple, "B", " Y\n\tZ"), QByteArray("B: Y\r\n\tZ\r\n"));
}

TEST(DkimCanonicalizer, Rfc6376ExampleBody)
{
    const QByteArray body = " C \r\nD \t E\r\n\r\n\r\n";
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, body), QByteArray(" C\r\nD E\r\n"));
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Simple, body), QByteArray(" C \r\nD \t E\r\n"));
}

TEST(DkimCanonicalizer, EmptyAndUnterminatedBodies)
{
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Simple, ""), QByteArray("\r\n"));
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, ""), QByteArray());
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, "\r\n\r\n"), QByteArray());
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Simple, "end"), QByteArray("end\r\n"));
    EXPECT_EQ(DkimCanonicalizer::body(DkimCanonicalization::Simple, "a\nb\n\n"), QByteArray("a\r\nb\r\n"));
    EXPECT_EQ(DkimCanonicalizer::toCrlf("a\nb\r\nc"), QByteArray("a\r\nb\r\nc"));
}

TEST(DkimSignature, ParsesEveryTag)
{
    const auto s = DkimSignature::parse(" v=1; a=rsa-sha256; c=relaxed/simple; d=Contoso.COM; s=selector1;\r\n"
                                        "\tt=100; x=200; l=42; i=news@mail.contoso.com; q=dns/txt;\r\n"
                                        "\th=From : To:Subject; bh=AAAA;\r\n\tb=AAEC\r\n\t AwQ=");
    ASSERT_TRUE(s.valid) << s.error.toStdString();
    EXPECT_EQ(s.domain, QStringLiteral("contoso.com"));
    EXPECT_EQ(s.selector, QStringLiteral("selector1"));
    EXPECT_EQ(s.algorithm, DkimAlgorithm::RsaSha256);
    EXPECT_EQ(s.headerCanonicalization, DkimCanonicalization::Relaxed);
    EXPECT_EQ(s.bodyCanonicalization, DkimCanonicalization::Simple);
    EXPECT_EQ(s.signedHeaders, (QStringList{QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject")}));
    EXPECT_EQ(s.bodyLength, 42);
    EXPECT_EQ(s.timestamp, 100);
    EXPECT_EQ(s.expiration, 200);
    EXPECT_EQ(s.signature, QByteArray("\x00\x01\x02\x03\x04", 5));
    EXPECT_EQ(s.keyName(), QStringLiteral("selector1._domainkey.contoso.com"));
    // b= and the whitespace around its value are removed for the header hash (RFC 6376 3.7).
    EXPECT_TRUE(s.rawValueWithoutSignature().endsWith("bh=AAAA;\r\n\tb="));
}

TEST(DkimSignature, DefaultsAndRefusals)
{
    const QByteArray base = "v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA";
    const auto plain = DkimSignature::parse(base);
    ASSERT_TRUE(plain.valid);
    EXPECT_EQ(plain.headerCanonicalization, DkimCanonicalization::Simple);
    EXPECT_EQ(plain.bodyCanonicalization, DkimCanonicalization::Simple);
    EXPECT_EQ(plain.identity, QStringLiteral("@contoso.com"));
    EXPECT_EQ(DkimSignature::parse("v=1; a=rsa-sha256; c=relaxed; d=c.com; s=s; h=from; bh=AA==; b=AA==")
                  .bodyCanonicalization,
              DkimCanonicalization::Simple);

    for (const QByteArray& bad : {
             QByteArray("a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA"),                   // no v=
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=to:subject; bh=AAAA; b=AAAA"),        // no From
             QByteArray("v=1; a=rsa-sha512; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA"),              // algorithm
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; d=x.com; s=s1; h=from; bh=AAAA; b=AAAA"),     // twice
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=!!"),                // base64
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA; i=@evil.com"), // i= not in d=
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA; t=20; x=10"),  // x < t
             QByteArray("v=1; a=rsa-sha256; c=fancy/simple; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA"),
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA; l=12x"),
             QByteArray("v=1; a=rsa-sha256; d=contoso.com; s=s1; h=from; bh=AAAA; b=AAAA; q=http"),
             QByteArray("v=1 a=rsa-sha256"),
         }) {
        const auto s = DkimSignature::parse(bad);
        EXPECT_FALSE(s.valid) << bad.toStdString();
        EXPECT_FALSE(s.error.isEmpty()) << bad.toStdString();
    }
    // A hostile h= (thousands of names) is refused before any header is hashed.
    QByteArray longList = "v=1; a=rsa-sha256; d=c.com; s=s; bh=AA==; b=AA==; h=from";
    for (int i = 0; i < DkimSignature::kMaxSignedHeaders; ++i) {
        longList += ":x";
    }
    EXPECT_FALSE(DkimSignature::parse(longList).valid);
    // rsa-sha1 parses (so it can be named) and is refused by the verifier.
    EXPECT_EQ(DkimSignature::parse("v=1; a=rsa-sha1; d=c.com; s=s; h=from; bh=AA==; b=AA==").algorithm,
              DkimAlgorithm::RsaSha1);
}

class DkimVerify : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_zone.addTxt(QStringLiteral("rsa._domainkey.contoso.test"), keyRecord(TestKeys::rsaPair(2048)));
        m_zone.addTxt(QStringLiteral("ed._domainkey.contoso.test"), keyRecord(TestKeys::ed25519Pair(), true));
    }
    InMemoryZone m_zone;
};

TEST_F(DkimVerify, EveryCanonicalizationPairPassesAndTamperingFails)
{
    for (const QString& c : {QStringLiteral("simple/simple"), QStringLiteral("simple/relaxed"),
                             QStringLiteral("relaxed/simple"), QStringLiteral("relaxed/relaxed")}) {
        for (bool ed : {false, true}) {
            DkimSignOptions o;
            o.canonicalization = c;
            o.selector = ed ? QStringLiteral("ed") : QStringLiteral("rsa");
            EVP_PKEY* key = ed ? TestKeys::ed25519Pair() : TestKeys::rsaPair(2048);
            const QByteArray signedMessage = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), key, o);
            const auto ok = verify(signedMessage, m_zone);
            ASSERT_EQ(ok.signatures.size(), 1);
            EXPECT_EQ(ok.signatures[0].result, DkimResult::Pass)
                << c.toStdString() << " ed=" << ed << ": " << ok.signatures[0].reason.toStdString();
            EXPECT_EQ(ok.signatures[0].keyBits, ed ? 256 : 2048);

            QByteArray body = signedMessage;
            body.replace("quarterly", "annual");
            const auto bad = verify(body, m_zone);
            EXPECT_EQ(bad.signatures[0].result, DkimResult::Fail) << c.toStdString();
            EXPECT_FALSE(bad.signatures[0].bodyHashMatches);

            QByteArray header = signedMessage;
            header.replace("Subject: Quarterly", "Subject: Urgent");
            const auto badHeader = verify(header, m_zone);
            EXPECT_EQ(badHeader.signatures[0].result, DkimResult::Fail) << c.toStdString();
            EXPECT_TRUE(badHeader.signatures[0].bodyHashMatches);
            EXPECT_EQ(badHeader.signatures[0].headerSignatureVerifies, false);
        }
    }
}

TEST_F(DkimVerify, DnsFailuresMapToRfc8601Words)
{
    DkimSignOptions o;
    o.selector = QStringLiteral("gone");
    const QByteArray message = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o);
    const auto missing = verify(message, m_zone);
    EXPECT_EQ(missing.signatures[0].result, DkimResult::PermError);

    m_zone.setFailure(QStringLiteral("gone._domainkey.contoso.test"), RecordType::TXT, DnsStatus::ServFail);
    const auto servfail = verify(message, m_zone);
    EXPECT_EQ(servfail.signatures[0].result, DkimResult::TempError);

    m_zone.setFailure(QStringLiteral("gone._domainkey.contoso.test"), RecordType::TXT, DnsStatus::Pending);
    const auto pending = verify(message, m_zone);
    EXPECT_TRUE(pending.pending);
    EXPECT_TRUE(pending.signatures[0].pending);
}

TEST_F(DkimVerify, RefusesSha1ShortKeysAndMismatchedKeyTypes)
{
    m_zone.addTxt(QStringLiteral("short._domainkey.contoso.test"), keyRecord(TestKeys::rsaPair(512)));
    DkimSignOptions o;
    o.selector = QStringLiteral("short");
    const auto shortKey =
        verify(DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(512), o), m_zone);
    EXPECT_EQ(shortKey.signatures[0].result, DkimResult::PermError);
    EXPECT_EQ(shortKey.signatures[0].keyBits, 512);

    o.selector = QStringLiteral("rsa");
    o.algorithm = QStringLiteral("rsa-sha1");
    const auto sha1 = verify(DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o), m_zone);
    EXPECT_EQ(sha1.signatures[0].result, DkimResult::PermError);
    EXPECT_TRUE(sha1.signatures[0].reason.contains(QStringLiteral("8301")));

    o.algorithm.clear();
    o.selector = QStringLiteral("ed"); // an RSA signature pointing at an Ed25519 key
    const auto mismatch =
        verify(DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o), m_zone);
    EXPECT_EQ(mismatch.signatures[0].result, DkimResult::PermError);
}

TEST_F(DkimVerify, ExpiryIsJudgedAtArrival)
{
    DkimSignOptions o;
    o.selector = QStringLiteral("rsa");
    o.timestamp = 1000;
    o.expiration = 2000;
    const QByteArray raw = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o);
    const MessageHeaders m = MessageHeaders::parse(raw);
    DkimMessage d{{}, m.hasBody, m.body};
    for (const auto& f : m.fields) {
        d.fields.append(DkimMessage::Field{f.rawName, f.rawValue});
    }
    DkimVerifierOptions before;
    before.receivedAt = QDateTime::fromSecsSinceEpoch(1500, Qt::UTC);
    EXPECT_EQ(DkimVerifier::verify(d, &m_zone, before).signatures[0].result, DkimResult::Pass);
    DkimVerifierOptions after;
    after.receivedAt = QDateTime::fromSecsSinceEpoch(2500, Qt::UTC);
    EXPECT_EQ(DkimVerifier::verify(d, &m_zone, after).signatures[0].result, DkimResult::Fail);
}

TEST_F(DkimVerify, HeadersOnlyClaimNeitherPassNorFail)
{
    DkimSignOptions o;
    o.selector = QStringLiteral("rsa");
    const QByteArray raw = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o);
    const QByteArray headersOnly = raw.left(raw.indexOf("\r\n\r\n") + 2);
    const auto outcome = verify(headersOnly, m_zone);
    ASSERT_EQ(outcome.signatures.size(), 1);
    EXPECT_EQ(outcome.signatures[0].result, DkimResult::Neutral);
    EXPECT_FALSE(outcome.signatures[0].bodyChecked);
    EXPECT_EQ(outcome.signatures[0].headerSignatureVerifies, true);

    QByteArray tampered = headersOnly;
    tampered.replace("Subject: Quarterly", "Subject: Urgent");
    const auto bad = verify(tampered, m_zone);
    EXPECT_EQ(bad.signatures[0].result, DkimResult::Neutral);
    EXPECT_EQ(bad.signatures[0].headerSignatureVerifies, false);
}

TEST_F(DkimVerify, KeyFromFileNeedsNoDns)
{
    DkimSignOptions o;
    o.selector = QStringLiteral("offline");
    const QByteArray raw = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(1024), o);
    const MessageHeaders m = MessageHeaders::parse(raw);
    DkimVerifierOptions options;
    options.keyRecord = keyRecord(TestKeys::rsaPair(1024));
    const MessageAnalysis a = MessageAnalysis::run(m, nullptr, options);
    ASSERT_EQ(a.dkim.size(), 1);
    EXPECT_EQ(a.dkim[0].verification.result, DkimResult::Pass);
    EXPECT_TRUE(a.dkim[0].verification.keyFromFile);
    EXPECT_TRUE(a.dkim[0].aligned);
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::Works);
    options.keyRecord = keyRecord(TestKeys::rsaPair(1024, 1)); // another key
    EXPECT_EQ(MessageAnalysis::run(m, nullptr, options).dkim[0].verification.result, DkimResult::Fail);
}

TEST(MessageAnalysisVerdict, OnlyOnMicrosoftDomainAndAlignment)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.contoso.test"), QStringLiteral("v=DMARC1; p=reject"));
    zone.addTxt(QStringLiteral("selector1._domainkey.contosotest.onmicrosoft.com"), keyRecord(TestKeys::rsaPair(2048)));
    zone.addTxt(QStringLiteral("selector1._domainkey.mail.contoso.test"), keyRecord(TestKeys::rsaPair(2048, 1)));
    const QByteArray message = DkimTestSigner::sampleMessage();

    DkimSignOptions tenant;
    tenant.domain = QStringLiteral("contosotest.onmicrosoft.com");
    const auto onMicrosoft = MessageAnalysis::run(
        MessageHeaders::parse(DkimTestSigner::sign(message, TestKeys::rsaPair(2048), tenant)), &zone);
    EXPECT_EQ(onMicrosoft.verdict, MessageAnalysis::Verdict::OnlyOnMicrosoftDomain)
        << onMicrosoft.headline.toStdString();
    EXPECT_TRUE(onMicrosoft.headline.contains(QStringLiteral("contosotest.onmicrosoft.com")));
    EXPECT_FALSE(onMicrosoft.dkim[0].aligned);

    // d=mail.contoso.test aligns with From contoso.test under relaxed alignment, not under adkim=s.
    DkimSignOptions sub;
    sub.domain = QStringLiteral("mail.contoso.test");
    const MessageHeaders subSigned =
        MessageHeaders::parse(DkimTestSigner::sign(message, TestKeys::rsaPair(2048, 1), sub));
    const auto relaxed = MessageAnalysis::run(subSigned, &zone);
    EXPECT_TRUE(relaxed.dkim[0].aligned);
    EXPECT_EQ(relaxed.verdict, MessageAnalysis::Verdict::Works);
    EXPECT_TRUE(relaxed.headline.contains(QStringLiteral("2048-bit")));

    InMemoryZone strictZone;
    strictZone.addTxt(QStringLiteral("_dmarc.contoso.test"), QStringLiteral("v=DMARC1; p=reject; adkim=s"));
    strictZone.addTxt(QStringLiteral("selector1._domainkey.mail.contoso.test"), keyRecord(TestKeys::rsaPair(2048, 1)));
    const auto strict = MessageAnalysis::run(subSigned, &strictZone);
    EXPECT_TRUE(strict.strictAlignment);
    EXPECT_FALSE(strict.dkim[0].aligned);
    EXPECT_EQ(strict.verdict, MessageAnalysis::Verdict::NotAligned);

    const auto unsignedMessage = MessageAnalysis::run(MessageHeaders::parse(message), &zone);
    EXPECT_EQ(unsignedMessage.verdict, MessageAnalysis::Verdict::NotSigned);
    EXPECT_FALSE(unsignedMessage.nextSteps.isEmpty());
}
