#include "RecordsExport.h"

#include "generators/PowerShellText.h"
#include "generators/RecordFormatter.h"

namespace mailauth {

QList<DnsRecordSpec> RecordsExport::records(const RolloutPlan& plan)
{
    QList<DnsRecordSpec> out;
    for (int i = 0; i < plan.domains().size(); ++i) {
        out += plan.spfRecords(i) + plan.dkimRecords(i) + plan.dmarcRecords(i);
    }
    return out;
}

QString RecordsExport::zoneLines(const RolloutPlan& plan)
{
    QString out;
    QString zone;
    for (const DnsRecordSpec& r : records(plan)) {
        if (r.zone != zone) {
            zone = r.zone;
            out += QStringLiteral("%1; %2\n").arg(out.isEmpty() ? QString() : QStringLiteral("\n"), zone);
        }
        out += RecordFormatter::bindLine(r) + u'\n';
    }
    return out;
}

QString RecordsExport::csvField(const QString& text)
{
    // RFC 4180: every field quoted, quotes doubled; line breaks never occur in record values.
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString RecordsExport::csv(const RolloutPlan& plan)
{
    QString out = QStringLiteral("zone,host,name,type,value,ttl\r\n");
    for (const DnsRecordSpec& r : records(plan)) {
        const QString host = r.relativeName().isEmpty() ? QStringLiteral("@") : r.relativeName();
        out += QStringList{csvField(r.zone),  csvField(host),        csvField(r.name), csvField(recordTypeName(r.type)),
                           csvField(r.value), QString::number(r.ttl)}
                   .join(u',') +
               QStringLiteral("\r\n");
    }
    return out;
}

QString RecordsExport::windowsDns(const RolloutPlan& plan)
{
    QString out = QStringLiteral("# MailAuth Wizard: DNS records for %1 (Windows DNS Server, module DnsServer)\n")
                      .arg(PowerShellText::commentText(plan.clientName()));
    for (const DnsRecordSpec& r : records(plan)) {
        out += RecordFormatter::windowsDnsCommand(r) + u'\n';
    }
    return out;
}

QString RecordsExport::azurePowerShell(const RolloutPlan& plan, const QString& resourceGroup)
{
    QString out = QStringLiteral("# MailAuth Wizard: DNS records for %1 (Azure DNS, module Az.Dns)\n")
                      .arg(PowerShellText::commentText(plan.clientName()));
    for (const DnsRecordSpec& r : records(plan)) {
        out += RecordFormatter::azurePowerShell(r, resourceGroup) + u'\n';
    }
    return out;
}

} // namespace mailauth
