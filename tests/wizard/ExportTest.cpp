// The project exports: golden files for each format, computed from the sample project in resources/samples/ (a
// finished two-domain rollout), the PDF read back with poppler's pdftotext, and properties no format may lose.
// MAILAUTH_UPDATE_GOLDEN=1 rebuilds the sample project (real audits over an in-memory DNS world) and the golden files.
#include "audit/DomainAudit.h"
#include "dns/InMemoryZone.h"
#include "export/HandoverReport.h"
#include "export/PowerShellBundle.h"
#include "export/ProjectExport.h"
#include "export/RecordsExport.h"
#include "model/ProjectFile.h"
#include "support/PlanEdit.h"
#include "support/TestKeys.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

const QString kSample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
const QDateTime kGenerated(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

bool updating()
{
    return qEnvironmentVariableIsSet("MAILAUTH_UPDATE_GOLDEN");
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// The sample as a consultant would have finished it: built through the model, audited for real over DNS worlds
// "before" and "after".
void buildSample(RolloutPlan& plan)
{
    ASSERT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
    ASSERT_TRUE(plan.setCloud(QStringLiteral("worldwide")));
    ASSERT_TRUE(plan.setDnsHost(QStringLiteral("cloudflare")));
    plan.setClientName(QStringLiteral("Contoso Ltd"));
    plan.setConsultantName(QStringLiteral("Alex Wilber, Fabrikam Consulting"));
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("contoso.net")}));
    plan.setRole(1, DomainRole::Parked);
    test::editDomain(plan, 0, [](DomainPlan& c) {
        c.ip4 = {QStringLiteral("192.0.2.25")};
        c.selector1Target = QStringLiteral("selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft");
        c.selector2Target = QStringLiteral("selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft");
        c.aggregateReports = {QStringLiteral("mailto:dmarc-reports@contoso.com")};
    });
    plan.setDmarcStart(0, QDate(2026, 11, 3));
    plan.setDmarcStart(1, QDate(2026, 11, 3));
    const QStringList servers{QStringLiteral("ns1.cloudflare.example (192.0.2.53:53)"),
                              QStringLiteral("ns2.cloudflare.example (198.51.100.53:53)"),
                              QStringLiteral("system resolver"),
                              QStringLiteral("Cloudflare (1.1.1.1:53)"),
                              QStringLiteral("Google (8.8.8.8:53)"),
                              QStringLiteral("Quad9 (9.9.9.9:53)")};
    for (int i = 0; i < 2; ++i) {
        for (const DnsRecordSpec& r : plan.spfRecords(i) + plan.dkimRecords(i) + plan.dmarcRecords(i)) {
            // (the null MX and the report authorisation are published too, below, but not watched)
            const RecordId id = r.name.startsWith(QStringLiteral("_dmarc"))       ? RecordId::Dmarc
                                : r.name.startsWith(QStringLiteral("selector1.")) ? RecordId::DkimSelector1
                                : r.name.startsWith(QStringLiteral("selector2.")) ? RecordId::DkimSelector2
                                                                                  : RecordId::Spf;
            if (!r.name.startsWith(u'*')) {
                plan.recordConfirmation(i, Confirmation{id, r.value, at(3, 10 + i), servers});
            }
        }
    }
    plan.setDkimEnabled(0, true);
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.confirmations.last().confirmedAt = at(3, 15); });

    InMemoryZone before;
    before.addMx(QStringLiteral("contoso.com"), 0, QStringLiteral("contoso-com.mail.protection.outlook.com"));
    before.addTxt(QStringLiteral("contoso.com"), QStringLiteral("MS=ms31415926"));
    before.addA(QStringLiteral("www.contoso.net"), QStringLiteral("192.0.2.80"));
    before.addName(QStringLiteral("contoso.net"));
    before.addTxt(QStringLiteral("spf.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
    InMemoryZone after;
    after.addMx(QStringLiteral("contoso.com"), 0, QStringLiteral("contoso-com.mail.protection.outlook.com"));
    after.addTxt(QStringLiteral("contoso.com"), QStringLiteral("MS=ms31415926"));
    after.addA(QStringLiteral("www.contoso.net"), QStringLiteral("192.0.2.80"));
    after.addTxt(QStringLiteral("spf.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
    const QString key = test::TestKeys::rsaSpki(2048);
    for (const DnsRecordSpec& r : RecordsExport::records(plan)) {
        if (r.type == RecordType::CNAME) {
            after.addCname(r.name, r.value);
            after.addTxt(r.value, QList<QByteArray>{QByteArrayLiteral("v=DKIM1; k=rsa; p=") + key.toLatin1()});
        } else if (r.type == RecordType::MX) {
            after.addMx(r.name, r.preference, r.value);
        } else {
            after.addTxt(r.name, r.value);
        }
    }
    for (int i = 0; i < 2; ++i) {
        AuditRequest request;
        request.domain = plan.domain(i).ace;
        request.domainUnicode = plan.domain(i).unicode;
        request.parked = plan.domain(i).role == DomainRole::Parked;
        if (request.parked) {
            request.selectors.clear();
        }
        plan.setAudit(DomainAudit::run(request, before), false, at(2, 9));
        plan.setAudit(DomainAudit::run(request, after), true, at(3, 16));
    }
    plan.setLastPage(6);
}

void expectGolden(const QString& name, const QByteArray& actual)
{
    const QString path = QStringLiteral(MAILAUTH_SOURCE_DIR "/tests/data/golden/export/") + name;
    if (updating()) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "missing golden file " << path.toStdString();
    EXPECT_EQ(in.readAll().toStdString(), actual.toStdString()) << name.toStdString();
}

RolloutPlan& sample()
{
    static RolloutPlan plan;
    static bool loaded = false;
    if (!loaded) {
        loaded = true;
        if (updating()) {
            buildSample(plan);
            EXPECT_TRUE(ProjectFile::save(kSample, plan, nullptr));
        }
        QString error;
        EXPECT_TRUE(ProjectFile::load(kSample, plan, &error)) << error.toStdString();
    }
    return plan;
}

QByteArray render(ExportFormat format)
{
    ProjectExport::Options options;
    options.generatedAt = kGenerated;
    options.azureResourceGroup = QStringLiteral("rg-contoso-dns");
    QString error;
    const auto bytes = ProjectExport::render(sample(), format, options, &error);
    EXPECT_TRUE(bytes.has_value()) << error.toStdString();
    return bytes.value_or(QByteArray());
}

} // namespace

TEST(Export, SampleProjectIsAFinishedTwoDomainRollout)
{
    const RolloutPlan& plan = sample();
    ASSERT_EQ(plan.domains().size(), 2);
    EXPECT_EQ(plan.domain(1).role, DomainRole::Parked);
    for (const RecordId record :
         {RecordId::Spf, RecordId::DkimSelector1, RecordId::DkimSelector2, RecordId::Dmarc, RecordId::DkimEnabled}) {
        EXPECT_TRUE(plan.domain(0).confirmation(record).has_value()) << recordIdKeyword(record).toStdString();
    }
    ASSERT_TRUE(plan.domain(0).auditBefore && plan.domain(0).auditAfter);
    EXPECT_TRUE(hasFinding(plan.domain(0).auditBefore->report.findings, QStringLiteral("spf.missing")));
    EXPECT_FALSE(hasErrors(plan.domain(0).auditAfter->report.findings));
    EXPECT_EQ(plan.domain(0).auditAfter->report.dkim.first().keyBits, 2048);
    EXPECT_EQ(plan.domain(1).auditAfter->report.dmarcPolicy, DmarcPolicy::Reject);
}

TEST(Export, GoldenFilesForEveryTextFormat)
{
    expectGolden(QStringLiteral("contoso-dkim.ps1"), render(ExportFormat::PowerShell));
    expectGolden(QStringLiteral("contoso-records.zone"), render(ExportFormat::Zone));
    expectGolden(QStringLiteral("contoso-records.csv"), render(ExportFormat::Csv));
    expectGolden(QStringLiteral("contoso-windows-dns.ps1"), render(ExportFormat::WindowsDns));
    expectGolden(QStringLiteral("contoso-azure-dns.ps1"), render(ExportFormat::Azure));
    expectGolden(QStringLiteral("contoso-handover.html"), render(ExportFormat::Html));
    expectGolden(QStringLiteral("contoso-audit.json"), render(ExportFormat::Json));
}

TEST(Export, ScriptsAreBomCrlfAndSafeToRunTwice)
{
    for (ExportFormat f : {ExportFormat::PowerShell, ExportFormat::WindowsDns, ExportFormat::Azure}) {
        const QByteArray script = render(f);
        EXPECT_TRUE(script.startsWith("\xEF\xBB\xBF"));
        EXPECT_EQ(script.count("\r\n"), script.count('\n'));
    }
    const QString bundle = QString::fromUtf8(render(ExportFormat::PowerShell));
    // Creation is guarded by a lookup, enabling by the current state; the parked domain gets no DKIM.
    EXPECT_TRUE(bundle.contains(QStringLiteral("if (-not (Get-DkimSigningConfig -Identity $Domain -ErrorAction "
                                               "SilentlyContinue)) {")));
    EXPECT_TRUE(bundle.contains(QStringLiteral("-not (Get-DkimSigningConfig -Identity $Domain).Enabled")));
    EXPECT_FALSE(bundle.contains(QStringLiteral("contoso.net")));
    for (const char* banned : {"New-PSSession", "Get-Credential", "Basic"}) {
        EXPECT_FALSE(bundle.contains(QLatin1String(banned))) << banned;
    }
    // Every saved script says how to get past the execution policy, in comments only.
    for (ExportFormat f : {ExportFormat::PowerShell, ExportFormat::WindowsDns, ExportFormat::Azure}) {
        const QString script = QString::fromUtf8(render(f));
        EXPECT_TRUE(script.contains(QLatin1String("Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass")));
        EXPECT_TRUE(script.contains(QLatin1String("Unblock-File")));
        for (const QString& line : script.split(QLatin1String("\r\n"))) {
            if (line.contains(QLatin1String("ExecutionPolicy")) || line.contains(QLatin1String("Unblock-File"))) {
                EXPECT_TRUE(line.startsWith(u'#')) << line.toStdString();
            }
        }
    }
}

TEST(Export, UserTextCannotBreakOutOfScriptsOrTheReport)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("o'brien.example")}) == false); // not a host name: refused upstream
    ASSERT_TRUE(plan.setDomains({QStringLiteral("obrien.example")}));
    plan.setClientName(QStringLiteral("O'Brien <b>&</b>\r\nRemove-Item C:\\ -Recurse"));
    const auto bundle = PowerShellBundle::build(plan, kGenerated, nullptr);
    ASSERT_TRUE(bundle.has_value());
    for (const QString& line : bundle->split(u'\n')) {
        EXPECT_FALSE(line.startsWith(QStringLiteral("Remove-Item"))) << line.toStdString();
    }
    const QString html = HandoverReport::html(plan, kGenerated);
    EXPECT_TRUE(html.contains(QStringLiteral("O&#39;Brien &lt;b&gt;&amp;&lt;/b&gt;")) ||
                html.contains(QStringLiteral("O'Brien &lt;b&gt;&amp;&lt;/b&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>&</b>")));
}

TEST(Export, PdfOpensAndContainsTheDomains)
{
    const QByteArray pdf = render(ExportFormat::Pdf);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handover.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "poppler-utils (pdftotext) is required: packaging/install-deps.sh installs it";
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char* expected : {"contoso.com", "contoso.net", "Contoso Ltd", "Alex Wilber", "Next steps"}) {
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected;
    }
    // Long values wrap inside their table cell (pdftotext then drops the hyphen at the break): compare without
    // white space and hyphens.
    QString joined = text;
    joined.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    EXPECT_TRUE(joined.contains(QStringLiteral("selector1contosocom._domainkey.contoso.rv1.dkim.mail.microsoft")));
    EXPECT_TRUE(joined.contains(QStringLiteral("v=DMARC1;p=reject")));
    // One page for the overview and one per domain at least.
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString pages =
        QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1).trimmed();
    EXPECT_GE(pages.section(u'\n', 0, 0).trimmed().toInt(), 3);
}

// Admins copy record values from the PDF: every word of every value, name and type comes out of the PDF whole
// (never "CNA ME", "- all" or "r- v1"), also for an SPF record long enough to need several lines.
TEST(Export, PdfKeepsEveryRecordValueWhole)
{
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::load(kSample, plan, &error)) << error.toStdString();
    test::editDomain(plan, 0, [](DomainPlan& d) {
        d.extraIncludes = {QStringLiteral("spf.example-crm-mailer.com"),
                           QStringLiteral("_spf.long-hyphen-ated.example")};
        d.ip4 = {QStringLiteral("192.0.2.25"), QStringLiteral("198.51.100.0/28"), QStringLiteral("203.0.113.128/25")};
    });
    const QByteArray pdf = HandoverReport::pdf(HandoverReport::html(plan, kGenerated));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handover.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "poppler-utils (pdftotext) is required: packaging/install-deps.sh installs it";
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Words as pdftotext separates them: at spaces and line ends.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    int checked = 0;
    bool longSpfWrapped = false;
    for (int i = 0; i < plan.domains().size(); ++i) {
        for (const DnsRecordSpec& r : plan.allRecords(i)) {
            if (r.value.size() > 80 && r.value.startsWith(QStringLiteral("v=spf1"))) {
                longSpfWrapped = true;
            }
            const QStringList expected =
                QStringList{r.name, recordTypeName(r.type)} + r.value.split(u' ', Qt::SkipEmptyParts);
            for (const QString& word : expected) {
                EXPECT_TRUE(words.contains(word)) << "not whole in the PDF: " << word.toStdString();
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 20);
    EXPECT_TRUE(longSpfWrapped) << "the test needs an SPF record longer than a line";
    EXPECT_TRUE(words.contains(QStringLiteral("-all")));
    EXPECT_TRUE(words.contains(QStringLiteral("CNAME")));
}

TEST(Export, AzureCommandsNeedAResourceGroupAndUseTheProjects)
{
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::load(kSample, plan, &error)) << error.toStdString();
    ASSERT_TRUE(plan.azureResourceGroup().isEmpty());
    ProjectExport::Options options;
    options.generatedAt = kGenerated;
    // Before: a script with -ResourceGroupName '' in every command.
    EXPECT_FALSE(ProjectExport::render(plan, ExportFormat::Azure, options, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Tenant page"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("--azure-resource-group"))) << error.toStdString();

    ASSERT_TRUE(plan.setAzureResourceGroup(QStringLiteral("rg-from-project")));
    auto script = ProjectExport::render(plan, ExportFormat::Azure, options, &error);
    ASSERT_TRUE(script) << error.toStdString();
    const QString text = QString::fromUtf8(*script);
    EXPECT_EQ(text.count(QStringLiteral("-ResourceGroupName 'rg-from-project'")),
              2 * RecordsExport::records(plan).size()); // Get-AzDnsRecordSet and New-AzDnsRecordSet, per record
    EXPECT_FALSE(text.contains(QStringLiteral("-ResourceGroupName ''")));
    EXPECT_EQ(text.count(QStringLiteral("Get-AzDnsRecordSet ")), RecordsExport::records(plan).size());

    // The command line's value wins; a bad one is refused, never written.
    options.azureResourceGroup = QStringLiteral("rg-cli");
    script = ProjectExport::render(plan, ExportFormat::Azure, options, &error);
    ASSERT_TRUE(script) << error.toStdString();
    EXPECT_TRUE(script->contains("-ResourceGroupName 'rg-cli'"));
    EXPECT_FALSE(script->contains("rg-from-project"));
    options.azureResourceGroup = QStringLiteral("rg'; Remove-Item C:\\ -Recurse; '");
    EXPECT_FALSE(ProjectExport::render(plan, ExportFormat::Azure, options, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Azure resource group"))) << error.toStdString();
}
