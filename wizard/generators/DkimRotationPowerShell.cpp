#include "DkimRotationPowerShell.h"

#include "PowerShellText.h"

namespace mailauth {

std::optional<QString> DkimRotationPowerShell::passScript(const DkimPowerShell::Input& input, int pass, QString* error)
{
    if (pass != 1 && pass != 2) {
        if (error != nullptr) {
            *error = tr("A DKIM key rotation has two passes.");
        }
        return std::nullopt;
    }
    if (!DkimPowerShell::validate(input, error)) {
        return std::nullopt;
    }
    // Microsoft Learn (Rotate-DkimSigningConfig, -KeySize): "Upgrading the key size to 2048 only upgrades the
    // selector that isn't currently active"; the DKIM article: the new key signs after four days (96 hours).
    const QString when =
        pass == 1 ? QStringLiteral("# Pass 1 of 2. The new key starts signing at RotateOnDate, four days (96 hours) "
                                   "from now; until then\n# no other rotation can start. Pass 2 is due after that "
                                   "date: the wizard keeps it in the project.\n")
                  : QStringLiteral("# Pass 2 of 2. Run it only after RotateOnDate of pass 1 has passed (four days "
                                   "after pass 1);\n# earlier, Exchange Online refuses it because the first "
                                   "rotation is still running.\n");
    return QStringLiteral(
               "# MailAuth Wizard: DKIM key rotation to 2048 bits for %1 (%2)\n"
               "# Rotate-DkimSigningConfig -KeySize 2048 gives a new 2048-bit key to the selector that is not signing "
               "now.\n"
               "%3"
               "%4"
               "$Domain = %5\n"
               "$Config = Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue\n"
               "if (-not $Config) {\n"
               "    Write-Error \"$Domain has no DKIM signing configuration in this tenant. Set DKIM up first (DKIM "
               "page, steps 1 to 4).\"\n"
               "    Disconnect-ExchangeOnline -Confirm:$false\n"
               "    return\n"
               "}\n"
               "if ($Config.Selector1KeySize -ge 2048 -and $Config.Selector2KeySize -ge 2048) {\n"
               "    Write-Host \"Both selectors of $Domain already have 2048-bit keys: nothing to rotate.\"\n"
               "} else {\n"
               "    Rotate-DkimSigningConfig -Identity $Domain -KeySize 2048\n"
               "}\n"
               "# RotateOnDate is when the new key starts signing.\n"
               "Get-DkimSigningConfig -Identity $Domain | Format-List "
               "Name,Enabled,Status,Selector1KeySize,Selector2KeySize,KeyCreationTime,RotateOnDate,"
               "SelectorBeforeRotateOnDate,SelectorAfterRotateOnDate\n"
               "Disconnect-ExchangeOnline -Confirm:$false\n")
        .arg(input.domain, input.cloud.name, when, DkimPowerShell::connectBlock(input),
             PowerShellText::quote(input.domain));
}

} // namespace mailauth
