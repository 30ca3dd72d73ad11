# MailAuth Wizard: DNS records for Contoso Ltd (Azure DNS, module Az.Dns)
# Sign in first (Connect-AzAccount) with the subscription that holds resource group rg-contoso-dns.
# Existing record sets are read and extended, never overwritten: safe to run twice.
# To run it: paste it into PowerShell, or save it as a .ps1 file and run that. A saved script stops with
# "running scripts is disabled on this system" or "is not digitally signed" (execution policy). Either
#   for this PowerShell window only:  Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass
#   or for your account:              Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned
#   and, for a file that came by mail or download, once:  Unblock-File -Path .\<file>.ps1

$rs = Get-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 ip4:192.0.2.25 include:spf.protection.outlook.com -all' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name 'selector1._domainkey' -RecordType CNAME -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name 'selector1._domainkey' -RecordType CNAME -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Cname 'selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft')
} else {
    if ($rs.Records.Count -eq 0) {
        Add-AzDnsRecordConfig -RecordSet $rs -Cname 'selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft' | Out-Null
    } else {
        $rs.Records[0].Cname = 'selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft'
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name 'selector2._domainkey' -RecordType CNAME -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name 'selector2._domainkey' -RecordType CNAME -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Cname 'selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft')
} else {
    if ($rs.Records.Count -eq 0) {
        Add-AzDnsRecordConfig -RecordSet $rs -Cname 'selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft' | Out-Null
    } else {
        $rs.Records[0].Cname = 'selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft'
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name '_dmarc' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '_dmarc' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.com')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.com' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=DMARC1; p=none; rua=mailto:dmarc-reports@contoso.com' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '@' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=spf1 -all')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=spf1 -all' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 -all' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name '*' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '*' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=spf1 -all')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=spf1 -all' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=spf1 -all' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name '@' -RecordType MX -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '@' -RecordType MX -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Exchange '.' -Preference 0)
} else {
    if (-not ($rs.Records | Where-Object { $_.Exchange -eq '.' -and $_.Preference -eq 0 })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Exchange '.' -Preference 0 | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name '_dmarc' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name '_dmarc' -RecordType TXT -ZoneName 'contoso.net' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@contoso.com')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@contoso.com' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@contoso.com' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}

$rs = Get-AzDnsRecordSet -Name 'contoso.net._report._dmarc' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -ErrorAction SilentlyContinue
if ($null -eq $rs) {
    New-AzDnsRecordSet -Name 'contoso.net._report._dmarc' -RecordType TXT -ZoneName 'contoso.com' -ResourceGroupName 'rg-contoso-dns' -Ttl 3600 -DnsRecords (New-AzDnsRecordConfig -Value 'v=DMARC1;')
} else {
    if (-not ($rs.Records | Where-Object { $_.Value -ceq 'v=DMARC1;' })) {
        Add-AzDnsRecordConfig -RecordSet $rs -Value 'v=DMARC1;' | Out-Null
    }
    Set-AzDnsRecordSet -RecordSet $rs | Out-Null
}
