#include "dns/DnsMessage.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

void u16(QByteArray& b, int v)
{
    b.append(static_cast<char>((v >> 8) & 0xff));
    b.append(static_cast<char>(v & 0xff));
}

void u32(QByteArray& b, quint32 v)
{
    u16(b, static_cast<int>(v >> 16));
    u16(b, static_cast<int>(v & 0xffff));
}

void name(QByteArray& b, const QByteArray& dotted)
{
    for (const QByteArray& label : dotted.split('.')) {
        b.append(static_cast<char>(label.size()));
        b.append(label);
    }
    b.append('\0');
}

// An authoritative NOERROR answer: one TXT record of two strings (owner compressed to the question), plus a SOA.
QByteArray sampleMessage()
{
    QByteArray m;
    u16(m, 0x1234);
    u16(m, 0x8400); // QR, AA
    u16(m, 1);
    u16(m, 1);
    u16(m, 1);
    u16(m, 0);
    name(m, "multi.contoso.test");
    u16(m, 16);
    u16(m, 1);
    u16(m, 0xc00c); // pointer to the question name
    u16(m, 16);
    u16(m, 1);
    u32(m, 3600);
    u16(m, 13);
    m.append('\x06');
    m.append("part1 ");
    m.append('\x05');
    m.append("part2");
    u16(m, 0xc012); // "contoso.test" inside the question name
    u16(m, 6);
    u16(m, 1);
    u32(m, 30);
    QByteArray soa;
    soa.append('\x03');
    soa.append("ns1");
    soa.append('\xc0');
    soa.append('\x12');
    soa.append('\x02');
    soa.append("hm");
    soa.append('\xc0');
    soa.append('\x12');
    u32(soa, 7);
    u32(soa, 3600);
    u32(soa, 600);
    u32(soa, 86400);
    u32(soa, 300);
    u16(m, static_cast<int>(soa.size()));
    m.append(soa);
    return m;
}

TEST(DnsMessage, ParsesAnswerAndAuthority)
{
    const DnsMessage m = DnsMessage::parse(sampleMessage());
    ASSERT_TRUE(m.valid);
    EXPECT_TRUE(m.authoritative);
    EXPECT_EQ(m.id, 0x1234);
    ASSERT_EQ(m.answers.size(), 1);
    EXPECT_EQ(m.answers.first().name, QStringLiteral("multi.contoso.test"));
    EXPECT_EQ(m.answers.first().ttl, 3600U);
    EXPECT_EQ(m.answers.first().txtStrings, (QList<QByteArray>{"part1 ", "part2"}));
    ASSERT_EQ(m.authority.size(), 1);
    EXPECT_EQ(m.authority.first().soa.mname, QStringLiteral("ns1.contoso.test"));
    EXPECT_EQ(m.authority.first().soa.serial, 7U);
    EXPECT_EQ(m.negativeTtl(), 30U); // min(SOA TTL 30, MINIMUM 300)
}

DnsRecord record(const QString& owner, RecordType type, const QString& target = {})
{
    DnsRecord r;
    r.name = owner;
    r.type = type;
    r.target = target;
    return r;
}

TEST(DnsMessage, AnswersForKeepOnlyTheChainFromTheQuestion)
{
    DnsMessage m;
    m.answers = {record(QStringLiteral("End.example."), RecordType::TXT),
                 record(QStringLiteral("evil.example"), RecordType::TXT),
                 record(QStringLiteral("hop.example"), RecordType::CNAME, QStringLiteral("end.example")),
                 record(QStringLiteral("alias.example"), RecordType::CNAME, QStringLiteral("hop.example")),
                 record(QStringLiteral("alias.example"), RecordType::TXT),
                 record(QStringLiteral("end.example"), RecordType::A)};
    const QList<DnsRecord> kept = m.answersFor(QStringLiteral("ALIAS.example"), RecordType::TXT);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept[0].name, QStringLiteral("alias.example")); // the chain in order, whatever the section order
    EXPECT_EQ(kept[1].name, QStringLiteral("hop.example"));
    EXPECT_EQ(kept[2].name, QStringLiteral("End.example."));
    EXPECT_EQ(kept[2].type, RecordType::TXT);

    // Nothing answers a name outside the answer section, and a CNAME loop ends.
    EXPECT_TRUE(m.answersFor(QStringLiteral("victim.example"), RecordType::TXT).isEmpty());
    DnsMessage loop;
    loop.answers = {record(QStringLiteral("a.example"), RecordType::CNAME, QStringLiteral("b.example")),
                    record(QStringLiteral("b.example"), RecordType::CNAME, QStringLiteral("a.example"))};
    EXPECT_EQ(loop.answersFor(QStringLiteral("a.example"), RecordType::TXT).size(), 2);
    EXPECT_EQ(m.answersFor(QStringLiteral("alias.example"), RecordType::CNAME).size(), 1);
}

// An A answer to "a$b.<0xe9>x.test" whose owner is a pointer to the question, plus a record for another owner.
QByteArray escapedOwnerMessage()
{
    QByteArray m;
    u16(m, 0x4321);
    u16(m, 0x8400);
    u16(m, 1);
    u16(m, 2);
    u16(m, 0);
    u16(m, 0);
    name(m, QByteArray("a$b.\xe9x.test"));
    u16(m, 1);
    u16(m, 1);
    u16(m, 0xc00c);
    u16(m, 1);
    u16(m, 1);
    u32(m, 60);
    u16(m, 4);
    m.append(QByteArray("\xc0\x00\x02\x07", 4));
    name(m, "evil.test");
    u16(m, 1);
    u16(m, 1);
    u32(m, 60);
    u16(m, 4);
    m.append(QByteArray("\xc0\x00\x02\x08", 4));
    return m;
}

TEST(DnsMessage, AnswersToTheQuestionMatchOwnersEscapedByAresExpandName)
{
    const DnsMessage m = DnsMessage::parse(escapedOwnerMessage());
    ASSERT_TRUE(m.valid);
    // ares_expand_name escapes '$' and writes 0xe9 as \233, in the question and the owner alike.
    EXPECT_EQ(m.questionName, QStringLiteral("a\\$b.\\233x.test"));
    ASSERT_EQ(m.answers.size(), 2);
    const QList<DnsRecord> kept = m.answersToQuestion(RecordType::A);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().address.toString(), QStringLiteral("192.0.2.7"));
    // The raw name as asked matches nothing, which is why the chain starts at the question.
    EXPECT_TRUE(m.answersFor(QString::fromLatin1("a$b.\xe9x.test"), RecordType::A).isEmpty());

    DnsMessage noQuestion = m;
    noQuestion.questionName.clear();
    EXPECT_TRUE(noQuestion.answersToQuestion(RecordType::A).isEmpty());
}

TEST(DnsMessage, EveryTruncationIsRejectedSafely)
{
    const QByteArray wire = sampleMessage();
    for (qsizetype n = 0; n < wire.size(); ++n) {
        EXPECT_FALSE(DnsMessage::parse(wire.left(n)).valid) << n;
    }
}

TEST(DnsMessage, RandomMutationsNeverCrash)
{
    // Run under ASan/UBSan in the sanitizer build: any out-of-bounds read fails the test run.
    QRandomGenerator rng(20261129);
    const QByteArray wire = sampleMessage();
    int stillValid = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray mutated = wire;
        const int flips = 1 + static_cast<int>(rng.bounded(4));
        for (int f = 0; f < flips; ++f) {
            mutated[static_cast<qsizetype>(rng.bounded(static_cast<quint32>(mutated.size())))] =
                static_cast<char>(rng.bounded(256));
        }
        stillValid += DnsMessage::parse(mutated).valid ? 1 : 0;
    }
    for (int i = 0; i < 5000; ++i) {
        QByteArray noise(static_cast<qsizetype>(rng.bounded(600)), Qt::Uninitialized);
        for (char& c : noise) {
            c = static_cast<char>(rng.bounded(256));
        }
        DnsMessage::parse(noise);
    }
    EXPECT_GT(stillValid, 0); // mutations of payload bytes still parse: the walker is not simply rejecting everything
}

} // namespace
