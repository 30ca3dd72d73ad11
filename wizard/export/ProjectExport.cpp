#include "ProjectExport.h"

#include "AuditExport.h"
#include "HandoverReport.h"
#include "PowerShellBundle.h"
#include "RecordsExport.h"
#include "generators/PowerShellText.h"
#include "model/PlanRules.h"

#include <QJsonDocument>

namespace mailauth {

namespace {

const QList<std::pair<QString, ExportFormat>>& names()
{
    static const QList<std::pair<QString, ExportFormat>> list{
        {QStringLiteral("ps1"), ExportFormat::PowerShell}, {QStringLiteral("zone"), ExportFormat::Zone},
        {QStringLiteral("csv"), ExportFormat::Csv},        {QStringLiteral("windows"), ExportFormat::WindowsDns},
        {QStringLiteral("azure"), ExportFormat::Azure},    {QStringLiteral("html"), ExportFormat::Html},
        {QStringLiteral("pdf"), ExportFormat::Pdf},        {QStringLiteral("json"), ExportFormat::Json}};
    return list;
}

} // namespace

std::optional<ExportFormat> ProjectExport::formatFromName(const QString& name)
{
    for (const auto& [n, f] : names()) {
        if (n == name) {
            return f;
        }
    }
    return std::nullopt;
}

QStringList ProjectExport::formatNames()
{
    QStringList out;
    for (const auto& entry : names()) {
        out.append(entry.first);
    }
    return out;
}

QString ProjectExport::fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::PowerShell:
    case ExportFormat::WindowsDns:
    case ExportFormat::Azure:
        return QStringLiteral("ps1");
    case ExportFormat::Zone:
        return QStringLiteral("zone");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString ProjectExport::suggestedFileName(const RolloutPlan& plan, ExportFormat format)
{
    QString kind;
    switch (format) {
    case ExportFormat::PowerShell:
        kind = QStringLiteral("dkim");
        break;
    case ExportFormat::WindowsDns:
        kind = QStringLiteral("windows-dns");
        break;
    case ExportFormat::Azure:
        kind = QStringLiteral("azure-dns");
        break;
    case ExportFormat::Zone:
    case ExportFormat::Csv:
        kind = QStringLiteral("records");
        break;
    case ExportFormat::Html:
    case ExportFormat::Pdf:
        kind = QStringLiteral("handover");
        break;
    case ExportFormat::Json:
        kind = QStringLiteral("audit");
        break;
    }
    return plan.fileStem() + u'-' + kind + u'.' + fileSuffix(format);
}

std::optional<QByteArray> ProjectExport::render(const RolloutPlan& plan, ExportFormat format, const Options& options,
                                                QString* error)
{
    if (plan.domains().isEmpty()) {
        if (error != nullptr) {
            *error = tr("The project has no domains yet.");
        }
        return std::nullopt;
    }
    // Defence in depth: a plan that did not come through ProjectFile::load (or a future bug) still cannot inject lines
    // into a zone, rows into a CSV or commands into a script, nor lose a record without saying so.
    for (int i = 0; i < plan.domains().size(); ++i) {
        QString reason;
        if (!PlanRules::checkExportable(plan, i, &reason)) {
            if (error != nullptr) {
                *error = tr("The project cannot be exported: %1").arg(reason);
            }
            return std::nullopt;
        }
    }
    if (!RecordsExport::checkRecords(plan, error)) {
        return std::nullopt;
    }
    switch (format) {
    case ExportFormat::PowerShell: {
        const auto script = PowerShellBundle::build(plan, options.generatedAt, error);
        return script ? std::optional(PowerShellText::toScriptFile(*script)) : std::nullopt;
    }
    case ExportFormat::Zone:
        return RecordsExport::zoneLines(plan).toUtf8();
    case ExportFormat::Csv:
        return RecordsExport::csv(plan).toUtf8();
    case ExportFormat::WindowsDns:
        return PowerShellText::toScriptFile(RecordsExport::windowsDns(plan));
    case ExportFormat::Azure: {
        // Every command names the resource group: without a valid one there is no script, rather than one that
        // fails (or, worse, acts on another group) when it runs.
        const QString group =
            options.azureResourceGroup.isEmpty() ? plan.azureResourceGroup() : options.azureResourceGroup;
        QString reason;
        if (!PlanRules::checkAzureResourceGroup(group, false, &reason)) {
            if (error != nullptr) {
                *error = group.isEmpty()
                             ? tr("The Azure DNS commands name the resource group that holds the DNS zones, and the "
                                  "project has none yet: enter it on the Tenant page (mailauth generate: "
                                  "--azure-resource-group NAME).")
                             : tr("The Azure DNS commands cannot be written: %1").arg(reason);
            }
            return std::nullopt;
        }
        return PowerShellText::toScriptFile(RecordsExport::azurePowerShell(plan, group));
    }
    case ExportFormat::Html:
        return HandoverReport::html(plan, options.generatedAt).toUtf8();
    case ExportFormat::Pdf:
        return HandoverReport::pdf(HandoverReport::html(plan, options.generatedAt));
    case ExportFormat::Json:
        return QJsonDocument(AuditExport::toJson(plan, options.generatedAt)).toJson(QJsonDocument::Indented);
    }
    return std::nullopt;
}

} // namespace mailauth
