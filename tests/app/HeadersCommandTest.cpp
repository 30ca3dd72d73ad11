// `mailauth headers` without DNS: --key-file formats, and the realistic samples of tests/data/headers read offline.
#include "cli/HeadersCommand.h"

#include "support/CliProcess.h"
#include "support/DkimTestSigner.h"
#include "support/TestKeys.h"
#include "text/TxtStrings.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QByteArray pemPublic(EVP_PKEY* key)
{
    BIO* mem = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(mem, key);
    char* data = nullptr;
    const long size = BIO_get_mem_data(mem, &data);
    QByteArray out(data, size);
    BIO_free(mem);
    return out;
}

CliRun headers(const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringLiteral(MAILAUTH_CLI), QStringList{QStringLiteral("headers")} + arguments, 30000, input);
}

QString sample(const char* name)
{
    return QStringLiteral(MAILAUTH_SOURCE_DIR "/tests/data/headers/") + QLatin1String(name);
}

} // namespace

TEST(HeadersKeyFile, PemZoneFileAndRecordForms)
{
    QString error;
    const auto rsa = cli::HeadersCommand::keyRecordFromFile(pemPublic(TestKeys::rsaPair(2048)), &error);
    ASSERT_TRUE(rsa.has_value()) << error.toStdString();
    EXPECT_EQ(*rsa, QStringLiteral("v=DKIM1; k=rsa; p=") + TestKeys::publicKeyBase64(TestKeys::rsaPair(2048)));

    const auto ed = cli::HeadersCommand::keyRecordFromFile(pemPublic(TestKeys::ed25519Pair()), &error);
    ASSERT_TRUE(ed.has_value()) << error.toStdString();
    EXPECT_EQ(*ed, QStringLiteral("v=DKIM1; k=ed25519; p=") + TestKeys::publicKeyBase64(TestKeys::ed25519Pair()));

    const QString record = QStringLiteral("v=DKIM1; k=rsa; p=") + TestKeys::publicKeyBase64(TestKeys::rsaPair(1024));
    const QByteArray zone = "selector1._domainkey 3600 IN TXT ( " +
                            TxtStrings::toPresentation(TxtStrings::split(record.toUtf8(), 100)).toUtf8() + " )\n";
    const auto fromZone = cli::HeadersCommand::keyRecordFromFile(zone, &error);
    ASSERT_TRUE(fromZone.has_value()) << error.toStdString();
    EXPECT_EQ(*fromZone, record);
    EXPECT_EQ(cli::HeadersCommand::keyRecordFromFile(record.toUtf8() + "\n", &error), record);

    EXPECT_FALSE(cli::HeadersCommand::keyRecordFromFile("not a key", &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(cli::HeadersCommand::keyRecordFromFile("\"v=DKIM1; p=AAAA", &error).has_value());
}

TEST(HeadersCommand, SamplesOfflineInJson)
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QFile kf(key);
    ASSERT_TRUE(kf.open(QIODevice::WriteOnly));
    kf.write(pemPublic(TestKeys::rsaPair(2048)));
    kf.close();

    // The spoof Outlook.com rejected: no signature, SPF and DMARC failed, Microsoft's stamps decoded.
    const CliRun spoof =
        headers({sample("outlookcom-spoof.txt"), QStringLiteral("--key-file"), key, QStringLiteral("--json")});
    EXPECT_EQ(spoof.exitCode, 1) << spoof.err.toStdString();
    const QJsonObject o = spoof.json();
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-authenticated"));
    EXPECT_EQ(o.value(QStringLiteral("from_domain")).toString(), QStringLiteral("contoso.com"));
    EXPECT_TRUE(o.value(QStringLiteral("dkim")).toArray().isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")).toString(),
              QStringLiteral("fail"));
    EXPECT_EQ(o.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("action")).toString(),
              QStringLiteral("oreject"));
    const QJsonObject ms = o.value(QStringLiteral("microsoft")).toObject();
    EXPECT_EQ(ms.value(QStringLiteral("scl")).toInt(), 9);
    EXPECT_EQ(ms.value(QStringLiteral("forefront"))
                  .toObject()
                  .value(QStringLiteral("CAT"))
                  .toObject()
                  .value(QStringLiteral("value")),
              QStringLiteral("SPOOF"));
    EXPECT_EQ(ms.value(QStringLiteral("compauth")).toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("000"));
    const QJsonArray hops = o.value(QStringLiteral("hops")).toArray();
    ASSERT_EQ(hops.size(), 3);
    EXPECT_EQ(hops[1].toObject().value(QStringLiteral("delay_seconds")).toInt(), 45);
    const QJsonObject results = o.value(QStringLiteral("authentication_results")).toArray().at(0).toObject();
    EXPECT_EQ(results.value(QStringLiteral("methods")).toArray().size(), 4);

    // A message signed by the tenant's onmicrosoft.com domain only, checked with the key file.
    DkimSignOptions tenant;
    tenant.domain = QStringLiteral("contosotest.onmicrosoft.com");
    const QByteArray message = DkimTestSigner::sign(DkimTestSigner::sampleMessage(QStringLiteral("contoso.com")),
                                                    TestKeys::rsaPair(2048), tenant);
    const CliRun onMicrosoft = headers({QStringLiteral("-"), QStringLiteral("--key-file"), key}, message);
    EXPECT_EQ(onMicrosoft.exitCode, 1);
    EXPECT_TRUE(onMicrosoft.out.startsWith("Signed only by contosotest.onmicrosoft.com: custom-domain signing is not "
                                           "on yet (step 4 of the DKIM page)."))
        << onMicrosoft.out.toStdString();
}
