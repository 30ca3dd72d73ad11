# MailAuth Wizard: enable DKIM signing for contoso.com (Worldwide (Microsoft 365 commercial))
# Run this only after both selector CNAME records are visible in DNS. If Microsoft 365 does not see them
# yet, the command fails with CnameMissing: wait (Microsoft may need hours, up to days) and run it again.
# Exchange Online PowerShell (module ExchangeOnlineManagement v3). Modern authentication only.
if (-not (Get-Module -ListAvailable -Name ExchangeOnlineManagement)) {
    Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser
}
Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.onmicrosoft.com' -ShowBanner:$false
Set-DkimSigningConfig -Identity 'contoso.com' -Enabled $true
Get-DkimSigningConfig -Identity 'contoso.com' | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME
Disconnect-ExchangeOnline -Confirm:$false
