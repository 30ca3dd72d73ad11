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

} // namespace mailauth
