#include "RolloutWizard.h"

#include "ApplicationIcon.h"
#include "LanguageMenu.h"
#include "ProjectSession.h"
#include "RecordCheckPanel.h"
#include "message/MessageAnalysisDialog.h"
#include "model/ProjectFile.h"
#include "pages/AuditPage.h"
#include "pages/DkimPage.h"
#include "pages/DmarcPage.h"
#include "pages/SpfPage.h"
#include "pages/SummaryPage.h"
#include "pages/TenantPage.h"
#include "pages/WelcomePage.h"
#include "reports/DmarcReportsDialog.h"
#include "training/TrainingSession.h"
#include "training/TrainingSessionFile.h"
#include "ui/training/DnsHostPanelDialog.h"
#include "ui/training/TrainingAutosave.h"
#include "ui/training/TrainingSidePanel.h"
#include "ui/widgets/WheelNeedsFocus.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace mailauth {

namespace {

// Language at the left, the tools (check a record, analyze a message, save) beside Qt's own buttons.
QList<QWizard::WizardButton> buttonRow(bool withSave)
{
    QList<QWizard::WizardButton> row{QWizard::HelpButton, QWizard::Stretch, QWizard::CustomButton1,
                                     QWizard::CustomButton3};
    if (withSave) {
        row.append(QWizard::CustomButton2);
    }
    row.append({QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                QWizard::CancelButton});
    return row;
}

} // namespace

RolloutWizard::RolloutWizard(QWidget* parent)
    : QWizard(parent)
    , m_watches(m_plan)
{
    m_context.plan = &m_plan;
    m_context.watches = &m_watches;
    setWindowTitle(tr("MailAuth Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::HaveCustomButton3);
    // The language menu takes the place of the (unused) help button, at the left of the button row; the message
    // analysis sits beside the record check.
    setOption(QWizard::HaveHelpButton);
    setButton(QWizard::HelpButton, new LanguageMenu(this));
    setButtonLayout(buttonRow(true));
    translateButtons();
    createPages();

    // The project file: autosaved a moment after the last change; its name in the title, a refusal on the welcome page.
    m_project = new ProjectSession(m_plan, this);
    connect(m_project, &ProjectSession::refused, this,
            [this](const QString& reason) { m_welcome->showOpenError(reason); });
    connect(m_project, &ProjectSession::opened, this, [this]() { m_welcome->showOpenError({}); });
    connect(m_project, &ProjectSession::saved, this, [this](const QString& path) {
        if (m_context.training == nullptr) {
            showProjectTitle(path);
        }
        Q_EMIT projectSaved(path);
    });
    connect(m_project, &ProjectSession::saveFailed, this,
            [this](const QString& reason) { setWindowTitle(tr("MailAuth Wizard (not saved: %1)").arg(reason)); });

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton2) {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_project->suggestedSavePath(),
                                                              tr("MailAuth Wizard projects (*.mailauth)"));
            QString error;
            if (!path.isEmpty() && !saveProject(path, &error)) {
                QMessageBox::warning(this, tr("Could not save"), error);
            }
            return;
        }
        if (which == QWizard::CustomButton3) {
            showMessageAnalysis(-1);
            return;
        }
        if (which == QWizard::CustomButton1) {
            showRecordCheck();
        }
    });
    setWindowIcon(applicationIcon());
    // Pages, dialogs and the training panel scroll: the wheel changes a combo or spin box only once it has focus.
    qApp->installEventFilter(new WheelNeedsFocus(this));
    // A desktop notification when a record is seen everywhere, since people leave the wizard open for hours.
    auto* tray = QSystemTrayIcon::isSystemTrayAvailable() ? new QSystemTrayIcon(applicationIcon(), this) : nullptr;
    connect(&m_watches, &WatchRegistry::recordConfirmed, this, [this, tray](int index, RecordId record) {
        if (tray != nullptr && index < m_plan.domains().size()) {
            tray->show();
            tray->showMessage(
                tr("Record visible everywhere"),
                tr("%1: %2 is confirmed by every server.").arg(m_plan.domain(index).unicode, recordIdKeyword(record)));
        }
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id > Page_Tenant) {
            m_plan.setLastPage(id);
        }
        if (auto* page = currentPage(); page != nullptr && m_resumeTo > id) {
            connect(page, &QWizardPage::completeChanged, this, &RolloutWizard::continueResume, Qt::UniqueConnection);
        }
    });

    resize(1000, 680); // inside the smallest screen the wizard is laid out for (1024x700, tests/wizard/LayoutTest)
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray());
}

RolloutWizard::~RolloutWizard()
{
    // Before the plan and the session it saves go (a window closed without ending its session can be resumed).
    delete m_trainingAutosave;
}

void RolloutWizard::translateButtons()
{
    setButtonText(QWizard::CustomButton1, tr("Check a &record…"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve project…"));
    setButtonText(QWizard::CustomButton3, tr("Anal&yze a message…"));
    setButtonText(QWizard::HelpButton, LanguageMenu::label());
}

void RolloutWizard::createPages()
{
    m_welcome = new WelcomePage(m_context);
    setPage(Page_Welcome, m_welcome);
    setPage(Page_Tenant, new TenantPage(m_context));
    setPage(Page_Audit, new AuditPage(m_context));
    setPage(Page_Spf, new SpfPage(m_context));
    setPage(Page_Dkim, new DkimPage(m_context));
    setPage(Page_Dmarc, new DmarcPage(m_context));
    setPage(Page_Summary, new SummaryPage(m_context));
    setStartId(Page_Welcome);
    // During training both end the session first, which rebuilds the pages, the welcome page that sent the signal
    // included: that part runs from the event loop, after the signal has returned.
    connect(m_welcome, &WelcomePage::openProjectRequested, this, [this](const QString& path) {
        if (m_context.training == nullptr) {
            openProjectOrShowError(path);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, path]() {
                if (askToEndTraining(tr("Opening a project ends this training session. The simulated DNS, tenant "
                                        "and clock are not kept."),
                                     tr("End it and open the project"))) {
                    leaveTraining();
                    openProjectOrShowError(path);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_welcome, &WelcomePage::resumeTrainingRequested, this, [this](const SavedTrainingSession& saved) {
        // From the event loop, with a copy: a refusal after the session was built tears the pages down again, the
        // welcome page that holds `saved` and sent the signal included. Offered only outside training (a running
        // session's own file is locked, so it is never listed).
        QMetaObject::invokeMethod(
            this,
            [this, saved]() {
                QString error;
                if (m_context.training == nullptr && !resumeTraining(saved, &error)) {
                    m_welcome->showTrainingError(error);
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_welcome, &WelcomePage::startTrainingRequested, this, [this](const TrainingScenario& scenario) {
        const auto start = [this, scenario]() {
            QString error;
            if (!startTraining(scenario, &error)) {
                m_welcome->showTrainingError(error);
            }
        };
        if (m_context.training == nullptr) {
            start();
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, scenario, start]() {
                if (askToEndTraining(tr("Starting \"%1\" ends this training session. The simulated DNS, tenant and "
                                        "clock are not kept.")
                                         .arg(scenario.title.text()),
                                     tr("End it and start the other"))) {
                    start();
                }
            },
            Qt::QueuedConnection);
    });
}

void RolloutWizard::changeEvent(QEvent* event)
{
    // Switching installs and removes several translators, each a LanguageChange: one rebuild after the last.
    if (event->type() == QEvent::LanguageChange && !m_retranslating) {
        m_retranslating = true;
        QMetaObject::invokeMethod(this, &RolloutWizard::retranslate, Qt::QueuedConnection);
    }
    QWizard::changeEvent(event);
}

void RolloutWizard::retranslate()
{
    m_retranslating = false;
    if (m_context.training != nullptr) {
        setWindowTitle(tr("TRAINING: %1 - MailAuth Wizard").arg(m_context.training->scenario().id));
    } else if (!projectPath().isEmpty()) {
        showProjectTitle(projectPath());
    } else {
        setWindowTitle(tr("MailAuth Wizard"));
    }
    translateButtons();
    // QWizard retranslates its own buttons (Next, Back) only when the style changes.
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
    setWizardStyle(style);

    // The pages build their texts once, so they are built again from the plan (which holds everything they show)
    // and the wizard walks back to the page the user was on, as when a project is reopened. What the plan cannot
    // hold yet (a half-typed value, which domain a page shows) is carried over; other dialogs the pages opened stay.
    const int at = currentId();
    m_typedOnResume = currentPage() != nullptr ? EditorState::capture(currentPage()) : EditorState{};
    // The tool windows are built in one language too: the open ones are closed and opened again in the new one,
    // with what they held (the message pasted, the record typed; the reports window reads the plan's evidence).
    struct OpenAnalysis
    {
        int domainIndex;
        bool fromDkimPage;
        QString message;
        QRect geometry;
    };
    QList<OpenAnalysis> analyses;
    for (MessageAnalysisDialog* dialog : findChildren<MessageAnalysisDialog*>()) {
        if (dialog->isVisible()) {
            analyses.append({dialog->domainIndex(), qobject_cast<DkimPage*>(dialog->parent()) != nullptr,
                             dialog->messageText(), dialog->geometry()});
        }
        delete dialog;
    }
    QList<std::pair<EditorState, QRect>> recordChecks;
    for (QDialog* dialog : findChildren<QDialog*>(QStringLiteral("recordCheckDialog"))) {
        if (dialog->isVisible()) {
            recordChecks.append({EditorState::capture(dialog), dialog->geometry()});
        }
        delete dialog;
    }
    const auto reports = findChildren<DmarcReportsDialog*>();
    const bool reportsOpen =
        std::any_of(reports.begin(), reports.end(), [](const DmarcReportsDialog* d) { return d->isVisible(); });
    qDeleteAll(reports); // what it read is in the plan (and a reading under way is stopped)
    for (int id : pageIds()) {
        for (QDialog* dialog : page(id)->findChildren<QDialog*>()) {
            if (dialog->isVisible()) {
                dialog->setParent(this, dialog->windowFlags());
                dialog->show();
            }
        }
    }
    tearDownPages();
    createPages();
    restart();
    // A window a page opened waits until the wizard is back on that page (a page is built when first shown, and
    // the way back may wait for an audit); the wizard's own windows open at once.
    m_reopenOnResume.clear();
    for (const OpenAnalysis& open : analyses) {
        const auto reopen = [this, open]() {
            auto* dkim = qobject_cast<DkimPage*>(currentPage());
            MessageAnalysisDialog* dialog = open.fromDkimPage && dkim != nullptr && open.domainIndex >= 0
                                                ? dkim->openProof(open.domainIndex)
                                                : showMessageAnalysis(open.domainIndex);
            dialog->setGeometry(open.geometry);
            if (!open.message.isEmpty()) {
                dialog->setMessageText(open.message);
            }
        };
        if (open.fromDkimPage) {
            m_reopenOnResume.append({Page_Dkim, reopen});
        } else {
            reopen();
        }
    }
    for (const auto& [typed, geometry] : recordChecks) {
        QDialog* dialog = showRecordCheck();
        dialog->setGeometry(geometry);
        typed.restore(dialog);
    }
    if (reportsOpen) {
        m_reopenOnResume.append({Page_Dmarc, [this]() {
                                     if (auto* dmarc = qobject_cast<DmarcPage*>(currentPage())) {
                                         dmarc->openReports();
                                     }
                                 }});
    }
    m_resumeTo = at;
    continueResume();

    if (m_context.training != nullptr) {
        QWidget* side = sideWidget();
        installTrainingPanel();
        delete side;
    }
    if (auto* dialog = findChild<DnsHostPanelDialog*>(); dialog != nullptr) {
        const bool open = dialog->isVisible();
        const EditorState typed = EditorState::capture(dialog);
        delete dialog;
        if (open) {
            showHostPanel();
            typed.restore(findChild<DnsHostPanelDialog*>());
        }
    }
}

void RolloutWizard::tearDownPages()
{
    const QSignalBlocker quiet(this); // tearing down is no page change (the plan keeps its last page)
    m_resumeTo = -1;
    restart();
    for (int id : pageIds()) {
        QWizardPage* old = page(id);
        removePage(id);
        delete old;
    }
}

bool RolloutWizard::openProject(const QString& path, QString* error)
{
    if (!m_project->open(path, error)) {
        return false;
    }
    m_context.reopenedProject = true;
    showProjectTitle(path);
    // Resume: through the tenant page to a fresh audit, then on to the page the user left once it is done.
    m_resumeTo = m_plan.lastPage();
    if (currentId() != Page_Welcome) {
        restart();
    }
    next();
    if (currentPage() != nullptr && currentPage()->isComplete()) {
        next();
    }
    return true;
}

bool RolloutWizard::openProjectOrShowError(const QString& path, QString* reason)
{
    if (openProject(path, reason)) {
        return true;
    }
    // The welcome page shows the reason (ProjectSession::refused), where it can be read while fixing the file.
    if (currentId() != Page_Welcome) {
        restart();
    }
    return false;
}

QString RolloutWizard::projectPath() const
{
    return m_project->path();
}

void RolloutWizard::showProjectTitle(const QString& path)
{
    setWindowTitle(tr("%1 - MailAuth Wizard").arg(QFileInfo(path).fileName()));
}

void RolloutWizard::continueResume()
{
    while (m_resumeTo > currentId() && currentPage() != nullptr && currentPage()->isComplete()) {
        const int before = currentId();
        if (nextId() == -1 || nextId() > m_resumeTo) {
            break;
        }
        next();
        if (currentId() == before) {
            break;
        }
    }
    if (m_resumeTo == currentId() && currentPage() != nullptr && !m_typedOnResume.isEmpty()) {
        m_typedOnResume.restore(currentPage());
        m_typedOnResume = EditorState{};
    }
    if (m_resumeTo <= currentId() || currentPage() == nullptr || currentPage()->isComplete()) {
        m_resumeTo = -1;
    }
    if (m_resumeTo < 0 && !m_reopenOnResume.isEmpty()) {
        // Back where the language switch left off: the windows that page had open come back; if the way back
        // stopped short of their page, they stay closed.
        const auto reopen = std::exchange(m_reopenOnResume, {});
        for (const auto& [pageId, open] : reopen) {
            if (pageId == currentId()) {
                open();
            }
        }
    }
}

bool RolloutWizard::startTraining(const TrainingScenario& scenario, QString* error)
{
    return beginTraining(scenario, nullptr, error);
}

bool RolloutWizard::resumeTraining(const SavedTrainingSession& saved, QString* error)
{
    return beginTraining(saved.scenario, &saved, error);
}

bool RolloutWizard::beginTraining(const TrainingScenario& scenario, const SavedTrainingSession* saved, QString* error)
{
    leaveTraining();
    // A saved session that does not replay or load will not next time either: say what to do instead.
    const auto cannotResume = [error](const QString& reason) {
        if (error != nullptr) {
            *error = reason + u'\n' +
                     tr("Discard the interrupted session on the welcome page, then start the scenario again.");
        }
    };
    auto* session = new TrainingSession(scenario, this);
    QString reason;
    if (!session->start(error)) {
        delete session;
        return false;
    }
    if (saved != nullptr && !session->restore(saved->state, &reason)) {
        delete session;
        cannotResume(reason);
        return false;
    }
    m_context.training = session;
    m_project->setAutosaveEnabled(false); // not as a project: TrainingAutosave keeps the session as a session
    session->applyTo(m_plan);
    if (saved != nullptr) {
        if (!ProjectFile::fromJson(saved->plan, m_plan, &reason)) {
            leaveTraining();
            cannotResume(reason);
            return false;
        }
        m_context.reopenedProject = true;
    }
    // Watchers give up after four simulated hours, not four real ones.
    m_watches.timeLimitSeconds = std::max(60, 4 * 3600 / session->world().clock().speed());
    // One time base: the plan's dates, confirmations and every ETA follow the simulated clock.
    m_plan.setTimeBase(&session->world().clock());
    connect(&session->world().clock(), &TrainingClock::speedChanged, this, [this](int speed) {
        m_watches.timeLimitSeconds = std::max(60, 4 * 3600 / speed);
        m_watches.checkAllNow(); // their next questions were timed for the old speed
    });
    connect(&session->world().clock(), &TrainingClock::pausedChanged, this, [this](bool paused) {
        if (!paused) {
            m_watches.checkAllNow();
        }
    });
    connect(&session->world().clock(), &TrainingClock::skipped, this, [this]() { m_watches.checkAllNow(); });
    connect(&m_watches, &WatchRegistry::recordConfirmed, session, [session]() { session->checkGoals(); });
    installTrainingPanel();
    // Wider for the panel, but never larger than the screen (a 1366x768 classroom laptop keeps its buttons).
    const QRect available = screen() != nullptr ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize frame = frameGeometry().size() - geometry().size();
    // The pages are laid out for 1024 pixels (LayoutTest); the side panel takes about 300 more, which a 1366x768
    // classroom laptop has. A smaller screen gets what it has, and the page scrolls.
    resize(std::min(std::max(width(), 1320), available.width() - frame.width()),
           std::min(std::max(height(), 700), available.height() - frame.height()));
    // A training session is practice against a simulated world: saved as a project it would reopen against real DNS.
    setOption(QWizard::HaveCustomButton2, false);
    setButtonLayout(buttonRow(false));
    setWindowTitle(tr("TRAINING: %1 - MailAuth Wizard").arg(scenario.id));
    m_trainingAutosave =
        new TrainingAutosave(*session, m_plan, saved != nullptr ? saved->path : TrainingSessionFile::newPath(), this);
    if (!m_trainingAutosave->isHeld()) {
        leaveTraining();
        if (error != nullptr) {
            *error = tr("This training session is already open in another window.");
        }
        return false;
    }
    // A class should know when a crash would cost the lesson (a full disk, a data folder it may not write).
    connect(m_trainingAutosave, &TrainingAutosave::saveFailed, this, [this](const QString& why) {
        if (m_context.training != nullptr) {
            setWindowTitle(
                tr("TRAINING: %1 - MailAuth Wizard (not saved: %2)").arg(m_context.training->scenario().id, why));
        }
    });
    session->checkGoals();
    // A resumed session goes back to the page it was on, as a reopened project does (openProject).
    m_resumeTo = saved != nullptr ? m_plan.lastPage() : -1;
    if (currentId() == Page_Welcome) {
        next();
    }
    if (saved != nullptr && currentPage() != nullptr && currentPage()->isComplete()) {
        next();
    }
    return true;
}

void RolloutWizard::leaveTraining()
{
    TrainingSession* session = m_context.training;
    if (session == nullptr) {
        return;
    }
    // What shows the session goes before the session: the dialogs that use its world or the plan's domains, the side
    // panel, the pages (their propagation panels show the watchers), then the watchers and the world.
    delete findChild<DnsHostPanelDialog*>();
    qDeleteAll(findChildren<MessageAnalysisDialog*>());
    QWidget* side = sideWidget();
    setSideWidget(nullptr);
    delete side;
    if (m_trainingAutosave != nullptr) {
        m_trainingAutosave->discard(); // ended on purpose: nothing to resume
        delete m_trainingAutosave;
        m_trainingAutosave = nullptr;
    }
    tearDownPages();
    m_watches.clear();
    m_watches.timeLimitSeconds = 4 * 3600;
    m_plan.reset();
    m_context.training = nullptr;
    m_context.reopenedProject = false;
    delete session;
    m_endTrainingConfirmed = false;
    m_project->setAutosaveEnabled(true);
    setOption(QWizard::HaveCustomButton2, true);
    setButtonLayout(buttonRow(true));
    setWindowTitle(tr("MailAuth Wizard"));
    createPages();
    restart();
}

bool RolloutWizard::askToEndTraining(const QString& why, const QString& endLabel)
{
    QMessageBox question(QMessageBox::Question, tr("End the training session?"), why, QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("endTrainingQuestion"));
    QPushButton* end = question.addButton(endLabel, QMessageBox::DestructiveRole);
    question.addButton(tr("Keep practising"), QMessageBox::RejectRole);
    question.setDefaultButton(qobject_cast<QPushButton*>(question.buttons().constLast()));
    question.exec();
    return question.clickedButton() == end;
}

QDialog* RolloutWizard::showRecordCheck()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("recordCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Check a record"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new RecordCheckPanel(dialog));
    dialog->resize(800, 500);
    dialog->show();
    return dialog;
}

MessageAnalysisDialog* RolloutWizard::showMessageAnalysis(int domainIndex)
{
    return MessageAnalysisDialog::open(m_context, domainIndex, this);
}

void RolloutWizard::installTrainingPanel()
{
    auto* side = new TrainingSidePanel(*m_context.training, this);
    connect(side, &TrainingSidePanel::hostPanelRequested, this, &RolloutWizard::showHostPanel);
    connect(side, &TrainingSidePanel::scenarioListRequested, this, [this]() { restart(); });
    // On a small classroom screen the panel scrolls instead of squeezing its goals and hints into each other.
    auto* sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("trainingPanelScroll"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->minimumWidth() + sideScroll->verticalScrollBar()->sizeHint().width());
    sideScroll->setMaximumWidth(side->maximumWidth() + sideScroll->verticalScrollBar()->sizeHint().width());
    setSideWidget(sideScroll);
}

void RolloutWizard::showHostPanel()
{
    if (m_context.training == nullptr) {
        return;
    }
    auto* dialog = findChild<DnsHostPanelDialog*>();
    if (dialog == nullptr) {
        dialog = new DnsHostPanelDialog(*m_context.training, this);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool RolloutWizard::saveProject(const QString& path, QString* error)
{
    if (m_context.training != nullptr) {
        if (error != nullptr) {
            *error = tr("A training session is not saved as a project: it would reopen against real DNS and a real "
                        "tenant. Export the hand-over report from the summary page to keep what the class did.");
        }
        return false;
    }
    return m_project->save(path, error); // the title and projectSaved follow ProjectSession::saved
}

int RolloutWizard::nextId() const
{
    if (currentId() == Page_Spf) {
        const bool anySending = std::any_of(m_plan.domains().begin(), m_plan.domains().end(),
                                            [](const DomainPlan& d) { return d.role == DomainRole::Sending; });
        return anySending ? Page_Dkim : Page_Dmarc; // parked domains get no DKIM
    }
    return QWizard::nextId();
}

void RolloutWizard::done(int result)
{
    // One Esc, Cancel, Finish or window close must not end a class's session by accident.
    if (m_context.training != nullptr && !m_endTrainingConfirmed) {
        if (!askToEndTraining(tr("Closing ends this training session. The simulated DNS, tenant and clock are not "
                                 "kept, so the exercise starts again from the beginning next time."),
                              tr("End the session"))) {
            return;
        }
        m_endTrainingConfirmed = true;
    }
    if (m_trainingAutosave != nullptr) {
        m_trainingAutosave->discard();
    }
    m_project->flush(); // nothing typed in the last moment is lost
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

} // namespace mailauth
