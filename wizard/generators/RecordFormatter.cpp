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
    return QStringLiteral("%1 %2 IN %3 %4")
        .arg(withDot(zoneEscaped(r.name, true)))
        .arg(r.ttl)
        .arg(recordTypeName(r.type), value);
}

QString RecordFormatter::windowsDnsCommand(const DnsRecordSpec& r)
{
    // Microsoft's Add-DnsServerResourceRecord examples name the zone apex ".".
    const QString name = PowerShellText::quote(relativeOrApex(r, QStringLiteral(".")));
    const QString zone = PowerShellText::quote(r.zone);
    const QString ttl = QStringLiteral("([TimeSpan]::FromSeconds(%1))").arg(r.ttl);
    switch (r.type) {
    case RecordType::TXT: {
        // Values over 255 characters: Microsoft's example joins the strings with `r`n.
        const QList<QByteArray> parts = TxtStrings::split(r.value.toUtf8());
        QStringList quoted;
        for (const QByteArray& p : parts) {
            quoted.append(PowerShellText::quote(QString::fromUtf8(p)));
        }
        const QString text =
            parts.size() == 1 ? quoted.first() : u'(' + quoted.join(QStringLiteral(" + \"`r`n\" + ")) + u')';
        return QStringLiteral(
                   "Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -Txt -DescriptiveText %3 -TimeToLive %4")
            .arg(zone, name, text, ttl);
    }
    case RecordType::CNAME:
        return QStringLiteral(
                   "Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -CName -HostNameAlias %3 -TimeToLive %4")
            .arg(zone, name, PowerShellText::quote(r.value), ttl);
    case RecordType::MX:
        return QStringLiteral("Add-DnsServerResourceRecord -ZoneName %1 -Name %2 -MX -MailExchange %3 -Preference %4 "
                              "-TimeToLive %5")
            .arg(zone, name, PowerShellText::quote(r.value))
            .arg(r.preference)
            .arg(ttl);
    default:
        return {};
    }
}

QString RecordFormatter::azurePowerShell(const DnsRecordSpec& r, const QString& resourceGroup)
{
    QString config;
    QString type;
    switch (r.type) {
    case RecordType::TXT:
        type = QStringLiteral("TXT");
        config = QStringLiteral("New-AzDnsRecordConfig -Value %1").arg(PowerShellText::quote(r.value));
        break;
    case RecordType::CNAME:
        type = QStringLiteral("CNAME");
        config = QStringLiteral("New-AzDnsRecordConfig -Cname %1").arg(PowerShellText::quote(r.value));
        break;
    case RecordType::MX:
        type = QStringLiteral("MX");
        config = QStringLiteral("New-AzDnsRecordConfig -Exchange %1 -Preference %2")
                     .arg(PowerShellText::quote(r.value))
                     .arg(r.preference);
        break;
    default:
        return {};
    }
    // No -Overwrite: an existing record set (for example the apex TXT set with MS=) must not be replaced.
    return QStringLiteral(
               "New-AzDnsRecordSet -Name %1 -RecordType %2 -ZoneName %3 -ResourceGroupName %4 -Ttl %5 -DnsRecords (%6)")
        .arg(PowerShellText::quote(relativeOrApex(r, QStringLiteral("@"))), type, PowerShellText::quote(r.zone),
             PowerShellText::quote(resourceGroup))
        .arg(r.ttl)
        .arg(config);
}

QString RecordFormatter::azureCli(const DnsRecordSpec& r, const QString& resourceGroup)
{
    const QString common =
        QStringLiteral("--resource-group %1 --zone-name %2 --record-set-name %3")
            .arg(shellQuote(resourceGroup), shellQuote(r.zone), shellQuote(relativeOrApex(r, QStringLiteral("@"))));
    switch (r.type) {
    case RecordType::TXT:
        return QStringLiteral("az network dns record-set txt add-record %1 --value %2")
            .arg(common, shellQuote(r.value));
    case RecordType::CNAME:
        return QStringLiteral("az network dns record-set cname set-record %1 --cname %2 --ttl %3")
            .arg(common, shellQuote(r.value))
            .arg(r.ttl);
    case RecordType::MX:
        return QStringLiteral("az network dns record-set mx add-record %1 --exchange %2 --preference %3")
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
        f.command = azurePowerShell(r, options.azureResourceGroup) + u'\n' + azureCli(r, options.azureResourceGroup);
        break;
    case RecordFormat::Table:
        break;
    }
    return f;
}

} // namespace mailauth
