// The verdict a message gives the admin when it carries no signature to check (a spoof, a copy that lost its
// DKIM-Signature), the anti-spam meanings in the translator's reach, the engine's own signer (training mail) and the
// answer snapshot the wizard's background analysis runs on.
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"
#include "dns/AnswerSnapshot.h"
#include "dns/InMemoryZone.h"
#include "message/MessageAnalysis.h"
#include "message/MicrosoftAntispamHeaders.h"

#include <QFile>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QByteArray sample(const QString& name)
{
    QFile f(QStringLiteral(MAILAUTH_TEST_DATA) + u'/' + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

MessageAnalysis analyse(const QByteArray& raw)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    return MessageAnalysis::run(MessageHeaders::parse(raw), &zone);
}

// Translates one context only, so a test sees which strings reach the translator under which context.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const char* context)
        : m_context(context)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        return qstrcmp(context, m_context) == 0 ? QStringLiteral("DE:") + QString::fromUtf8(source) : QString();
    }

private:
    const char* m_context;
};

} // namespace

TEST(MessageVerdict, ASpoofIsCalledUnauthenticatedNotUnsigned)
{
    const MessageAnalysis a = analyse(sample(QStringLiteral("outlookcom-spoof.txt")));
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::NotAuthenticated);
    EXPECT_EQ(MessageAnalysis::verdictKeyword(a.verdict), QStringLiteral("not-authenticated"));
    EXPECT_FALSE(a.alignedPass());
    EXPECT_TRUE(a.headline.contains(QStringLiteral("spoof"))) << a.headline.toStdString();
    EXPECT_TRUE(a.headline.contains(QStringLiteral("SPF fail"))) << a.headline.toStdString();
    EXPECT_TRUE(a.headline.contains(QStringLiteral("DMARC fail"))) << a.headline.toStdString();
    const QString steps = a.nextSteps.join(u'\n');
    // The Sent Items advice is for a copy kept before signing: wrong and misleading for a spoof.
    EXPECT_FALSE(steps.contains(QStringLiteral("Sent Items"))) << steps.toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("oreject"))) << steps.toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("203.0.113.77"))) << steps.toStdString();
}

TEST(MessageVerdict, ACopyWithoutItsSignatureTakesTheReceiversWord)
{
    const MessageAnalysis a = analyse(sample(QStringLiteral("gmail-original.eml")));
    ASSERT_TRUE(a.dkim.isEmpty());
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::ReceiverSaysWorks);
    EXPECT_FALSE(a.alignedPass()) << "not verified here: the CLI must not exit 0 on the receiver's word";
    EXPECT_TRUE(a.headline.contains(QStringLiteral("mx.google.com"))) << a.headline.toStdString();
    EXPECT_TRUE(a.headline.contains(QStringLiteral("cannot be checked here"))) << a.headline.toStdString();
    EXPECT_FALSE(a.headline.contains(QStringLiteral("carries no DKIM signature")));

    // The same copy, where the receiver saw only the tenant's signature.
    QByteArray onMicrosoft = sample(QStringLiteral("gmail-original.eml"));
    onMicrosoft.replace("dkim=pass header.i=@contoso.com", "dkim=pass header.i=@contosotest.onmicrosoft.com");
    const MessageAnalysis m = analyse(onMicrosoft);
    EXPECT_EQ(m.verdict, MessageAnalysis::Verdict::OnlyOnMicrosoftDomain);
    EXPECT_TRUE(m.headline.startsWith(QStringLiteral("Signed only by contosotest.onmicrosoft.com")))
        << m.headline.toStdString();

    // And where it saw another domain's signature: not aligned, not "works".
    QByteArray other = sample(QStringLiteral("gmail-original.eml"));
    other.replace("dkim=pass header.i=@contoso.com", "dkim=pass header.i=@mailer.example");
    const MessageAnalysis o = analyse(other);
    EXPECT_EQ(o.verdict, MessageAnalysis::Verdict::NotSigned);
    EXPECT_TRUE(o.headline.contains(QStringLiteral("not aligned"))) << o.headline.toStdString();
}

TEST(MessageVerdict, AnUnsignedCopyWithoutReceiverResultsPointsAtSentItems)
{
    const MessageAnalysis a = analyse("From: Megan <megan@contoso.com>\r\nSubject: hi\r\n\r\nbody\r\n");
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::NotSigned);
    EXPECT_TRUE(a.nextSteps.join(u' ').contains(QStringLiteral("Sent Items")));

    // Unsigned but received from outside and not failing DMARC: the receiver's "none" is quoted, no Sent Items.
    const MessageAnalysis b =
        analyse("Authentication-Results: mx.fabrikam.example; dkim=none; spf=pass smtp.mailfrom=contoso.com; "
                "dmarc=pass header.from=contoso.com\r\nFrom: Megan <megan@contoso.com>\r\nSubject: hi\r\n\r\nbody\r\n");
    EXPECT_EQ(b.verdict, MessageAnalysis::Verdict::NotSigned);
    EXPECT_TRUE(b.headline.contains(QStringLiteral("dkim=none"))) << b.headline.toStdString();
    EXPECT_FALSE(b.nextSteps.join(u' ').contains(QStringLiteral("Sent Items")));
}

TEST(MicrosoftAntispamTranslation, MeaningsAreAskedUnderTheClassContext)
{
    MarkingTranslator translator("MicrosoftAntispamHeaders");
    QCoreApplication::installTranslator(&translator);
    const auto fields = MicrosoftAntispamHeaders::parseForefront(QStringLiteral("SFV:NSPM;CAT:SPOOF;DIR:INB"));
    const auto headers = MicrosoftAntispamHeaders::read(
        MessageHeaders::parse("X-Microsoft-Antispam: BCL:0;\r\nFrom: a@contoso.com\r\n\r\n"));
    QCoreApplication::removeTranslator(&translator);
    ASSERT_EQ(fields.size(), 3);
    for (const AntispamField& f : fields) {
        EXPECT_TRUE(f.meaning.startsWith(QStringLiteral("DE:"))) << f.meaning.toStdString();
    }
    EXPECT_TRUE(headers.bclMeaning.startsWith(QStringLiteral("DE:"))) << headers.bclMeaning.toStdString();
}

TEST(DkimSigner, SignsWhatTheVerifierAccepts)
{
    QString error;
    const auto key = DkimSigningKey::generateRsa(2048, &error);
    ASSERT_TRUE(key.has_value()) << error.toStdString();
    EXPECT_EQ(key->bits(), 2048);
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("selector1._domainkey.contoso.com"),
                QStringLiteral("v=DKIM1; k=rsa; p=") + QString::fromLatin1(key->publicKeyBase64()));
    const QByteArray message = "From: Megan <megan@contoso.com>\r\nTo: <alex@fabrikam.example>\r\nSubject: Test\r\n"
                               "Date: Tue, 2 Dec 2025 09:30:00 +0000\r\nMessage-ID: <1@contoso.com>\r\n"
                               "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello  there.\r\n";
    DkimSigner::Options options;
    options.domain = QStringLiteral("contoso.com");
    options.selector = QStringLiteral("selector1");
    options.timestamp = 1764667800;
    const QByteArray signedMessage = DkimSigner::sign(message, *key, options);
    ASSERT_TRUE(signedMessage.startsWith("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=contoso.com;"));

    const MessageAnalysis a = MessageAnalysis::run(MessageHeaders::parse(signedMessage), &zone);
    ASSERT_EQ(a.dkim.size(), 1);
    EXPECT_EQ(a.dkim[0].verification.result, DkimResult::Pass) << a.dkim[0].verification.reason.toStdString();
    EXPECT_EQ(a.verdict, MessageAnalysis::Verdict::Works);

    QByteArray tampered = signedMessage;
    tampered.replace("Hello  there.", "Hello there!");
    const MessageAnalysis t = MessageAnalysis::run(MessageHeaders::parse(tampered), &zone);
    ASSERT_EQ(t.dkim.size(), 1);
    EXPECT_EQ(t.dkim[0].verification.result, DkimResult::Fail);

    EXPECT_TRUE(DkimSigner::sign("no separator", *key, options).isEmpty());
}

TEST(MessageHeadersOrder, ContentFieldsStayWhereTheyWere)
{
    // GMime files Content-* fields under the MIME part; DKIM needs them, in their place (h= names Content-Type).
    const auto m = MessageHeaders::parse("From: a@contoso.com\r\nContent-Type: text/plain\r\nSubject: x\r\n"
                                         "MIME-Version: 1.0\r\nContent-Transfer-Encoding: 7bit\r\n\r\nbody\r\n");
    ASSERT_TRUE(m.ok);
    QStringList names;
    for (const MessageHeaderField& f : m.fields) {
        names.append(f.name);
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("From"), QStringLiteral("Content-Type"), QStringLiteral("Subject"),
                                  QStringLiteral("MIME-Version"), QStringLiteral("Content-Transfer-Encoding")}));
    EXPECT_EQ(m.fields[1].rawValue, QByteArray(" text/plain"));
}

TEST(AnswerSnapshot, RemembersWhatItCouldNotAnswerOnce)
{
    AnswerSnapshot snapshot;
    EXPECT_EQ(snapshot.lookup(QStringLiteral("_dmarc.Contoso.com."), RecordType::TXT).status, DnsStatus::Pending);
    EXPECT_EQ(snapshot.lookup(QStringLiteral("_dmarc.contoso.com"), RecordType::TXT).status, DnsStatus::Pending);
    EXPECT_EQ(snapshot.lookup(QStringLiteral("_dmarc.contoso.com"), RecordType::CNAME).status, DnsStatus::Pending);
    ASSERT_EQ(snapshot.missing().size(), 2);
    EXPECT_EQ(snapshot.missing()[0].first, QStringLiteral("_dmarc.contoso.com"));

    DnsAnswer nx;
    nx.status = DnsStatus::NxDomain;
    snapshot.add(QStringLiteral("_DMARC.contoso.com"), RecordType::TXT, nx);
    EXPECT_EQ(snapshot.missing().size(), 1);
    const AnswerSnapshot copy = snapshot; // what a worker gets
    AnswerSnapshot worker = copy;
    EXPECT_EQ(worker.lookup(QStringLiteral("_dmarc.contoso.com."), RecordType::TXT).status, DnsStatus::NxDomain);
    EXPECT_TRUE(worker.contains(QStringLiteral("_dmarc.contoso.com"), RecordType::TXT));
    EXPECT_FALSE(worker.contains(QStringLiteral("_dmarc.contoso.com"), RecordType::CNAME));
}
