#pragma once

#include "model/reports/DmarcReportSummary.h"
#include "reports/ReportReader.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace mailauth {

// What one reading of report files gives: the sums and what could not be read.
struct ReportReadOutcome
{
    std::shared_ptr<DmarcReportSummary> summary;
    ReportReadTotals totals;
};

// Reads aggregate reports off the UI thread (ReportReader + DmarcReportSummary in a worker), with progress and
// cancel. Each start() adds to what earlier readings found, so files dropped in several goes add up (duplicates
// across them count once, since the reader keeps the identities).
class ReportReadTask final : public QObject
{
    Q_OBJECT

public:
    explicit ReportReadTask(QObject* parent = nullptr);
    ~ReportReadTask() override;

    void setTenantDomain(const QString& onmicrosoftDomain);
    bool isRunning() const;
    void start(const QStringList& paths);
    void cancel();
    // Everything read so far; empty before the first reading ends.
    const ReportReadOutcome& outcome() const { return m_outcome; }
    void clear();

Q_SIGNALS:
    void progress(int filesDone, int filesTotal);
    void finished(); // also after cancel: outcome() then holds what was read before

private:
    std::atomic_bool m_cancel{false};
    std::shared_ptr<ReportReader> m_reader;
    ReportReadOutcome m_outcome;
    QFutureWatcher<ReportReadTotals> m_watcher;
    QString m_tenant;
};

} // namespace mailauth
