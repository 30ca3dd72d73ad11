#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>

namespace mailauth {

// Every record of a project (SPF, DKIM CNAMEs, DMARC, per domain) in the forms DNS hosts import or run: BIND zone
// lines, CSV, Windows DNS Server and Azure DNS PowerShell. A record that replaces today's value removes it in every
// form: a "delete" comment above the zone line, a "delete" row in the CSV (its last column, action, says add or
// delete), and a remove command before the add in the scripts.
class RecordsExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordsExport)

public:
    static QList<DnsRecordSpec> records(const RolloutPlan& plan);
    // False with the reason when a record would break a file format; every export refuses such a plan.
    static bool checkRecords(const RolloutPlan& plan, QString* error);
    static QString zoneLines(const RolloutPlan& plan);
    static QString zoneLines(const QList<DnsRecordSpec>& records);
    static QString csv(const RolloutPlan& plan);
    static QString csv(const QList<DnsRecordSpec>& records);
    static QString windowsDns(const RolloutPlan& plan);
    // `resourceGroup` must be valid (PlanRules::checkAzureResourceGroup); ProjectExport refuses to export without one.
    static QString azurePowerShell(const RolloutPlan& plan, const QString& resourceGroup);

    // RFC 4180 field, with spreadsheet formula injection defused: a cell that starts with =, +, -, @, tab or CR is
    // prefixed with ' (the bare apex "@" stays as it is); line breaks and control characters become spaces.
    static QString csvField(const QString& text);
};

} // namespace mailauth
