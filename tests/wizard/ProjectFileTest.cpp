#include "model/ProjectFile.h"

#include "model/PlanRules.h"
#include "support/PlanEdit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

void fillPlan(RolloutPlan& plan)
{
    ASSERT_TRUE(plan.setCloud(QStringLiteral("gcchigh")));
    ASSERT_TRUE(plan.setInitialDomain(QStringLiteral("contoso.onmicrosoft.us")));
    ASSERT_TRUE(plan.setDnsHost(QStringLiteral("route53")));
    plan.setClientName(QStringLiteral("Contoso Ltd \"Main\""));
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com"), QStringLiteral("bücher.example")}));
    plan.setRole(1, DomainRole::Parked);
    test::editDomain(plan, 0, [](DomainPlan& d) {
        d.senderIds = {QStringLiteral("sendgrid")};
        d.ip4 = {QStringLiteral("192.0.2.25")};
        d.allQualifier = SpfQualifier::SoftFail;
        d.existingSpf = {QStringLiteral("v=spf1 mx ~all")};
        d.selector1Target = QStringLiteral("selector1-contoso-com._domainkey.contoso.onmicrosoft.us");
        d.selector2Target = QStringLiteral("selector2-contoso-com._domainkey.contoso.onmicrosoft.us");
        d.testing = true;
        d.currentStage = 1;
        d.nonexistentPolicy = DmarcPolicy::Reject;
    });
    const DomainPlan& d = plan.domain(0);
    plan.setDmarcStart(0, QDate(2026, 12, 1));
    plan.recordConfirmation(0, Confirmation{RecordId::Spf,
                                            QStringLiteral("v=spf1 ..."),
                                            QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC),
                                            {QStringLiteral("ns1 (192.0.2.53:53)")}});
    plan.setConsultantName(QStringLiteral("Alex Consultant"));
    plan.setLastPage(5);
    plan.setDkimEnabled(0, true);
    plan.setDkimLater(1, true);
    AuditReport audit;
    audit.domain = QStringLiteral("contoso.com");
    audit.domainUnicode = audit.domain;
    audit.spfRecord = QStringLiteral("v=spf1 mx ~all");
    audit.spfRecords = {*audit.spfRecord};
    audit.spfValid = true;
    audit.spfLookups = 1;
    audit.dmarcPolicy = DmarcPolicy::None;
    audit.dkim = {DkimSelectorReport{QStringLiteral("selector1"), d.selector1Target, true, true, 2048}};
    audit.findings = {Finding{QStringLiteral("dmarc.missing"), Severity::Error, QStringLiteral("No DMARC"),
                              QStringLiteral("Publish one"), -1}};
    plan.setAudit(audit, false, QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC));
    audit.findings.clear();
    plan.setAudit(audit, true, QDateTime(QDate(2026, 11, 29), QTime(11, 0), Qt::UTC));
}

QByteArray json(const RolloutPlan& plan)
{
    return QJsonDocument(ProjectFile::toJson(plan)).toJson();
}

TEST(ProjectFile, RoundTripKeepsEverything)
{
    QTemporaryDir dir;
    RolloutPlan plan;
    fillPlan(plan);
    const QString path = dir.filePath(QStringLiteral("contoso.mailauth"));
    QString error;
    ASSERT_TRUE(ProjectFile::save(path, plan, &error)) << error.toStdString();
    RolloutPlan loaded;
    ASSERT_TRUE(ProjectFile::load(path, loaded, &error)) << error.toStdString();
    EXPECT_EQ(json(loaded).toStdString(), json(plan).toStdString());
    EXPECT_EQ(loaded.domain(1).unicode, QStringLiteral("bücher.example"));
    EXPECT_EQ(loaded.domain(0).confirmations.first().confirmedAt,
              QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(loaded.composeDmarc(0).record, plan.composeDmarc(0).record);
    EXPECT_EQ(loaded.consultantName(), QStringLiteral("Alex Consultant"));
    EXPECT_EQ(loaded.lastPage(), 5);
    EXPECT_TRUE(loaded.domain(0).dkimEnabled);
    EXPECT_FALSE(loaded.domain(0).dkimLater);
    EXPECT_TRUE(loaded.domain(1).dkimLater);
    ASSERT_TRUE(loaded.domain(0).auditBefore.has_value());
    EXPECT_EQ(loaded.domain(0).auditBefore->takenAt, QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(loaded.domain(0).auditBefore->report.findings.first().code, QStringLiteral("dmarc.missing"));
    EXPECT_EQ(loaded.domain(0).auditBefore->report.dkim.first().keyBits, 2048);
    EXPECT_TRUE(loaded.domain(0).auditBefore->report.dkim.first().microsoftTarget);
    EXPECT_TRUE(loaded.domain(0).auditAfter->report.findings.isEmpty());
}

TEST(ProjectFile, VersionOneFilesStillOpen)
{
    RolloutPlan plan;
    fillPlan(plan);
    QJsonObject v1 = ProjectFile::toJson(plan);
    v1.insert(QStringLiteral("schemaVersion"), 1);
    v1.remove(QStringLiteral("consultant"));
    RolloutPlan loaded;
    QString error;
    ASSERT_TRUE(ProjectFile::fromJson(v1, loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.domain(1).ace, plan.domain(1).ace);
    EXPECT_TRUE(loaded.consultantName().isEmpty());
}

TEST(ProjectFile, NewerDamagedAndForeignFilesAreRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    RolloutPlan original;
    fillPlan(original);
    QJsonObject newer = ProjectFile::toJson(original);
    newer.insert(QStringLiteral("schemaVersion"), ProjectFile::kSchemaVersion + 1);
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("newer"), QJsonDocument(newer).toJson()},
        {QStringLiteral("damaged"),
         QByteArray("{\n  \"format\": \"mailauth-wizard-project\",\n  \"schemaVersion\": 1,\n  oops\n}")},
        {QStringLiteral("foreign"), QByteArray("{\"name\": \"package.json\"}")},
        {QStringLiteral("array"), QByteArray("[1, 2]")},
    };
    for (const auto& [name, content] : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        RolloutPlan target;
        ASSERT_TRUE(target.setDomains({QStringLiteral("unchanged.example")}));
        QString error;
        EXPECT_FALSE(ProjectFile::load(path, target, &error)) << name.toStdString();
        EXPECT_FALSE(error.isEmpty()) << name.toStdString();
        EXPECT_EQ(target.domain(0).ace, QStringLiteral("unchanged.example"))
            << name.toStdString(); // the open plan is untouched
        QFile again(path);
        ASSERT_TRUE(again.open(QIODevice::ReadOnly));
        EXPECT_EQ(again.readAll(), content) << name.toStdString(); // the file is untouched
        if (name == u"newer") {
            EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
        }
        if (name == u"damaged") {
            EXPECT_TRUE(error.contains(QStringLiteral("line 4"))) << error.toStdString();
        }
    }
}

TEST(ProjectFile, AnInterruptedSaveLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    RolloutPlan plan;
    fillPlan(plan);
    const QString path = dir.filePath(QStringLiteral("p.mailauth"));
    ASSERT_TRUE(ProjectFile::save(path, plan, nullptr));
    const QByteArray before = json(plan);
    {
        // What a crash in the middle of ProjectFile::save looks like: data written, never committed.
        QSaveFile partial(path);
        ASSERT_TRUE(partial.open(QIODevice::WriteOnly));
        partial.write("{\"format\": \"mailauth-wizard-project\", \"schemaVer");
    }
    RolloutPlan loaded;
    QString error;
    ASSERT_TRUE(ProjectFile::load(path, loaded, &error)) << error.toStdString();
    EXPECT_EQ(json(loaded), before);
}

} // namespace

TEST(ProjectFile, SaveRefusesWhatLoadWouldRefuseAndTheLimitRoundTrips)
{
    // Before: load() refused files over the limit but save() and autosave wrote them, so a large project saved fine
    // and then never opened again. Many domains, each with a long DKIM paste, filled up to exactly the limit.
    RolloutPlan plan;
    QStringList names;
    for (int i = 0; i < 520; ++i) {
        names.append(QStringLiteral("d%1.example").arg(i, 4, 10, QLatin1Char('0')));
    }
    ASSERT_TRUE(plan.setDomains(names));
    qint64 room = ProjectFile::kMaxFileSize - ProjectFile::toBytes(plan).size();
    int partial = -1;
    for (int i = 0; i < plan.domains().size() && room > 0; ++i) {
        const qint64 length = std::min<qint64>(room, PlanRules::kMaxTextLength);
        test::editDomain(plan, i, [&](DomainPlan& d) { d.pastedDkimText = QString(length, u'x'); });
        room -= length;
        if (length < PlanRules::kMaxTextLength) {
            partial = i;
        }
    }
    ASSERT_GE(partial, 0);
    ASSERT_EQ(ProjectFile::toBytes(plan).size(), ProjectFile::kMaxFileSize);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.mailauth"));
    QString error;
    ASSERT_TRUE(ProjectFile::save(path, plan, &error)) << error.toStdString();
    RolloutPlan loaded;
    ASSERT_TRUE(ProjectFile::load(path, loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.domains().size(), 520);
    EXPECT_EQ(loaded.domain(partial).pastedDkimText, plan.domain(partial).pastedDkimText);

    // One byte more: refused with the reason, and the saved file stays as it was.
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray saved = before.readAll();
    before.close();
    test::editDomain(plan, partial, [&](DomainPlan& d) { d.pastedDkimText += u'x'; });
    EXPECT_FALSE(ProjectFile::toSavableBytes(plan, nullptr));
    EXPECT_FALSE(ProjectFile::save(path, plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too large"))) << error.toStdString();
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_TRUE(after.readAll() == saved);
}

TEST(ProjectFile, APathWithPlaceholdersIsQuotedAsItIs)
{
    // Before: chained arg() substituted the "%2" of the path again, so the message named a file that is not there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client %2 %3 %1.mailauth"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\n  oops\n}");
    f.close();
    RolloutPlan plan;
    QString error;
    EXPECT_FALSE(ProjectFile::load(path, plan, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("line 2"))) << error.toStdString();
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"mailauth-wizard-project\", \"format\": \"x\"}");
    f.close();
    EXPECT_FALSE(ProjectFile::load(path, plan, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    // The same for a value a project file brings.
    EXPECT_FALSE(PlanRules::checkSelectorTarget(QStringLiteral("%2%1.example"), 1, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"%2%1.example\""))) << error.toStdString();
}

TEST(ProjectFile, TheAzureResourceGroupIsKeptAndCheckedOnLoad)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    ASSERT_TRUE(plan.setDnsHost(QStringLiteral("azure")));
    // Not set yet: nothing is written, so projects without Azure DNS look as before.
    EXPECT_FALSE(ProjectFile::toJson(plan).contains(QStringLiteral("azureResourceGroup")));
    int changes = 0;
    QObject::connect(&plan, &RolloutPlan::changed, [&]() { ++changes; });
    QString error;
    EXPECT_FALSE(plan.setAzureResourceGroup(QStringLiteral("rg'; Remove-Item C:\\ -Recurse"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(changes, 0);
    EXPECT_TRUE(plan.azureResourceGroup().isEmpty());
    ASSERT_TRUE(plan.setAzureResourceGroup(QStringLiteral("rg-dns(prod)"), &error)) << error.toStdString();
    EXPECT_EQ(changes, 1);
    EXPECT_TRUE(plan.setAzureResourceGroup(QStringLiteral("rg-dns(prod)")));
    EXPECT_EQ(changes, 1); // unchanged: no autosave

    QJsonObject saved = ProjectFile::toJson(plan);
    EXPECT_EQ(saved.value(QStringLiteral("azureResourceGroup")).toString(), QStringLiteral("rg-dns(prod)"));
    RolloutPlan loaded;
    ASSERT_TRUE(ProjectFile::fromJson(saved, loaded, &error)) << error.toStdString();
    EXPECT_EQ(loaded.azureResourceGroup(), QStringLiteral("rg-dns(prod)"));

    // A file is held to the field's rules: whatever it names goes into every Azure DNS command.
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("rg\r\nRemove-Item")), QJsonValue(QStringLiteral("rg.")),
                                  QJsonValue(QString(91, u'r')), QJsonValue(QStringLiteral("rg$(calc)")),
                                  QJsonValue(42), QJsonValue(QJsonArray{QStringLiteral("rg")})}) {
        QJsonObject damaged = saved;
        damaged.insert(QStringLiteral("azureResourceGroup"), bad);
        RolloutPlan refused;
        ASSERT_TRUE(refused.setAzureResourceGroup(QStringLiteral("kept")));
        EXPECT_FALSE(ProjectFile::fromJson(damaged, refused, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("azureResourceGroup")) ||
                    error.contains(QStringLiteral("Azure resource group")))
            << error.toStdString();
        EXPECT_EQ(refused.azureResourceGroup(), QStringLiteral("kept")); // the open plan is left alone
    }
    // Loading a project without one clears the previous project's.
    saved.remove(QStringLiteral("azureResourceGroup"));
    ASSERT_TRUE(ProjectFile::fromJson(saved, loaded, &error)) << error.toStdString();
    EXPECT_TRUE(loaded.azureResourceGroup().isEmpty());
}
