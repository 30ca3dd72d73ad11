#include "CliProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace mailauth::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QProcessEnvironment cLocaleEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

CliRun runCli(const QString& program, const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.setProcessEnvironment(cLocaleEnvironment());
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    CliRun run;
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList findingCodes(const QJsonObject& checkLine)
{
    QStringList list;
    for (const QJsonValue& f : checkLine.value(QStringLiteral("findings")).toArray()) {
        list.append(f.toObject().value(QStringLiteral("code")).toString());
    }
    return list;
}

} // namespace mailauth::test
