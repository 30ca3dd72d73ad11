// The "fresh domain" training scenario completed end to end at 60x, the way a trainee does it: records typed into
// the simulated DNS host panel, the DKIM scripts run in the simulated tenant and their output pasted back, and the
// unmodified propagation watcher confirming each record against the simulated servers.
#include "support/TrainingDriver.h"
#include "training/TrainingSession.h"
#include "training/TrainingSessionFile.h"
#include "ui/RolloutWizard.h"
#include "ui/pages/WelcomePage.h"
#include "ui/training/DnsHostPanelDialog.h"
#include "ui/training/TrainingSidePanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <functional>
#include <gtest/gtest.h>
#include <optional>

using namespace mailauth;
using namespace mailauth::test;

TEST(TrainingFlow, FreshDomainScenarioCompletedAt60x)
{
    RolloutWizard wizard;
    wizard.watches().maxRetryMs = 1000;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    // Welcome: pick the scenario and start training.
    auto* scenario = child<QComboBox>(wizard.currentPage(), "scenarioChoice");
    ASSERT_EQ(scenario->count(), TrainingScenarioParser::builtInIds().size());
    scenario->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);
    TrainingSession& session = *wizard.training();
    EXPECT_EQ(session.scenario().id, QStringLiteral("fresh-domain"));
    EXPECT_EQ(session.world().clock().speed(), 60);
    EXPECT_TRUE(wizard.windowTitle().startsWith(QStringLiteral("TRAINING")));
    EXPECT_TRUE(child<QLabel>(wizard.sideWidget(), "trainingMarker")->isVisible());

    // Tenant and domains come from the scenario.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    EXPECT_EQ(wizard.plan().domain(0).ace, QStringLiteral("fabrikam.example"));
    EXPECT_EQ(wizard.plan().initialDomain(), QStringLiteral("fabrikamtraining.onmicrosoft.com"));
    ASSERT_TRUE(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    // The audit runs against the simulated resolvers and finds what a fresh domain lacks.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return nextButton(wizard)->isEnabled(); }, 20000));
    ASSERT_TRUE(wizard.plan().domain(0).auditBefore.has_value());
    const Findings before = wizard.plan().domain(0).auditBefore->report.findings;
    for (const char* code : {"spf.missing", "dmarc.missing", "dkim.cname-missing"}) {
        EXPECT_TRUE(hasFinding(before, QLatin1String(code))) << code;
    }
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    // SPF: typed into the panel, then watched. The resolvers cached "no record" before the lesson; at 60x that
    // cache runs out within seconds, not minutes.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
    const QString spf = wizard.plan().composeSpf(0).record;
    EXPECT_EQ(spf, QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
    typeIntoHostPanel(wizard, QStringLiteral("@"), QStringLiteral("TXT"), spf);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "publishButton"), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Spf).has_value(); }, 30000));
    EXPECT_EQ(wizard.plan().domain(0).confirmation(RecordId::Spf)->servers.size(), 4);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    // DKIM: run the key script in the training tenant and paste what it printed.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dkim);
    EXPECT_FALSE(nextButton(wizard)->isEnabled());
    QWidget* page = wizard.currentPage();
    QTest::mouseClick(child<QPushButton>(page, "trainingRunSetup"), Qt::LeftButton);
    const QString output = child<QPlainTextEdit>(page, "trainingOutput")->toPlainText();
    EXPECT_TRUE(output.contains(QStringLiteral(".r-v1.dkim.mail.microsoft"))) << output.toStdString();
    child<QPlainTextEdit>(page, "dkimPaste")->setPlainText(output);
    ASSERT_TRUE(nextButton(wizard)->isEnabled());
    const DomainPlan& d = wizard.plan().domain(0);
    EXPECT_EQ(d.selector1Target, session.exchange().selectorTarget(QStringLiteral("fabrikam.example"), 1));
    typeIntoHostPanel(wizard, QStringLiteral("selector1._domainkey"), QStringLiteral("CNAME"), d.selector1Target);
    typeIntoHostPanel(wizard, QStringLiteral("selector2._domainkey"), QStringLiteral("CNAME"), d.selector2Target);
    QTest::mouseClick(child<QPushButton>(page, "publishButton"), Qt::LeftButton);
    auto* enableScript = child<QPlainTextEdit>(page, "enableScript");
    ASSERT_TRUE(QTest::qWaitFor([&]() { return enableScript->isEnabled(); }, 30000));
    // Microsoft needs 5 simulated minutes to see the CNAMEs: the trainee may meet CnameMissing and retries.
    auto* signingOn = child<QCheckBox>(page, "signingOn");
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            QTest::mouseClick(child<QPushButton>(page, "trainingRunEnable"), Qt::LeftButton);
            return signingOn->isChecked();
        },
        30000));
    EXPECT_TRUE(wizard.plan().domain(0).dkimEnabled);
    EXPECT_TRUE(wizard.plan().domain(0).confirmation(RecordId::DkimEnabled).has_value());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    // DMARC: p=none with reports, typed with the relative host name.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    const QString dmarc = wizard.plan().composeDmarc(0).record;
    EXPECT_TRUE(dmarc.startsWith(QStringLiteral("v=DMARC1; p=none; rua=mailto:"))) << dmarc.toStdString();
    typeIntoHostPanel(wizard, QStringLiteral("_dmarc"), QStringLiteral("TXT"), dmarc);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "publishButton"), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Dmarc).has_value(); }, 30000));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    // Summary and goals: every goal of the scenario is reached.
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Summary);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.plan().domain(0).auditAfter.has_value(); }, 20000));
    for (const char* code : {"spf.missing", "dmarc.missing", "dkim.cname-missing"}) {
        EXPECT_FALSE(hasFinding(wizard.plan().domain(0).auditAfter->report.findings, QLatin1String(code))) << code;
    }
    QTest::mouseClick(child<QPushButton>(wizard.sideWidget(), "checkGoals"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return session.allGoalsReached(); }, 20000));
    auto* goals = child<QListWidget>(wizard.sideWidget(), "trainingGoals");
    ASSERT_EQ(goals->count(), 4);
    for (int i = 0; i < goals->count(); ++i) {
        EXPECT_TRUE(goals->item(i)->text().startsWith(QStringLiteral("Reached")))
            << goals->item(i)->text().toStdString();
    }
}

namespace {

// Answers the "end the training session?" question that `action` opens, with the button whose text is `answer`.
bool answerEndQuestion(const std::function<void()>& action, const QString& answer)
{
    bool asked = false;
    QTimer::singleShot(0, [&]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != u"endTrainingQuestion") {
            return;
        }
        asked = true;
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == answer) {
                b->click();
            }
        }
    });
    action();
    return asked;
}

} // namespace

TEST(TrainingFlow, EndingASessionAsksAndASessionIsNeverSavedAsAProject)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);

    // Saving would write a project that reopens against real DNS: refused, and the button is gone.
    QString error;
    EXPECT_FALSE(wizard.saveProject(QDir::temp().filePath(QStringLiteral("training.mailauth")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("training session"))) << error.toStdString();
    EXPECT_FALSE(wizard.button(QWizard::CustomButton2)->isVisible());
    EXPECT_FALSE(QFile::exists(QDir::temp().filePath(QStringLiteral("training.mailauth"))));
    // The side panel scrolls rather than overlapping itself on a small screen.
    EXPECT_NE(wizard.findChild<QScrollArea*>(QStringLiteral("trainingPanelScroll")), nullptr);

    // Esc asks; "Keep practising" keeps the session.
    EXPECT_TRUE(
        answerEndQuestion([&]() { QTest::keyClick(&wizard, Qt::Key_Escape); }, QStringLiteral("Keep practising")));
    EXPECT_TRUE(wizard.isVisible());
    EXPECT_NE(wizard.training(), nullptr);
    // Cancel asks too; "End the session" closes the window.
    EXPECT_TRUE(answerEndQuestion([&]() { wizard.reject(); }, QStringLiteral("End the session")));
    EXPECT_FALSE(wizard.isVisible());
}

namespace {

// Clicks `answer` in the question named `question` once it shows (it may come from the event loop, after `action`).
bool answerWhenAsked(const std::function<void()>& action, const QString& answer,
                     const char* question = "endTrainingQuestion")
{
    bool asked = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != QLatin1String(question)) {
            return;
        }
        asked = true;
        poll.stop();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == answer) {
                b->click();
            }
        }
    });
    poll.start();
    action();
    (void)QTest::qWaitFor([&]() { return asked; }, 5000);
    QTest::qWait(50); // the answer's work, from the event loop
    return asked;
}

} // namespace

TEST(TrainingFlow, AnotherScenarioAsksThenStartsFromNothing)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* choice = child<QComboBox>(wizard.currentPage(), "scenarioChoice");
    ASSERT_GE(choice->count(), 2);
    choice->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);
    const QString firstId = wizard.training()->scenario().id;
    const QStringList firstDomains = wizard.training()->scenario().domains();
    wizard.plan().setConsultantName(QStringLiteral("Trainer"));
    wizard.showHostPanel();
    ASSERT_NE(wizard.findChild<DnsHostPanelDialog*>(), nullptr);

    // "Another scenario…" goes back to the list; the session runs on until another one starts.
    QTest::mouseClick(child<QPushButton>(wizard.sideWidget(), "otherScenario"), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Welcome);
    ASSERT_NE(wizard.training(), nullptr);
    choice = child<QComboBox>(wizard.currentPage(), "scenarioChoice");
    choice->setCurrentIndex(1);
    auto* start = child<QPushButton>(wizard.currentPage(), "startTraining");
    // "Keep practising" keeps everything.
    EXPECT_TRUE(
        answerWhenAsked([&]() { QTest::mouseClick(start, Qt::LeftButton); }, QStringLiteral("Keep practising")));
    ASSERT_NE(wizard.training(), nullptr);
    EXPECT_EQ(wizard.training()->scenario().id, firstId);
    EXPECT_EQ(wizard.plan().consultantName(), QStringLiteral("Trainer"));

    // "End it and start the other": the next scenario, from nothing.
    EXPECT_TRUE(answerWhenAsked([&]() { QTest::mouseClick(start, Qt::LeftButton); },
                                QStringLiteral("End it and start the other")));
    ASSERT_NE(wizard.training(), nullptr);
    const TrainingScenario& second = wizard.training()->scenario();
    EXPECT_NE(second.id, firstId);
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    QStringList domains;
    for (const DomainPlan& d : wizard.plan().domains()) {
        domains.append(d.ace);
    }
    EXPECT_EQ(domains, second.domains());
    EXPECT_NE(domains, firstDomains);
    EXPECT_TRUE(wizard.plan().consultantName().isEmpty()) << "nothing of the first session's plan is left";
    EXPECT_EQ(&wizard.plan().timeBase(), &wizard.training()->world().clock()) << "the new session's clock";
    EXPECT_EQ(wizard.watches().watcherCount(), 0);
    EXPECT_EQ(wizard.findChild<DnsHostPanelDialog*>(), nullptr) << "the old world's panel is gone";
    EXPECT_TRUE(wizard.windowTitle().contains(second.id)) << wizard.windowTitle().toStdString();
    EXPECT_EQ(wizard.findChildren<TrainingSidePanel*>().size(), 1);
    // The new session's panel works on the new world.
    wizard.showHostPanel();
    ASSERT_NE(wizard.findChild<DnsHostPanelDialog*>(), nullptr);

    // Opening a project ends the session too, after asking; the project then opens outside training.
    QTest::mouseClick(child<QPushButton>(wizard.sideWidget(), "otherScenario"), Qt::LeftButton);
    auto* welcome = qobject_cast<WelcomePage*>(wizard.currentPage());
    ASSERT_NE(welcome, nullptr);
    EXPECT_EQ(child<QComboBox>(welcome, "scenarioChoice")->currentIndex(), 1) << "the list shows the running one";
    QTemporaryDir dir; // a copy: the opened project is autosaved
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("contoso-rollout.mailauth"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(MAILAUTH_SOURCE_DIR "/resources/samples/contoso-rollout.mailauth"), project));
    EXPECT_TRUE(answerWhenAsked([&]() { Q_EMIT welcome->openProjectRequested(project); },
                                QStringLiteral("End it and open the project")));
    EXPECT_EQ(wizard.training(), nullptr);
    EXPECT_EQ(wizard.sideWidget(), nullptr);
    EXPECT_TRUE(wizard.button(QWizard::CustomButton2)->isVisible()) << "a real project can be saved again";
    EXPECT_TRUE(wizard.projectPath().endsWith(QStringLiteral("contoso-rollout.mailauth")));
    EXPECT_TRUE(wizard.plan().resolvers.isEmpty()) << "not the simulated servers";
}

namespace {

// The session files in the data folder, and the newest one read back.
QStringList sessionFiles()
{
    return QDir(TrainingSessionFile::folder())
        .entryList({u'*' + QLatin1String(TrainingSessionFile::kSuffix)}, QDir::Files, QDir::Time);
}

std::optional<SavedTrainingSession> newestSaved()
{
    const QStringList files = sessionFiles();
    return files.isEmpty()
               ? std::nullopt
               : TrainingSessionFile::load(QDir(TrainingSessionFile::folder()).filePath(files.first()), nullptr);
}

} // namespace

TEST(TrainingFlow, AnInterruptedSessionResumesWhereItLeftOff)
{
    QDir(TrainingSessionFile::folder()).removeRecursively();
    const QString spf = QStringLiteral("v=spf1 include:spf.protection.outlook.com -all");
    QDateTime startedAt;
    qint64 savedAtMs = 0;
    {
        RolloutWizard wizard;
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
        ASSERT_NE(wizard.training(), nullptr);
        throughTheAudit(wizard);
        ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);
        typeIntoHostPanel(wizard, QStringLiteral("@"), QStringLiteral("TXT"), spf);
        QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "publishButton"), Qt::LeftButton);
        ASSERT_TRUE(
            QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Spf).has_value(); }, 30000));
        child<QComboBox>(wizard.sideWidget(), "trainingSpeed")->setCurrentIndex(1); // 10x
        wizard.plan().setConsultantName(QStringLiteral("Ada Trainer"));
        // The file is written a moment after the changes, while the session runs, and a running session's file is
        // never offered for resuming.
        ASSERT_TRUE(QTest::qWaitFor(
            [&]() {
                const auto saved = newestSaved();
                return saved && saved->state.journal.actions().size() == 1 && saved->state.speed == 10 &&
                       saved->plan.value(QStringLiteral("consultant")).toString() == u"Ada Trainer";
            },
            10000));
        EXPECT_TRUE(TrainingSessionFile::interrupted().isEmpty());
        startedAt = wizard.training()->world().clock().startedAt();
        savedAtMs = newestSaved()->state.nowMs;
        // The window goes without the session being ended, as when the app is killed or crashes.
    }
    ASSERT_EQ(TrainingSessionFile::interrupted().size(), 1);

    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* resume = child<QPushButton>(wizard.currentPage(), "resumeTraining");
    ASSERT_TRUE(QTest::qWaitFor([&]() { return resume->isVisible(); }, 10000));
    const QString offer = child<QLabel>(wizard.currentPage(), "interruptedTraining")->text();
    EXPECT_TRUE(offer.contains(QStringLiteral("\"A fresh domain: SPF, DKIM and DMARC from nothing\"")))
        << offer.toStdString();
    QTest::mouseClick(resume, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.training() != nullptr; }, 10000));
    TrainingSession& session = *wizard.training();
    EXPECT_EQ(session.scenario().id, QStringLiteral("fresh-domain"));
    EXPECT_TRUE(wizard.windowTitle().startsWith(QStringLiteral("TRAINING")));
    // Back on the SPF page, through the audit, with the plan, the clock and the record the learner had typed.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentId() == RolloutWizard::Page_Spf; }, 20000));
    EXPECT_EQ(wizard.plan().consultantName(), QStringLiteral("Ada Trainer"));
    EXPECT_EQ(session.world().clock().startedAt(), startedAt);
    EXPECT_GE(session.world().clock().nowMs(), savedAtMs);
    EXPECT_EQ(session.world().clock().speed(), 10);
    EXPECT_EQ(child<QComboBox>(wizard.sideWidget(), "trainingSpeed")->currentData().toInt(), 10);
    const QList<DnsRecord> records = session.world().currentRecords(QStringLiteral("fabrikam.example"));
    EXPECT_TRUE(std::any_of(records.begin(), records.end(), [&](const DnsRecord& r) {
        return r.type == RecordType::TXT && TrainingWorld::valueText(r) == spf;
    }));
    EXPECT_EQ(wizard.plan().resolvers, session.world().resolverServers());
    EXPECT_TRUE(TrainingSessionFile::interrupted().isEmpty()); // this window holds it again
    // The watcher starts anew, but the page says the record was seen everywhere, not "press the button".
    const QString watch = child<QLabel>(wizard.currentPage(), "propagationMessage")->text();
    EXPECT_TRUE(watch.startsWith(QStringLiteral("Every server checked saw this record on"))) << watch.toStdString();

    // Ending the session on purpose leaves nothing to resume.
    EXPECT_TRUE(answerWhenAsked([&]() { wizard.reject(); }, QStringLiteral("End the session")));
    EXPECT_TRUE(sessionFiles().isEmpty());
    EXPECT_TRUE(TrainingSessionFile::interrupted().isEmpty());
}

TEST(TrainingFlow, ADamagedInterruptedSessionIsNamedAndCanBeDiscarded)
{
    QDir(TrainingSessionFile::folder()).removeRecursively();
    // An older one first (an hour older), then the newest, which is the one offered.
    const QString olderPath = TrainingSessionFile::newPath();
    QFile older(olderPath);
    ASSERT_TRUE(older.open(QIODevice::WriteOnly));
    older.write("not json");
    older.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
    older.close();
    const QString path = TrainingSessionFile::newPath();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"mailauth-wizard-training-session\", \"schemaVersion\": 9}");
    file.close();

    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* text = child<QLabel>(wizard.currentPage(), "interruptedTraining");
    ASSERT_TRUE(QTest::qWaitFor([&]() { return text->isVisible(); }, 10000));
    EXPECT_TRUE(text->text().contains(QStringLiteral("cannot be resumed"))) << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("newer version"))) << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("Discard it, then start the scenario again")))
        << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("1 older interrupted session"))) << text->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(wizard.currentPage(), "resumeTraining")->isVisible());

    // Discarding asks first; "Cancel" keeps the file.
    auto* discard = child<QPushButton>(wizard.currentPage(), "discardTraining");
    EXPECT_TRUE(answerWhenAsked([&]() { QTest::mouseClick(discard, Qt::LeftButton); }, QStringLiteral("Cancel"),
                                "discardTrainingQuestion"));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(answerWhenAsked([&]() { QTest::mouseClick(discard, Qt::LeftButton); }, QStringLiteral("Discard"),
                                "discardTrainingQuestion"));
    EXPECT_FALSE(QFile::exists(path));
    // The older one comes up next, and goes the same way.
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return text->isVisible() && text->text().contains(QStringLiteral("damaged")); }, 10000))
        << text->text().toStdString();
    EXPECT_FALSE(text->text().contains(QStringLiteral("older")));
    EXPECT_TRUE(answerWhenAsked([&]() { QTest::mouseClick(discard, Qt::LeftButton); }, QStringLiteral("Discard"),
                                "discardTrainingQuestion"));
    EXPECT_FALSE(QFile::exists(olderPath));
    EXPECT_FALSE(text->isVisible());
}

TEST(TrainingFlow, TheWindowSaysWhenTheSessionCannotBeSaved)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([]() { return !sessionFiles().isEmpty(); }, 10000));
    // The folder goes (a cleaned-up profile, a removed drive): the next save fails, and the title says so.
    ASSERT_TRUE(QDir(TrainingSessionFile::folder()).removeRecursively());
    wizard.plan().setConsultantName(QStringLiteral("Ada Trainer"));
    EXPECT_TRUE(QTest::qWaitFor([&]() { return wizard.windowTitle().contains(QStringLiteral("not saved")); }, 10000))
        << wizard.windowTitle().toStdString();
    EXPECT_TRUE(wizard.windowTitle().startsWith(QStringLiteral("TRAINING")));
    wizard.leaveTraining();
}

TEST(TrainingFlow, ScrollingNeverChangesTheSpeedOrAPagesChoice)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);
    auto* speed = child<QComboBox>(wizard.sideWidget(), "trainingSpeed");
    const int before = wizard.training()->world().clock().speed();
    // The wheel over the speed box while scrolling the panel (a classroom laptop's touchpad): the panel scrolls.
    const QPointF at(speed->width() / 2.0, speed->height() / 2.0);
    for (int delta : {-120, 120, 120}) {
        QWheelEvent wheel(at, speed->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(speed, &wheel);
        EXPECT_EQ(wizard.training()->world().clock().speed(), before) << delta;
    }
    // The same on a page: the tenant page's DNS host stays what it was.
    auto* host = child<QComboBox>(wizard.currentPage(), "dnsHostCombo");
    const QString hostBefore = wizard.plan().dnsHost().id;
    const QPointF onHost(host->width() / 2.0, host->height() / 2.0);
    QWheelEvent hostWheel(onHost, host->mapToGlobal(onHost), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
    QApplication::sendEvent(host, &hostWheel);
    EXPECT_EQ(wizard.plan().dnsHost().id, hostBefore);
    // Chosen on purpose (the box has focus), the wheel still works like any list.
    speed->setFocus();
    QWheelEvent wheel(at, speed->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(speed, &wheel);
    EXPECT_NE(wizard.training()->world().clock().speed(), before);
    wizard.leaveTraining();
}

namespace {

// Closes the next message box that shows (the warning comes from the event loop) and returns its text.
QString closeNextMessageBox(const std::function<void()>& action)
{
    QString text;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            poll.stop();
            box->accept();
        }
    });
    poll.start();
    action();
    (void)QTest::qWaitFor([&]() { return !text.isEmpty(); }, 10000);
    return text;
}

} // namespace

TEST(TrainingFlow, TwoWindowsResumingOneSessionGetItOnce)
{
    QDir(TrainingSessionFile::folder()).removeRecursively();
    {
        RolloutWizard first;
        first.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
        QTest::mouseClick(child<QPushButton>(first.currentPage(), "startTraining"), Qt::LeftButton);
        ASSERT_NE(first.training(), nullptr);
        ASSERT_TRUE(QTest::qWaitFor([]() { return newestSaved().has_value(); }, 10000));
    }
    // Both windows found the interrupted session before either resumed it.
    RolloutWizard a;
    RolloutWizard b;
    for (RolloutWizard* w : {&a, &b}) {
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
        auto* resume = child<QPushButton>(w->currentPage(), "resumeTraining");
        ASSERT_TRUE(QTest::qWaitFor([&]() { return resume->isVisible(); }, 10000));
    }
    QTest::mouseClick(child<QPushButton>(a.currentPage(), "resumeTraining"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return a.training() != nullptr; }, 10000));
    // The second is refused: the first holds the file. Its pages were built and torn down again while its welcome
    // page's click was still being handled.
    const QString refusal = closeNextMessageBox(
        [&]() { QTest::mouseClick(child<QPushButton>(b.currentPage(), "resumeTraining"), Qt::LeftButton); });
    EXPECT_TRUE(refusal.contains(QStringLiteral("already open in another window"))) << refusal.toStdString();
    EXPECT_EQ(b.training(), nullptr);
    EXPECT_EQ(b.currentId(), RolloutWizard::Page_Welcome);
    EXPECT_FALSE(b.windowTitle().startsWith(QStringLiteral("TRAINING")));
    EXPECT_NE(a.training(), nullptr);
    EXPECT_TRUE(TrainingSessionFile::interrupted().isEmpty());
    a.leaveTraining();
}
