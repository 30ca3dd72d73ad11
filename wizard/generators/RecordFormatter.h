#pragma once

#include "model/Catalogue.h"
#include "model/DnsRecordSpec.h"

#include <QCoreApplication>

namespace mailauth {

// A record as one DNS host wants it entered.
struct FormattedRecord
{
    QString host; // what goes in the panel's Host/Name field
    QString type;
    QString value; // what goes in the Value field (quoted/split where the host needs it)
    QString ttl;
    QString command; // BIND line, PowerShell or Azure CLI, for hosts worked from a command line
};

class RecordFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormatter)

public:
    struct Options
    {
        QString azureResourceGroup;
    };

    // Azure commands name the resource group; without one they carry a placeholder to replace.
    static FormattedRecord format(const DnsRecordSpec& record, const DnsHostInfo& host, const Options& options);
    static FormattedRecord format(const DnsRecordSpec& record, const DnsHostInfo& host);

    // Each form removes the value a record replaces (DnsRecordSpec::replaces) in the same change, before adding the
    // new one. The zone line is preceded by a comment naming the record to delete.
    static QString bindLine(const DnsRecordSpec& record);
    static QString windowsDnsCommand(const DnsRecordSpec& record);
    // Get-AzDnsRecordSet, then New-AzDnsRecordSet only when the set does not exist yet; otherwise the record is
    // added to the set (a CNAME's target is set) and Set-AzDnsRecordSet writes it back. Safe to run twice.
    static QString azurePowerShell(const DnsRecordSpec& record, const QString& resourceGroup);
    static QString azureCli(const DnsRecordSpec& record, const QString& resourceGroup);
};

} // namespace mailauth
