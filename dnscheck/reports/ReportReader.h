#pragma once

#include "reports/AggregateReport.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <functional>

namespace mailauth {

struct SkippedReportFile
{
    QString file;   // the path, plus the entry inside an archive or mail ("x.zip: a.xml")
    QString reason; // for a person: "not a DMARC aggregate report (the XML has no <feedback> element)", translated
};

struct ReportReadTotals
{
    int files = 0;      // files opened
    int reports = 0;    // distinct reports handed on
    int duplicates = 0; // reports seen again (same reporter and report id), not handed on
    QList<SkippedReportFile> skipped;
    bool cancelled = false;
};

// Reads DMARC aggregate reports as people have them: .xml, .gz, .zip, .eml (the report mail, attachment inside) and
// mbox, from files and folders (recursive). Content decides the container, not the file name. Every report goes to
// the sink as soon as it is read, so memory holds a few reports at a time plus the identities seen. Nothing is
// written to disk; decompressed sizes, archive entries and nesting are capped; the XML is read without a DTD.
// A file that cannot be read is listed in `skipped` and never stops the rest. Usable from a worker thread.
// read() decompresses and parses several files at once on its own threads (up to four), but the sinks are called on
// the calling thread and in file order, so the outcome is the same as reading one file after the other.
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)

public:
    struct Limits
    {
        qint64 maxDecompressedBytes = qint64(64) * 1024 * 1024; // one report after decompression
        qint64 maxFileBytes = qint64(512) * 1024 * 1024;        // one input file as it is on disk
        int maxEntriesPerArchive = 1000;
        int maxNesting = 3; // a .zip in a mail is 2
        // Rows of one report: a 64 MiB report of minimal rows would otherwise take gigabytes once parsed.
        int maxRecordsPerReport = 500000;
    };
    using ReportSink = std::function<void(const AggregateReport&)>;
    using ProgressSink = std::function<void(int filesDone, int filesTotal)>;

    explicit ReportReader(Limits limits);
    ReportReader();

    // `cancel` is polled between files and between archive entries.
    ReportReadTotals read(const QStringList& paths, const ReportSink& sink, const ProgressSink& progress = {},
                          const std::atomic_bool* cancel = nullptr);
    // One file already in memory (tests, fuzzers); `name` is only used in messages. Duplicates are counted against
    // everything this reader has read so far.
    ReportReadTotals readBytes(const QByteArray& data, const QString& name, const ReportSink& sink);

    // The key a report is known by across readings and sessions: 16 bytes of SHA-256 over AggregateReport::identity(),
    // so a project can keep thousands of them without keeping what the reports said.
    static QByteArray identityKey(const AggregateReport& report);
    static constexpr int kIdentityKeyBytes = 16;
    // The reports read so far, and reports read in an earlier session (a project), which then count as duplicates.
    const QSet<QByteArray>& seen() const { return m_seen; }
    void addSeen(const QSet<QByteArray>& keys) { m_seen.unite(keys); }

private:
    Limits m_limits;
    QSet<QByteArray> m_seen; // identityKey() of every report handed on
};

} // namespace mailauth
