// Project files written by someone else (or damaged on the way): every value is checked on load with the rules the
// pages use, and every export refuses or escapes what would break its format. Starts from the sample project, so
// each case changes exactly one thing in an otherwise valid file.
#include "export/ProjectExport.h"
#include "export/RecordsExport.h"
#include "generators/RecordFormatter.h"
#include "model/ProjectFile.h"
#include "model/StrictJson.h"
#include "support/PlanEdit.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

const QString kSample = QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth");
const QString kSelector1 = QStringLiteral("selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft");
const QString kInjection = QStringLiteral("\n$INCLUDE /etc/passwd\nevil.contoso.com. 60 IN A 192.0.2.66");

QJsonObject sample()
{
    QFile file(kSample);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Changes one field of the first domain ("contoso.com") through a path like {"dkim", "selector1"}.
QJsonObject withDomainField(const QStringList& path, const QJsonValue& value, int domain = 0)
{
    QJsonObject root = sample();
    QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
    std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject o, qsizetype i) {
        if (i == path.size() - 1) {
            o.insert(path[i], value);
        } else {
            o.insert(path[i], set(o.value(path[i]).toObject(), i + 1));
        }
        return o;
    };
    domains[domain] = set(domains[domain].toObject(), 0);
    root.insert(QStringLiteral("domains"), domains);
    return root;
}

struct Refusal
{
    bool loaded = true;
    QString error;
    bool fileUnchanged = false;
    bool planUnchanged = false;
};

// Loads bytes from a file into a plan that already holds a project; a refusal must leave both alone.
Refusal load(const QByteArray& bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.mailauth"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    RolloutPlan plan;
    EXPECT_TRUE(plan.setDomains({QStringLiteral("unchanged.example")}));
    Refusal r;
    r.loaded = ProjectFile::load(path, plan, &r.error);
    QFile again(path);
    EXPECT_TRUE(again.open(QIODevice::ReadOnly));
    r.fileUnchanged = again.readAll() == bytes;
    r.planUnchanged = plan.domains().size() == 1 && plan.domain(0).ace == u"unchanged.example";
    return r;
}

Refusal load(const QJsonObject& json)
{
    return load(QJsonDocument(json).toJson());
}

void expectRefused(const Refusal& r, const QStringList& mentions)
{
    EXPECT_FALSE(r.loaded);
    EXPECT_TRUE(r.fileUnchanged);
    EXPECT_TRUE(r.planUnchanged);
    for (const QString& m : mentions) {
        EXPECT_TRUE(r.error.contains(m)) << "missing \"" << m.toStdString() << "\" in: " << r.error.toStdString();
    }
}

RolloutPlan* loadSample(RolloutPlan& plan)
{
    QString error;
    EXPECT_TRUE(ProjectFile::load(kSample, plan, &error)) << error.toStdString();
    return &plan;
}

std::optional<QByteArray> render(const RolloutPlan& plan, ExportFormat format, QString* error)
{
    ProjectExport::Options options;
    options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    options.azureResourceGroup = QStringLiteral("rg-dns");
    return ProjectExport::render(plan, format, options, error);
}

TEST(HostileProject, ANewlineInADkimSelectorIsRefusedOnLoad)
{
    expectRefused(
        load(withDomainField({QStringLiteral("dkim"), QStringLiteral("selector1")}, QString(kSelector1 + kInjection))),
        {QStringLiteral("contoso.com"), QStringLiteral("dkim.selector1")});
    // A trailing newline alone: recognise() trims and "$" matches before it, so this needs its own rule.
    expectRefused(load(withDomainField({QStringLiteral("dkim"), QStringLiteral("selector1")},
                                       QString(kSelector1 + QStringLiteral("\n")))),
                  {QStringLiteral("dkim.selector1")});
    // The other selector's target in the first slot would publish the wrong key.
    expectRefused(
        load(withDomainField({QStringLiteral("dkim"), QStringLiteral("selector1")},
                             QString(kSelector1).replace(QStringLiteral("selector1-"), QStringLiteral("selector2-")))),
        {QStringLiteral("dkim.selector1")});
}

TEST(HostileProject, EveryExportRefusesAnInjectedRecordThatBypassedLoading)
{
    RolloutPlan plan;
    loadSample(plan);
    for (const QString& name : ProjectExport::formatNames()) {
        QString error;
        EXPECT_TRUE(render(plan, *ProjectExport::formatFromName(name), &error))
            << name.toStdString() << ": " << error.toStdString();
    }
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.selector1Target = kSelector1 + kInjection; });
    for (const QString& name : ProjectExport::formatNames()) {
        QString error;
        EXPECT_FALSE(render(plan, *ProjectExport::formatFromName(name), &error)) << name.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("contoso.com, dkim.selector1")))
            << name.toStdString() << ": " << error.toStdString();
    }
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.selector1Target = kSelector1; });
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.existingSpf.clear(); });
    test::editDomain(plan, 0,
                     [&](DomainPlan& d) { d.extraIncludes = {QStringLiteral("spf.example\r\n_dmarc IN TXT x")}; });
    QString error;
    EXPECT_FALSE(render(plan, ExportFormat::Csv, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("spf.includes"))) << error.toStdString();
    // Below the plan rules, the record check alone still refuses an unsafe record.
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.extraIncludes.clear(); });
    test::editDomain(plan, 0, [&](DomainPlan& d) { d.selector1Target = kSelector1 + kInjection; });
    EXPECT_FALSE(RecordsExport::checkRecords(plan, &error));
    EXPECT_TRUE(error.contains(kSelector1)) << error.toStdString();
}

TEST(HostileProject, AnExistingSpfRecordThatCannotBeMergedStopsEveryExport)
{
    // Before: the project loaded, SpfComposer::merge() failed, and every export lacked contoso.com's SPF record
    // while reporting success. A broken record published today is a real state (the SPF page offers to replace
    // it), so the project still opens; what it cannot do is export as if it were complete.
    const QString broken = QStringLiteral("v=spf1 ip4:192.0.2.999 -all");
    const QJsonObject json = withDomainField({QStringLiteral("spf"), QStringLiteral("existing")}, broken);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("p.mailauth")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::load(file.fileName(), plan, &error)) << error.toStdString();
    ASSERT_EQ(plan.domain(0).existingSpf, QStringList{broken});
    for (const QString& name : ProjectExport::formatNames()) {
        error.clear();
        EXPECT_FALSE(render(plan, *ProjectExport::formatFromName(name), &error)) << name.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("contoso.com, spf.existing")))
            << name.toStdString() << ": " << error.toStdString();
    }
    // Starting from a new record (the SPF page's button) makes the project exportable again: a record that
    // receivers reject today authorises no sender, so leaving it is no weakening.
    plan.setSpfFromScratch(0, true);
    for (const QString& name : ProjectExport::formatNames()) {
        error.clear();
        EXPECT_TRUE(render(plan, *ProjectExport::formatFromName(name), &error))
            << name.toStdString() << ": " << error.toStdString();
    }
    // A parked domain publishes the null record whatever was there: its broken record stops nothing.
    test::editDomain(plan, 1, [&](DomainPlan& d) { d.existingSpf = {broken}; });
    EXPECT_TRUE(render(plan, ExportFormat::Zone, &error)) << error.toStdString();
}

TEST(HostileProject, TheZoneLineEscapesWhatItIsGiven)
{
    // Defence in depth below the export check: one record stays one line, and no line starts a directive.
    const DnsRecordSpec cname{QStringLiteral("contoso.com"),
                              QStringLiteral("selector1._domainkey.contoso.com"),
                              RecordType::CNAME,
                              kSelector1 + kInjection,
                              3600,
                              0};
    const QString line = RecordFormatter::bindLine(cname);
    EXPECT_FALSE(line.contains(u'\n')) << line.toStdString();
    EXPECT_FALSE(line.contains(u' ' + QStringLiteral("$INCLUDE"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("\\010\\036INCLUDE\\032/etc/passwd"))) << line.toStdString();
    const DnsRecordSpec txt{QStringLiteral("contoso.com"),
                            QStringLiteral("contoso.com"),
                            RecordType::TXT,
                            QStringLiteral("v=spf1 -all\"\n$INCLUDE /etc/passwd ; \\"),
                            3600,
                            0};
    const QString txtLine = RecordFormatter::bindLine(txt);
    EXPECT_EQ(txtLine, QStringLiteral("contoso.com. 3600 IN TXT \"v=spf1 -all\\\"\\010$INCLUDE /etc/passwd ; \\\\\""));
    EXPECT_FALSE(cname.problem().isEmpty());
    EXPECT_FALSE(txt.problem().isEmpty());
}

TEST(HostileProject, QuotesBackticksAndSubshellsStayData)
{
    // Names cannot hold them at all.
    for (const QString& name :
         {QStringLiteral("contoso.com'; Remove-Item C:\\ -Recurse; '"), QStringLiteral("$(reboot).contoso.com"),
          QStringLiteral("`calc`.contoso.com"), QStringLiteral("contoso.com\"")}) {
        expectRefused(load(withDomainField({QStringLiteral("domain")}, name)), {});
    }
    // Nor can the values that end up in records (these loaded before, and went into every export).
    const QList<std::pair<QStringList, QJsonValue>> values{
        {{QStringLiteral("dkim"), QStringLiteral("selector2")},
         QStringLiteral("selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft'$(calc)`whoami`")},
        {{QStringLiteral("spf"), QStringLiteral("ip4")}, QJsonArray{QStringLiteral("192.0.2.1'; $(calc)")}},
        {{QStringLiteral("dmarc"), QStringLiteral("rua")}, QJsonArray{QStringLiteral("a@contoso.com\"; `calc`")}},
    };
    for (const auto& [path, value] : values) {
        expectRefused(load(withDomainField(path, value)), {QStringLiteral("contoso.com, ") + path.join(u'.')});
    }
    // A client name may hold them (it is free text): every format keeps it in a comment, a quoted string or
    // HTML.
    QJsonObject json = sample();
    const QString client = QStringLiteral("Contoso '$(Invoke-Evil)' `whoami` \"<script>alert(1)</script>\"");
    json.insert(QStringLiteral("client"), client);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("p.mailauth")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::load(file.fileName(), plan, &error)) << error.toStdString();
    for (const ExportFormat f : {ExportFormat::PowerShell, ExportFormat::WindowsDns, ExportFormat::Azure}) {
        const auto bytes = render(plan, f, &error);
        ASSERT_TRUE(bytes) << error.toStdString();
        for (const QString& scriptLine : QString::fromUtf8(*bytes).split(QStringLiteral("\r\n"))) {
            if (scriptLine.contains(QStringLiteral("Invoke-Evil"))) {
                EXPECT_TRUE(scriptLine.startsWith(QStringLiteral("# "))) << scriptLine.toStdString();
            }
        }
    }
    const QString html = QString::fromUtf8(*render(plan, ExportFormat::Html, &error));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
    const auto audits = render(plan, ExportFormat::Json, &error);
    ASSERT_TRUE(audits);
    EXPECT_FALSE(QJsonDocument::fromJson(*audits).isNull());

    // A value with every special character is one quoted argument in each command language.
    const DnsRecordSpec txt{QStringLiteral("contoso.com"),
                            QStringLiteral("contoso.com"),
                            RecordType::TXT,
                            QStringLiteral("v=spf1 '$(x)' `n ’ -all"),
                            3600,
                            0};
    EXPECT_TRUE(RecordFormatter::windowsDnsCommand(txt).contains(QStringLiteral("'v=spf1 ''$(x)'' `n ’’ -all'")));
    EXPECT_TRUE(RecordFormatter::azurePowerShell(txt, QStringLiteral("rg"))
                    .contains(QStringLiteral("-Value 'v=spf1 ''$(x)'' `n ’’ -all'")));
    EXPECT_TRUE(RecordFormatter::azureCli(txt, QStringLiteral("rg"))
                    .contains(QStringLiteral("--value 'v=spf1 '\\''$(x)'\\'' `n ’ -all'")));
}

TEST(HostileProject, ClientAndConsultantNamesAreOneLine)
{
    QJsonObject json = sample();
    json.insert(QStringLiteral("client"), QStringLiteral("Contoso\nWrite-Host pwned"));
    expectRefused(load(json), {QStringLiteral("client name")});
    json = sample();
    json.insert(QStringLiteral("consultant"), QString(300, u'x'));
    expectRefused(load(json), {QStringLiteral("consultant name")});
    // Typed names get the same rule from the model.
    RolloutPlan plan;
    plan.setClientName(QStringLiteral("Contoso\r\nLtd\u2028"));
    EXPECT_EQ(plan.clientName(), QStringLiteral("Contoso  Ltd"));
}

TEST(HostileProject, CsvCellsCannotStartAFormula)
{
    for (const QString& formula :
         {QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("-2+3"),
          QStringLiteral("@SUM(A1)"), QStringLiteral("\t=1"), QStringLiteral("\r=1")}) {
        const QString cell = RecordsExport::csvField(formula);
        EXPECT_TRUE(cell.startsWith(QStringLiteral("\"'"))) << cell.toStdString();
        EXPECT_FALSE(cell.contains(u'\r') || cell.contains(u'\t')) << cell.toStdString();
    }
    // What the cells really hold stays as it is: the apex, SPF and DMARC values ("-all" is inside, never
    // first).
    EXPECT_EQ(RecordsExport::csvField(QStringLiteral("@")), QStringLiteral("\"@\""));
    EXPECT_EQ(RecordsExport::csvField(QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")),
              QStringLiteral("\"v=spf1 include:spf.protection.outlook.com -all\""));
    EXPECT_EQ(RecordsExport::csvField(QStringLiteral("v=DMARC1; p=\"x\"")),
              QStringLiteral("\"v=DMARC1; p=\"\"x\"\"\""));
    EXPECT_EQ(RecordsExport::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a b\""));

    RolloutPlan plan;
    loadSample(plan);
    const QStringList rows = RecordsExport::csv(plan).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(rows.size(), 1 + RecordsExport::records(plan).size()); // one row per record, no multi-line field
    for (const QString& row : rows) {
        for (const QString& cell : row.split(QStringLiteral("\",\""))) {
            const QString text = cell.startsWith(u'"') ? cell.mid(1) : cell;
            EXPECT_FALSE(!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()) && text != u"@\"" &&
                         text != u"@")
                << row.toStdString();
        }
    }
}

TEST(HostileProject, ABlankOrMissingDomainNameIsRefusedNotSkipped)
{
    // Before: the blank entry was dropped and the arrays read by position, so contoso.net got contoso.com's
    // data.
    expectRefused(load(withDomainField({QStringLiteral("domain")}, QStringLiteral("  "))),
                  {QStringLiteral("Entry 1"), QStringLiteral("no domain name")});
    QJsonObject json = sample();
    QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    QJsonObject first = domains[0].toObject();
    first.remove(QStringLiteral("domain"));
    domains[0] = first;
    json.insert(QStringLiteral("domains"), domains);
    expectRefused(load(json), {QStringLiteral("Entry 1")});
    json = sample();
    domains = json.value(QStringLiteral("domains")).toArray();
    domains.insert(0, QStringLiteral("contoso.com"));
    json.insert(QStringLiteral("domains"), domains);
    expectRefused(load(json), {QStringLiteral("Entry 1")});
}

TEST(HostileProject, PerDomainDataStaysWithItsDomain)
{
    // Two entries for one domain: setDomains() dropped the second, shifting every later entry's data by one.
    QJsonObject json = sample();
    QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    QJsonObject copy = domains[1].toObject();
    copy.insert(QStringLiteral("domain"), QStringLiteral("CONTOSO.com"));
    domains.insert(1, copy);
    json.insert(QStringLiteral("domains"), domains);
    expectRefused(load(json), {QStringLiteral("contoso.com twice")});

    // Reordered domains keep their own data.
    json = sample();
    domains = json.value(QStringLiteral("domains")).toArray();
    json.insert(QStringLiteral("domains"), QJsonArray{domains[1], domains[0]});
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("p.mailauth")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::load(file.fileName(), plan, &error)) << error.toStdString();
    ASSERT_EQ(plan.domains().size(), 2);
    EXPECT_EQ(plan.domain(1).ace, QStringLiteral("contoso.com"));
    EXPECT_EQ(plan.domain(1).role, DomainRole::Sending);
    EXPECT_EQ(plan.domain(1).selector1Target, kSelector1);
    EXPECT_EQ(plan.domain(0).role, DomainRole::Parked);
    EXPECT_TRUE(plan.dkimRecords(0).isEmpty());
}

TEST(HostileProject, InvalidAddressesAreErrorsNamingFieldAndDomain)
{
    // Before: each of these loaded, and every export silently lacked the domain's SPF or DMARC record.
    const QList<std::pair<QStringList, QJsonValue>> cases{
        {{QStringLiteral("spf"), QStringLiteral("ip4")}, QJsonArray{QStringLiteral("192.0.2.300")}},
        {{QStringLiteral("spf"), QStringLiteral("ip6")}, QJsonArray{QStringLiteral("2001:db8::g")}},
        {{QStringLiteral("spf"), QStringLiteral("includes")}, QJsonArray{QStringLiteral("%{i}.spf.example")}},
        {{QStringLiteral("dmarc"), QStringLiteral("rua")}, QJsonArray{QStringLiteral("reports-at-contoso.com")}},
        {{QStringLiteral("dmarc"), QStringLiteral("rua")}, QJsonArray{QStringLiteral("a@b.example\n,evil@x.example")}},
    };
    for (const auto& [path, value] : cases) {
        const QString field = path.join(u'.');
        expectRefused(load(withDomainField(path, value)), {QStringLiteral("contoso.com"), field});
    }
    // The parked domain's report address too (its DMARC record carries rua).
    expectRefused(load(withDomainField({QStringLiteral("dmarc"), QStringLiteral("rua")},
                                       QJsonArray{QStringLiteral("nobody")}, 1)),
                  {QStringLiteral("contoso.net"), QStringLiteral("dmarc.rua")});
}

TEST(HostileProject, EnumsHostsAndTypesAreChecked)
{
    const QList<std::pair<QStringList, QJsonValue>> cases{
        {{QStringLiteral("role")}, QStringLiteral("admin")},
        {{QStringLiteral("spf"), QStringLiteral("all")}, QStringLiteral("+all")},
        {{QStringLiteral("spf"), QStringLiteral("senders")}, QJsonArray{QStringLiteral("no-such-sender")}},
        {{QStringLiteral("spf"), QStringLiteral("ip4")}, QStringLiteral("192.0.2.25")}, // text where a list belongs
        {{QStringLiteral("dmarc"), QStringLiteral("sp")}, QStringLiteral("nonsense")},
        {{QStringLiteral("dmarc"), QStringLiteral("currentStage")}, 7},
        {{QStringLiteral("dmarc"), QStringLiteral("testing")}, QStringLiteral("yes")},
        {{QStringLiteral("dkim"), QStringLiteral("enabled")}, 1},
    };
    for (const auto& [path, value] : cases) {
        const Refusal r = load(withDomainField(path, value));
        expectRefused(r, {QStringLiteral("contoso.com")});
        EXPECT_TRUE(r.error.contains(path.last())) << r.error.toStdString();
    }
    QJsonObject json = sample();
    json.insert(QStringLiteral("dnsHost"), QStringLiteral("evil-host"));
    expectRefused(load(json), {QStringLiteral("evil-host")});
    json = sample();
    json.insert(QStringLiteral("tenant"), QStringLiteral("contoso.onmicrosoft.com\nx"));
    expectRefused(load(json), {QStringLiteral("tenant")});
    json = withDomainField({QStringLiteral("dmarc"), QStringLiteral("stages")},
                           QJsonArray{QJsonObject{{QStringLiteral("policy"), QStringLiteral("none")},
                                                  {QStringLiteral("due"), QStringLiteral("2026-13-45")}}});
    expectRefused(load(json), {QStringLiteral("contoso.com")});
}

TEST(HostileProject, AHugeSchemaVersionIsNewer)
{
    for (const double version : {1e300, 9223372036854775808.0, 4294967298.0}) {
        QJsonObject json = sample();
        json.insert(QStringLiteral("schemaVersion"), version);
        expectRefused(load(json), {QStringLiteral("newer version")});
    }
    // Written by hand, beyond what a double holds exactly.
    QByteArray text = QJsonDocument(sample()).toJson();
    text.replace("\"schemaVersion\": 2", "\"schemaVersion\": 18446744073709551617");
    expectRefused(load(text), {QStringLiteral("newer version")});
    QJsonObject json = sample();
    json.insert(QStringLiteral("schemaVersion"), 1.5);
    expectRefused(load(json), {QStringLiteral("no valid format version")});
    json.insert(QStringLiteral("schemaVersion"), QStringLiteral("2"));
    expectRefused(load(json), {QStringLiteral("no valid format version")});
}

TEST(HostileProject, DuplicateKeysAreRefused)
{
    const QByteArray valid = QJsonDocument(sample()).toJson();
    // QJsonDocument keeps the last one: a reader of the file sees "Contoso Ltd", the app "Someone else".
    QByteArray twice = valid;
    twice.replace("\"client\": \"Contoso Ltd\",", "\"client\": \"Contoso Ltd\",\n    \"client\": \"Someone else\",");
    ASSERT_NE(twice, valid);
    expectRefused(load(twice), {QStringLiteral("\"client\""), QStringLiteral("twice")});
    // The same key spelled with an escape.
    QByteArray escaped = valid;
    escaped.replace("\"client\": \"Contoso Ltd\",", "\"client\": \"Contoso Ltd\",\n    \"\\u0063lient\": \"B\",");
    expectRefused(load(escaped), {QStringLiteral("\"client\"")});
    // Deep inside a domain: two ip4 lists, the second one hidden from a quick look.
    QByteArray nested = valid;
    nested.replace("\"ip4\": [", "\"ip4\": [], \"ip4\": [");
    ASSERT_NE(nested, valid);
    expectRefused(load(nested), {QStringLiteral("\"ip4\"")});
    // Equal keys in different objects, and key-like strings in values, are fine.
    EXPECT_FALSE(StrictJson::findDuplicateKey(valid));
    EXPECT_FALSE(StrictJson::findDuplicateKey(R"({"a": "b", "c": ["a", "a", {"a": 1}], "d": {"a": "a:\"a\""}})"));
    EXPECT_TRUE(StrictJson::findDuplicateKey(R"({"a": {"x": 1}, "b": [{"y": 1, "y": 2}]})"));
}

TEST(HostileProject, OversizedFilesAreTooLarge)
{
    // Valid JSON, padded with white space past the limit.
    QByteArray big = QJsonDocument(sample()).toJson();
    big.insert(1, QByteArray(ProjectFile::kMaxFileSize, ' '));
    expectRefused(load(big), {QStringLiteral("too large")});
    // A device that never ends is read only up to the limit.
    RolloutPlan plan;
    QString error;
    EXPECT_FALSE(ProjectFile::load(QStringLiteral("/dev/zero"), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too large"))) << error.toStdString();
}

bool isDevice(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

TEST(HostileProject, SavingToAFullDiskNamesTheCause)
{
    // As root, a QSaveFile once renamed its temporary file over /dev/full: never run without the real device.
    if (!isDevice(QStringLiteral("/dev/full"))) {
        GTEST_SKIP() << "/dev/full is not a device here";
    }
    RolloutPlan plan;
    loadSample(plan);
    QString error;
    EXPECT_FALSE(ProjectFile::save(QStringLiteral("/dev/full"), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("No space left on device"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("Unknown error"))) << error.toStdString();
    EXPECT_TRUE(isDevice(QStringLiteral("/dev/full")));
}

} // namespace
