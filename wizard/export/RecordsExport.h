#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>

namespace mailauth {

// Every record of a project (SPF, DKIM CNAMEs, DMARC, per domain) in the forms DNS hosts import or run: BIND zone
// lines, CSV, Windows DNS Server and Azure DNS PowerShell.
class RecordsExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordsExport)

public:
    static QList<DnsRecordSpec> records(const RolloutPlan& plan);
    // False with the reason when a record would break a file format; every export refuses such a plan.
    static bool checkRecords(const RolloutPlan& plan, QString* error);
    static QString zoneLines(const RolloutPlan& plan);
    static QString csv(const RolloutPlan& plan);
    static QString windowsDns(const RolloutPlan& plan);
    static QString azurePowerShell(const RolloutPlan& plan, const QString& resourceGroup);

    // RFC 4180 field, with spreadsheet formula injection defused: a cell that starts with =, +, -, @, tab or CR is
    // prefixed with ' (the bare apex "@" stays as it is); line breaks and control characters become spaces.
    static QString csvField(const QString& text);
};

} // namespace mailauth
