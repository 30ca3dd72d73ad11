#include "BackgroundFileWriter.h"

#include "model/AtomicFileWrite.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace mailauth {

namespace {

QString writeNow(const QString& path, const QByteArray& data)
{
    QString cause;
    if (!AtomicFileWrite::write(path, data, &cause)) {
        return QCoreApplication::translate("BackgroundFileWriter", "Could not save %1: %2").arg(path, cause);
    }
    return {};
}

} // namespace

BackgroundFileWriter::BackgroundFileWriter(QObject* parent)
    : QObject(parent)
{
}

void BackgroundFileWriter::write(const QString& path, const QByteArray& data, Done done)
{
    // A newer version of a file still waiting replaces the older one.
    for (Job& job : m_queue) {
        if (job.path == path) {
            job.data = data;
            job.done = std::move(done);
            return;
        }
    }
    m_queue.append(Job{path, data, std::move(done)});
    if (!m_busy) {
        startNext();
    }
}

void BackgroundFileWriter::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Job job = m_queue.takeFirst();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, done = job.done]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (done) {
            done(error);
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(writeNow, job.path, job.data));
}

void BackgroundFileWriter::waitForAll()
{
    // No event loop here: finish the write in flight, then write what is queued on this thread.
    for (QFutureWatcher<QString>* w : findChildren<QFutureWatcher<QString>*>()) {
        w->waitForFinished();
    }
    const QList<Job> queued = std::exchange(m_queue, {});
    for (const Job& job : queued) {
        const QString error = writeNow(job.path, job.data);
        if (job.done) {
            job.done(error);
        }
    }
}

} // namespace mailauth
