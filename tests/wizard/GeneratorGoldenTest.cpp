// Golden-file tests for every generator and cloud: a wording or syntax change shows up as a diff in review.
// Set MAILAUTH_UPDATE_GOLDEN=1 to rewrite the files after an intended change, then read the diff.
#include "generators/DkimPowerShell.h"
#include "generators/PowerShellText.h"
#include "generators/RecordFormatter.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

void expectGolden(const QString& name, const QString& actual)
{
    const QString path = QStringLiteral(MAILAUTH_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("MAILAUTH_UPDATE_GOLDEN")) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "missing golden file " << path.toStdString();
    EXPECT_EQ(QString::fromUtf8(in.readAll()).toStdString(), actual.toStdString()) << name.toStdString();
}

QList<DnsRecordSpec> sampleRecords()
{
    const QString zone = QStringLiteral("contoso.com");
    QString longSpf = QStringLiteral("v=spf1");
    for (int i = 1; i <= 14; ++i) {
        longSpf += QStringLiteral(" ip4:192.0.2.%1").arg(i);
    }
    longSpf += QStringLiteral(" include:spf.protection.outlook.com include:sendgrid.net include:mail.zendesk.com -all");
    return {
        {zone, zone, RecordType::TXT, QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"), 3600, 0},
        {zone, QStringLiteral("marketing.contoso.com"), RecordType::TXT, longSpf, 3600, 0},
        {zone, QStringLiteral("_dmarc.contoso.com"), RecordType::TXT,
         QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@contoso.com"), 3600, 0},
        {zone, QStringLiteral("selector1._domainkey.contoso.com"), RecordType::CNAME,
         QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"), 3600, 0},
        {zone, QStringLiteral("selector2._domainkey.contoso.com"), RecordType::CNAME,
         QStringLiteral("selector2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"), 3600, 0},
        {zone, zone, RecordType::MX, QStringLiteral("contoso-com.mail.protection.outlook.com"), 3600, 0},
        {zone, QStringLiteral("o'brien.contoso.com"), RecordType::TXT, QStringLiteral("it's \"quoted\" $(calc)"), 300,
         0},
    };
}

TEST(GeneratorGolden, DkimScriptsForEveryCloud)
{
    const auto& clouds = Catalogue::instance().clouds();
    ASSERT_EQ(clouds.size(), 5) << Catalogue::instance().loadError().toStdString();
    for (const CloudInfo& cloud : clouds) {
        const DkimPowerShell::Input input{QStringLiteral("contoso.com"), cloud,
                                          QStringLiteral("admin@contoso.onmicrosoft.com")};
        const auto setup = DkimPowerShell::setupScript(input);
        const auto enable = DkimPowerShell::enableScript(input);
        ASSERT_TRUE(setup && enable) << cloud.id.toStdString();
        expectGolden(QStringLiteral("dkim-setup-%1.ps1").arg(cloud.id), *setup);
        expectGolden(QStringLiteral("dkim-enable-%1.ps1").arg(cloud.id), *enable);
        EXPECT_FALSE(setup->contains(QStringLiteral("New-PSSession")));
        EXPECT_FALSE(setup->contains(QStringLiteral("Get-Credential")));
        EXPECT_FALSE(setup->contains(QStringLiteral("Basic")));
        EXPECT_EQ(setup->contains(QStringLiteral("-ExchangeEnvironmentName")),
                  !cloud.exchangeEnvironmentName.isEmpty());
    }
}

TEST(GeneratorGolden, RecordsForEveryDnsHost)
{
    for (const DnsHostInfo& host : Catalogue::instance().dnsHosts()) {
        QString out;
        for (const DnsRecordSpec& r : sampleRecords()) {
            const FormattedRecord f = RecordFormatter::format(r, host, {QStringLiteral("rg-dns")});
            out += QStringLiteral("host: %1\ntype: %2\nvalue: %3\nttl: %4\n").arg(f.host, f.type, f.value, f.ttl);
            if (!f.command.isEmpty()) {
                out += QStringLiteral("command:\n%1\n").arg(f.command);
            }
            out += u'\n';
        }
        expectGolden(QStringLiteral("records-%1.txt").arg(host.id), out);
    }
}

TEST(PowerShellText, QuotesSingleQuotesAndKeepsEverythingElseLiteral)
{
    EXPECT_EQ(PowerShellText::quote(QStringLiteral("contoso.com")), QStringLiteral("'contoso.com'"));
    EXPECT_EQ(PowerShellText::quote(QStringLiteral("it's $x `n")), QStringLiteral("'it''s $x `n'"));
    EXPECT_EQ(PowerShellText::quote(QStringLiteral("a\u2019b")), QStringLiteral("'a\u2019\u2019b'"));
    const QByteArray file = PowerShellText::toScriptFile(QStringLiteral("a\nb\n"));
    EXPECT_TRUE(file.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(file.mid(3), QByteArray("a\r\nb\r\n"));
}

TEST(DkimPowerShell, RejectsInputThatCouldInjectCode)
{
    const CloudInfo cloud = *Catalogue::instance().cloud(QStringLiteral("worldwide"));
    QString error;
    EXPECT_FALSE(
        DkimPowerShell::setupScript({QStringLiteral("contoso.com'; Remove-Item C:\\ -Recurse; '"), cloud, {}}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(DkimPowerShell::setupScript(
        {QStringLiteral("contoso.com"), cloud, QStringLiteral("x@y.com\nRemove-Item")}, &error));
    EXPECT_FALSE(
        DkimPowerShell::setupScript({QStringLiteral("bücher.example"), cloud, {}}, &error)); // must be the A-label
    EXPECT_TRUE(DkimPowerShell::setupScript(
        {QStringLiteral("xn--bcher-kva.example"), cloud, QStringLiteral("o'brien@contoso.com")}, &error));
    const auto script =
        DkimPowerShell::setupScript({QStringLiteral("contoso.com"), cloud, QStringLiteral("o'brien@contoso.com")});
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->contains(QStringLiteral("-UserPrincipalName 'o''brien@contoso.com'")));
}

} // namespace
