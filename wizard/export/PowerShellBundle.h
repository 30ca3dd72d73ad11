#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>
#include <optional>

namespace mailauth {

// One Exchange Online script for every sending domain of a project, safe to run again: it creates signing keys only
// where Get-DkimSigningConfig finds none, and switches signing on only for domains whose two CNAMEs were confirmed
// and only when it is still off.
class PowerShellBundle
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellBundle)

public:
    static std::optional<QString> build(const RolloutPlan& plan, const QDateTime& generatedAt, QString* error);
};

} // namespace mailauth
