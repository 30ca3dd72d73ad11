// Walks the whole wizard for a domain served by knot (authoritative) behind unbound (caching resolver): the test
// publishes each record into knot when the wizard asks for it, and the propagation panel confirms it.
#include "model/ProjectFile.h"
#include "model/RecentProjects.h"
#include "support/DnsFixtures.h"
#include "support/PlanEdit.h"
#include "support/TestKeys.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString contosoZone(const QString& extra)
{
    return QStringLiteral(
               "$ORIGIN contoso.test.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n"
               "@ MX 0 contoso-test.mail.protection.outlook.com.\n@ TXT \"MS=ms12345678\"\n") +
           extra;
}

QString keyZone()
{
    const QString key = TestKeys::rsaSpki(2048);
    QString z = QStringLiteral("$ORIGIN contoso.n-v1.dkim.mail.microsoft.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 "
                               "86400 2\n@ NS ns1\nns1 A 127.0.0.1\n");
    for (int s = 1; s <= 2; ++s) {
        z += QStringLiteral("selector%1-contoso-test._domainkey TXT \"v=DKIM1; k=rsa; p=%2\" \"%3\"\n")
                 .arg(s)
                 .arg(key.left(200), key.mid(200));
    }
    return z;
}

QAbstractButton* next(QWizard& w)
{
    return w.button(QWizard::NextButton);
}

QPushButton* publishButton(QWizard& w)
{
    return w.currentPage()->findChild<QPushButton*>(QStringLiteral("publishButton"));
}

class WizardFlow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_knot.setZone(QStringLiteral("contoso.test"), contosoZone({}));
        m_knot.setZone(QStringLiteral("contoso.n-v1.dkim.mail.microsoft"), keyZone());
        m_knot.setZone(QStringLiteral("protection.outlook.com"),
                       QStringLiteral("$ORIGIN protection.outlook.com.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 "
                                      "2\n@ NS ns1\nns1 A 127.0.0.1\n"
                                      "spf TXT \"v=spf1 ip4:40.92.0.0/15 -all\"\n"));
        ASSERT_TRUE(m_knot.start()) << m_knot.error().toStdString();
        m_unbound = std::make_unique<UnboundServer>(QStringList{QStringLiteral("contoso.test"),
                                                                QStringLiteral("contoso.n-v1.dkim.mail.microsoft"),
                                                                QStringLiteral("protection.outlook.com")},
                                                    m_knot);
        ASSERT_TRUE(m_unbound->start()) << m_unbound->error().toStdString();
    }

    void publish(const QString& extra)
    {
        m_published += extra;
        m_knot.setZone(QStringLiteral("contoso.test"), contosoZone(m_published));
        ASSERT_TRUE(m_knot.reload(QStringLiteral("contoso.test")));
    }

    KnotServer m_knot;
    std::unique_ptr<UnboundServer> m_unbound;
    QString m_published;
};

TEST_F(WizardFlow, FromNothingToSpfDkimAndDmarcConfirmed)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.watches().maxRetryMs = 1000;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // Welcome
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Welcome);
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Tenant and domains: Next stays disabled, with a reason, until both are valid.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    EXPECT_FALSE(next(wizard)->isEnabled());
    auto* domains = wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"));
    auto* tenant = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("tenantEdit"));
    ASSERT_TRUE(domains && tenant);
    domains->setPlainText(QStringLiteral("contoso.test"));
    EXPECT_FALSE(next(wizard)->isEnabled());
    QTest::keyClicks(tenant, QStringLiteral("contoso.onmicrosoft.com"));
    ASSERT_TRUE(next(wizard)->isEnabled());
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Audit: runs in the background; Next waits for it.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 20000));
    ASSERT_TRUE(wizard.plan().domain(0).auditBefore.has_value());
    EXPECT_TRUE(hasFinding(wizard.plan().domain(0).auditBefore->report.findings, QStringLiteral("spf.missing")));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // SPF: publish what the wizard composed, then let the panel confirm it.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    const QString spf = wizard.plan().composeSpf(0).record;
    EXPECT_EQ(spf, QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
    publish(QStringLiteral("@ TXT \"%1\"\n").arg(spf));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Spf).has_value(); }, 20000));
    EXPECT_EQ(wizard.plan().domain(0).confirmation(RecordId::Spf)->servers.size(), 2);
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DKIM: Next is disabled until Microsoft's answer is pasted; signing is offered only after both CNAMEs confirm.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dkim);
    EXPECT_FALSE(next(wizard)->isEnabled());
    auto* enable = wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("enableScript"));
    ASSERT_TRUE(enable);
    EXPECT_FALSE(enable->isEnabled());
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("dkimPaste"))
        ->setPlainText(QStringLiteral(
            "Name           : contoso.test\r\nEnabled        : False\r\nStatus         : CnameMissing\r\n"
            "Selector1CNAME : selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.\r\n                 "
            "microsoft\r\n"
            "Selector2CNAME : selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\r\n"));
    ASSERT_TRUE(next(wizard)->isEnabled());
    publish(QStringLiteral(
        "selector1._domainkey CNAME selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft.\n"
        "selector2._domainkey CNAME selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft.\n"));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return enable->isEnabled(); }, 20000));
    EXPECT_TRUE(enable->toPlainText().contains(
        QStringLiteral("Set-DkimSigningConfig -Identity 'contoso.test' -Enabled $true")));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // DMARC: starts at p=none with reports.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    const QString dmarc = wizard.plan().composeDmarc(0).record;
    EXPECT_EQ(dmarc, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.test"));
    publish(QStringLiteral("_dmarc TXT \"%1\"\n").arg(dmarc));
    QTest::mouseClick(publishButton(wizard), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Dmarc).has_value(); }, 20000));
    QTest::mouseClick(next(wizard), Qt::LeftButton);

    // Summary: the final audit no longer finds the missing records.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Summary);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditAfter.has_value(); }, 20000));
    const Findings after = wizard.plan().domain(0).auditAfter->report.findings;
    for (const char* code : {"spf.missing", "dmarc.missing", "dkim.cname-missing", "dkim.key-missing"}) {
        EXPECT_FALSE(hasFinding(after, QLatin1String(code))) << code;
    }
    EXPECT_EQ(wizard.plan().domain(0).auditAfter->report.dkim.first().keyBits, 2048);
}

TEST_F(WizardFlow, ParkedDomainSkipsDkim)
{
    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))
        ->setPlainText(QStringLiteral("contoso.test"));
    wizard.currentPage()
        ->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))
        ->setText(QStringLiteral("contoso.onmicrosoft.com"));
    wizard.plan().setRole(0, DomainRole::Parked);
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 20000));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    EXPECT_EQ(wizard.plan().composeSpf(0).record, QStringLiteral("v=spf1 -all"));
    // The domain still has an MX: replacing it with the null MX refuses its mail, so it waits for a yes.
    EXPECT_FALSE(next(wizard)->isEnabled());
    auto* nullMx = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("weakening:mx.null"));
    ASSERT_NE(nullMx, nullptr);
    QTest::mouseClick(nullMx, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return next(wizard)->isEnabled(); }, 2000));
    QTest::mouseClick(next(wizard), Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    EXPECT_TRUE(wizard.plan().composeDmarc(0).record.startsWith(QStringLiteral("v=DMARC1; p=reject")));
}

TEST_F(WizardFlow, ReopenedProjectReauditsShowsWhatIsDueAndResumes)
{
    publish(QStringLiteral("@ TXT \"v=spf1 include:spf.protection.outlook.com -all\"\n"
                           "_dmarc TXT \"v=DMARC1; p=none; rua=mailto:d@contoso.test\"\n"));
    QTemporaryDir dir;
    RolloutPlan saved;
    ASSERT_TRUE(saved.setCloud(QStringLiteral("gcc")));
    ASSERT_TRUE(saved.setInitialDomain(QStringLiteral("contoso.onmicrosoft.com")));
    ASSERT_TRUE(saved.setDomains({QStringLiteral("contoso.test")}));
    const QDate today = QDate::currentDate();
    test::editDomain(saved, 0, [&](DomainPlan& d) {
        d.senderIds = {QStringLiteral("sendgrid")};
        d.selector1Target = QStringLiteral("selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");
        d.selector2Target = QStringLiteral("selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");
        d.stages = {{DmarcPolicy::None, today.addDays(-31)},
                    {DmarcPolicy::Quarantine, today.addDays(-3)},
                    {DmarcPolicy::Reject, today.addDays(25)}};
    });
    const QDateTime month = QDateTime::currentDateTimeUtc().addDays(-31);
    for (const RecordId record : {RecordId::Spf, RecordId::Dmarc, RecordId::DkimSelector1, RecordId::DkimSelector2}) {
        saved.recordConfirmation(0, Confirmation{record, QStringLiteral("x"), month, {}});
    }
    AuditReport before;
    before.domain = QStringLiteral("contoso.test");
    before.domainUnicode = before.domain;
    saved.setAudit(before, false, month);
    saved.setLastPage(RolloutWizard::Page_Dmarc);
    const QString path = dir.filePath(QStringLiteral("client.mailauth"));
    ASSERT_TRUE(ProjectFile::save(path, saved, nullptr));

    RolloutWizard wizard;
    wizard.plan().authoritative = {m_knot.server()};
    wizard.plan().resolvers = {m_unbound->server()};
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QString error;
    ASSERT_TRUE(wizard.openProject(path, &error)) << error.toStdString();
    EXPECT_EQ(wizard.plan().cloud().id, QStringLiteral("gcc"));
    EXPECT_EQ(wizard.plan().domain(0).senderIds, QStringList{QStringLiteral("sendgrid")});

    // It re-audits first, and says what is due.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    auto* due = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("resumeSteps"));
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->isVisible());
    EXPECT_TRUE(due->text().contains(QStringLiteral("move DMARC to p=quarantine"))) << due->text().toStdString();
    EXPECT_TRUE(due->text().contains(QStringLiteral("due since 3 day"))) << due->text().toStdString();
    EXPECT_TRUE(due->text().contains(QStringLiteral("switch DKIM signing on"))) << due->text().toStdString();

    // Once the audit is in, it goes on to the page the user left.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentId() == RolloutWizard::Page_Dmarc; }, 20000))
        << wizard.currentId();
    ASSERT_TRUE(wizard.plan().domain(0).auditAfter.has_value());
    EXPECT_TRUE(wizard.plan().domain(0).auditAfter->report.spfRecord.has_value());
    EXPECT_EQ(wizard.plan().domain(0).auditBefore->takenAt, month.toUTC()); // "before" stays the first audit

    // A damaged file is refused with a reason and changes nothing.
    QFile damaged(dir.filePath(QStringLiteral("bad.mailauth")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    EXPECT_FALSE(wizard.openProject(damaged.fileName(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(wizard.plan().domains().size(), 1);
}

TEST(WizardProject, AutosavesAndRemembersRecentProjects)
{
    RolloutWizard wizard;
    QSignalSpy saved(&wizard, &RolloutWizard::projectSaved);
    ASSERT_TRUE(wizard.plan().setDomains({QStringLiteral("autosave.test")}));
    ASSERT_TRUE(saved.wait(5000));
    const QString path = saved.first().first().toString();
    EXPECT_TRUE(path.endsWith(QStringLiteral(".mailauth")));
    EXPECT_EQ(RecentProjects::list().value(0), QFileInfo(path).absoluteFilePath());
    RolloutPlan reloaded;
    ASSERT_TRUE(ProjectFile::load(path, reloaded, nullptr));
    EXPECT_EQ(reloaded.domain(0).ace, QStringLiteral("autosave.test"));
    // Later changes go to the same file.
    wizard.plan().setClientName(QStringLiteral("Autosave Ltd"));
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(saved.last().first().toString(), path);
    ASSERT_TRUE(ProjectFile::load(path, reloaded, nullptr));
    EXPECT_EQ(reloaded.clientName(), QStringLiteral("Autosave Ltd"));
    QFile::remove(path);
}

} // namespace

namespace {

// The sample project with a DKIM selector that would inject lines into the zone export.
QString writeHostileProject(const QTemporaryDir& dir)
{
    QFile sample(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth"));
    EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
    QByteArray bytes = sample.readAll();
    const QByteArray target = "selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\"";
    EXPECT_TRUE(bytes.contains(target));
    bytes.replace(target, "selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\\n$INCLUDE /etc/passwd\"");
    const QString path = dir.filePath(QStringLiteral("hostile.mailauth"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    return path;
}

} // namespace

TEST(WizardProject, ARefusedProjectIsShownOnTheWelcomePage)
{
    QTemporaryDir dir;
    const QString path = writeHostileProject(dir);
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* line = wizard.findChild<QLabel*>(QStringLiteral("openError"));
    ASSERT_NE(line, nullptr);
    EXPECT_FALSE(line->isVisible());

    // As `mailauth-wizard FILE` and the open button do.
    EXPECT_FALSE(wizard.openProjectOrShowError(path));
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Welcome);
    EXPECT_TRUE(line->isVisible());
    EXPECT_TRUE(line->text().contains(QStringLiteral("contoso.com, dkim.selector1"))) << line->text().toStdString();
    EXPECT_TRUE(wizard.plan().domains().isEmpty());

    // From Recent projects.
    line->clear();
    RecentProjects::add(path);
    auto* recent = wizard.findChild<QToolButton*>(QStringLiteral("recentProjects"));
    ASSERT_NE(recent, nullptr);
    Q_EMIT recent->menu()->aboutToShow();
    QAction* entry = nullptr;
    for (QAction* a : recent->menu()->actions()) {
        if (a->text() == path) {
            entry = a;
        }
    }
    ASSERT_NE(entry, nullptr);
    entry->trigger();
    EXPECT_TRUE(line->text().contains(QStringLiteral("dkim.selector1"))) << line->text().toStdString();
    RecentProjects::remove(path);

    // A project that opens clears the line.
    EXPECT_TRUE(wizard.openProjectOrShowError(
        QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth")));
    EXPECT_TRUE(line->text().isEmpty());
}

TEST(WizardProject, ARefusedProjectOnTheCommandLineKeepsTheWindowOpen)
{
    QTemporaryDir dir;
    const QString path = writeHostileProject(dir);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    p.setProcessEnvironment(env);
    const QString shot = dir.filePath(QStringLiteral("window.png"));
    // Before: the reason went to stderr only and the app quit with exit 2 before showing a window.
    p.start(QStringLiteral(MAILAUTH_WIZARD), {QStringLiteral("--grab"), shot, path});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(shot));
    const QByteArray err = p.readAllStandardError();
    EXPECT_TRUE(err.contains("dkim.selector1")) << err.toStdString();
    // The reason quotes the file's value: its line break is shown escaped, not written to the terminal.
    EXPECT_FALSE(err.contains("\n$INCLUDE")) << err.toStdString();
    EXPECT_TRUE(err.contains("\\u000A$INCLUDE")) << err.toStdString();
}

TEST(WizardProject, ARefusalQuotingMarkupShowsItAsText)
{
    QTemporaryDir dir;
    QFile sample(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth"));
    ASSERT_TRUE(sample.open(QIODevice::ReadOnly));
    QByteArray bytes = sample.readAll();
    const QByteArray target = "selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft\"";
    ASSERT_TRUE(bytes.contains(target));
    bytes.replace(target, "<b>bold</b><a href='https://evil.example'>link</a>\"");
    const QString path = dir.filePath(QStringLiteral("markup.mailauth"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* line = wizard.findChild<QLabel*>(QStringLiteral("openError"));
    ASSERT_NE(line, nullptr);
    EXPECT_FALSE(wizard.openProjectOrShowError(path));
    // Before: Qt::AutoText rendered the file's markup as bold text and a link.
    EXPECT_EQ(line->textFormat(), Qt::PlainText);
    EXPECT_TRUE(line->text().contains(QStringLiteral("<b>bold</b><a href='https://evil.example'>link</a>")))
        << line->text().toStdString();
}
