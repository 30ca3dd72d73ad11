# MailAuth Wizard: DNS records for Contoso Ltd (Windows DNS Server, module DnsServer)
# To run it: paste it into PowerShell, or save it as a .ps1 file and run that. A saved script stops with
# "running scripts is disabled on this system" or "is not digitally signed" (execution policy). Either
#   for this PowerShell window only:  Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass
#   or for your account:              Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned
#   and, for a file that came by mail or download, once:  Unblock-File -Path .\<file>.ps1
Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '.' -Txt -DescriptiveText 'v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'selector1._domainkey' -CName -HostNameAlias 'selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'selector2._domainkey' -CName -HostNameAlias 'selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '_dmarc' -Txt -DescriptiveText 'v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.com' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.net' -Name '.' -Txt -DescriptiveText 'v=spf1 -all' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.net' -Name '*' -Txt -DescriptiveText 'v=spf1 -all' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.net' -Name '.' -MX -MailExchange '.' -Preference 0 -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.net' -Name '_dmarc' -Txt -DescriptiveText 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@contoso.com' -TimeToLive ([TimeSpan]::FromSeconds(3600))
Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name 'contoso.net._report._dmarc' -Txt -DescriptiveText 'v=DMARC1;' -TimeToLive ([TimeSpan]::FromSeconds(3600))
