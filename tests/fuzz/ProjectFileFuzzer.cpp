// Project files: the JSON reader as ProjectFile::load uses it, the model's own checks, and then every export that
// does not need a display (the PDF is the HTML report through QTextDocument), the next steps and a save.
#include "FuzzSupport.h"
#include "export/ProjectExport.h"
#include "model/NextSteps.h"
#include "model/ProjectFile.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return 0;
    }
    RolloutPlan plan;
    QString error;
    if (!ProjectFile::fromJson(doc.object(), plan, &error)) {
        return 0;
    }
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    (void)NextSteps::compute(plan, at.date());
    ProjectExport::Options options;
    options.generatedAt = at;
    options.azureResourceGroup = QStringLiteral("dns-rg");
    for (const ExportFormat format :
         {ExportFormat::PowerShell, ExportFormat::Zone, ExportFormat::Csv, ExportFormat::WindowsDns,
          ExportFormat::Azure, ExportFormat::Html, ExportFormat::Json}) {
        (void)ProjectExport::render(plan, format, options, &error);
        (void)ProjectExport::suggestedFileName(plan, format);
    }
    // A loaded project is saved again unchanged by the wizard's autosave.
    RolloutPlan reloaded;
    const QJsonDocument saved = QJsonDocument::fromJson(ProjectFile::toBytes(plan));
    if (!ProjectFile::fromJson(saved.object(), reloaded, &error)) {
        __builtin_trap(); // what the wizard writes it must read back
    }
    return 0;
}
