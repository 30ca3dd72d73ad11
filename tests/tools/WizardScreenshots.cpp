// Takes a screenshot of every wizard page, walking a demo domain served by knot on loopback, into a folder for
// review:  wizard_screenshots OUTDIR   (run under Xvfb, or with QT_QPA_PLATFORM=offscreen)
#include "common/Translations.h"
#include "dkim/DkimSigner.h"
#include "support/DnsFixtures.h"
#include "support/TestKeys.h"
#include "training/TrainingScenario.h"
#include "ui/RolloutWizard.h"
#include "ui/message/MessageAnalysisDialog.h"
#include "ui/reports/DmarcReportsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace mailauth;
using namespace mailauth::test;

namespace {

// The key behind selector1 of the demo domain, so that its test message verifies ("Prove it").
const DkimSigningKey& demoKey()
{
    static const DkimSigningKey key = *DkimSigningKey::generateRsa(2048);
    return key;
}

QString zone(const QString& extra)
{
    const QByteArray p = demoKey().publicKeyBase64();
    return QStringLiteral(
               "$ORIGIN contoso.test.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n"
               "@ MX 0 contoso-test.mail.protection.outlook.com.\n@ TXT \"MS=ms12345678\"\n"
               "@ TXT \"v=spf1 ip4:192.0.2.25 ~all\"\n"
               "selector1._domainkey TXT \"v=DKIM1; k=rsa; p=\" \"%1\" \"%2\"\n")
               .arg(QString::fromLatin1(p.left(200)), QString::fromLatin1(p.mid(200))) +
           extra;
}

// A test message from the demo domain as an outside Microsoft 365 mailbox received it.
QString demoMessage()
{
    const QByteArray message = "From: Megan Bowen <megan@contoso.test>\r\nTo: Alex Wilber <alex@fabrikam.example>\r\n"
                               "Subject: DKIM test\r\nDate: Tue, 2 Dec 2025 09:29:58 +0000\r\n"
                               "Message-ID: <a1b2c3@contoso.test>\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=\"us-ascii\"\r\n\r\nHello Alex,\r\n";
    DkimSigner::Options options;
    options.domain = QStringLiteral("contoso.test");
    options.selector = QStringLiteral("selector1");
    options.timestamp = 1764667798;
    const QByteArray route =
        "Received: from AM9PR04MB8907.eurprd04.prod.outlook.com (2603:10a6:20b:40b::12)\r\n by "
        "DU0PR04MB9417.eurprd04.prod.outlook.com with HTTPS; Tue, 2 Dec 2025 09:30:07 +0000\r\n"
        "Authentication-Results: spf=pass (sender IP is 198.51.100.25)\r\n smtp.mailfrom=contoso.test; dkim=pass "
        "(signature was verified)\r\n header.d=contoso.test;dmarc=pass action=none\r\n "
        "header.from=contoso.test;compauth=pass reason=100\r\n"
        "Received: from EUR05-AM6-obe.outbound.protection.outlook.com (198.51.100.25)\r\n by "
        "AMS0EPF000001A2.mail.protection.outlook.com (10.167.16.235) with Microsoft\r\n SMTP Server; Tue, 2 Dec 2025 "
        "09:30:02 +0000\r\n"
        "X-Forefront-Antispam-Report: CIP:198.51.100.25;CTRY:NL;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;"
        "H:EUR05-AM6-obe.outbound.protection.outlook.com;CAT:NONE;DIR:INB;\r\nX-Microsoft-Antispam: BCL:0;\r\n";
    return QString::fromLatin1(route + DkimSigner::sign(message, demoKey(), options));
}

// A domain someone else started: two SPF records and a strict DMARC record with a report service.
QString takeoverZone()
{
    return QStringLiteral(
        "$ORIGIN takeover.test.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ NS ns1\nns1 A 127.0.0.1\n"
        "@ MX 0 takeover-test.mail.protection.outlook.com.\n"
        "@ TXT \"v=spf1 include:spf.protection.outlook.com -all\"\n"
        "@ TXT \"v=spf1 include:sendgrid.net ip4:203.0.113.25 ~all\"\n"
        "_dmarc TXT \"v=DMARC1; p=quarantine; adkim=s; aspf=s; rua=mailto:abc@rua.dmarc-service.example\"\n");
}

// Aggregate reports as Google writes them, one a day for three weeks.
void writeSampleReports(const QString& folder, const QString& domain)
{
    const QDate first = QDate::currentDate().addDays(-21);
    for (int day = 0; day < 21; ++day) {
        const QDateTime begin(first.addDays(day).startOfDay(Qt::UTC));
        const auto row = [&](const char* ip, int count, const char* dkim, const char* spf, const char* signature,
                             const QString& dkimDomain, const QString& mailFrom) {
            return QStringLiteral("<record><row><source_ip>%1</source_ip><count>%2</count><policy_evaluated>"
                                  "<disposition>none</disposition><dkim>%3</dkim><spf>%4</spf></policy_evaluated>"
                                  "</row><identifiers><header_from>%5</header_from></identifiers><auth_results>"
                                  "<dkim><domain>%6</domain><selector>selector1</selector><result>%8</result></dkim>"
                                  "<spf><domain>%7</domain><result>pass</result></spf></auth_results></record>")
                .arg(QLatin1String(ip))
                .arg(count)
                .arg(QLatin1String(dkim), QLatin1String(spf), domain, dkimDomain, mailFrom, QLatin1String(signature));
        };
        QString xml = QStringLiteral("<?xml version=\"1.0\"?><feedback><report_metadata><org_name>google.com</org_name>"
                                     "<email>noreply-dmarc-support@google.com</email><report_id>%1-%2</report_id>"
                                     "<date_range><begin>%3</begin><end>%4</end></date_range></report_metadata>"
                                     "<policy_published><domain>%1</domain><adkim>r</adkim><aspf>r</aspf><p>none</p>"
                                     "</policy_published>")
                          .arg(domain)
                          .arg(day)
                          .arg(begin.toSecsSinceEpoch())
                          .arg(begin.addSecs(86399).toSecsSinceEpoch());
        xml += row("40.107.22.5", 180 + 7 * (day % 5), "pass", "pass", "pass", domain, domain);
        // SendGrid before domain authentication: its own signature and bounce domain, neither aligned.
        xml += row("167.89.11.20", 40 + day, "fail", "fail", "pass", QStringLiteral("sendgrid.net"),
                   QStringLiteral("sendgrid.net"));
        if (day % 3 == 0) {
            xml += row("203.0.113.9", 12, "fail", "fail", "fail", QStringLiteral("spoof.example"),
                       QStringLiteral("spoof.example"));
        }
        xml += QStringLiteral("</feedback>");
        QFile file(QStringLiteral("%1/google.com!%2!%3.xml").arg(folder, domain).arg(day));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(xml.toUtf8());
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    installTranslations(app);
    // The window's state (autosaved training sessions, settings) stays out of the user's own folders and out of the
    // next run's pictures.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("mailauth-wizard-screenshots-") +
                                     QString::number(QApplication::applicationPid()));
    const auto cleanUp = qScopeGuard(
        []() { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively(); });
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);

    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"), zone({}));
    knot.setZone(QStringLiteral("protection.outlook.com"),
                 QStringLiteral("$ORIGIN protection.outlook.com.\n$TTL 2\n@ SOA ns1 hostmaster 1 3600 600 86400 2\n@ "
                                "NS ns1\nns1 A 127.0.0.1\n"
                                "spf TXT \"v=spf1 include:spfa.protection.outlook.com -all\"\nspfa TXT \"v=spf1 "
                                "ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all\"\n"
                                "mail-am6eur05on2005.outbound A 40.107.22.5\n"));
    // The sources' names, for "Look up names and SPF" in the reports window.
    knot.setZone(
        QStringLiteral("40.in-addr.arpa"),
        QStringLiteral("$ORIGIN 40.in-addr.arpa.\n$TTL 2\n@ SOA ns1.contoso.test. hostmaster 1 3600 600 86400 2\n"
                       "@ NS ns1.contoso.test.\n5.22.107 PTR mail-am6eur05on2005.outbound.protection.outlook.com.\n"));
    knot.setZone(
        QStringLiteral("167.in-addr.arpa"),
        QStringLiteral("$ORIGIN 167.in-addr.arpa.\n$TTL 2\n@ SOA ns1.contoso.test. hostmaster 1 3600 600 86400 "
                       "2\n@ NS ns1.contoso.test.\n20.11.89 PTR o1.ptr2234.sendgrid.net.\n"));
    knot.setZone(QStringLiteral("takeover.test"), takeoverZone());
    if (!knot.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(knot.error()));
        return 2;
    }
    RolloutWizard wizard;
    wizard.plan().authoritative = {knot.server()};
    wizard.plan().resolvers = {knot.server()};
    wizard.resize(1000, 760);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        std::fprintf(stderr, "the window did not appear\n");
        return 2;
    }
    int shot = 0;
    auto save = [&](const QString& name) {
        QTest::qWait(300);
        const QString file = QStringLiteral("%1/%2-%3.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0')).arg(name);
        wizard.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    auto next = [&]() { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); };

    save(QStringLiteral("welcome"));
    next();
    save(QStringLiteral("tenant-empty"));
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))
        ->setPlainText(QStringLiteral("contoso.test\nbücher.example"));
    wizard.currentPage()
        ->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))
        ->setText(QStringLiteral("contoso.onmicrosoft.com"));
    save(QStringLiteral("tenant"));
    // Azure DNS: the resource group field appears.
    auto* host = wizard.currentPage()->findChild<QComboBox*>(QStringLiteral("dnsHostCombo"));
    const int previousHost = host->currentIndex();
    host->setCurrentIndex(host->findData(QStringLiteral("azure")));
    wizard.currentPage()
        ->findChild<QLineEdit*>(QStringLiteral("azureResourceGroupEdit"))
        ->setText(QStringLiteral("rg-contoso-dns"));
    save(QStringLiteral("tenant-azure"));
    host->setCurrentIndex(previousHost);
    // The rest of the walk uses the one domain the demo zone serves.
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))
        ->setPlainText(QStringLiteral("contoso.test"));
    next();
    if (!QTest::qWaitFor([&]() { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000)) {
        std::fprintf(stderr, "timed out waiting (%d)\n", shot);
    }
    save(QStringLiteral("audit"));
    next();
    knot.setZone(QStringLiteral("contoso.test"),
                 zone({}).replace(QStringLiteral("v=spf1 ip4:192.0.2.25 ~all"), wizard.plan().composeSpf(0).record));
    knot.reload(QStringLiteral("contoso.test"));
    QTest::mouseClick(wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Spf).has_value(); }, 15000)) {
        std::fprintf(stderr, "timed out waiting (%d)\n", shot);
    }
    save(QStringLiteral("spf"));
    next();
    wizard.currentPage()
        ->findChild<QPlainTextEdit*>(QStringLiteral("dkimPaste"))
        ->setPlainText(
            QStringLiteral("Name           : contoso.test\nEnabled        : False\nStatus         : CnameMissing\n"
                           "Selector1CNAME : selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\n"
                           "Selector2CNAME : selector2-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft\n"));
    save(QStringLiteral("dkim"));
    // The Defender portal route, at the smallest window size the wizard is laid out for.
    const QSize size = wizard.size();
    wizard.resize(1024, 700);
    wizard.currentPage()->findChild<QTabWidget*>(QStringLiteral("dkimRoute"))->setCurrentIndex(1);
    save(QStringLiteral("dkim-portal"));
    wizard.currentPage()->findChild<QTabWidget*>(QStringLiteral("dkimRoute"))->setCurrentIndex(0);
    {
        // Step 6, "Prove it": the test message analysed, and the proof shown at the end of the page.
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("proveDkim")), Qt::LeftButton);
        auto* dialog = wizard.currentPage()->findChild<MessageAnalysisDialog*>();
        QSignalSpy analysed(dialog, &MessageAnalysisDialog::analysed);
        dialog->resize(1024, 700);
        dialog->setMessageText(demoMessage());
        analysed.wait(30000);
        QTest::qWait(300);
        const QString file = QStringLiteral("%1/%2-message-analysis.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0'));
        dialog->grab().save(file);
        std::printf("%s\n", qPrintable(file));
        dialog->close();
        auto* scroll = wizard.currentPage()->findChild<QScrollArea*>();
        scroll->ensureWidgetVisible(wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("proveDkim")));
        save(QStringLiteral("dkim-prove"));
    }
    wizard.resize(size);
    next();
    save(QStringLiteral("dmarc"));
    {
        // Three weeks of aggregate reports: Microsoft 365 passing, SendGrid without aligned DKIM, a spoofer.
        QTemporaryDir reports;
        writeSampleReports(reports.path(), wizard.plan().domain(0).ace);
        QTest::mouseClick(wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("dmarcReadReports")),
                          Qt::LeftButton);
        auto* dialog = wizard.currentPage()->findChild<DmarcReportsDialog*>();
        QSignalSpy read(dialog, &DmarcReportsDialog::readingFinished);
        dialog->resize(size.width() - 40, size.height() - 40);
        dialog->readPaths({reports.path()});
        read.wait(30000);
        QTest::qWait(300);
        const QString file = QStringLiteral("%1/%2-dmarc-reports.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0'));
        dialog->grab().save(file);
        std::printf("%s\n", qPrintable(file));
        // The names and the SPF term of each source, through the demo server.
        QSignalSpy looked(dialog, &DmarcReportsDialog::lookupFinished);
        dialog->lookUpSources();
        looked.wait(30000);
        QTest::qWait(300);
        const QString names =
            QStringLiteral("%1/%2-dmarc-reports-names.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0'));
        dialog->grab().save(names);
        std::printf("%s\n", qPrintable(names));
        dialog->close();
        save(QStringLiteral("dmarc-readiness"));
    }
    next();
    if (!QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditAfter.has_value(); }, 30000)) {
        std::fprintf(stderr, "timed out waiting (%d)\n", shot);
    }
    save(QStringLiteral("summary"));

    // Taking over a domain that is half done, at the smallest window size the wizard is laid out for: the SPF page
    // with two published records merged, the DMARC page starting from the published record, and a weakening to
    // confirm.
    {
        RolloutWizard takeover;
        takeover.plan().authoritative = {knot.server()};
        takeover.plan().resolvers = {knot.server()};
        takeover.resize(1024, 700);
        takeover.show();
        if (!QTest::qWaitForWindowExposed(&takeover)) {
            std::fprintf(stderr, "the takeover window did not appear\n");
            return 2;
        }
        auto saveTakeover = [&](const QString& name) {
            QTest::qWait(300);
            const QString file = QStringLiteral("%1/%2-%3.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0')).arg(name);
            takeover.grab().save(file);
            std::printf("%s\n", qPrintable(file));
        };
        auto nextTakeover = [&]() {
            if (!QTest::qWaitFor([&]() { return takeover.button(QWizard::NextButton)->isEnabled(); }, 30000)) {
                std::fprintf(stderr, "timed out waiting (%d)\n", shot);
            }
            QTest::mouseClick(takeover.button(QWizard::NextButton), Qt::LeftButton);
        };
        nextTakeover();
        takeover.currentPage()
            ->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))
            ->setPlainText(QStringLiteral("takeover.test"));
        takeover.currentPage()
            ->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))
            ->setText(QStringLiteral("contoso.onmicrosoft.com"));
        nextTakeover();
        nextTakeover();
        saveTakeover(QStringLiteral("takeover-spf"));
        nextTakeover();
        takeover.currentPage()->findChild<QCheckBox*>(QStringLiteral("dkimLater"))->setChecked(true);
        nextTakeover();
        saveTakeover(QStringLiteral("takeover-dmarc"));
        takeover.currentPage()->findChild<QComboBox*>(QStringLiteral("dmarcStage"))->setCurrentIndex(0);
        if (auto* scroll = takeover.currentPage()->findChild<QScrollArea*>()) {
            if (auto* preview = takeover.currentPage()->findChild<QWidget*>(QStringLiteral("dmarcPreview"))) {
                scroll->ensureWidgetVisible(preview, 0, 0);
            }
        }
        saveTakeover(QStringLiteral("takeover-dmarc-weakening"));
    }

    // Training mode: the side panel, the DNS host panel with a typical mistake, and the simulated tenant.
    // Sized by the wizard itself when training starts: wider for the side panel, never larger than the screen
    // (run under a 1366x768 Xvfb screen for the classroom-laptop view).
    RolloutWizard training;
    training.show();
    if (!QTest::qWaitForWindowExposed(&training)) {
        std::fprintf(stderr, "the training window did not appear\n");
        return 2;
    }
    QString error;
    const auto scenario =
        TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    if (!scenario || !training.startTraining(*scenario, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    auto saveTraining = [&](QWidget* widget, const QString& name) {
        QTest::qWait(300);
        const QString file = QStringLiteral("%1/%2-%3.png").arg(out).arg(++shot, 2, 10, QLatin1Char('0')).arg(name);
        widget->grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    saveTraining(&training, QStringLiteral("training-tenant"));
    training.showHostPanel();
    auto* panel = training.findChild<QDialog*>(QStringLiteral("hostPanelDialog"));
    panel->findChild<QLineEdit*>(QStringLiteral("panelHost"))->setText(QStringLiteral("_dmarc.fabrikam.example"));
    panel->findChild<QLineEdit*>(QStringLiteral("panelValue"))
        ->setText(QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.example"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("panelSave")), Qt::LeftButton);
    saveTraining(panel, QStringLiteral("training-host-panel"));
    panel->close();
    for (int page = 0; page < 3; ++page) {
        if (!QTest::qWaitFor([&]() { return training.button(QWizard::NextButton)->isEnabled(); }, 30000)) {
            std::fprintf(stderr, "timed out waiting (%d)\n", shot);
        }
        QTest::mouseClick(training.button(QWizard::NextButton), Qt::LeftButton);
    }
    QTest::mouseClick(training.currentPage()->findChild<QPushButton*>(QStringLiteral("trainingRunSetup")),
                      Qt::LeftButton);
    saveTraining(&training, QStringLiteral("training-dkim"));
    return 0;
}
