// The reports window reads a folder dropped on it (every container, in the background) and shows the chart, the
// sources and the verdict; the DMARC page shows the verdict beside the stage and asks before a stage the reports do
// not support.
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"
#include "model/WatchRegistry.h"
#include "model/reports/StageReadiness.h"
#include "support/DnsFixtures.h"
#include "support/GoogleReportXml.h"
#include "training/TrainingScenario.h"
#include "ui/pages/DmarcPage.h"
#include "ui/pages/RolloutContext.h"
#include "ui/reports/DmarcReportsDialog.h"
#include "ui/reports/ReportSourcesModel.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QWizard>
#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::KnotServer;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// One Google report of contoso.com's policy (p=none, sp=quarantine) for mail from `headerFrom`, three messages
// from each address, SPF aligned.
QByteArray googleReport(const QString& headerFrom, const QString& id, const QStringList& ips)
{
    QList<test::ReportRow> rows;
    for (const QString& ip : ips) {
        rows.append(test::ReportRow{ip,
                                    3,
                                    QStringLiteral("fail"),
                                    QStringLiteral("pass"),
                                    {},
                                    {},
                                    headerFrom,
                                    QStringLiteral("pass"),
                                    headerFrom});
    }
    test::ReportPolicy policy;
    policy.sp = QStringLiteral("quarantine");
    policy.reportId = id;
    return test::googleReportXml(QDate(2026, 11, 1), rows, policy);
}

QString cellOf(const QAbstractItemModel* model, const QString& ip, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ReportSourcesModel::SourceColumn).data().toString() == ip) {
            return model->index(row, column).data().toString();
        }
    }
    return QStringLiteral("(no row for %1)").arg(ip);
}

TEST(ReportsGui, LookingUpSourcesShowsTheirNamesAndWhatInTheSpfRecordAllowsThem)
{
    KnotServer knot;
    knot.setZone(QStringLiteral("113.0.203.in-addr.arpa"),
                 QStringLiteral("$ORIGIN 113.0.203.in-addr.arpa.\n$TTL 3\n@ SOA ns1.contoso.com. hostmaster 1 3600 "
                                "600 86400 3\n@ NS ns1.contoso.com.\n"
                                "25 PTR mail.contoso.com.\n"
                                "26 PTR mail.protection.outlook.com.\n"));
    knot.setZone(QStringLiteral("contoso.com"),
                 QStringLiteral("$ORIGIN contoso.com.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\nmail A 203.0.113.25\n"
                                "@ TXT \"v=spf1 ip4:203.0.113.25 include:_spf.sender.example ~all\"\n"));
    knot.setZone(QStringLiteral("sender.example"),
                 QStringLiteral("$ORIGIN sender.example.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\n_spf TXT \"v=spf1 ip4:203.0.113.26 -all\"\n"));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const auto& [domain, id] : {std::pair{QStringLiteral("contoso.com"), QStringLiteral("1")},
                                     std::pair{QStringLiteral("news.contoso.com"), QStringLiteral("2")}}) {
        QFile file(dir.filePath(domain + QStringLiteral(".xml")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(googleReport(
            domain, id,
            {QStringLiteral("203.0.113.25"), QStringLiteral("203.0.113.26"), QStringLiteral("203.0.113.27")}));
    }

    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.resolvers = {knot.server()};
    DmarcReportsDialog dialog(plan, 0);
    dialog.resize(1000, 680);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy read(&dialog, &DmarcReportsDialog::readingFinished);
    dialog.readPaths({dir.path()});
    ASSERT_TRUE(read.count() == 1 || read.wait(60000));

    auto* table = child<QTableView>(&dialog, "reportsSources");
    const QAbstractItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::NameColumn), QString())
        << "nothing is looked up before the button";
    auto* lookUp = child<QPushButton>(&dialog, "reportsLookUp");
    ASSERT_TRUE(lookUp->isEnabled());
    QSignalSpy looked(&dialog, &DmarcReportsDialog::lookupFinished);
    QTest::mouseClick(lookUp, Qt::LeftButton);
    EXPECT_TRUE(dialog.isLookingUp() || looked.count() == 1) << "the lookup runs in the background";
    EXPECT_FALSE(lookUp->isEnabled() && dialog.isLookingUp());
    ASSERT_TRUE(looked.count() == 1 || looked.wait(60000));

    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::NameColumn),
              QStringLiteral("mail.contoso.com"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.26"), ReportSourcesModel::NameColumn),
              QStringLiteral("mail.protection.outlook.com (unconfirmed)"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.27"), ReportSourcesModel::NameColumn), QStringLiteral("(none)"))
        << "looked up, and it has no name";
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::SpfAuthorityColumn),
              QStringLiteral("ip4:203.0.113.25"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.26"), ReportSourcesModel::SpfAuthorityColumn),
              QStringLiteral("include:_spf.sender.example"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.27"), ReportSourcesModel::SpfAuthorityColumn),
              QStringLiteral("not listed (~all)"));
    // The tooltip says why: which term matched.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ReportSourcesModel::SourceColumn).data().toString() == u"203.0.113.27") {
            const QString tip =
                model->index(row, ReportSourcesModel::SpfAuthorityColumn).data(Qt::ToolTipRole).toString();
            EXPECT_TRUE(tip.contains(QStringLiteral("\"~all\" in the record of contoso.com matched")))
                << tip.toStdString();
        }
    }
    EXPECT_EQ(model->headerData(ReportSourcesModel::SpfAuthorityColumn, Qt::Horizontal).toString(),
              QStringLiteral("Allowed by SPF"));

    // The subdomain is not in the plan: it still gets a verdict, against the policy its reports show (sp).
    auto* domain = child<QComboBox>(&dialog, "reportsDomain");
    domain->setCurrentIndex(domain->findText(QStringLiteral("news.contoso.com")));
    const QString verdict = dialog.verdictText();
    EXPECT_TRUE(verdict.contains(QStringLiteral("not in the plan: judged against the policy its reports show "
                                                "(p=quarantine)")))
        << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("Not enough data to move from p=quarantine to p=reject")))
        << verdict.toStdString();
    // Names are per address and stay; the SPF term is per domain, so the subdomain's is asked for anew.
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::NameColumn),
              QStringLiteral("mail.contoso.com"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::SpfAuthorityColumn), QString());
    EXPECT_TRUE(lookUp->isEnabled());
    // Looked up in its turn (knot has no SPF for it), and the first domain's answers are still there afterwards.
    QTest::mouseClick(lookUp, Qt::LeftButton);
    ASSERT_TRUE(looked.count() == 2 || looked.wait(60000));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::SpfAuthorityColumn),
              QStringLiteral("no SPF record"));
    domain->setCurrentIndex(domain->findText(QStringLiteral("contoso.com")));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.25"), ReportSourcesModel::SpfAuthorityColumn),
              QStringLiteral("ip4:203.0.113.25"));
    EXPECT_EQ(cellOf(model, QStringLiteral("203.0.113.26"), ReportSourcesModel::NameColumn),
              QStringLiteral("mail.protection.outlook.com (unconfirmed)"));
}

TEST(ReportsGui, DroppingAFolderShowsTheChartTheSourcesAndTheVerdict)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    DmarcReportsDialog dialog(plan, 0);
    dialog.resize(1000, 680);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    // A drop as the window gets it from the desktop: a folder URL.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral(MAILAUTH_REPORTS_DATA))});
    QSignalSpy finished(&dialog, &DmarcReportsDialog::readingFinished);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &enter);
    EXPECT_TRUE(enter.isAccepted()) << "folders and files are welcome";
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &drop);
    EXPECT_TRUE(dialog.isReading() || finished.count() == 1);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));

    auto* domain = child<QComboBox>(&dialog, "reportsDomain");
    EXPECT_EQ(domain->currentText(), QStringLiteral("contoso.com")) << "the DMARC page's domain is shown first";
    EXPECT_GE(domain->count(), 2) << "fabrikam.com is in the samples too";

    auto* chart = child<QChartView>(&dialog, "reportsChart");
    ASSERT_EQ(chart->chart()->series().size(), 2);
    const auto* passing = qobject_cast<QLineSeries*>(chart->chart()->series().at(0));
    ASSERT_NE(passing, nullptr);
    EXPECT_GT(passing->count(), 0);
    qreal sum = 0;
    for (const QPointF& p : passing->points()) {
        sum += p.y();
    }
    EXPECT_GT(sum, 0) << "some of contoso.com's mail passes";

    auto* table = child<QTableView>(&dialog, "reportsSources");
    const QAbstractItemModel* model = table->model();
    ASSERT_GT(model->rowCount(), 1);
    // Sorted by messages, most first, as numbers (not as text).
    const double first = model->index(0, 3).data(Qt::UserRole).toDouble();
    const double second = model->index(1, 3).data(Qt::UserRole).toDouble();
    EXPECT_GE(first, second);

    // The verdict for the plan's domain is stored in the model and shown.
    ASSERT_TRUE(plan.reportReadiness(0).has_value());
    EXPECT_TRUE(dialog.verdictText().contains(StageReadiness::headline(*plan.reportReadiness(0))))
        << dialog.verdictText().toStdString();
    // Not a report: named with its reason, and the rest was read.
    auto* skipped = child<QPlainTextEdit>(&dialog, "reportsSkipped");
    EXPECT_TRUE(skipped->isVisible());
    EXPECT_TRUE(skipped->toPlainText().contains(QStringLiteral("make-mails.py")))
        << skipped->toPlainText().toStdString();

    // Dropping the same folder again adds nothing: every report is a duplicate.
    const quint64 before = plan.reportReadiness(0)->legitimateMessages + plan.reportReadiness(0)->unknownMessages;
    dialog.readPaths({QStringLiteral(MAILAUTH_REPORTS_DATA)});
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(plan.reportReadiness(0)->legitimateMessages + plan.reportReadiness(0)->unknownMessages, before);
}

TEST(ReportsGui, AReopenedProjectShowsItsEvidenceAndAddsNewReports)
{
    const QString folder = QStringLiteral(MAILAUTH_REPORTS_DATA);
    QJsonObject saved;
    quint64 firstReading = 0;
    {
        RolloutPlan plan;
        ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
        DmarcReportsDialog dialog(plan, 0);
        QSignalSpy finished(&dialog, &DmarcReportsDialog::readingFinished);
        dialog.readPaths({folder + QStringLiteral("/google-rfc7489.xml")});
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(plan.reportStats(0));
        firstReading = plan.reportStats(0)->counts.messages;
        saved = ProjectFile::toJson(plan);
    }
    ASSERT_GT(firstReading, 0u);

    // Weeks later: the project is opened again, and so is the window.
    RolloutPlan plan;
    QString error;
    ASSERT_TRUE(ProjectFile::fromJson(saved, plan, &error)) << error.toStdString();
    ASSERT_TRUE(plan.reportReadiness(0)) << "the verdict is back without reading anything";
    DmarcReportsDialog dialog(plan, 0);
    QSignalSpy finished(&dialog, &DmarcReportsDialog::readingFinished);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000)) << "the kept sums are loaded in the background";
    EXPECT_EQ(child<QComboBox>(&dialog, "reportsDomain")->currentText(), QStringLiteral("contoso.com"));
    auto* table = child<QTableView>(&dialog, "reportsSources");
    EXPECT_GT(table->model()->rowCount(), 0);
    EXPECT_TRUE(dialog.verdictText().contains(StageReadiness::headline(*plan.reportReadiness(0))));

    // The whole folder now: the report read before counts once, the rest adds to the sums.
    dialog.readPaths({folder});
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(plan.reportStats(0));
    RolloutPlan fresh;
    ASSERT_TRUE(fresh.setDomains({QStringLiteral("contoso.com")}));
    DmarcReportsDialog once(fresh, 0);
    QSignalSpy onceFinished(&once, &DmarcReportsDialog::readingFinished);
    once.readPaths({folder});
    ASSERT_TRUE(onceFinished.wait(60000));
    EXPECT_GT(plan.reportStats(0)->counts.messages, firstReading);
    EXPECT_EQ(plan.reportStats(0)->counts.messages, fresh.reportStats(0)->counts.messages)
        << "reading in two sessions gives what one reading gives";
    EXPECT_EQ(plan.reportEvidence()->seen, fresh.reportEvidence()->seen);

    // The address column sorts as numbers: IPv4 by value before IPv6.
    table->sortByColumn(0, Qt::AscendingOrder);
    const QAbstractItemModel* model = table->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString a = model->index(row - 1, 0).data().toString();
        const QString b = model->index(row, 0).data().toString();
        EXPECT_FALSE(a.contains(u':') && !b.contains(u':')) << "IPv4 before IPv6: " << a.toStdString();
        EXPECT_LE(DmarcReportSummary::addressOrder(a), DmarcReportSummary::addressOrder(b));
    }
}

TEST(ReportsGui, TrainingModeOffersTheScenariosReports)
{
    TrainingScenarioParser::registerBuiltInData();
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("fourthcoffee.example")}));
    DmarcReportsDialog dialog(plan, 0);
    auto* button = child<QPushButton>(&dialog, "reportsTraining");
    EXPECT_TRUE(button->isHidden()) << "only in training mode";
    dialog.setTrainingReports(TrainingScenarioParser::reportsPath(QStringLiteral("forgotten-sender")));
    EXPECT_FALSE(button->isHidden());
    QSignalSpy finished(&dialog, &DmarcReportsDialog::readingFinished);
    button->click();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(plan.reportReadiness(0));
    EXPECT_EQ(plan.reportReadiness(0)->verdict, ReadinessVerdict::NotReady);
    EXPECT_TRUE(dialog.verdictText().contains(QStringLiteral("Zendesk"))) << dialog.verdictText().toStdString();
}

TEST(ReportsGui, AddressesSortAsNumbers)
{
    const QStringList sorted{QStringLiteral("9.9.9.9"),          QStringLiteral("10.0.0.9"),
                             QStringLiteral("10.0.0.10"),        QStringLiteral("192.0.2.1"),
                             QStringLiteral("2001:db8::2"),      QStringLiteral("2001:db8::10"),
                             QStringLiteral("2a01:111:f400::1"), QStringLiteral("not an address")};
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        EXPECT_LT(DmarcReportSummary::addressOrder(sorted[i - 1]), DmarcReportSummary::addressOrder(sorted[i]))
            << sorted[i - 1].toStdString() << " before " << sorted[i].toStdString();
    }
}

TEST(ReportsGui, TheDmarcPageAsksBeforeAStageTheReportsDoNotSupport)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    plan.setDmarcStart(0, QDate(2026, 12, 1));
    WatchRegistry watches{plan};
    RolloutContext context;
    context.plan = &plan;
    context.watches = &watches;
    auto* page = new DmarcPage(context);
    QWizard wizard;
    wizard.setPage(0, page);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    auto* readiness = child<QLabel>(page, "dmarcReadiness");
    EXPECT_TRUE(readiness->text().contains(QStringLiteral("none read yet"))) << readiness->text().toStdString();

    // The verdict arrives (the reports window sets it); the page shows it when it is shown next.
    StageReadinessResult result;
    result.verdict = ReadinessVerdict::NotReady;
    result.from = DmarcStep{DmarcPolicy::None, false};
    result.to = DmarcStep{DmarcPolicy::Quarantine, false};
    result.step = StageReadiness::stepText(result.to);
    result.days = 20;
    result.reasons = {QStringLiteral("SendGrid: 40% of its mail passes")};
    plan.setReportReadiness(0, result);
    wizard.restart();
    auto* stage = child<QComboBox>(page, "dmarcStage");
    EXPECT_TRUE(readiness->text().contains(StageReadiness::headline(result))) << readiness->text().toStdString();
    EXPECT_TRUE(readiness->text().contains(QStringLiteral("SendGrid"))) << readiness->text().toStdString();

    const auto answer = [&](QMessageBox::StandardButton button) {
        auto* box = page->findChild<QMessageBox*>(QStringLiteral("dmarcStageQuestion"));
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains(StageReadiness::headline(result))) << box->text().toStdString();
        box->button(button)->click();
        QCoreApplication::processEvents();
    };
    stage->setCurrentIndex(1);
    EXPECT_EQ(plan.domain(0).currentStage, 0) << "not moved before the admin says yes";
    EXPECT_EQ(stage->currentIndex(), 0);
    answer(QMessageBox::No);
    EXPECT_EQ(plan.domain(0).currentStage, 0);

    stage->setCurrentIndex(1);
    answer(QMessageBox::Yes);
    EXPECT_EQ(plan.domain(0).currentStage, 1);
    EXPECT_EQ(stage->currentIndex(), 1);
    EXPECT_TRUE(plan.composeDmarc(0).record.contains(QStringLiteral("p=quarantine")));
    // The verdict follows the stage: it now speaks of the step from p=quarantine (kept sums, judged again).
    ReportDomainStats stats;
    stats.domain = QStringLiteral("contoso.com");
    plan.setReportStats(0, stats);
    ASSERT_TRUE(plan.reportReadiness(0).has_value());
    EXPECT_EQ(plan.reportReadiness(0)->from.policy, DmarcPolicy::Quarantine);
    plan.setDmarcStage(0, 0);
    EXPECT_EQ(plan.reportReadiness(0)->from.policy, DmarcPolicy::None);
    plan.setDmarcStage(0, 1);
    stage->setCurrentIndex(1);
    // Going back never asks.
    stage->setCurrentIndex(0);
    EXPECT_EQ(plan.domain(0).currentStage, 0);
    EXPECT_EQ(page->findChild<QMessageBox*>(QStringLiteral("dmarcStageQuestion")), nullptr);
}

} // namespace
