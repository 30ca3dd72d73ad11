#pragma once

#include "WizardPageBase.h"
#include "training/TrainingScenario.h"

class QComboBox;
class QLabel;

namespace mailauth {

// What will happen and what it takes; then: set up a domain, open a saved project, or practice in training mode.
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(RolloutContext& context, QWidget* parent = nullptr);

    // Why the last project could not be opened, under the open buttons; empty hides the line.
    void showOpenError(const QString& error);

private:
    void startTrainingWith(const TrainingScenario& scenario);
    void openProject(const QString& path);

    QComboBox* m_scenario = nullptr;
    QLabel* m_openError = nullptr;
    QList<TrainingScenario> m_builtIn; // in the order of m_scenario
};

} // namespace mailauth
