#pragma once

#include "DkimPowerShell.h"

namespace mailauth {

// The Exchange Online PowerShell for one pass of the DKIM key upgrade to 2048 bits (model/DkimRotation): connect as
// the DKIM scripts do, Rotate-DkimSigningConfig -KeySize 2048 (it upgrades the selector that is not signing), then
// read back Selector1KeySize, Selector2KeySize and RotateOnDate. The domain is validated and quoted by DkimPowerShell.
class DkimRotationPowerShell
{
    Q_DECLARE_TR_FUNCTIONS(DkimRotationPowerShell)

public:
    // pass: 1 or 2. nullopt with a reason when an input would not be safe or valid in the script.
    static std::optional<QString> passScript(const DkimPowerShell::Input& input, int pass, QString* error = nullptr);
};

} // namespace mailauth
