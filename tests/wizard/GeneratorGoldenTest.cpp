// Golden-file tests for every generator and cloud: a wording or syntax change shows up as a diff in review.
// Set MAILAUTH_UPDATE_GOLDEN=1 to rewrite the files after an intended change, then read the diff.
#include "export/RecordsExport.h"
#include "generators/DkimPowerShell.h"
#include "generators/DkimRotationPowerShell.h"
#include "generators/PowerShellText.h"
#include "generators/RecordFormatter.h"
#include "model/PlanRules.h"

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

// What stops a first run on Windows (execution policy, the PSGallery and NuGet questions, the WAM sign-in) is
// answered in every DKIM script, and only in comments: a script never lowers a policy or trusts a repository itself.
TEST(DkimPowerShell, ExplainsWindowsBlocksInCommentsOnly)
{
    const DkimPowerShell::Input input{QStringLiteral("contoso.com"), Catalogue::instance().clouds().first(), {}};
    const auto setup = DkimPowerShell::setupScript(input);
    const auto enable = DkimPowerShell::enableScript(input);
    ASSERT_TRUE(setup && enable);
    for (const QString& script : {*setup, *enable}) {
        for (const char* advice :
             {"Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass",
              "Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned", "Unblock-File",
              "Untrusted repository", "Set-PSRepository -Name PSGallery -InstallationPolicy Trusted", "-DisableWAM",
              "Update-Module ExchangeOnlineManagement"}) {
            EXPECT_TRUE(script.contains(QLatin1String(advice))) << advice;
        }
        for (const QString& line : script.split(u'\n')) {
            if (line.contains(QLatin1String("ExecutionPolicy")) || line.contains(QLatin1String("Unblock-File")) ||
                line.contains(QLatin1String("Set-PSRepository")) || line.contains(QLatin1String("DisableWAM")) ||
                line.contains(QLatin1String("Update-Module"))) {
                EXPECT_TRUE(line.startsWith(u'#')) << line.toStdString();
            }
        }
        // The advice comes before the first command that can stop on it.
        EXPECT_LT(script.indexOf(QLatin1String("Unblock-File")), script.indexOf(QLatin1String("Install-Module")));
        EXPECT_LT(script.indexOf(QLatin1String("Untrusted repository")),
                  script.indexOf(QLatin1String("    Install-Module")));
        EXPECT_LT(script.indexOf(QLatin1String("-DisableWAM")),
                  script.indexOf(QLatin1String("\nConnect-ExchangeOnline")));
    }
}

TEST(GeneratorGolden, DkimRotationPassesForEveryCloud)
{
    for (const CloudInfo& cloud : Catalogue::instance().clouds()) {
        const DkimPowerShell::Input input{QStringLiteral("contoso.com"), cloud,
                                          QStringLiteral("admin@contoso.onmicrosoft.com")};
        for (const int pass : {1, 2}) {
            const auto script = DkimRotationPowerShell::passScript(input, pass);
            ASSERT_TRUE(script) << cloud.id.toStdString();
            expectGolden(QStringLiteral("dkim-rotate-pass%1-%2.ps1").arg(pass).arg(cloud.id), *script);
            EXPECT_TRUE(script->contains(QStringLiteral("Rotate-DkimSigningConfig -Identity $Domain -KeySize 2048")));
            EXPECT_TRUE(script->contains(QStringLiteral("$Domain = 'contoso.com'")));
            EXPECT_TRUE(script->contains(QStringLiteral("Selector1KeySize,Selector2KeySize")));
            EXPECT_TRUE(script->contains(QStringLiteral("RotateOnDate")));
            EXPECT_TRUE(script->contains(DkimPowerShell::connectBlock(input)));
            EXPECT_FALSE(script->contains(QStringLiteral("New-PSSession")));
        }
        // New keys are made at 2048 bits from the start, so a new domain never needs the rotation.
        EXPECT_TRUE(DkimPowerShell::setupScript(input)->contains(QStringLiteral("-KeySize 2048")));
    }
}

TEST(DkimRotationPowerShell, RefusesUnsafeDomainsAndUnknownPasses)
{
    const CloudInfo cloud = *Catalogue::instance().cloud(QStringLiteral("worldwide"));
    QString error;
    EXPECT_FALSE(DkimRotationPowerShell::passScript(
        {QStringLiteral("contoso.com'; Remove-Item C:\\ -Recurse; '"), cloud, {}}, 1, &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(DkimRotationPowerShell::passScript({QStringLiteral("b\u00fccher.example"), cloud, {}}, 2, &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(DkimRotationPowerShell::passScript({QStringLiteral("contoso.com"), cloud, {}}, 3, &error));
    EXPECT_FALSE(error.isEmpty());
    const auto idn = DkimRotationPowerShell::passScript({QStringLiteral("xn--bcher-kva.example"), cloud, {}}, 2);
    ASSERT_TRUE(idn);
    EXPECT_TRUE(idn->contains(QStringLiteral("$Domain = 'xn--bcher-kva.example'")));
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

// What PowerShell runs of a line once every single-quoted string is taken out ('' inside one is a quote, and so
// are the typographic quotes PowerShell also accepts): only this part can hold commands.
QString outsidePowerShellStrings(const QString& line)
{
    static const QString quotes = QStringLiteral("'\u2018\u2019\u201A\u201B");
    QString out;
    bool inside = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quotes.contains(c)) {
            if (!inside) {
                out += c;
            }
            continue;
        }
        if (inside && i + 1 < line.size() && quotes.contains(line[i + 1])) {
            ++i; // a doubled quote inside a string
            continue;
        }
        inside = !inside;
        out += QStringLiteral("<s>");
    }
    EXPECT_FALSE(inside) << "unterminated string in: " << line.toStdString();
    return out;
}

// The same for a POSIX shell line: single quotes end only at the next quote, and '\'' puts a quote in.
QString outsideShellStrings(const QString& line)
{
    QString out;
    bool inside = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\'') {
            inside = !inside;
            out += QStringLiteral("<s>");
        } else if (!inside && c == u'\\' && i + 1 < line.size()) {
            ++i; // \' outside a string is a literal quote
            out += QStringLiteral("<q>");
        } else if (!inside) {
            out += c;
        }
    }
    EXPECT_FALSE(inside) << "unterminated string in: " << line.toStdString();
    return out;
}

DnsRecordSpec spfReplacing(const QString& old)
{
    DnsRecordSpec r{QStringLiteral("contoso.com"),
                    QStringLiteral("contoso.com"),
                    RecordType::TXT,
                    QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"),
                    3600,
                    0};
    r.replaces = {old};
    return r;
}

} // namespace

TEST(RecordFormatter, AzurePowerShellExtendsAnExistingSetInsteadOfCreatingIt)
{
    const DnsRecordSpec spf{QStringLiteral("contoso.com"),
                            QStringLiteral("contoso.com"),
                            RecordType::TXT,
                            QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"),
                            3600,
                            0};
    const QString ps = RecordFormatter::azurePowerShell(spf, QStringLiteral("rg-dns"));
    EXPECT_EQ(ps, QStringLiteral(
                      "$rs = Get-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName "
                      "'rg-dns' -ErrorAction SilentlyContinue\n"
                      "if ($null -eq $rs) {\n"
                      "    New-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName "
                      "'rg-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=spf1 "
                      "include:spf.protection.outlook.com -all')\n"
                      "} else {\n"
                      "    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=spf1 "
                      "include:spf.protection.outlook.com -all' })) {\n"
                      "        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 include:spf.protection.outlook.com "
                      "-all' | Out-Null\n"
                      "    }\n"
                      "    Set-AzDnsRecordSet -RecordSet $rs | Out-Null\n"
                      "}"));
    EXPECT_FALSE(ps.contains(QStringLiteral("-Overwrite")));

    // A CNAME set holds one record: an existing one gets the new target, nothing is added beside it.
    const DnsRecordSpec dkim{QStringLiteral("contoso.com"),
                             QStringLiteral("selector1._domainkey.contoso.com"),
                             RecordType::CNAME,
                             QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"),
                             3600,
                             0};
    const QString cname = RecordFormatter::azurePowerShell(dkim, QStringLiteral("rg-dns"));
    EXPECT_TRUE(cname.contains(QStringLiteral(
        "    $rs.Records[0].Cname = 'selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft'\n")))
        << cname.toStdString();
    EXPECT_TRUE(cname.contains(QStringLiteral("if ($rs.Records.Count -eq 0) {")));
    EXPECT_EQ(cname.count(QStringLiteral("New-AzDnsRecordSet")), 1);
    EXPECT_EQ(cname.count(QStringLiteral("Set-AzDnsRecordSet -RecordSet $rs")), 1);
    EXPECT_FALSE(cname.contains(QStringLiteral("Where-Object")));
    // The Azure CLI's set-record replaces a CNAME's target; add-record creates a TXT set or adds to it.
    EXPECT_TRUE(RecordFormatter::azureCli(dkim, QStringLiteral("rg-dns"))
                    .startsWith(QStringLiteral("az network dns record-set cname set-record ")));
    EXPECT_TRUE(RecordFormatter::azureCli(spf, QStringLiteral("rg-dns"))
                    .startsWith(QStringLiteral("az network dns record-set txt add-record ")));
}

TEST(RecordFormatter, AReplacedValueIsRemovedInEveryFormat)
{
    const DnsRecordSpec r = spfReplacing(QStringLiteral("v=spf1 include:old.example ~all"));
    ASSERT_TRUE(r.problem().isEmpty()) << r.problem().toStdString();

    const QString ps = RecordFormatter::azurePowerShell(r, QStringLiteral("rg-dns"));
    const qsizetype remove =
        ps.indexOf(QStringLiteral("Remove-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 include:old.example ~all'"));
    const qsizetype add = ps.indexOf(QStringLiteral("Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 include:spf"));
    const qsizetype set = ps.indexOf(QStringLiteral("Set-AzDnsRecordSet -RecordSet $rs"));
    EXPECT_TRUE(remove > 0 && remove < add && add < set) << ps.toStdString();

    const QStringList cli = RecordFormatter::azureCli(r, QStringLiteral("rg-dns")).split(u'\n');
    ASSERT_EQ(cli.size(), 2);
    EXPECT_EQ(cli[0],
              QStringLiteral("az network dns record-set txt remove-record --resource-group 'rg-dns' --zone-name "
                             "'contoso.com' --record-set-name '@' --value 'v=spf1 include:old.example ~all' "
                             "--keep-empty-record-set"));
    EXPECT_TRUE(cli[1].startsWith(QStringLiteral("az network dns record-set txt add-record ")));

    const QStringList windows = RecordFormatter::windowsDnsCommand(r).split(u'\n');
    ASSERT_EQ(windows.size(), 2);
    EXPECT_EQ(windows[0], QStringLiteral("Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '.' -RRType Txt "
                                         "-RecordData 'v=spf1 include:old.example ~all' -Force"));
    EXPECT_TRUE(windows[1].startsWith(QStringLiteral("Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '.' "
                                                     "-Txt -DescriptiveText 'v=spf1 include:spf")));

    EXPECT_EQ(RecordsExport::zoneLines({r}),
              QStringLiteral("; contoso.com\n"
                             "; delete (replaced by the next line): contoso.com. 3600 IN TXT \"v=spf1 "
                             "include:old.example ~all\"\n"
                             "contoso.com. 3600 IN TXT \"v=spf1 include:spf.protection.outlook.com -all\"\n"));
    EXPECT_EQ(
        RecordsExport::csv({r}),
        QStringLiteral("zone,host,name,type,value,ttl,action\r\n"
                       "\"contoso.com\",\"@\",\"contoso.com\",\"TXT\",\"v=spf1 include:old.example ~all\",3600,"
                       "delete\r\n"
                       "\"contoso.com\",\"@\",\"contoso.com\",\"TXT\",\"v=spf1 include:spf.protection.outlook.com "
                       "-all\",3600,add\r\n"));

    // Replacing a value by itself removes nothing; a record with nothing to replace removes nothing.
    for (const QString& same : {r.value, QString()}) {
        const DnsRecordSpec unchanged = spfReplacing(same);
        EXPECT_FALSE(
            RecordFormatter::azurePowerShell(unchanged, QStringLiteral("rg")).contains(QStringLiteral("Remove")));
        EXPECT_FALSE(RecordFormatter::azureCli(unchanged, QStringLiteral("rg")).contains(QStringLiteral("remove")));
        EXPECT_FALSE(RecordFormatter::windowsDnsCommand(unchanged).contains(QStringLiteral("Remove")));
        EXPECT_FALSE(RecordFormatter::bindLine(unchanged).contains(u';'));
        EXPECT_FALSE(RecordsExport::csv({unchanged}).contains(QStringLiteral("delete")));
    }
}

TEST(RecordFormatter, AReplacedCnameAndTheDmarcRecord)
{
    DnsRecordSpec dkim{QStringLiteral("contoso.com"),
                       QStringLiteral("selector1._domainkey.contoso.com"),
                       RecordType::CNAME,
                       QStringLiteral("selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft"),
                       3600,
                       0};
    dkim.replaces = {QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.com")};
    ASSERT_TRUE(dkim.problem().isEmpty()) << dkim.problem().toStdString();
    EXPECT_TRUE(RecordFormatter::windowsDnsCommand(dkim).startsWith(QStringLiteral(
        "Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'selector1._domainkey' -RRType CName -Force\n")));
    EXPECT_FALSE(RecordFormatter::azureCli(dkim, QStringLiteral("rg")).contains(QStringLiteral("remove-record")));
    EXPECT_TRUE(RecordFormatter::bindLine(dkim).startsWith(
        QStringLiteral("; delete (replaced by the next line): selector1._domainkey.contoso.com. 3600 IN CNAME "
                       "selector1-contoso-com._domainkey.contoso.onmicrosoft.com.\n")));

    DnsRecordSpec dmarc{QStringLiteral("contoso.com"),
                        QStringLiteral("_dmarc.contoso.com"),
                        RecordType::TXT,
                        QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:d@contoso.com"),
                        3600,
                        0};
    dmarc.replaces = {QStringLiteral("v=DMARC1; p=none")};
    EXPECT_TRUE(RecordFormatter::azurePowerShell(dmarc, QStringLiteral("rg"))
                    .contains(QStringLiteral("Remove-AzDnsRecordConfig -RecordSet $rs -Value 'v=DMARC1; p=none'")));
    EXPECT_TRUE(RecordFormatter::windowsDnsCommand(dmarc).startsWith(
        QStringLiteral("Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '_dmarc' -RRType Txt -RecordData "
                       "'v=DMARC1; p=none' -Force\n")));

    // What replaces must be as safe as a value; an MX other than a null MX cannot replace (the exports would need
    // the old preference).
    DnsRecordSpec broken = spfReplacing(QStringLiteral("v=spf1 -all\nRemove-Item C:\\"));
    EXPECT_FALSE(broken.problem().isEmpty());
    dkim.replaces = {QStringLiteral("evil.example'; calc; '")};
    EXPECT_FALSE(dkim.problem().isEmpty());
    DnsRecordSpec mx{QStringLiteral("contoso.com"),
                     QStringLiteral("contoso.com"),
                     RecordType::MX,
                     QStringLiteral("contoso-com.mail.protection.outlook.com"),
                     3600,
                     0};
    mx.replaces = {QStringLiteral("mail.contoso.com")};
    EXPECT_FALSE(mx.problem().isEmpty());
    mx.value = QStringLiteral(".");
    EXPECT_TRUE(mx.problem().isEmpty()) << mx.problem().toStdString();
    mx.replaces = {QStringLiteral("mail.contoso.com'; calc; '")};
    EXPECT_FALSE(mx.problem().isEmpty());
    mx.replaces = {};
    mx.preference = 10; // "10 ." is no null MX: "." is no host name
    EXPECT_FALSE(mx.problem().isEmpty());
}

TEST(RecordFormatter, EveryPublishedSpfRecordIsRemovedInEveryFormat)
{
    // Two SPF records at one name: receivers ignore both (permerror); the merged record replaces both.
    const QString first = QStringLiteral("v=spf1 include:_spf.google.com ~all");
    const QString second = QStringLiteral("v=spf1 ip4:192.0.2.10 -all");
    DnsRecordSpec r = spfReplacing(first);
    r.replaces.append(second);
    r.replaces.append(first); // a repeat removes nothing twice
    ASSERT_TRUE(r.problem().isEmpty()) << r.problem().toStdString();
    EXPECT_EQ(r.replacedValues(), (QStringList{first, second}));

    const QString ps = RecordFormatter::azurePowerShell(r, QStringLiteral("rg-dns"));
    EXPECT_EQ(ps.count(QStringLiteral("Remove-AzDnsRecordConfig")), 2);
    EXPECT_TRUE(ps.contains(QStringLiteral("-Value 'v=spf1 ip4:192.0.2.10 -all'")));
    const QString cli = RecordFormatter::azureCli(r, QStringLiteral("rg-dns"));
    EXPECT_EQ(cli.count(QStringLiteral("txt remove-record")), 2);
    const QString windows = RecordFormatter::windowsDnsCommand(r);
    EXPECT_EQ(windows.count(QStringLiteral("Remove-DnsServerResourceRecord")), 2);
    EXPECT_TRUE(windows.indexOf(QStringLiteral("ip4:192.0.2.10")) < windows.indexOf(QStringLiteral("Add-DnsServer")));
    EXPECT_EQ(RecordFormatter::bindLine(r).count(QStringLiteral("; delete (replaced by the next line)")), 2);
    EXPECT_EQ(RecordsExport::csv({r}).count(QStringLiteral(",delete\r\n")), 2);

    // One of them already equal to the new record stays.
    r.replaces = {first, r.value};
    EXPECT_EQ(RecordsExport::csv({r}).count(QStringLiteral(",delete\r\n")), 1);
}

TEST(RecordFormatter, ANullMxRemovesEveryMxInEveryFormat)
{
    DnsRecordSpec mx{QStringLiteral("contoso.com"),
                     QStringLiteral("parked.contoso.com"),
                     RecordType::MX,
                     QStringLiteral("."),
                     3600,
                     0};
    mx.replaces = {QStringLiteral("mx1.example.net"), QStringLiteral("mx2.example.net")};
    ASSERT_TRUE(mx.problem().isEmpty()) << mx.problem().toStdString();

    const QString windows = RecordFormatter::windowsDnsCommand(mx);
    EXPECT_TRUE(windows.startsWith(QStringLiteral(
        "Get-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'parked' -RRType Mx -ErrorAction SilentlyContinue "
        "| Remove-DnsServerResourceRecord -ZoneName 'contoso.com' -Force\nAdd-DnsServerResourceRecord")))
        << windows.toStdString();
    const QString ps = RecordFormatter::azurePowerShell(mx, QStringLiteral("rg"));
    const qsizetype remove = ps.indexOf(
        QStringLiteral("Remove-AzDnsRecordConfig -RecordSet $rs -Exchange $old.Exchange -Preference $old.Preference"));
    EXPECT_TRUE(remove > 0 && remove < ps.indexOf(QStringLiteral("Add-AzDnsRecordConfig"))) << ps.toStdString();
    const QStringList cli = RecordFormatter::azureCli(mx, QStringLiteral("rg")).split(u'\n');
    ASSERT_EQ(cli.size(), 2);
    EXPECT_EQ(cli[0], QStringLiteral("az network dns record-set mx delete --resource-group 'rg' --zone-name "
                                     "'contoso.com' --name 'parked' --yes"));
    EXPECT_TRUE(cli[1].startsWith(QStringLiteral("az network dns record-set mx add-record ")));
    const QString zone = RecordFormatter::bindLine(mx);
    EXPECT_TRUE(zone.contains(QStringLiteral("the MX record to mx2.example.net.\n"))) << zone.toStdString();
    EXPECT_TRUE(zone.endsWith(QStringLiteral("parked.contoso.com. 3600 IN MX 0 .")));
    EXPECT_EQ(RecordsExport::csv({mx}).count(QStringLiteral(",delete\r\n")), 2);

    // Without MX today nothing is removed.
    mx.replaces.clear();
    EXPECT_FALSE(RecordFormatter::windowsDnsCommand(mx).contains(QStringLiteral("Remove")));
    EXPECT_FALSE(RecordFormatter::azureCli(mx, QStringLiteral("rg")).contains(QStringLiteral("delete")));
}

TEST(RecordFormatter, HostileValuesNeverLeaveTheirQuotes)
{
    const QString hostile = QStringLiteral("it's \"x\" $(Remove-Item C:\\) `calc` \u2019; calc; \u2018 $env:X ${y}");
    DnsRecordSpec r = spfReplacing(hostile + QStringLiteral(" old"));
    r.value = hostile;
    // The formatter quotes whatever it is given, even a resource group no page would accept.
    const QString group = QStringLiteral("rg'; Remove-Item C:\\ -Recurse; '$(calc)`");
    for (const QString& line :
         RecordFormatter::azurePowerShell(r, group).split(u'\n') + RecordFormatter::windowsDnsCommand(r).split(u'\n')) {
        const QString code = outsidePowerShellStrings(line);
        for (const char* banned : {"Remove-Item", "calc", "$(", "$env", "${", "`"}) {
            EXPECT_FALSE(code.contains(QLatin1String(banned))) << banned << " in: " << line.toStdString();
        }
    }
    for (const QString& line : RecordFormatter::azureCli(r, group).split(u'\n')) {
        const QString code = outsideShellStrings(line);
        for (const char* banned : {"Remove-Item", "calc", "$(", "$env", "${", "`", ";"}) {
            EXPECT_FALSE(code.contains(QLatin1String(banned))) << banned << " in: " << line.toStdString();
        }
    }
    // The zone comment for the old value stays one line whatever it holds.
    EXPECT_EQ(RecordFormatter::bindLine(r).count(u'\n'), 1);
}

TEST(PlanRules, AzureResourceGroupNamesFollowAzuresRules)
{
    for (const QString& good : {QStringLiteral("rg-dns"), QStringLiteral("RG_(prod).1"), QStringLiteral("r"),
                                QStringLiteral("DNS-Zonen-\u00dcbersicht"), QString(90, u'a')}) {
        QString error;
        EXPECT_TRUE(PlanRules::checkAzureResourceGroup(good, false, &error))
            << good.toStdString() << error.toStdString();
    }
    for (const QString& bad :
         {QString(), QString(91, u'a'), QStringLiteral("rg."), QStringLiteral("rg dns"), QStringLiteral("rg'x"),
          QStringLiteral("rg\"x"), QStringLiteral("rg$x"), QStringLiteral("rg`x"), QStringLiteral("rg;x"),
          QStringLiteral("rg/x"), QStringLiteral("rg\nx"), QStringLiteral("rg\u2019x"), QStringLiteral("rg#x"),
          QStringLiteral("rg\u00b2"), QStringLiteral("rg\u202ex")}) {
        QString error;
        EXPECT_FALSE(PlanRules::checkAzureResourceGroup(bad, false, &error)) << bad.toStdString();
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(error.contains(u'\n')) << error.toStdString();
    }
    QString error;
    EXPECT_TRUE(PlanRules::checkAzureResourceGroup(QString(), true, &error));
    EXPECT_FALSE(PlanRules::checkAzureResourceGroup(QStringLiteral("rg."), true, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("period"))) << error.toStdString();
}
