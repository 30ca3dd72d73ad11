// DKIM verification of messages signed in the tests (tests/support/DkimTestSigner), with the keys served by knot on
// loopback and fetched through ResolverLookup ("Pending and re-run"); `mailauth headers` as a script runs it; and a
// cross-check against dkimpy (python3-dkim), an independent implementation, in both directions.
#include "dkim/DkimVerifier.h"
#include "dns/ResolverLookup.h"
#include "message/MessageAnalysis.h"
#include "message/MessageHeaders.h"
#include "support/CliProcess.h"
#include "support/DkimTestSigner.h"
#include "support/DnsFixtures.h"
#include "support/TestKeys.h"
#include "text/TxtStrings.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <openssl/pem.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString keyRecord(EVP_PKEY* pair)
{
    const bool ed = EVP_PKEY_get_base_id(pair) == EVP_PKEY_ED25519;
    return QStringLiteral("v=DKIM1; k=%1; p=%2")
        .arg(ed ? QStringLiteral("ed25519") : QStringLiteral("rsa"), TestKeys::publicKeyBase64(pair));
}

QString txt(const QString& value)
{
    return TxtStrings::toPresentation(TxtStrings::split(value.toUtf8()));
}

// Debian's interpreter, where python3-dkim installs dkimpy (a pyenv or venv python3 first on PATH would not have it).
const QString kDebianPython = QStringLiteral("/usr/bin/python3");

CliRun runMailauth(const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringLiteral(MAILAUTH_CLI), arguments, 60000, input);
}

class DkimDns : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_knot = new KnotServer();
        s_knot->setZone(
            QStringLiteral("contoso.test"),
            QStringLiteral("$ORIGIN contoso.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                           "ns1 A 127.0.0.1\n_dmarc TXT \"v=DMARC1; p=reject\"\n") +
                QStringLiteral("rsa1024._domainkey TXT %1\n").arg(txt(keyRecord(TestKeys::rsaPair(1024)))) +
                QStringLiteral("rsa2048._domainkey TXT %1\n").arg(txt(keyRecord(TestKeys::rsaPair(2048)))) +
                QStringLiteral("ed._domainkey TXT %1\n").arg(txt(keyRecord(TestKeys::ed25519Pair()))) +
                QStringLiteral("revoked._domainkey TXT \"v=DKIM1; k=rsa; p=\"\n"
                               "selector1._domainkey CNAME selector1-contoso-test._domainkey.contosotest.n-v1.dkim."
                               "mail.test.\n"));
        // Microsoft 365's side of the selector CNAME: the key lives in its zone.
        s_knot->setZone(QStringLiteral("dkim.mail.test"),
                        QStringLiteral("$ORIGIN dkim.mail.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                       "@ NS ns1\nns1 A 127.0.0.1\n") +
                            QStringLiteral("selector1-contoso-test._domainkey.contosotest.n-v1 TXT %1\n")
                                .arg(txt(keyRecord(TestKeys::rsaPair(2048, 1)))));
        s_knot->setZone(QStringLiteral("fabrikam.test"),
                        QStringLiteral("$ORIGIN fabrikam.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n"
                                       "@ NS ns1\nns1 A 127.0.0.1\n") +
                            QStringLiteral("s2._domainkey TXT %1\n").arg(txt(keyRecord(TestKeys::ed25519Pair(1)))));
        s_started = s_knot->start();
    }
    static void TearDownTestSuite()
    {
        delete s_knot;
        s_knot = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_started) << s_knot->error().toStdString(); }

    static MessageAnalysis analyse(const QByteArray& raw)
    {
        ResolverLookup lookup({AresChannel::Options{s_knot->server(), false, 1000, 2}});
        const MessageHeaders message = MessageHeaders::parse(raw);
        MessageAnalysis a;
        bool wasPending = false;
        EXPECT_TRUE(waitUntil(
            [&]() {
                a = MessageAnalysis::run(message, &lookup);
                wasPending = wasPending || a.pending;
                return !a.pending;
            },
            15000));
        EXPECT_TRUE(wasPending); // the first run cannot know the keys: ResolverLookup answers Pending first
        return a;
    }

    static QByteArray signAs(const QString& selector, EVP_PKEY* key,
                             const QString& c = QStringLiteral("relaxed/relaxed"),
                             const QByteArray& message = DkimTestSigner::sampleMessage())
    {
        DkimSignOptions o;
        o.selector = selector;
        o.canonicalization = c;
        return DkimTestSigner::sign(message, key, o);
    }

    static inline KnotServer* s_knot = nullptr;
    static inline bool s_started = false;
};

// A copy: the analysis it comes from is often a temporary.
DkimVerification only(const MessageAnalysis& a)
{
    EXPECT_EQ(a.dkim.size(), 1);
    return a.dkim.isEmpty() ? DkimVerification{} : a.dkim.first().verification;
}

} // namespace

TEST_F(DkimDns, Rsa1024Rsa2048AndEd25519InEveryCanonicalizationPair)
{
    struct Key
    {
        QString selector;
        EVP_PKEY* pair;
        int bits;
    };
    const QList<Key> keys = {{QStringLiteral("rsa1024"), TestKeys::rsaPair(1024), 1024},
                             {QStringLiteral("rsa2048"), TestKeys::rsaPair(2048), 2048},
                             {QStringLiteral("ed"), TestKeys::ed25519Pair(), 256}};
    for (const Key& k : keys) {
        for (const QString& c : {QStringLiteral("simple/simple"), QStringLiteral("simple/relaxed"),
                                 QStringLiteral("relaxed/simple"), QStringLiteral("relaxed/relaxed")}) {
            const MessageAnalysis a = analyse(signAs(k.selector, k.pair, c));
            const DkimVerification v = only(a);
            EXPECT_EQ(v.result, DkimResult::Pass)
                << k.selector.toStdString() << ' ' << c.toStdString() << ": " << v.reason.toStdString();
            EXPECT_EQ(v.keyBits, k.bits);
            EXPECT_TRUE(a.dkim.first().aligned);
            EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::Works);
        }
    }
}

TEST_F(DkimDns, OversignedHeadersResistAddedCopies)
{
    DkimSignOptions o;
    o.selector = QStringLiteral("rsa2048");
    o.headers = {QStringLiteral("From"),    QStringLiteral("From"),    QStringLiteral("To"),
                 QStringLiteral("Subject"), QStringLiteral("Subject"), QStringLiteral("Date")};
    const QByteArray signedMessage = DkimTestSigner::sign(DkimTestSigner::sampleMessage(), TestKeys::rsaPair(2048), o);
    EXPECT_EQ(only(analyse(signedMessage)).result, DkimResult::Pass);
    // A second Subject added anywhere fills the oversigned (empty) slot, so the signature breaks.
    QByteArray added = signedMessage;
    added.replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nSubject: Invoice overdue\r\n");
    EXPECT_EQ(only(analyse(added)).result, DkimResult::Fail);
}

TEST_F(DkimDns, UnsignedHeaderAddedStillPasses)
{
    QByteArray m = signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048));
    m.prepend("Received: from relay.fabrikam.test by mx.fabrikam.test; Tue, 2 Dec 2025 09:31:00 +0000\r\n"
              "X-Spam-Score: 0.1\r\n");
    EXPECT_EQ(only(analyse(m)).result, DkimResult::Pass);
}

TEST_F(DkimDns, TwoSignaturesInHeaderOrder)
{
    DkimSignOptions other;
    other.domain = QStringLiteral("fabrikam.test");
    other.selector = QStringLiteral("s2");
    const QByteArray inner = signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048));
    const QByteArray both = DkimTestSigner::sign(inner, TestKeys::ed25519Pair(1), other);
    const MessageAnalysis a = analyse(both);
    ASSERT_EQ(a.dkim.size(), 2);
    EXPECT_EQ(a.dkim[0].verification.signature.domain, QStringLiteral("fabrikam.test"));
    EXPECT_EQ(a.dkim[0].verification.result, DkimResult::Pass);
    EXPECT_FALSE(a.dkim[0].aligned);
    EXPECT_EQ(a.dkim[1].verification.signature.domain, QStringLiteral("contoso.test"));
    EXPECT_EQ(a.dkim[1].verification.result, DkimResult::Pass);
    EXPECT_TRUE(a.dkim[1].aligned);
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::Works);
}

TEST_F(DkimDns, MicrosoftStyleCnameSelector)
{
    const MessageAnalysis a = analyse(signAs(QStringLiteral("selector1"), TestKeys::rsaPair(2048, 1)));
    const DkimVerification v = only(a);
    EXPECT_EQ(v.result, DkimResult::Pass) << v.reason.toStdString();
    EXPECT_EQ(v.keyCname, QStringLiteral("selector1-contoso-test._domainkey.contosotest.n-v1.dkim.mail.test"));
    EXPECT_TRUE(a.headline.contains(QStringLiteral("contoso.test (selector1, 2048-bit RSA)")))
        << a.headline.toStdString();
}

TEST_F(DkimDns, TamperedBodyAndTamperedSignedHeaderFail)
{
    QByteArray body = signAs(QStringLiteral("ed"), TestKeys::ed25519Pair());
    body.replace("attached", "attached. Please pay to IBAN XX00 0000");
    const DkimVerification b = only(analyse(body));
    EXPECT_EQ(b.result, DkimResult::Fail);
    EXPECT_FALSE(b.bodyHashMatches);

    QByteArray header = signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048));
    header.replace("From: Megan Bowen", "From: Megan Bowen (CEO)");
    const MessageAnalysis a = analyse(header);
    EXPECT_EQ(only(a).result, DkimResult::Fail);
    EXPECT_TRUE(only(a).bodyHashMatches);
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::AlignedFails);
}

TEST_F(DkimDns, WhitespaceChangesPassUnderRelaxedOnly)
{
    auto mangle = [](QByteArray m) {
        m.replace("Subject: Quarterly   numbers", "Subject:   Quarterly\r\n\t numbers  ");
        m.replace("the  quarterly", "the \t quarterly");
        m.replace("Regards,\r\n", "Regards,   \r\n");
        return m;
    };
    EXPECT_EQ(only(analyse(mangle(signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048))))).result,
              DkimResult::Pass);
    const DkimVerification simple = only(
        analyse(mangle(signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048), QStringLiteral("simple/simple")))));
    EXPECT_EQ(simple.result, DkimResult::Fail);
    EXPECT_FALSE(simple.bodyHashMatches);
}

TEST_F(DkimDns, LinuxLineEndings)
{
    for (const QString& c : {QStringLiteral("simple/simple"), QStringLiteral("relaxed/relaxed")}) {
        QByteArray m = signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048), c);
        m.replace("\r\n", "\n");
        const DkimVerification v = only(analyse(m));
        EXPECT_EQ(v.result, DkimResult::Pass) << c.toStdString() << ": " << v.reason.toStdString();
    }
}

TEST_F(DkimDns, RevokedAndMissingKeys)
{
    const DkimVerification revoked = only(analyse(signAs(QStringLiteral("revoked"), TestKeys::rsaPair(2048))));
    EXPECT_EQ(revoked.result, DkimResult::Fail);
    EXPECT_TRUE(revoked.reason.contains(QStringLiteral("revoked")));
    const MessageAnalysis missing = analyse(signAs(QStringLiteral("nosuchselector"), TestKeys::rsaPair(2048)));
    EXPECT_EQ(only(missing).result, DkimResult::PermError);
    EXPECT_EQ(missing.verdict, MessageAnalysis::Verdict::AlignedFails);
    EXPECT_FALSE(missing.nextSteps.isEmpty());
}

TEST_F(DkimDns, LengthLimitWithAppendedText)
{
    const QByteArray plain = DkimTestSigner::sampleMessage();
    const qint64 bodyLength = plain.size() - plain.indexOf("\r\n\r\n") - 4;
    DkimSignOptions o;
    o.selector = QStringLiteral("rsa2048");
    o.canonicalization = QStringLiteral("simple/simple");
    o.bodyLength = bodyLength;
    const QByteArray appended =
        DkimTestSigner::sign(plain, TestKeys::rsaPair(2048), o) + "\r\nP.S. Click here: http://phish.example/\r\n";
    const MessageAnalysis a = analyse(appended);
    const DkimVerification v = only(a);
    EXPECT_EQ(v.result, DkimResult::Pass) << v.reason.toStdString();
    EXPECT_GT(v.unsignedBodyOctets, 30);
    ASSERT_FALSE(v.warnings.isEmpty());
    EXPECT_TRUE(v.warnings.first().contains(QStringLiteral("not covered")));

    // A body cut short of l= fails.
    QByteArray cut = DkimTestSigner::sign(plain, TestKeys::rsaPair(2048), o);
    cut.chop(20);
    EXPECT_EQ(only(analyse(cut)).result, DkimResult::Fail);
}

TEST_F(DkimDns, CommandLineJsonTextAndExitStatus)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.eml"));
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(signAs(QStringLiteral("selector1"), TestKeys::rsaPair(2048, 1)));
    f.close();
    const QString resolver = s_knot->server().toString();

    const CliRun json = runMailauth(
        {QStringLiteral("headers"), good, QStringLiteral("--resolver"), resolver, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString() << json.out.toStdString();
    const QJsonObject o = json.json();
    EXPECT_EQ(o.value(QStringLiteral("from_domain")).toString(), QStringLiteral("contoso.test"));
    const QJsonObject sig = o.value(QStringLiteral("dkim")).toArray().at(0).toObject();
    EXPECT_EQ(sig.value(QStringLiteral("domain")).toString(), QStringLiteral("contoso.test"));
    EXPECT_EQ(sig.value(QStringLiteral("selector")).toString(), QStringLiteral("selector1"));
    EXPECT_EQ(sig.value(QStringLiteral("algorithm")).toString(), QStringLiteral("rsa-sha256"));
    EXPECT_EQ(sig.value(QStringLiteral("canonicalization")).toString(), QStringLiteral("relaxed/relaxed"));
    EXPECT_EQ(sig.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_TRUE(sig.value(QStringLiteral("aligned")).toBool());
    EXPECT_EQ(sig.value(QStringLiteral("key_bits")).toInt(), 2048);
    for (const char* key : {"authentication_results", "spf", "dmarc", "hops", "microsoft"}) {
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    }

    const CliRun text =
        runMailauth({QStringLiteral("headers"), QStringLiteral("-"), QStringLiteral("--resolver"), resolver},
                    signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048)));
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith("Signed by contoso.test (rsa2048, 2048-bit RSA) and aligned"))
        << text.out.toStdString();

    // Offline: the key from a PEM file, and a resolver that cannot answer, so DNS cannot have been used.
    const QString pem = dir.filePath(QStringLiteral("key.pem"));
    BIO* bio = BIO_new_file(pem.toLocal8Bit().constData(), "w");
    PEM_write_bio_PUBKEY(bio, TestKeys::rsaPair(2048, 1));
    BIO_free(bio);
    const CliRun offline =
        runMailauth({QStringLiteral("headers"), good, QStringLiteral("--key-file"), pem, QStringLiteral("--resolver"),
                     closedPort().toString(), QStringLiteral("--json")});
    EXPECT_EQ(offline.exitCode, 0) << offline.err.toStdString();
    EXPECT_TRUE(offline.json()
                    .value(QStringLiteral("dkim"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("key_from_file"))
                    .toBool());

    // Headers alone: the header signature verifies, the body is unknown: no pass claimed, exit 1.
    const QByteArray full = signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048));
    const CliRun headers = runMailauth({QStringLiteral("headers"), QStringLiteral("-"), QStringLiteral("--resolver"),
                                        resolver, QStringLiteral("--json")},
                                       full.left(full.indexOf("\r\n\r\n") + 2));
    EXPECT_EQ(headers.exitCode, 1);
    EXPECT_EQ(headers.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("works-headers-only"));
    EXPECT_EQ(headers.json()
                  .value(QStringLiteral("dkim"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("result"))
                  .toString(),
              QStringLiteral("neutral"));

    EXPECT_EQ(runMailauth({QStringLiteral("headers")}).exitCode, 2);
    EXPECT_EQ(runMailauth({QStringLiteral("headers"), dir.filePath(QStringLiteral("missing.eml"))}).exitCode, 2);
    EXPECT_EQ(runMailauth({QStringLiteral("headers"), good, QStringLiteral("--key-file"), good}).exitCode, 2);
}

// dkimpy (python3-dkim) is an independent implementation: it must accept what the test signer made and our verifier
// checked, and our verifier must accept what dkimpy signs.
TEST_F(DkimDns, AgreesWithDkimpyBothWays)
{
    QTemporaryDir dir;
    struct Case
    {
        EVP_PKEY* key;
        QString selector;
        QString c;
    };
    const QList<Case> cases = {{TestKeys::rsaPair(2048), QStringLiteral("rsa2048"), QStringLiteral("relaxed/relaxed")},
                               {TestKeys::rsaPair(1024), QStringLiteral("rsa1024"), QStringLiteral("simple/simple")},
                               {TestKeys::ed25519Pair(), QStringLiteral("ed"), QStringLiteral("relaxed/simple")}};
    int n = 0;
    for (const Case& k : cases) {
        // Ours → dkimpy.
        const QByteArray ours = signAs(k.selector, k.key, k.c);
        ASSERT_EQ(only(analyse(ours)).result, DkimResult::Pass);
        const QString messagePath = dir.filePath(QStringLiteral("ours%1.eml").arg(n));
        QFile mf(messagePath);
        ASSERT_TRUE(mf.open(QIODevice::WriteOnly));
        mf.write(ours);
        mf.close();
        QProcess verify;
        verify.start(
            kDebianPython,
            {QStringLiteral("-c"),
             QStringLiteral("import sys, dkim\n"
                            "key = sys.argv[2].encode()\n"
                            "ok = dkim.verify(open(sys.argv[1], 'rb').read(), dnsfunc=lambda n, timeout=5: key)\n"
                            "print('PASS' if ok else 'FAIL')\n"),
             messagePath, keyRecord(k.key)});
        ASSERT_TRUE(verify.waitForFinished(30000));
        EXPECT_EQ(verify.readAllStandardOutput().trimmed(), QByteArray("PASS"))
            << k.selector.toStdString() << ' ' << verify.readAllStandardError().toStdString();

        // dkimpy → ours.
        const QString keyPath = dir.filePath(QStringLiteral("key%1").arg(n));
        const bool ed = EVP_PKEY_get_base_id(k.key) == EVP_PKEY_ED25519;
        QFile kf(keyPath);
        ASSERT_TRUE(kf.open(QIODevice::WriteOnly));
        if (ed) {
            unsigned char seed[32];
            size_t length = sizeof seed;
            EVP_PKEY_get_raw_private_key(k.key, seed, &length);
            kf.write(QByteArray(reinterpret_cast<const char*>(seed), 32).toBase64());
        } else {
            BIO* mem = BIO_new(BIO_s_mem());
            PEM_write_bio_PrivateKey_traditional(mem, k.key, nullptr, nullptr, 0, nullptr, nullptr);
            char* data = nullptr;
            const long size = BIO_get_mem_data(mem, &data);
            kf.write(data, size);
            BIO_free(mem);
        }
        kf.close();
        const QString plainPath = dir.filePath(QStringLiteral("plain%1.eml").arg(n));
        QFile pf(plainPath);
        ASSERT_TRUE(pf.open(QIODevice::WriteOnly));
        pf.write(DkimTestSigner::sampleMessage());
        pf.close();
        const QStringList canon = k.c.split(u'/');
        QProcess sign;
        sign.start(kDebianPython,
                   {QStringLiteral("-c"),
                    QStringLiteral("import sys, dkim\n"
                                   "msg = open(sys.argv[1], 'rb').read()\n"
                                   "sig = dkim.sign(msg, sys.argv[3].encode(), b'contoso.test', "
                                   "open(sys.argv[2], 'rb').read(), canonicalize=(sys.argv[4].encode(), "
                                   "sys.argv[5].encode()), signature_algorithm=sys.argv[6].encode(), "
                                   "include_headers=[b'from', b'to', b'subject', b'date', b'message-id'])\n"
                                   "sys.stdout.buffer.write(sig + msg)\n"),
                    plainPath, keyPath, k.selector, canon[0], canon[1],
                    ed ? QStringLiteral("ed25519-sha256") : QStringLiteral("rsa-sha256")});
        ASSERT_TRUE(sign.waitForFinished(30000));
        const QByteArray theirs = sign.readAllStandardOutput();
        ASSERT_TRUE(theirs.startsWith("DKIM-Signature:")) << sign.readAllStandardError().toStdString();
        const DkimVerification v = only(analyse(theirs));
        EXPECT_EQ(v.result, DkimResult::Pass) << k.selector.toStdString() << ": " << v.reason.toStdString();
        QByteArray tampered = theirs;
        tampered.replace("quarterly", "annual");
        EXPECT_EQ(only(analyse(tampered)).result, DkimResult::Fail);
        ++n;
    }
}

TEST_F(DkimDns, UnreachableDnsIsTemperrorNotMissing)
{
    ResolverLookup lookup({AresChannel::Options{closedPort(), false, 500, 1}});
    const MessageHeaders message = MessageHeaders::parse(signAs(QStringLiteral("rsa2048"), TestKeys::rsaPair(2048)));
    MessageAnalysis a;
    ASSERT_TRUE(waitUntil(
        [&]() {
            a = MessageAnalysis::run(message, &lookup);
            return !a.pending;
        },
        15000));
    EXPECT_EQ(only(a).result, DkimResult::TempError);
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::AlignedFails);
    EXPECT_TRUE(a.orgDomainFromPsl); // the DMARC walk could not ask either: the public suffix list decided
}
