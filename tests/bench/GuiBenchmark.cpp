// Benchmark (prints numbers; not a test):
//  1. start-up to the first page shown, and memory, of mailauth-wizard beside a bare QWizard (median of N runs);
//  2. CPU used by a propagation watcher while it waits on a resolver that holds an old answer with a long TTL.
//   gui_benchmark [RUNS=7] [IDLE_SECONDS=10]
#include "support/DnsFixtures.h"
#include "watch/PropagationWatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace mailauth;
using namespace mailauth::test;

namespace {

struct Sample
{
    double startupMs = 0;
    double rssKib = 0;
};

Sample measure(const QString& program, const QStringList& args, int runs)
{
    QList<double> startup;
    QList<double> rss;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.waitForFinished(30000);
        const auto m = QRegularExpression(QStringLiteral("startup-ms (\\d+) rss-kib (-?\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        if (m.hasMatch()) {
            startup.append(m.captured(1).toDouble());
            rss.append(m.captured(2).toDouble());
        }
    }
    std::sort(startup.begin(), startup.end());
    std::sort(rss.begin(), rss.end());
    return {startup.isEmpty() ? -1 : startup[startup.size() / 2], rss.isEmpty() ? -1 : rss[rss.size() / 2]};
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    const int idleSeconds = argc > 2 ? std::atoi(argv[2]) : 10;

    const Sample wizard = measure(QStringLiteral(MAILAUTH_WIZARD), {QStringLiteral("--startup-report")}, runs);
    const Sample bare = measure(QStringLiteral(BARE_WIZARD), {}, runs);
    std::printf("start-up to first page (median of %d): mailauth-wizard %.0f ms, bare QWizard %.0f ms, ratio %.2f\n",
                runs, wizard.startupMs, bare.startupMs, bare.startupMs > 0 ? wizard.startupMs / bare.startupMs : 0.0);
    std::printf("resident memory at first page: mailauth-wizard %.1f MiB, bare QWizard %.1f MiB\n",
                wizard.rssKib / 1024.0, bare.rssKib / 1024.0);

    // A resolver that holds the old record for an hour: the watcher must sleep until the TTL runs out.
    KnotServer knot;
    const QString head = QStringLiteral(
        "$ORIGIN contoso.test.\n$TTL 3600\n@ SOA ns1 hostmaster 1 3600 600 86400 3600\n@ NS ns1\nns1 A 127.0.0.1\n");
    knot.setZone(QStringLiteral("contoso.test"), head + QStringLiteral("_dmarc TXT \"v=DMARC1; p=none\"\n"));
    if (!knot.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(knot.error()));
        return 2;
    }
    UnboundServer unbound({QStringLiteral("contoso.test")}, knot);
    if (!unbound.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(unbound.error()));
        return 2;
    }
    {
        PropagationExpectation prime{QStringLiteral("_dmarc.contoso.test"), RecordType::TXT,
                                     QStringLiteral("v=DMARC1; p=none"), MatchMode::Dmarc};
        PropagationWatcher primer(prime, {VantagePoint::custom(unbound.server())});
        primer.start();
        waitUntil([&]() { return !primer.isRunning(); }, 5000);
    }
    knot.setZone(QStringLiteral("contoso.test"), head + QStringLiteral("_dmarc TXT \"v=DMARC1; p=reject\"\n"));
    knot.reload(QStringLiteral("contoso.test"));
    PropagationExpectation e{QStringLiteral("_dmarc.contoso.test"), RecordType::TXT,
                             QStringLiteral("v=DMARC1; p=reject"), MatchMode::Dmarc};
    PropagationWatcher watcher(
        e, {VantagePoint::authoritative(QString(), knot.server()), VantagePoint::custom(unbound.server())});
    watcher.setMaxRetryInterval(3600 * 1000);
    watcher.start();
    waitUntil([&]() { return watcher.statuses()[1].state == VantageState::OldAnswer; }, 5000);
    const int questionsBefore = watcher.statuses()[0].questions + watcher.statuses()[1].questions;
    const double cpuBefore = cpuSeconds();
    {
        // A plain event loop: only the watcher's own timers and sockets can wake the process.
        QEventLoop idle;
        QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
        idle.exec();
    }
    const double cpu = cpuSeconds() - cpuBefore;
    const int questions = watcher.statuses()[0].questions + watcher.statuses()[1].questions - questionsBefore;
    std::printf("idle watcher (resolver holds the old answer, ETA %d s): %.3f s CPU in %d s = %.3f %% of one core, %d "
                "questions asked meanwhile\n",
                watcher.statuses()[1].etaSeconds, cpu, idleSeconds, 100.0 * cpu / idleSeconds, questions);
    return 0;
}
