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
// The one verdict for a record checked offline, in the CLI's lint and the wizard's paste checker alike: valid when the
// engine accepts it (receivers would apply it) AND no finding is an error (an error defeats the record's purpose,
// e.g. +all, a duplicate DMARC tag, more than 10 SPF lookups).
bool recordVerdictValid(bool engineValid, const Findings& findings);

} // namespace mailauth
