#include "RecordFormatter.h"

#include "PowerShellText.h"
#include "text/TxtStrings.h"

#include <cstring>

namespace mailauth {

namespace {

QString withDot(const QString& name)
{
    return name.endsWith(u'.') ? name : name + u'.';
}

// RFC 1035 master-file escapes (\DDD) for anything that could end the line, start a directive ($INCLUDE) or a
// comment, or split a field, so that even an unchecked value stays one record.
QString zoneEscaped(const QString& text, bool name)
{
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        const bool plain =
            name ? (b > 0x20 && b < 0x7f && std::strchr(";\"()\\$@", b) == nullptr) : (b >= 0x20 && b != 0x7f);
        out +=
            plain ? QString(QChar(static_cast<char16_t>(b))) : QStringLiteral("\\%1").arg(b, 3, 10, QLatin1Char('0'));
    }
    return name ? out : QString::fromUtf8(out.toLatin1());
}

// POSIX shell single quotes: nothing inside is special except the quote itself.
QString shellQuote(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString relativeOrApex(const DnsRecordSpec& r, const QString& apex)
{
    const QString rel = r.relativeName();
    return rel.isEmpty() ? apex : rel;
}

} // namespace

QString RecordFormatter::bindLine(const DnsRecordSpec& r)
{
    QString value;
    switch (r.type) {
    case RecordType::TXT:
        value = zoneEscaped(TxtStrings::toPresentation(TxtStrings::split(r.value.toUtf8())), false);
        break;
    case RecordType::MX:
        value = QString::number(r.preference) + u' ' + withDot(zoneEscaped(r.value, true));
        break;
    default:
        value = withDot(zoneEscaped(r.value, true));
        break;
    }
    const QString line = QStringLiteral("%1 %2 IN %3 %4")
                             .arg(withDot(zoneEscaped(r.name, true)))
                             .arg(r.ttl)
                             .arg(recordTypeName(r.type), value);
    // A zone file has no "delete": each old record is named in a comment (escaped like a record, so it stays one
    // line) right above its replacement.
    QString comments;
    for (const QString& oldValue : r.replacedValues()) {
        if (r.type == RecordType::MX) {
            // The exchanges only: the audit does not keep their preferences.
            comments += QStringLiteral("; delete (replaced by the null MX on the next line): the MX record to %1\n")
                            .arg(withDot(zoneEscaped(oldValue, true)));
            continue;
        }
        DnsRecordSpec old = r;
        old.value = oldValue;
        old.replaces.clear();
        comments += QStringLiteral("; delete (replaced by the next line): ") + bindLine(old) + u'\n';
    }
    return comments + line;
}

namespace {

// A TXT value for Add-/Remove-DnsServerResourceRecord: values over 255 characters as Microsoft's example writes
// them, the strings joined with `r`n.
QString windowsTxtText(const QString& value)
{
    const QList<QByteArray> parts = TxtStrings::split(value.toUtf8());
    QStringList quoted;
    for (const QByteArray& p : parts) {
        quoted.append(PowerShellText::quote(QString::fromUtf8(p)));
    }
    return parts.size() == 1 ? quoted.first() : u'(' + quoted.join(QStringLiteral(" + \"`r`n\" + ")) + u')';
}

} // namespace

QString RecordFormatter::windowsDnsCommand(const DnsRecordSpec& r)
{
    // Microsoft's Add-DnsServerResourceRecord examples name the zone apex ".".
    const QString name = PowerShellText::quote(relativeOrApex(r, QStringLiteral(".")));
    const QString zone = PowerShellText::quote(r.zone);
    const QString ttl = QStringLiteral("([TimeSpan]::FromSeconds(%1))").arg(r.ttl);
    // The value this record replaces goes first, so the name never holds both (two SPF records are a permerror).
    QString remove;
    if (r.replacesOther() && r.type == RecordType::TXT) {
        for (const QString& oldValue : r.replacedValues()) {
            remove += QStringLiteral("Remove-DnsServerResourceRecord -ZoneName %1 -Name %2 -RRType Txt -RecordData %3 "
                                     "-Force\n")
                          .arg(zone, name, windowsTxtText(oldValue));
        }
    } else if (r.replacesOther() && r.type == RecordType::MX) {
        // A null MX stands alone (RFC 7505): every MX at the name goes, whatever its preference.
        remove = QStringLiteral("Get-DnsServerResourceRecord -ZoneName %1 -Name %2 -RRType Mx -ErrorAction "
                                "SilentlyContinue | Remove-DnsServerResourceRecord -ZoneName %1 -Force\n")
                     .arg(zone, name);
    } else if (r.replacesOther() && r.type == RecordType::CNAME) {
        // A name holds one CNAME: remove it whatever it points to.
        remove = QStringLiteral("Remove-DnsServerResourceRecord -ZoneName %1 -Name %2 -RRType CName -Force\n")
                     .arg(zone, name);
    }
    switch (r.type) {
    case RecordType::TXT:
        return remove + QStringLiteral("Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -Txt -DescriptiveText %3 "
                                       "-TimeToLive %4")
                            .arg(zone, name, windowsTxtText(r.value), ttl);
    case RecordType::CNAME:
        return remove + QStringLiteral("Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -CName -HostNameAlias %3 "
                                       "-TimeToLive %4")
                            .arg(zone, name, PowerShellText::quote(r.value), ttl);
    case RecordType::MX:
        return remove + QStringLiteral("Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -MX -MailExchange %3 "
                                       "-Preference %4 -TimeToLive %5")
                            .arg(zone, name, PowerShellText::quote(r.value))
                            .arg(r.preference)
                            .arg(ttl);
    default:
        return {};
    }
}

QString RecordFormatter::azurePowerShell(const DnsRecordSpec& r, const QString& resourceGroup)
{
    const QString value = PowerShellText::quote(r.value);
    QString type;
    QString config;  // the record for New-AzDnsRecordConfig / Add-AzDnsRecordConfig
    QString present; // a Where-Object test: the record set already holds the new record
    switch (r.type) {
    case RecordType::TXT:
        type = QStringLiteral("TXT");
        config = QStringLiteral("-Value %1").arg(value);
        present = QStringLiteral("$_.Value -ceq %1").arg(value);
        break;
    case RecordType::CNAME:
        type = QStringLiteral("CNAME");
        config = QStringLiteral("-Cname %1").arg(value);
        break;
    case RecordType::MX:
        type = QStringLiteral("MX");
        config = QStringLiteral("-Exchange %1 -Preference %2").arg(value).arg(r.preference);
        present = QStringLiteral("$_.Exchange -eq %1 -and $_.Preference -eq %2").arg(value).arg(r.preference);
        break;
    default:
        return {};
    }
    const QString set = QStringLiteral("-Name %1 -RecordType %2 -ZoneName %3 -ResourceGroupName %4")
                            .arg(PowerShellText::quote(relativeOrApex(r, QStringLiteral("@"))), type,
                                 PowerShellText::quote(r.zone), PowerShellText::quote(resourceGroup));
    // Never New-AzDnsRecordSet over an existing set (the apex TXT set usually holds MS= and other verification
    // records, and -Overwrite would drop them): read the set, change it, write it back.
    QString update;
    if (r.type == RecordType::CNAME) {
        // A CNAME set holds exactly one record: its target is set, not added.
        update = QStringLiteral("    if ($rs.Records.Count -eq 0) {\n"
                                "        Add-AzDnsRecordConfig -RecordSet $rs %1 | Out-Null\n"
                                "    } else {\n"
                                "        $rs.Records[0].Cname = %2\n"
                                "    }\n")
                     .arg(config, value);
    } else {
        if (r.replacesOther() && r.type == RecordType::MX) {
            // A null MX stands alone (RFC 7505): every MX of the set goes, whatever its preference.
            update = QStringLiteral("    foreach ($old in @($rs.Records)) {\n"
                                    "        Remove-AzDnsRecordConfig -RecordSet $rs -Exchange $old.Exchange "
                                    "-Preference $old.Preference | Out-Null\n"
                                    "    }\n");
        } else {
            for (const QString& old : r.replacedValues()) {
                update += QStringLiteral("    Remove-AzDnsRecordConfig -RecordSet $rs -Value %1 | Out-Null\n")
                              .arg(PowerShellText::quote(old));
            }
        }
        update += QStringLiteral("    if (-not ($rs.Records | Where-Object { %1 })) {\n"
                                 "        Add-AzDnsRecordConfig -RecordSet $rs %2 | Out-Null\n"
                                 "    }\n")
                      .arg(present, config);
    }
    return QStringLiteral("$rs = Get-AzDnsRecordSet %1 -ErrorAction SilentlyContinue\n"
                          "if ($null -eq $rs) {\n"
                          "    New-AzDnsRecordSet %1 -Ttl %2 -DnsRecords (New-AzDnsRecordConfig %3)\n"
                          "} else {\n"
                          "%4"
                          "    Set-AzDnsRecordSet -RecordSet $rs | Out-Null\n"
                          "}")
        .arg(set)
        .arg(r.ttl)
        .arg(config, update);
}

QString RecordFormatter::azureCli(const DnsRecordSpec& r, const QString& resourceGroup)
{
    const QString common =
        QStringLiteral("--resource-group %1 --zone-name %2 --record-set-name %3")
            .arg(shellQuote(resourceGroup), shellQuote(r.zone), shellQuote(relativeOrApex(r, QStringLiteral("@"))));
    switch (r.type) {
    case RecordType::TXT: {
        // add-record creates the set when it is missing and otherwise adds to it; the value this record replaces
        // is removed first (the set is kept even if that empties it).
        QString remove;
        for (const QString& old : r.replacedValues()) {
            remove +=
                QStringLiteral("az network dns record-set txt remove-record %1 --value %2 --keep-empty-record-set\n")
                    .arg(common, shellQuote(old));
        }
        return remove + QStringLiteral("az network dns record-set txt add-record %1 --value %2")
                            .arg(common, shellQuote(r.value));
    }
    case RecordType::CNAME:
        // set-record replaces the target of an existing CNAME, so nothing needs removing first.
        return QStringLiteral("az network dns record-set cname set-record %1 --cname %2 --ttl %3")
            .arg(common, shellQuote(r.value))
            .arg(r.ttl);
    case RecordType::MX:
        // A null MX stands alone (RFC 7505): the whole MX set goes first; add-record creates it anew.
        return (r.replacesOther() ? QStringLiteral("az network dns record-set mx delete --resource-group %1 "
                                                   "--zone-name %2 --name %3 --yes\n")
                                        .arg(shellQuote(resourceGroup), shellQuote(r.zone),
                                             shellQuote(relativeOrApex(r, QStringLiteral("@"))))
                                  : QString()) +
               QStringLiteral("az network dns record-set mx add-record %1 --exchange %2 --preference %3")
                   .arg(common, shellQuote(r.value))
                   .arg(r.preference);
    default:
        return {};
    }
}

FormattedRecord RecordFormatter::format(const DnsRecordSpec& record, const DnsHostInfo& host)
{
    return format(record, host, Options{QStringLiteral("<resource-group>")});
}

FormattedRecord RecordFormatter::format(const DnsRecordSpec& r, const DnsHostInfo& host, const Options& options)
{
    FormattedRecord f;
    f.type = recordTypeName(r.type);
    f.ttl = QString::number(r.ttl);
    switch (host.nameStyle) {
    case NameStyle::Relative:
        f.host = relativeOrApex(r, host.apex);
        break;
    case NameStyle::Fqdn:
        f.host = r.name;
        break;
    case NameStyle::FqdnDot:
        f.host = withDot(r.name);
        break;
    }
    switch (r.type) {
    case RecordType::TXT:
        f.value = host.txtQuotes ? TxtStrings::toPresentation(TxtStrings::split(r.value.toUtf8())) : r.value;
        break;
    case RecordType::CNAME:
        f.value = host.cnameTrailingDot ? withDot(r.value) : r.value;
        break;
    case RecordType::MX:
        f.value = QString::number(r.preference) + u' ' + (host.cnameTrailingDot ? withDot(r.value) : r.value);
        break;
    default:
        f.value = r.value;
        break;
    }
    switch (host.format) {
    case RecordFormat::Bind:
        f.command = bindLine(r);
        break;
    case RecordFormat::WindowsDns:
        f.command = windowsDnsCommand(r);
        break;
    case RecordFormat::AzureDns:
        f.command = QStringLiteral("# Azure PowerShell (Az.Dns)\n") + azurePowerShell(r, options.azureResourceGroup) +
                    QStringLiteral("\n# Azure CLI\n") + azureCli(r, options.azureResourceGroup);
        break;
    case RecordFormat::Table:
        break;
    }
    return f;
}

} // namespace mailauth
