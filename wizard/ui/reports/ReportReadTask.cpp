#include "ReportReadTask.h"

#include "model/Catalogue.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace mailauth {

ReportReadTask::ReportReadTask(QObject* parent)
    : QObject(parent)
    , m_reader(std::make_shared<ReportReader>())
{
    connect(&m_watcher, &QFutureWatcher<ReportReadTotals>::finished, this, [this] {
        const ReportReadTotals totals = m_watcher.result();
        m_outcome.totals.files += totals.files;
        m_outcome.totals.reports += totals.reports;
        m_outcome.totals.duplicates += totals.duplicates;
        m_outcome.totals.skipped += totals.skipped;
        m_outcome.totals.cancelled = totals.cancelled;
        Q_EMIT finished();
    });
}

ReportReadTask::~ReportReadTask()
{
    // The worker holds the summary and the reader; it stops at the next file or entry.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ReportReadTask::setTenantDomain(const QString& onmicrosoftDomain)
{
    m_tenant = onmicrosoftDomain;
}

bool ReportReadTask::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportReadTask::start(const QStringList& paths)
{
    if (isRunning() || paths.isEmpty()) {
        return;
    }
    if (!m_outcome.summary) {
        m_outcome.summary = std::make_shared<DmarcReportSummary>(Catalogue::instance());
        m_outcome.summary->setTenantDomain(m_tenant);
    }
    m_cancel = false;
    // The summary is only touched by the worker while it runs; the UI reads it after finished().
    std::shared_ptr<DmarcReportSummary> summary = m_outcome.summary;
    std::shared_ptr<ReportReader> reader = m_reader;
    QPointer<ReportReadTask> self(this);
    m_watcher.setFuture(QtConcurrent::run([=, this]() {
        return reader->read(
            paths, [&summary](const AggregateReport& report) { summary->add(report); },
            [self](int done, int total) {
                if (self) {
                    QMetaObject::invokeMethod(
                        self, [self, done, total] { Q_EMIT self->progress(done, total); }, Qt::QueuedConnection);
                }
            },
            &m_cancel);
    }));
}

void ReportReadTask::cancel()
{
    m_cancel = true;
}

void ReportReadTask::clear()
{
    if (isRunning()) {
        return;
    }
    m_outcome = {};
    m_reader = std::make_shared<ReportReader>();
}

} // namespace mailauth
