#pragma once

#include "model/reports/DmarcReportSummary.h"
#include "reports/ReportReader.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <atomic>
#include <memory>

namespace mailauth {

// What the readings so far give: the sums, what could not be read, and what the window and the plan show, built by
// the worker so the UI thread only displays it.
struct ReportReadOutcome
{
    std::shared_ptr<DmarcReportSummary> summary;
    ReportReadTotals totals;
    std::shared_ptr<const ReportSummaryState> state; // the sums and the keys of every report read: for the project
    QHash<QString, ReportDomainStats> domains;       // every domain of the sums, by name
};

// Reads aggregate reports off the UI thread (ReportReader + DmarcReportSummary in a worker), with progress and
// cancel. Each start() adds to what earlier readings found, so files dropped in several goes add up (duplicates
// across them count once, since the reader keeps the identities). restore() starts from the sums a project kept:
// its reports then count as read.
class ReportReadTask final : public QObject
{
    Q_OBJECT

public:
    explicit ReportReadTask(QObject* parent = nullptr);
    ~ReportReadTask() override;

    void setTenantDomain(const QString& onmicrosoftDomain);
    bool isRunning() const;
    // Before the first start(): builds the summary from the kept sums in the worker, then finished().
    void restore(std::shared_ptr<const ReportSummaryState> evidence);
    void start(const QStringList& paths);
    void cancel();
    // Everything read so far; empty before the first reading ends.
    const ReportReadOutcome& outcome() const { return m_outcome; }
    void clear();

Q_SIGNALS:
    void progress(int filesDone, int filesTotal);
    void finished(); // also after cancel: outcome() then holds what was read before

private:
    struct Result
    {
        ReportReadTotals totals;
        std::shared_ptr<const ReportSummaryState> state;
        QHash<QString, ReportDomainStats> domains;
    };
    void run(const QStringList& paths, std::shared_ptr<const ReportSummaryState> evidence);

    std::atomic_bool m_cancel{false};
    std::shared_ptr<ReportReader> m_reader;
    ReportReadOutcome m_outcome;
    QFutureWatcher<Result> m_watcher;
    QString m_tenant;
};

} // namespace mailauth
