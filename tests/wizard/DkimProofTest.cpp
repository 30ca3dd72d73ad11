// The proof a test message gives a domain: the verdict kinds the wizard shows and which of them the project keeps,
// the project round trip, and hostile values in a project file refused on load.
#include "dkim/DkimSigner.h"
#include "dns/InMemoryZone.h"
#include "export/HandoverReport.h"
#include "model/MessageProof.h"
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"

#include <QFile>
#include <QJsonArray>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QByteArray sample(const char* name)
{
    QFile f(QStringLiteral(MAILAUTH_SOURCE_DIR "/tests/data/headers/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

const DkimSigningKey& key()
{
    static const DkimSigningKey k = *DkimSigningKey::generateRsa(2048);
    return k;
}

// A message from megan@<from> signed by <signer>, analysed against a zone that publishes the key.
MessageAnalysis signedBy(const QString& from, const QString& signer)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("selector1._domainkey.") + signer,
                QStringLiteral("v=DKIM1; k=rsa; p=") + QString::fromLatin1(key().publicKeyBase64()));
    zone.addTxt(QStringLiteral("_dmarc.") + from, QStringLiteral("v=DMARC1; p=none"));
    const QByteArray message =
        QStringLiteral("From: Megan <megan@%1>\r\nTo: <alex@fabrikam.example>\r\nSubject: Test\r\n"
                       "Date: Tue, 2 Dec 2025 09:30:00 +0000\r\nMessage-ID: <1@%1>\r\n\r\n"
                       "Hello.\r\n")
            .arg(from)
            .toLatin1();
    DkimSigner::Options options;
    options.domain = signer;
    options.selector = QStringLiteral("selector1");
    options.timestamp = 1764667800;
    options.headers = {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject"), QStringLiteral("Date"),
                       QStringLiteral("Message-ID")};
    return MessageAnalysis::run(MessageHeaders::parse(DkimSigner::sign(message, key(), options)), &zone);
}

MessageAnalysis fromSample(const char* name)
{
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject"));
    return MessageAnalysis::run(MessageHeaders::parse(sample(name)), &zone);
}

void twoDomains(RolloutPlan& plan)
{
    EXPECT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("fabrikam.com")}));
}

} // namespace

TEST(MessageProof, WorksForItsOwnDomainAndIsKept)
{
    const MessageProof p = MessageProof::judge(signedBy(QStringLiteral("contoso.com"), QStringLiteral("contoso.com")),
                                               QStringLiteral("contoso.com"), QStringLiteral("contoso.com"));
    EXPECT_EQ(p.verdict, QStringLiteral("works"));
    EXPECT_TRUE(p.works);
    EXPECT_TRUE(p.recordable);
    EXPECT_TRUE(p.headline.startsWith(QStringLiteral("Signed by contoso.com (selector1, 2048-bit RSA) and aligned")))
        << p.headline.toStdString();
    const DkimProof record = p.record(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(record.verdict, QStringLiteral("works"));
    EXPECT_TRUE(record.works());
}

TEST(MessageProof, OnlyTheTenantDomainIsKeptAsNotWorking)
{
    const MessageProof p =
        MessageProof::judge(signedBy(QStringLiteral("contoso.com"), QStringLiteral("contosotest.onmicrosoft.com")),
                            QStringLiteral("contoso.com"));
    EXPECT_EQ(p.verdict, QStringLiteral("only-onmicrosoft"));
    EXPECT_FALSE(p.works);
    EXPECT_TRUE(p.recordable);
    EXPECT_TRUE(p.headline.contains(QStringLiteral("step 4 of the DKIM page"))) << p.headline.toStdString();
}

TEST(MessageProof, AnotherDomainsMessageProvesNothingHere)
{
    const MessageProof p = MessageProof::judge(signedBy(QStringLiteral("fabrikam.com"), QStringLiteral("fabrikam.com")),
                                               QStringLiteral("contoso.com"));
    EXPECT_EQ(p.verdict, QStringLiteral("other-domain"));
    EXPECT_FALSE(p.works) << "fabrikam.com's working DKIM is not contoso.com's";
    EXPECT_FALSE(p.recordable);
    EXPECT_TRUE(p.headline.contains(QStringLiteral("proves nothing about contoso.com"))) << p.headline.toStdString();
    // Without a domain (the standalone tool) the same message is shown as it is, and never kept.
    const MessageProof standalone =
        MessageProof::judge(signedBy(QStringLiteral("fabrikam.com"), QStringLiteral("fabrikam.com")));
    EXPECT_EQ(standalone.verdict, QStringLiteral("works"));
    EXPECT_FALSE(standalone.recordable);
}

TEST(MessageProof, ASpoofIsShownWithTheReceiversViewAndNeverKept)
{
    const MessageProof p = MessageProof::judge(fromSample("outlookcom-spoof.txt"), QStringLiteral("contoso.com"));
    EXPECT_EQ(p.verdict, QStringLiteral("not-authenticated"));
    EXPECT_FALSE(p.recordable) << "a spoof says nothing about the domain's signing and must not replace a proof";
    EXPECT_EQ(p.spf, QStringLiteral("SPF at the receiver: fail for contoso.com"));
    EXPECT_TRUE(p.dmarc.startsWith(QStringLiteral("DMARC at the receiver: fail"))) << p.dmarc.toStdString();
    EXPECT_TRUE(p.dmarc.contains(QStringLiteral("action oreject"))) << p.dmarc.toStdString();
    EXPECT_TRUE(p.compauth.contains(QStringLiteral("reason 000"))) << p.compauth.toStdString();

    const MessageProof gmail = MessageProof::judge(fromSample("gmail-original.eml"), QStringLiteral("contoso.com"));
    EXPECT_EQ(gmail.verdict, QStringLiteral("receiver-says-works"));
    EXPECT_TRUE(gmail.works);
    EXPECT_TRUE(gmail.recordable);
    EXPECT_TRUE(gmail.dmarc.contains(QStringLiteral("p=REJECT"))) << gmail.dmarc.toStdString();
    EXPECT_TRUE(gmail.compauth.isEmpty());
}

TEST(DkimProofs, RoundTripThroughTheProjectFile)
{
    RolloutPlan plan;
    twoDomains(plan);
    const DkimProof proof{QDateTime(QDate(2026, 12, 2), QTime(12, 30, 5, 120), Qt::UTC), QStringLiteral("works"),
                          QStringLiteral("Signed by contoso.com (selector1, 2048-bit RSA) and aligned — DKIM works.")};
    plan.setDkimProof(0, proof);
    plan.setDkimProof(1, DkimProof{proof.checkedAt, QStringLiteral("pending"), QStringLiteral("Still fetching")});
    EXPECT_FALSE(plan.dkimProof(1).has_value()) << "a verdict the wizard does not record is refused by the plan";

    RolloutPlan loaded;
    QString error;
    ASSERT_TRUE(ProjectFile::fromJson(ProjectFile::toJson(plan), loaded, &error)) << error.toStdString();
    const auto back = loaded.dkimProof(0);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->checkedAt, proof.checkedAt);
    EXPECT_EQ(back->verdict, proof.verdict);
    EXPECT_EQ(back->headline, proof.headline);
    EXPECT_FALSE(loaded.dkimProof(1).has_value());

    // A project without proofs writes no key, and a removed domain takes its proof with it.
    RolloutPlan none;
    twoDomains(none);
    EXPECT_FALSE(ProjectFile::toJson(none).contains(QLatin1String(DkimProofs::kProjectKey)));
    ASSERT_TRUE(plan.setDomains({QStringLiteral("fabrikam.com")}));
    EXPECT_FALSE(ProjectFile::toJson(plan).contains(QLatin1String(DkimProofs::kProjectKey)));
}

TEST(DkimProofs, HostileValuesAreRefusedOnLoad)
{
    RolloutPlan plan;
    twoDomains(plan);
    plan.setDkimProof(0, DkimProof{QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC), QStringLiteral("works"),
                                   QStringLiteral("Signed by contoso.com and aligned.")});
    const QJsonObject good = ProjectFile::toJson(plan);
    const QString key = QLatin1String(DkimProofs::kProjectKey);
    auto with = [&](const QJsonValue& proofs) {
        QJsonObject o = good;
        o.insert(key, proofs);
        return o;
    };
    auto proof = [](const QString& checkedAt, const QString& verdict, const QString& headline) {
        return QJsonObject{{QStringLiteral("checkedAt"), checkedAt},
                           {QStringLiteral("verdict"), verdict},
                           {QStringLiteral("headline"), headline}};
    };
    const QString at = QStringLiteral("2026-12-02T12:00:00.000Z");
    const QString ok = QStringLiteral("Signed by contoso.com and aligned.");
    const QList<std::pair<const char*, QJsonValue>> hostile{
        {"not an object", QJsonArray{1}},
        {"unknown domain", QJsonObject{{QStringLiteral("evil.example"), proof(at, QStringLiteral("works"), ok)}}},
        {"a key in another case", QJsonObject{{QStringLiteral("CONTOSO.com"), proof(at, QStringLiteral("works"), ok)}}},
        {"verdict not recorded",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("pending"), ok)}}},
        {"verdict made up",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("works<script>"), ok)}}},
        {"spoof verdict",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("not-authenticated"), ok)}}},
        {"headline with a line break",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("works"), ok + u'\n' + ok)}}},
        {"headline with a bidi override",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("works"), ok + QChar(0x202E))}}},
        {"headline empty",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("works"), QStringLiteral("  "))}}},
        {"headline too long",
         QJsonObject{{QStringLiteral("contoso.com"), proof(at, QStringLiteral("works"), QString(1001, u'x'))}}},
        {"date not a date",
         QJsonObject{{QStringLiteral("contoso.com"), proof(QStringLiteral("yesterday"), QStringLiteral("works"), ok)}}},
        {"date with an offset",
         QJsonObject{{QStringLiteral("contoso.com"),
                      proof(QStringLiteral("2026-12-02T12:00:00.000+02:00"), QStringLiteral("works"), ok)}}},
        {"date far ahead", QJsonObject{{QStringLiteral("contoso.com"), proof(QStringLiteral("2999-01-01T00:00:00.000Z"),
                                                                             QStringLiteral("works"), ok)}}},
        {"extra field", QJsonObject{{QStringLiteral("contoso.com"),
                                     QJsonObject{{QStringLiteral("checkedAt"), at},
                                                 {QStringLiteral("verdict"), QStringLiteral("works")},
                                                 {QStringLiteral("headline"), ok},
                                                 {QStringLiteral("script"), QStringLiteral("Remove-Item")}}}}},
        {"number for a text",
         QJsonObject{{QStringLiteral("contoso.com"), QJsonObject{{QStringLiteral("checkedAt"), at},
                                                                 {QStringLiteral("verdict"), 1},
                                                                 {QStringLiteral("headline"), ok}}}}},
        {"missing headline", QJsonObject{{QStringLiteral("contoso.com"),
                                          QJsonObject{{QStringLiteral("checkedAt"), at},
                                                      {QStringLiteral("verdict"), QStringLiteral("works")}}}}},
    };
    for (const auto& [what, value] : hostile) {
        RolloutPlan target;
        twoDomains(target);
        QString error;
        EXPECT_FALSE(ProjectFile::fromJson(with(value), target, &error)) << what;
        EXPECT_TRUE(error.contains(key)) << what << ": " << error.toStdString();
        EXPECT_FALSE(target.dkimProof(0).has_value()) << what << ": a refused file changes nothing";
    }
    RolloutPlan target;
    QString error;
    EXPECT_TRUE(ProjectFile::fromJson(with(QJsonValue()), target, &error)) << "null means no proofs";
}

TEST(DkimProofs, TheHandoverReportShowsTheProofEscaped)
{
    RolloutPlan plan;
    twoDomains(plan);
    plan.setDkimProof(0, DkimProof{QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC), QStringLiteral("works"),
                                   QStringLiteral("Signed by contoso.com <b>and</b> aligned.")});
    const QString html = HandoverReport::html(plan, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(html.contains(QStringLiteral("DKIM test message")));
    EXPECT_TRUE(html.contains(QStringLiteral("Signed by contoso.com &lt;b&gt;and&lt;/b&gt; aligned.")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>and</b>")));
}
