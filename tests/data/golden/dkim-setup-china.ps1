# MailAuth Wizard: DKIM keys for contoso.com (Office 365 operated by 21Vianet (China))
# To run it: paste it into PowerShell, or save it as a .ps1 file and run that. A saved script stops with
# "running scripts is disabled on this system" or "is not digitally signed" (execution policy). Either
#   for this PowerShell window only:  Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass
#   or for your account:              Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned
#   and, for a file that came by mail or download, once:  Unblock-File -Path .\<file>.ps1
# Exchange Online PowerShell (module ExchangeOnlineManagement v3). Modern authentication only.
# The first run installs the module for your account from the PowerShell Gallery (no admin rights).
# Answer Y to "NuGet provider is required to continue", and Y (or A) to "Untrusted repository ...
# PSGallery"; to trust the Gallery for good instead: Set-PSRepository -Name PSGallery -InstallationPolicy Trusted
if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
}
Import-Module ExchangeOnlineManagement
# Sign-in opens a Windows account window (WAM, the default since module 3.7.0) or the browser. If it fails
# or never appears (PowerShell run as another user, a remote session), add -DisableWAM to the next line;
# if PowerShell does not know that parameter, run Update-Module ExchangeOnlineManagement first.
Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.onmicrosoft.com' -ExchangeEnvironmentName O365China -ShowBanner:$false
$Domain = 'contoso.com'
if (-not (Get-AcceptedDomain -Identity $Domain -ErrorAction SilentlyContinue)) {
    Write-Error "$Domain is not an accepted domain in this tenant. Add and verify it in the Microsoft 365 admin center first."
    Disconnect-ExchangeOnline -Confirm:$false
    return
}
# Create the signing keys once; running the script again only reads them back.
if (-not (Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue)) {
    New-DkimSigningConfig -DomainName $Domain -KeySize 2048 -Enabled $false
}
# Copy everything below into MailAuth Wizard: it contains the two CNAME targets to publish.
Get-DkimSigningConfig -Identity $Domain | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME
Disconnect-ExchangeOnline -Confirm:$false
