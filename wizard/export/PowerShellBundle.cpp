#include "PowerShellBundle.h"

#include "generators/DkimPowerShell.h"
#include "generators/PowerShellText.h"

namespace mailauth {

std::optional<QString> PowerShellBundle::build(const RolloutPlan& plan, const QDateTime& generatedAt, QString* error)
{
    QStringList entries;
    for (const DomainPlan& d : plan.domains()) {
        if (d.role != DomainRole::Sending) {
            continue;
        }
        const DkimPowerShell::Input input{d.ace, plan.cloud(), {}};
        if (!DkimPowerShell::validate(input, error)) {
            return std::nullopt;
        }
        const bool cnamesConfirmed = d.confirmation(RecordId::DkimSelector1) && d.confirmation(RecordId::DkimSelector2);
        entries.append(QStringLiteral("    @{ Name = %1; Enable = %2 }")
                           .arg(PowerShellText::quote(d.ace),
                                cnamesConfirmed ? QStringLiteral("$true") : QStringLiteral("$false")));
    }
    if (entries.isEmpty()) {
        if (error != nullptr) {
            *error = tr("The project has no domain that sends mail, so there is no DKIM to set up.");
        }
        return std::nullopt;
    }
    const DkimPowerShell::Input first{plan.domains().first().ace, plan.cloud(), {}};
    return QStringLiteral(
               "# MailAuth Wizard: DKIM for %1 (%2), generated %3\n"
               "# Safe to run more than once: it creates signing keys only where none exist, and switches signing on\n"
               "# only for domains whose two CNAME records were confirmed (Enable = $true below).\n"
               "%6"
               "%4"
               "$Domains = @(\n%5\n)\n"
               "foreach ($Entry in $Domains) {\n"
               "    $Domain = $Entry.Name\n"
               "    if (-not (Get-AcceptedDomain -Identity $Domain -ErrorAction SilentlyContinue)) {\n"
               "        Write-Warning \"$Domain is not an accepted domain in this tenant; skipped.\"\n"
               "        continue\n"
               "    }\n"
               "    if (-not (Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue)) {\n"
               "        New-DkimSigningConfig -DomainName $Domain -KeySize 2048 -Enabled $false | Out-Null\n"
               "    }\n"
               "    if ($Entry.Enable -and -not (Get-DkimSigningConfig -Identity $Domain).Enabled) {\n"
               "        # Fails with CnameMissing while Microsoft cannot see the CNAMEs yet: run the script again "
               "later.\n"
               "        Set-DkimSigningConfig -Identity $Domain -Enabled $true\n"
               "    }\n"
               "    Get-DkimSigningConfig -Identity $Domain | Format-List "
               "Name,Enabled,Status,Selector1CNAME,Selector2CNAME\n"
               "}\n"
               "Disconnect-ExchangeOnline -Confirm:$false\n")
        .arg(PowerShellText::commentText(plan.clientName().isEmpty() ? plan.initialDomain() : plan.clientName()),
             plan.cloud().name, generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
             DkimPowerShell::connectBlock(first), entries.join(QStringLiteral(",\n")), PowerShellText::runHelp());
}

} // namespace mailauth
