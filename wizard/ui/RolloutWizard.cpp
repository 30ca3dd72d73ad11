#include "RolloutWizard.h"

#include "ProjectSession.h"
#include "RecordCheckPanel.h"
#include "pages/AuditPage.h"
#include "pages/DkimPage.h"
#include "pages/DmarcPage.h"
#include "pages/SpfPage.h"
#include "pages/SummaryPage.h"
#include "pages/TenantPage.h"
#include "pages/WelcomePage.h"
#include "training/TrainingSession.h"
#include "ui/training/DnsHostPanelDialog.h"
#include "ui/training/TrainingSidePanel.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace mailauth {

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
    setButtonText(QWizard::CustomButton1, tr("Check a &record…"));
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton2, tr("Sa&ve project…"));
    m_welcome = new WelcomePage(m_context);
    setPage(Page_Welcome, m_welcome);
    setPage(Page_Tenant, new TenantPage(m_context));
    setPage(Page_Audit, new AuditPage(m_context));
    setPage(Page_Spf, new SpfPage(m_context));
    setPage(Page_Dkim, new DkimPage(m_context));
    setPage(Page_Dmarc, new DmarcPage(m_context));
    setPage(Page_Summary, new SummaryPage(m_context));
    setStartId(Page_Welcome);
    connect(m_welcome, &WelcomePage::openProjectRequested, this,
            [this](const QString& path) { openProjectOrShowError(path); });
    connect(m_welcome, &WelcomePage::startTrainingRequested, this, [this](const TrainingScenario& scenario) {
        QString error;
        if (!startTraining(scenario, &error)) {
            m_welcome->showTrainingError(error);
        }
    });

    // The project file: autosaved a moment after the last change; its name in the title, a refusal on the welcome page.
    m_project = new ProjectSession(m_plan, this);
    connect(m_project, &ProjectSession::refused, m_welcome, &WelcomePage::showOpenError);
    connect(m_project, &ProjectSession::opened, m_welcome, [this]() { m_welcome->showOpenError({}); });
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
        if (which != QWizard::CustomButton1) {
            return;
        }
        auto* dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Check a record"));
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(new RecordCheckPanel(dialog));
        dialog->resize(800, 500);
        dialog->show();
    });
    // A desktop notification when a record is seen everywhere, since people leave the wizard open for hours.
    auto* tray = QSystemTrayIcon::isSystemTrayAvailable() ? new QSystemTrayIcon(windowIcon(), this) : nullptr;
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

RolloutWizard::~RolloutWizard() = default;

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
    if (m_resumeTo <= currentId() || currentPage() == nullptr || currentPage()->isComplete()) {
        m_resumeTo = -1;
    }
}

bool RolloutWizard::startTraining(const TrainingScenario& scenario, QString* error)
{
    if (m_context.training != nullptr) {
        if (error != nullptr) {
            *error = tr(
                "A training session is already running in this window. Start MailAuth Wizard again to practise another "
                "scenario.");
        }
        return false;
    }
    auto* session = new TrainingSession(scenario, this);
    if (!session->start(error)) {
        delete session;
        return false;
    }
    m_context.training = session;
    m_project->setAutosaveEnabled(false); // training sessions are throw-away
    session->applyTo(m_plan);
    // Watchers give up after four simulated hours, not four real ones.
    m_watches.timeLimitSeconds = std::max(60, 4 * 3600 / session->world().clock().speed());
    connect(&session->world().clock(), &TrainingClock::speedChanged, this,
            [this](int speed) { m_watches.timeLimitSeconds = std::max(60, 4 * 3600 / speed); });
    connect(&m_watches, &WatchRegistry::recordConfirmed, session, [session]() { session->checkGoals(); });
    auto* side = new TrainingSidePanel(*session, this);
    connect(side, &TrainingSidePanel::hostPanelRequested, this, &RolloutWizard::showHostPanel);
    setSideWidget(side);
    if (width() < 1180) {
        resize(1180, std::max(height(), 760));
    }
    setWindowTitle(tr("TRAINING: %1 - MailAuth Wizard").arg(scenario.id));
    session->checkGoals();
    if (currentId() == Page_Welcome) {
        next();
    }
    return true;
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
    m_project->flush(); // nothing typed in the last moment is lost
    QSettings settings;
    settings.setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

} // namespace mailauth
