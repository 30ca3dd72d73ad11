# MailAuth Wizard: DKIM keys for contoso.com (DoD)
# Exchange Online PowerShell (module ExchangeOnlineManagement v3). Modern authentication only.
if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
}
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.onmicrosoft.com' -ExchangeEnvironmentName O365USGovDoD -ShowBanner:$false
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
