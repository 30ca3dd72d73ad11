#pragma once

#include "WizardPageBase.h"

namespace mailauth {

class WelcomePage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit WelcomePage(RolloutContext& context, QWidget* parent = nullptr);
};

} // namespace mailauth
