# MailAuth Wizard: DKIM key rotation to 2048 bits for contoso.com (Office 365 operated by 21Vianet (China))
# Rotate-DkimSigningConfig -KeySize 2048 gives a new 2048-bit key to the selector that is not signing now.
# Pass 2 of 2. Run it only after RotateOnDate of pass 1 has passed (four days after pass 1);
# earlier, Exchange Online refuses it because the first rotation is still running.
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
$Config = Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue
if (-not $Config) {
    Write-Error "$Domain has no DKIM signing configuration in this tenant. Set DKIM up first (DKIM page, steps 1 to 4)."
    Disconnect-ExchangeOnline -Confirm:$false
    return
}
if ($Config.Selector1KeySize -ge 2048 -and $Config.Selector2KeySize -ge 2048) {
    Write-Host "Both selectors of $Domain already have 2048-bit keys: nothing to rotate."
} else {
    Rotate-DkimSigningConfig -Identity $Domain -KeySize 2048
}
# RotateOnDate is when the new key starts signing.
Get-DkimSigningConfig -Identity $Domain | Format-List Name,Enabled,Status,Selector1KeySize,Selector2KeySize,KeyCreationTime,RotateOnDate,SelectorBeforeRotateOnDate,SelectorAfterRotateOnDate
Disconnect-ExchangeOnline -Confirm:$false
