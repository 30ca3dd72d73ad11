#pragma once

#include <QList>
#include <QString>

namespace mailauth {

enum class Severity
{
    Info,
    Warning,
    Error
};

// Stable English keyword for machine output (JSON, logs); never translated.
QString severityKeyword(Severity severity);
// Localised label for people.
QString severityLabel(Severity severity);

// One thing the engine has to say about a record: a stable code for scripts, and a message plus a
// concrete fix for people. `position` is a character offset into the record text, or -1.
struct Finding
{
    QString code;
    Severity severity = Severity::Info;
    QString message;
    QString fix;
    int position = -1;

    friend bool operator==(const Finding&, const Finding&) = default;
};

using Findings = QList<Finding>;

bool hasFinding(const Findings& findings, const QString& code);
bool hasErrors(const Findings& findings);

} // namespace mailauth
