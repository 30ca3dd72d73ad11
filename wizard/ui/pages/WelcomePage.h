#pragma once

#include "WizardPageBase.h"

class QComboBox;

namespace mailauth {

// What will happen and what it takes; then: set up a domain, open a saved project, or practice in training mode.
class WelcomePage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(RolloutContext& context, QWidget* parent = nullptr);

private:
    void startScenario(const QString& path);
    void openProject(const QString& path);

    QComboBox* m_scenario = nullptr;
};

} // namespace mailauth
