// Project files: the JSON reader as ProjectFile::load uses it, the model's own checks, and then every export that
// does not need a display (the PDF is the HTML report through QTextDocument), the next steps and a save.
//
// Random bytes rarely stay valid JSON, so an input that does not start with '{' is a field number and a value put
// into a valid two-domain project: hostile values then reach the model and every generator.
#include "FuzzSupport.h"
#include "export/ProjectExport.h"
#include "model/NextSteps.h"
#include "model/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

using namespace mailauth;

namespace {

const char kTemplate[] =
    R"({"client":"Contoso Ltd","cloud":"worldwide","consultant":"Alex Wilber","dnsHost":"cloudflare","domains":[)"
    R"({"confirmations":{},"dkim":{"enabled":true,"pasted":"","selector1":"selector1-contoso-com._domainkey.)"
    R"(contoso.r-v1.dkim.mail.microsoft","selector2":"selector2-contoso-com._domainkey.contoso.r-v1.dkim.mail.)"
    R"(microsoft"},"dmarc":{"currentStage":0,"np":null,"rua":["mailto:dmarc-reports@contoso.com"],"sp":null,)"
    R"("stages":[{"due":"2026-11-03","policy":"none"},{"due":"2026-12-01","policy":"quarantine"},{"due":)"
    R"("2026-12-29","policy":"reject"}],"strictAlignment":false,"testing":false},"domain":"contoso.com","role":)"
    R"("sending","spf":{"all":"-all","existing":"v=spf1 include:servers.mcsv.net ~all","includes":)"
    R"(["spf.protection.outlook.com"],"ip4":["192.0.2.25"],"ip6":["2001:db8::25"],"senders":["mailchimp"]}},)"
    R"({"domain":"contoso.net","role":"parked"}],"format":"mailauth-wizard-project","resumePage":6,)"
    R"("schemaVersion":2,"tenant":"contoso.onmicrosoft.com"})";

const char* const kFields[] = {"client",
                               "consultant",
                               "tenant",
                               "cloud",
                               "dnsHost",
                               "resumePage",
                               "schemaVersion",
                               "domains/0/domain",
                               "domains/1/domain",
                               "domains/0/role",
                               "domains/1/role",
                               "domains/0/confirmations",
                               "domains/0/dkim/selector1",
                               "domains/0/dkim/selector2",
                               "domains/0/dkim/pasted",
                               "domains/0/dkim/enabled",
                               "domains/0/dmarc/rua/0",
                               "domains/0/dmarc/rua",
                               "domains/0/dmarc/sp",
                               "domains/0/dmarc/np",
                               "domains/0/dmarc/currentStage",
                               "domains/0/dmarc/stages/1/due",
                               "domains/0/dmarc/stages/1/policy",
                               "domains/0/dmarc/stages",
                               "domains/0/spf/all",
                               "domains/0/spf/existing",
                               "domains/0/spf/includes/0",
                               "domains/0/spf/ip4/0",
                               "domains/0/spf/ip6/0",
                               "domains/0/spf/senders/0",
                               "domains/0/spf",
                               "domains"};

QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        return value;
    }
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (index < array.size()) {
            array[index] = replaced(array[index], path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    object[key] = replaced(object.value(key), path, value);
    return object;
}

// The value is JSON when it reads as one (numbers, null, arrays, objects), otherwise a string.
QJsonObject projectWithField(const uint8_t* data, size_t size)
{
    static const QJsonObject base = QJsonDocument::fromJson(QByteArray(kTemplate)).object();
    const QString field = QString::fromLatin1(kFields[data[0] % std::size(kFields)]);
    const QByteArray raw = fuzz::bytes(data + 1, size - 1);
    QJsonParseError parseError;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + raw + "]", &parseError);
    const QJsonValue value = parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1
                                 ? wrapped.array().first()
                                 : QJsonValue(fuzz::text(data + 1, size - 1));
    return replaced(base, field.split(u'/'), value).toObject();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonObject json;
    if (size > 0 && data[0] != '{') {
        json = projectWithField(data, size);
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return 0;
        }
        json = doc.object();
    }
    RolloutPlan plan;
    QString error;
    if (!ProjectFile::fromJson(json, plan, &error)) {
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
