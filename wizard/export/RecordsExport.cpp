#include "RecordsExport.h"

#include "generators/PowerShellText.h"
#include "generators/RecordFormatter.h"

namespace mailauth {

QList<DnsRecordSpec> RecordsExport::records(const RolloutPlan& plan)
{
    QList<DnsRecordSpec> out;
    for (int i = 0; i < plan.domains().size(); ++i) {
        out += plan.allRecords(i);
    }
    return out;
}

bool RecordsExport::checkRecords(const RolloutPlan& plan, QString* error)
{
    for (const DnsRecordSpec& r : records(plan)) {
        const QString problem = r.problem();
        if (!problem.isEmpty()) {
            if (error != nullptr) {
                *error = tr("The project holds a record that cannot be exported safely: %1").arg(problem);
            }
            return false;
        }
    }
    return true;
}

QString RecordsExport::zoneLines(const RolloutPlan& plan)
{
    return zoneLines(records(plan));
}

QString RecordsExport::zoneLines(const QList<DnsRecordSpec>& records)
{
    QString out;
    QString zone;
    for (const DnsRecordSpec& r : records) {
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
    QString cell = text;
    // Excel and LibreOffice run a cell starting with one of these as a formula (OWASP "CSV injection"), even
    // when quoted. No record field legitimately starts with one; "@" alone is the apex in the host column.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStart.contains(cell.front()) && cell != u"@") {
        cell.prepend(u'\'');
    }
    // A record value is one line; a line break in a cell would make the row look like two records.
    for (QChar& c : cell) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
            c = u' ';
        }
    }
    // RFC 4180: every field quoted, quotes doubled.
    return u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString RecordsExport::csv(const RolloutPlan& plan)
{
    return csv(records(plan));
}

QString RecordsExport::csv(const QList<DnsRecordSpec>& records)
{
    // The last column says what to do with the row: a record another one replaces comes first, as "delete".
    QString out = QStringLiteral("zone,host,name,type,value,ttl,action\r\n");
    const auto row = [&out](const DnsRecordSpec& r, const QString& value, const QString& action) {
        const QString host = r.relativeName().isEmpty() ? QStringLiteral("@") : r.relativeName();
        out += QStringList{csvField(r.zone),
                           csvField(host),
                           csvField(r.name),
                           csvField(recordTypeName(r.type)),
                           csvField(value),
                           QString::number(r.ttl),
                           action}
                   .join(u',') +
               QStringLiteral("\r\n");
    };
    for (const DnsRecordSpec& r : records) {
        for (const QString& old : r.replacedValues()) {
            row(r, old, QStringLiteral("delete"));
        }
        row(r, r.value, QStringLiteral("add"));
    }
    return out;
}

QString RecordsExport::windowsDns(const RolloutPlan& plan)
{
    QString out = QStringLiteral("# MailAuth Wizard: DNS records for %1 (Windows DNS Server, module DnsServer)\n")
                      .arg(PowerShellText::commentText(plan.clientName())) +
                  PowerShellText::runHelp();
    for (const DnsRecordSpec& r : records(plan)) {
        out += RecordFormatter::windowsDnsCommand(r) + u'\n';
    }
    return out;
}

QString RecordsExport::azurePowerShell(const RolloutPlan& plan, const QString& resourceGroup)
{
    QString out =
        QStringLiteral("# MailAuth Wizard: DNS records for %1 (Azure DNS, module Az.Dns)\n"
                       "# Sign in first (Connect-AzAccount) with the subscription that holds resource group "
                       "%2.\n"
                       "# Existing record sets are read and extended, never overwritten: safe to run twice.\n")
            .arg(PowerShellText::commentText(plan.clientName()), PowerShellText::commentText(resourceGroup)) +
        PowerShellText::runHelp();
    for (const DnsRecordSpec& r : records(plan)) {
        out += u'\n' + RecordFormatter::azurePowerShell(r, resourceGroup) + u'\n';
    }
    return out;
}

} // namespace mailauth
