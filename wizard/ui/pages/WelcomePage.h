#pragma once

#include "WizardPageBase.h"
#include "training/TrainingScenario.h"

class QComboBox;

namespace mailauth {

// What will happen and what it takes; then: set up a domain, open a saved project, or practice in training mode.
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(RolloutContext& context, QWidget* parent = nullptr);

private:
    void startTrainingWith(const TrainingScenario& scenario);
    void openProject(const QString& path);

    QComboBox* m_scenario = nullptr;
    QList<TrainingScenario> m_builtIn; // in the order of m_scenario
};

} // namespace mailauth
