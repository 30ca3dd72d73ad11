// Benchmark (prints numbers; not a test): `mailauth check` over generated domains served by knot on loopback, side
// by side with a shell loop of kdig asking the same questions.
//   check_benchmark [DOMAINS=1000] [KDIG_SAMPLE=100]
#include "support/BulkZones.h"
#include "support/DnsFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>

using namespace mailauth::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int domainCount = args.size() > 1 ? args[1].toInt() : 1000;
    const int kdigSample = args.size() > 2 ? args[2].toInt() : 100;

    KnotServer knot;
    const QStringList domains = addBulkZones(knot, domainCount);
    QElapsedTimer startup;
    startup.start();
    if (!knot.start()) {
        std::fprintf(stderr, "knot did not start: %s\n", qPrintable(knot.error()));
        return 2;
    }
    std::printf("knot serving %d zones, started in %lld ms on %s\n", domainCount + 3,
                static_cast<long long>(startup.elapsed()), qPrintable(knot.server().toCsv()));

    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("domains.txt")));
    list.open(QIODevice::WriteOnly);
    list.write(domains.join(u'\n').toUtf8());
    list.close();

    QProcess check;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    check.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    check.start(QStringLiteral(MAILAUTH_CLI),
                {QStringLiteral("check"), QStringLiteral("--domains-file"), list.fileName(),
                 QStringLiteral("--resolver"), knot.server().toCsv(), QStringLiteral("--json")});
    check.waitForFinished(-1);
    const double checkSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const QByteArray out = check.readAllStandardOutput();
    const QString err = QString::fromUtf8(check.readAllStandardError());
    const qsizetype lines = out.count('\n');
    const auto m = QRegularExpression(QStringLiteral("with (\\d+) DNS questions")).match(err);
    const int questions = m.hasMatch() ? m.captured(1).toInt() : -1;

    // The same questions, one kdig process each, for a sample of the domains.
    QFile questionsFile(dir.filePath(QStringLiteral("questions.txt")));
    questionsFile.open(QIODevice::WriteOnly);
    int kdigQuestions = 0;
    for (int i = 0; i < std::min(kdigSample, static_cast<int>(domains.size())); ++i) {
        for (const QString& q : bulkQuestions(domains[i])) {
            questionsFile.write(q.toUtf8() + '\n');
            ++kdigQuestions;
        }
    }
    questionsFile.close();
    const QString script =
        QStringLiteral(
            "while read name type; do kdig @%1 -p %2 +short +time=2 +retry=0 \"$name\" \"$type\" >/dev/null; done < %3")
            .arg(knot.server().address.toString())
            .arg(knot.server().port)
            .arg(questionsFile.fileName());
    QProcess kdig;
    timer.restart();
    kdig.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script});
    kdig.waitForFinished(-1);
    const double kdigSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const int sample = std::min(kdigSample, static_cast<int>(domains.size()));

    const double checkRate = static_cast<double>(lines) / checkSeconds;
    const double kdigRate = static_cast<double>(sample) / kdigSeconds;
    std::printf(
        "mailauth check: %lld domains in %.2f s = %.0f domains/s, %d questions = %.2f questions/domain (exit %d)\n",
        static_cast<long long>(lines), checkSeconds, checkRate, questions,
        lines > 0 ? static_cast<double>(questions) / static_cast<double>(lines) : 0.0, check.exitCode());
    std::printf("kdig loop:      %d domains in %.2f s = %.1f domains/s, %d questions = %.2f questions/domain\n", sample,
                kdigSeconds, kdigRate, kdigQuestions, static_cast<double>(kdigQuestions) / sample);
    std::printf("ratio: mailauth check is %.1f times faster per domain than the kdig loop\n", checkRate / kdigRate);
    return lines == domainCount ? 0 : 1;
}
