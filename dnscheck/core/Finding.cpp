#include "Finding.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailauth {

QString severityKeyword(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Note");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Severity", "Error");
    }
    return {};
}

bool hasFinding(const Findings& findings, const QString& code)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

bool hasErrors(const Findings& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

bool recordVerdictValid(bool engineValid, const Findings& findings)
{
    return engineValid && !hasErrors(findings);
}

} // namespace mailauth
