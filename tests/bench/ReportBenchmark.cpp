// Benchmark (prints numbers; not a test): ReportReader over generated gzipped DMARC aggregate reports, side by side
// with a Python 3 script (gzip + xml.etree.ElementTree) doing the same sums. Both must agree on the sums.
//   report_benchmark [REPORTS=3000] [ROWS=60]
#include "reports/ReportReader.h"
#include "support/ReportArchives.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

// CPU seconds (user + system) of this process or of its finished children: on a busy machine the wall clock says
// more about the neighbours than about the code.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int reportCount = args.size() > 1 ? args[1].toInt() : 3000;
    const int rows = args.size() > 2 ? args[2].toInt() : 60;

    QTemporaryDir dir;
    const QStringList orgs{QStringLiteral("google.com"), QStringLiteral("Outlook.com"), QStringLiteral("Yahoo"),
                           QStringLiteral("Mimecast"), QStringLiteral("mail.small-provider.example")};
    qint64 compressed = 0;
    for (int i = 0; i < reportCount; ++i) {
        const QString domain = QStringLiteral("domain%1.example").arg(i % 10);
        const QByteArray gz =
            gzipOf(reportXml(orgs[i % orgs.size()], QStringLiteral("report-%1").arg(i), domain, rows));
        QFile file(dir.filePath(QStringLiteral("%1!%2!%3.xml.gz").arg(orgs[i % orgs.size()], domain).arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(gz) != gz.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 2;
        }
        compressed += gz.size();
    }
    std::printf("%d gzipped reports of %d rows, %.1f MiB on disk\n", reportCount, rows,
                static_cast<double>(compressed) / (1024.0 * 1024.0));
    const long rssBefore = maxRssKiB();

    // The same sums as the script: messages, and per header_from domain the messages and the DMARC passes.
    quint64 messages = 0;
    QMap<QString, QPair<quint64, quint64>> domains;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    ReportReader reader;
    const ReportReadTotals totals = reader.read({dir.path()}, [&](const AggregateReport& report) {
        for (const AggregateRecord& record : report.records) {
            auto& [total, passes] = domains[record.headerFrom];
            total += record.count;
            if (record.dkimEvaluated == u"pass" || record.spfEvaluated == u"pass") {
                passes += record.count;
            }
            messages += record.count;
        }
    });
    const double cppSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cppCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    QString cppSums = QStringLiteral("messages %1\n").arg(messages);
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        cppSums += QStringLiteral("domain %1 %2 %3\n").arg(it.key()).arg(it.value().first).arg(it.value().second);
    }
    std::printf("ReportReader: %d files, %d reports, %zd skipped, %.3f s (%.3f s CPU); peak RSS %ld MiB (%ld MiB "
                "before reading)\n",
                totals.files, totals.reports, static_cast<ssize_t>(totals.skipped.size()), cppSeconds, cppCpu,
                maxRssKiB() / 1024, rssBefore / 1024);

    QProcess python;
    QElapsedTimer processTimer;
    processTimer.start();
    python.start(QStringLiteral("python3"), {QStringLiteral(MAILAUTH_REPORT_SUMS_SCRIPT), dir.path()});
    if (!python.waitForFinished(-1) || python.exitCode() != 0) {
        std::fprintf(stderr, "python3 failed: %s\n", python.readAllStandardError().constData());
        return 2;
    }
    const double processSeconds = static_cast<double>(processTimer.nsecsElapsed()) / 1e9;
    const double pyCpu = cpuSeconds(RUSAGE_CHILDREN);
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    const qsizetype at = out.indexOf(QStringLiteral("seconds "));
    const QString pySums = out.left(at);
    const double pySeconds = out.mid(at + 8).trimmed().toDouble();
    std::printf("Python 3 (gzip + ElementTree): %.3f s reading (%.3f s with interpreter start, %.3f s CPU)\n",
                pySeconds, processSeconds, pyCpu);
    std::printf("ratio: ReportReader is %.1f times as fast as Python (wall clock, reading only); %.1f times in CPU "
                "time\n",
                pySeconds / cppSeconds, pyCpu / cppCpu);
    if (pySums != cppSums) {
        std::fprintf(stderr, "the sums differ!\nC++:\n%sPython:\n%s", qPrintable(cppSums), qPrintable(pySums));
        return 1;
    }
    std::printf("sums agree: %llu messages over %lld domains\n", static_cast<unsigned long long>(messages),
                static_cast<long long>(domains.size()));
    return 0;
}
