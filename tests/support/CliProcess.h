#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace mailauth::test {

// One run of the real `mailauth` binary, as the CLI tests see it.
struct CliRun
{
    int exitCode = -1;
    bool finished = false; // false: killed after the time limit
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
};

// The child runs in the C locale: tests compare English text (messages and any strerror() text such as "No space
// left on device"), which a translated locale would change.
QProcessEnvironment cLocaleEnvironment();

// Starts PROGRAM with ARGUMENTS, writes INPUT to its stdin and closes it, and waits at most timeoutMs (then kills it).
CliRun runCli(const QString& program, const QStringList& arguments, int timeoutMs, const QByteArray& input = {});

// The finding codes of one `mailauth check --json` line, in order.
QStringList findingCodes(const QJsonObject& checkLine);

} // namespace mailauth::test
