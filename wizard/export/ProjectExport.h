#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace mailauth {

enum class ExportFormat
{
    PowerShell, // DKIM bundle (.ps1)
    Zone,       // BIND zone lines
    Csv,
    WindowsDns, // Add-DnsServerResourceRecord (.ps1)
    Azure,      // Az.Dns: Get-AzDnsRecordSet, then New-/Set-AzDnsRecordSet (.ps1)
    Html,       // hand-over report
    Pdf,
    Json, // the audits
};

// Everything a project exports, as the bytes of the file: used by the wizard's summary and `mailauth generate`.
class ProjectExport
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)

public:
    struct Options
    {
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
        QString azureResourceGroup; // overrides the plan's for ExportFormat::Azure; empty: the plan's
    };

    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QStringList formatNames(); // ps1 zone csv windows azure html pdf json
    static QString fileSuffix(ExportFormat format);
    static QString suggestedFileName(const RolloutPlan& plan, ExportFormat format);

    // PDF needs a QGuiApplication. nullopt with a reason for people; for Azure also when neither the options nor the
    // plan name a valid resource group.
    static std::optional<QByteArray> render(const RolloutPlan& plan, ExportFormat format, const Options& options,
                                            QString* error);
};

} // namespace mailauth
