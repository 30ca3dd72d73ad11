#include "DkimPowerShell.h"

#include "PowerShellText.h"
#include "core/DomainName.h"

#include <QRegularExpression>

namespace mailauth {

bool DkimPowerShell::validate(const Input& input, QString* error)
{
    const auto domain = DomainName::fromUserInput(input.domain, error);
    if (!domain || domain->ace() != input.domain) {
        if (error != nullptr && error->isEmpty()) {
            *error = tr("\"%1\" is not a domain name in its DNS (A-label) form.").arg(input.domain);
        }
        return false;
    }
    static const QRegularExpression upn(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    if (!input.adminUpn.isEmpty() && !upn.match(input.adminUpn).hasMatch()) {
        if (error != nullptr) {
            *error = tr("\"%1\" is not a sign-in name (user@contoso.onmicrosoft.com).").arg(input.adminUpn);
        }
        return false;
    }
    static const QRegularExpression environment(QStringLiteral("^[A-Za-z0-9]*$"));
    if (!environment.match(input.cloud.exchangeEnvironmentName).hasMatch()) {
        if (error != nullptr) {
            *error = tr("The cloud's Exchange environment name is not valid.");
        }
        return false;
    }
    return true;
}

QString DkimPowerShell::connectBlock(const Input& input)
{
    QString connect = QStringLiteral("Connect-ExchangeOnline");
    if (!input.adminUpn.isEmpty()) {
        connect += QStringLiteral(" -UserPrincipalName ") + PowerShellText::quote(input.adminUpn);
    }
    if (!input.cloud.exchangeEnvironmentName.isEmpty()) {
        connect += QStringLiteral(" -ExchangeEnvironmentName ") + input.cloud.exchangeEnvironmentName;
    }
    connect += QStringLiteral(" -ShowBanner:$false");
    // The questions and sign-in failures that stop a first run on Windows, answered where they happen.
    return QStringLiteral(
               "# Exchange Online PowerShell (module ExchangeOnlineManagement v3). Modern authentication only.\n"
               "# The first run installs the module for your account from the PowerShell Gallery (no admin rights).\n"
               "# Answer Y to \"NuGet provider is required to continue\", and Y (or A) to \"Untrusted repository ...\n"
               "# PSGallery\"; to trust the Gallery for good instead: Set-PSRepository -Name PSGallery "
               "-InstallationPolicy Trusted\n"
               "if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {\n"
               "    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser\n"
               "}\n"
               "Import-Module ExchangeOnlineManagement\n"
               "# Sign-in opens a Windows account window (WAM, the default since module 3.7.0) or the browser. If it "
               "fails\n"
               "# or never appears (PowerShell run as another user, a remote session), add -DisableWAM to the next "
               "line;\n"
               "# if PowerShell does not know that parameter, run Update-Module ExchangeOnlineManagement first.\n"
               "%1\n")
        .arg(connect);
}

std::optional<QString> DkimPowerShell::setupScript(const Input& input, QString* error)
{
    if (!validate(input, error)) {
        return std::nullopt;
    }
    const QString d = PowerShellText::quote(input.domain);
    return QStringLiteral(
               "# MailAuth Wizard: DKIM keys for %1 (%2)\n"
               "%5"
               "%3"
               "$Domain = %4\n"
               "if (-not (Get-AcceptedDomain -Identity $Domain -ErrorAction SilentlyContinue)) {\n"
               "    Write-Error \"$Domain is not an accepted domain in this tenant. Add and verify it in the Microsoft "
               "365 admin center first.\"\n"
               "    Disconnect-ExchangeOnline -Confirm:$false\n"
               "    return\n"
               "}\n"
               "# Create the signing keys once; running the script again only reads them back.\n"
               "if (-not (Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue)) {\n"
               "    New-DkimSigningConfig -DomainName $Domain -KeySize 2048 -Enabled $false\n"
               "}\n"
               "# Copy everything below into MailAuth Wizard: it contains the two CNAME targets to publish.\n"
               "Get-DkimSigningConfig -Identity $Domain | Format-List "
               "Name,Enabled,Status,Selector1CNAME,Selector2CNAME\n"
               "Disconnect-ExchangeOnline -Confirm:$false\n")
        .arg(input.domain, input.cloud.name, connectBlock(input), d, PowerShellText::runHelp());
}

std::optional<QString> DkimPowerShell::enableScript(const Input& input, QString* error)
{
    if (!validate(input, error)) {
        return std::nullopt;
    }
    const QString d = PowerShellText::quote(input.domain);
    return QStringLiteral(
               "# MailAuth Wizard: enable DKIM signing for %1 (%2)\n"
               "# Run this only after both selector CNAME records are visible in DNS. If Microsoft 365 does not see "
               "them\n"
               "# yet, the command fails with CnameMissing: wait (Microsoft may need hours, up to days) and run it "
               "again.\n"
               "%5"
               "%3"
               "Set-DkimSigningConfig -Identity %4 -Enabled $true\n"
               "Get-DkimSigningConfig -Identity %4 | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME\n"
               "Disconnect-ExchangeOnline -Confirm:$false\n")
        .arg(input.domain, input.cloud.name, connectBlock(input), d, PowerShellText::runHelp());
}

} // namespace mailauth
