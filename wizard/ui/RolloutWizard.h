#pragma once

#include "EditorState.h"
#include "pages/RolloutContext.h"

#include <QList>
#include <QWizard>
#include <functional>
#include <utility>

class QDialog;

namespace mailauth {

class MessageAnalysisDialog;
class ProjectSession;
class TrainingAutosave;
class TrainingSession;
class WelcomePage;
struct SavedTrainingSession;
struct TrainingScenario;

// The rollout: welcome, tenant and domains, the audit, SPF, DKIM (skipped when every domain is parked), DMARC and
// the summary. Owns the plan and the watchers; pages only bind widgets to them, and ask for what only the window can do
// (open a project, start training) through signals. The project file and autosave are ProjectSession's.
class RolloutWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Page_Welcome,
        Page_Tenant,
        Page_Audit,
        Page_Spf,
        Page_Dkim,
        Page_Dmarc,
        Page_Summary
    };

    explicit RolloutWizard(QWidget* parent = nullptr);
    ~RolloutWizard() override;

    RolloutPlan& plan() { return m_plan; }
    WatchRegistry& watches() { return m_watches; }
    RolloutContext& context() { return m_context; }

    int nextId() const override;

    ProjectSession& project() { return *m_project; }

    // Opens a saved project into the plan and moves on to its domains; false with a reason for people, which the
    // welcome page shows.
    bool openProject(const QString& path, QString* error);
    // Opens a project, or goes back to the welcome page, which says why it was refused (command line, open button,
    // recent list).
    bool openProjectOrShowError(const QString& path, QString* error = nullptr);
    bool saveProject(const QString& path, QString* error);
    QString projectPath() const;

    // Training mode: the scenario's simulated world replaces real DNS and Exchange Online for this window. A session
    // already running is ended first (leaveTraining), without a question: the welcome page asks before it calls this.
    // Never call it from a page's own signal: the pages are rebuilt.
    bool startTraining(const TrainingScenario& scenario, QString* error);
    // Builds an interrupted session's world again from its autosave (TrainingSessionFile), with its plan, clock and
    // the learner's changes, and goes back to the page it was on. Autosave continues in the same file.
    bool resumeTraining(const SavedTrainingSession& saved, QString* error);
    // Ends the running session: its dialogs, side panel, watchers and simulated world go, the plan is a new plan
    // again, and the wizard is back on the welcome page, out of training mode.
    void leaveTraining();
    TrainingSession* training() const { return m_context.training; }
    void showHostPanel();
    // "Analyze a message" for the whole wizard (domainIndex < 0), or the DKIM page's proof for one domain.
    MessageAnalysisDialog* showMessageAnalysis(int domainIndex);
    // "Check a record…": a window of its own, closed with the wizard.
    QDialog* showRecordCheck();

Q_SIGNALS:
    void projectSaved(const QString& path);

protected:
    void done(int result) override;
    // A language switch (LanguageMenu) rebuilds the pages in the new language: retranslate().
    void changeEvent(QEvent* event) override;

private:
    RolloutPlan m_plan;
    WatchRegistry m_watches;
    RolloutContext m_context;
    void continueResume();
    bool beginTraining(const TrainingScenario& scenario, const SavedTrainingSession* saved, QString* error);
    void installTrainingPanel(); // the side panel, in a scroll area, for the running session
    void createPages();
    void tearDownPages();
    // The question before a training session ends (Esc, Cancel, Finish, another scenario, a project): true to end.
    bool askToEndTraining(const QString& why, const QString& endLabel);
    void translateButtons();
    void retranslate();
    void showProjectTitle(const QString& path);

    ProjectSession* m_project = nullptr;
    TrainingAutosave* m_trainingAutosave = nullptr; // while a training session runs
    WelcomePage* m_welcome = nullptr;
    int m_resumeTo = -1;
    bool m_endTrainingConfirmed = false;
    EditorState m_typedOnResume; // put back into the page a language switch resumes at
    QList<std::pair<int, std::function<void()>>> m_reopenOnResume; // page id -> reopens a window it had open
    bool m_retranslating = false;
};

} // namespace mailauth
