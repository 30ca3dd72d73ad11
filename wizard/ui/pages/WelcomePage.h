#pragma once

#include "WizardPageBase.h"
#include "training/TrainingScenario.h"
#include "training/TrainingSessionFile.h"

#include <QFutureWatcher>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace mailauth {

// What will happen and what it takes; then: set up a domain, open a saved project, or practice in training mode.
// Opening and training are the window's to do: the page asks through its signals and shows what comes back.
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(RolloutContext& context, QWidget* parent = nullptr);

    // During training the scenario list shows the one being practised ("Another scenario…" comes back here).
    void initializePage() override;
    // Why the last project could not be opened, under the open buttons; empty hides the line.
    void showOpenError(const QString& error);
    // Why the training could not start (a message box: the reason may quote a trainer's file at length).
    void showTrainingError(const QString& error);

Q_SIGNALS:
    // The open button or Recent projects chose a file.
    void openProjectRequested(const QString& path);
    // "Start training" with a built-in scenario, or a scenario file that parsed.
    void startTrainingRequested(const mailauth::TrainingScenario& scenario);
    // "Resume it": the interrupted session the page found and read.
    void resumeTrainingRequested(const mailauth::SavedTrainingSession& saved);

private:
    // The newest interrupted training session (TrainingSessionFile::interrupted), read on a worker thread.
    struct Interrupted
    {
        QString path;
        std::optional<SavedTrainingSession> saved;
        QString error; // why it cannot be resumed
        int older = 0; // interrupted sessions offered after this one
    };
    void findInterruptedSession();
    void showInterruptedSession(const Interrupted& found);
    void discardInterruptedSession();

    QComboBox* m_scenario = nullptr;
    QWidget* m_interrupted = nullptr;
    QLabel* m_interruptedText = nullptr;
    QPushButton* m_resume = nullptr;
    Interrupted m_found;
    QFutureWatcher<Interrupted>* m_scan = nullptr;
    QLabel* m_openError = nullptr;
    QList<TrainingScenario> m_builtIn; // in the order of m_scenario
};

} // namespace mailauth
