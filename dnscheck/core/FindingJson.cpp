#include "FindingJson.h"

namespace mailauth {

QJsonObject findingToJson(const Finding& finding)
{
    QJsonObject o{{QStringLiteral("code"), finding.code},
                  {QStringLiteral("severity"), severityKeyword(finding.severity)},
                  {QStringLiteral("message"), finding.message},
                  {QStringLiteral("fix"), finding.fix}};
    if (finding.position >= 0) {
        o.insert(QStringLiteral("position"), finding.position);
    }
    return o;
}

QJsonArray findingsToJson(const Findings& findings)
{
    QJsonArray a;
    for (const Finding& f : findings) {
        a.append(findingToJson(f));
    }
    return a;
}

Finding findingFromJson(const QJsonObject& json)
{
    Finding f;
    f.code = json.value(QStringLiteral("code")).toString();
    const QString severity = json.value(QStringLiteral("severity")).toString();
    f.severity = severity == u"error" ? Severity::Error : severity == u"warning" ? Severity::Warning : Severity::Info;
    f.message = json.value(QStringLiteral("message")).toString();
    f.fix = json.value(QStringLiteral("fix")).toString();
    f.position = json.value(QStringLiteral("position")).toInt(-1);
    return f;
}

Findings findingsFromJson(const QJsonArray& json)
{
    Findings out;
    for (const QJsonValue& v : json) {
        out.append(findingFromJson(v.toObject()));
    }
    return out;
}

} // namespace mailauth
