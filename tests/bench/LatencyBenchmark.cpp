// Benchmark (prints numbers; not a test): `mailauth check` through a resolver that is far away. Generated domains are
// served by knot on loopback behind DelayingDnsProxy, which holds every answer back for a fixed delay.
//   latency_benchmark [DOMAINS=500] [DELAY_MS=40] [MAX_IN_FLIGHT=mailauth's default] [REFUSE_ABOVE=never]
// The sequential baseline is what asking the same questions one after another would take: questions × delay.
// MAILAUTH_CLI in the environment names another mailauth binary, to compare builds.
#include "support/BulkZones.h"
#include "support/DelayingDnsProxy.h"
#include "support/DnsFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace mailauth::test;

namespace {

// CPU seconds of the children waited for so far (the mailauth run, once it has finished).
double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int domainCount = args.size() > 1 ? args[1].toInt() : 500;
    const int delayMs = args.size() > 2 ? args[2].toInt() : 40;
    const QString maxInFlight = args.size() > 3 ? args[3] : QString();
    const int refuseAbove = args.size() > 4 ? args[4].toInt() : DelayingDnsProxy::kNeverRefuse;

    KnotServer knot;
    const QStringList domains = addBulkZones(knot, domainCount);
    if (!knot.start()) {
        std::fprintf(stderr, "knot did not start: %s\n", qPrintable(knot.error()));
        return 2;
    }
    DelayingDnsProxy proxy(knot.server(), delayMs);
    proxy.setRefuseAbove(refuseAbove);
    if (!proxy.start()) {
        std::fprintf(stderr, "the proxy did not start\n");
        return 2;
    }

    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("domains.txt")));
    list.open(QIODevice::WriteOnly);
    list.write(domains.join(u'\n').toUtf8());
    list.close();

    QStringList arguments{QStringLiteral("check"),      QStringLiteral("--domains-file"), list.fileName(),
                          QStringLiteral("--resolver"), proxy.server().toCsv(),           QStringLiteral("--json")};
    if (!maxInFlight.isEmpty()) {
        arguments << QStringLiteral("--max-in-flight") << maxInFlight;
    }
    QProcess check;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    check.setProcessEnvironment(env);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    check.start(qEnvironmentVariable("MAILAUTH_CLI", QStringLiteral(MAILAUTH_CLI)), arguments);
    check.waitForFinished(-1);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double cpu = childCpuSeconds() - cpuBefore;
    const QByteArray out = check.readAllStandardOutput();
    const QString err = QString::fromUtf8(check.readAllStandardError());
    const qsizetype lines = out.count('\n');
    const auto m = QRegularExpression(QStringLiteral("with (\\d+) DNS questions")).match(err);
    const int questions = m.hasMatch() ? m.captured(1).toInt() : -1;
    const int dnsFindings = static_cast<int>(out.count("\"code\":\"dns."));

    const double sequential = static_cast<double>(questions) * delayMs / 1000.0;
    std::printf("resolver delay %d ms, in-flight cap %s, proxy refuses above %s pending\n", delayMs,
                maxInFlight.isEmpty() ? "default" : qPrintable(maxInFlight),
                refuseAbove == DelayingDnsProxy::kNeverRefuse ? "never" : qPrintable(QString::number(refuseAbove)));
    std::printf("domains: %lld, questions: %d (%.2f per domain), wall time: %.2f s, %.0f domains/s (exit %d)\n",
                static_cast<long long>(lines), questions,
                lines > 0 ? static_cast<double>(questions) / static_cast<double>(lines) : 0.0, seconds,
                static_cast<double>(lines) / seconds, check.exitCode());
    std::printf("sequential baseline: %d questions x %d ms = %.1f s; speed-up: %.1fx\n", questions, delayMs, sequential,
                sequential / seconds);
    std::printf("proxy: %d questions received, %d refused, at most %d pending; dns.* findings: %d\n", proxy.questions(),
                proxy.refused(), proxy.maxPending(), dnsFindings);
    // Close to the wall time: mailauth (or a busy machine) was the limit, not the resolver.
    std::printf("mailauth CPU time: %.2f s (%.0f%% of the wall time)\n", cpu, 100.0 * cpu / seconds);
    return lines == domainCount ? 0 : 1;
}
