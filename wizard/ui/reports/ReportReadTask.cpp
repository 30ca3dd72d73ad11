#include "ReportReadTask.h"

#include "model/Catalogue.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace mailauth {

ReportReadTask::ReportReadTask(QObject* parent)
    : QObject(parent)
    , m_reader(std::make_shared<ReportReader>())
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        m_outcome.totals.files += result.totals.files;
        m_outcome.totals.reports += result.totals.reports;
        m_outcome.totals.duplicates += result.totals.duplicates;
        m_outcome.totals.skipped += result.totals.skipped;
        m_outcome.totals.cancelled = result.totals.cancelled;
        m_outcome.state = result.state;
        m_outcome.domains = result.domains;
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

void ReportReadTask::restore(std::shared_ptr<const ReportSummaryState> evidence)
{
    if (isRunning() || m_outcome.summary || !evidence) {
        return;
    }
    run({}, std::move(evidence));
}

void ReportReadTask::start(const QStringList& paths)
{
    if (isRunning() || paths.isEmpty()) {
        return;
    }
    run(paths, nullptr);
}

void ReportReadTask::run(const QStringList& paths, std::shared_ptr<const ReportSummaryState> evidence)
{
    if (!m_outcome.summary) {
        m_outcome.summary = std::make_shared<DmarcReportSummary>(Catalogue::instance());
        m_outcome.summary->setTenantDomain(m_tenant);
    }
    m_cancel = false;
    // The summary and the reader are only touched by the worker while it runs; the UI reads the outcome after
    // finished(). Everything the window shows is built here too: for a large set the sorting and the texts take long.
    std::shared_ptr<DmarcReportSummary> summary = m_outcome.summary;
    std::shared_ptr<ReportReader> reader = m_reader;
    QPointer<ReportReadTask> self(this);
    m_watcher.setFuture(QtConcurrent::run([=, this]() {
        Result result;
        if (evidence) {
            summary->restore(*evidence);
            reader->addSeen(evidence->seen);
        }
        if (!paths.isEmpty()) {
            result.totals = reader->read(
                paths, [&summary](const AggregateReport& report) { summary->add(report); },
                [self](int done, int total) {
                    if (self) {
                        QMetaObject::invokeMethod(
                            self, [self, done, total] { Q_EMIT self->progress(done, total); }, Qt::QueuedConnection);
                    }
                },
                &m_cancel);
        }
        auto state = std::make_shared<ReportSummaryState>(summary->state());
        state->seen = reader->seen();
        result.state = state;
        for (const QString& domain : summary->domains()) {
            result.domains.insert(domain, summary->domain(domain));
        }
        return result;
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
