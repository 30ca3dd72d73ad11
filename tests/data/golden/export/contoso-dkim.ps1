# MailAuth Wizard: DKIM for Contoso Ltd (Worldwide (Microsoft 365 commercial)), generated 2026-11-29 12:00 UTC
# Safe to run more than once: it creates signing keys only where none exist, and switches signing on
# only for domains whose two CNAME records were confirmed (Enable = $true below).
# Exchange Online PowerShell (module ExchangeOnlineManagement v3). Modern authentication only.
if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
}
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -ShowBanner:$false
$Domains = @(
    @{ Name = 'contoso.com'; Enable = $true }
)
foreach ($Entry in $Domains) {
    $Domain = $Entry.Name
    if (-not (Get-AcceptedDomain -Identity $Domain -ErrorAction SilentlyContinue)) {
        Write-Warning "$Domain is not an accepted domain in this tenant; skipped."
        continue
    }
    if (-not (Get-DkimSigningConfig -Identity $Domain -ErrorAction SilentlyContinue)) {
        New-DkimSigningConfig -DomainName $Domain -KeySize 2048 -Enabled $false | Out-Null
    }
    if ($Entry.Enable -and -not (Get-DkimSigningConfig -Identity $Domain).Enabled) {
        # Fails with CnameMissing while Microsoft cannot see the CNAMEs yet: run the script again later.
        Set-DkimSigningConfig -Identity $Domain -Enabled $true
    }
    Get-DkimSigningConfig -Identity $Domain | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME
}
Disconnect-ExchangeOnline -Confirm:$false
