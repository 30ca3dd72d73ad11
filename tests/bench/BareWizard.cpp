// The baseline for the start-up benchmark: a bare QWizard with seven pages of text, built with the same flags and
// measured the same way as mailauth-wizard --startup-report.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 0; i < 7; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i + 1));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Some text for page %1.").arg(i + 1)));
        wizard.addPage(page);
    }
    wizard.resize(960, 720);
    wizard.show();
    QTimer::singleShot(0, &wizard, [&sinceStart]() {
        long rss = -1;
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.mid(6).trimmed().split(' ').first().toLong();
                }
            }
        }
        QTextStream(stdout) << "startup-ms " << sinceStart.elapsed() << " rss-kib " << rss << Qt::endl;
        QApplication::quit();
    });
    return QApplication::exec();
}
