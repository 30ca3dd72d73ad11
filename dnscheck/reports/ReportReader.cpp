#include "ReportReader.h"

#include "reports/AggregateReportParser.h"
#include "reports/ContentSniffer.h"
#include "reports/GzipContainer.h"
#include "reports/MailContainer.h"
#include "reports/ZipContainer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace mailauth {

namespace {

// What reading one file produces, in order: reports and the things that could not be read.
struct ReadEvents
{
    std::function<void(AggregateReport&)> report;
    std::function<void(const SkippedReportFile&)> skipped;
};

// Reads one file or buffer down through its containers and hands on what it finds; counting and duplicates are the
// caller's (Tally). Every container opened around a piece of data is one level of nesting (a .zip in a mail is 2; the
// mails of an mbox are one level with it). `cancel` is polled between archive entries and mails.
class Session
{
public:
    Session(const ReportReader::Limits& limits, const std::atomic_bool* cancel, ReadEvents events)
        : m_limits(limits)
        , m_cancel(cancel)
        , m_events(std::move(events))
    {
    }

    // true when the file was opened (counted in `files`).
    bool readFile(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.exists()) {
            skip(path, ReportReader::tr("the file does not exist"));
            return false;
        }
        if (!info.isFile()) {
            // A device or a pipe (/dev/zero) would be read until the cap for nothing.
            skip(path, ReportReader::tr("not a regular file"));
            return false;
        }
        if (info.size() > m_limits.maxFileBytes) {
            skip(path, tooLarge());
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            skip(path, ReportReader::tr("the file cannot be opened: %1").arg(file.errorString()));
            return false;
        }
        // At most one byte more than the size seen: a file that grows while it is read still stops at the cap (and
        // read(n) allocates n bytes up front, so never the cap itself).
        const QByteArray data = file.read(std::min(info.size(), m_limits.maxFileBytes) + 1);
        if (data.size() > m_limits.maxFileBytes) {
            skip(path, tooLarge());
            return true;
        }
        readData(data, path, 0);
        return true;
    }

    bool readBytes(const QByteArray& data, const QString& name)
    {
        if (data.size() > m_limits.maxFileBytes) {
            skip(name, tooLarge());
            return false;
        }
        readData(data, name, 0);
        return true;
    }

private:
    static QString inside(const QString& origin, const QString& name) { return origin + QStringLiteral(": ") + name; }

    bool cancelled() const { return m_cancel != nullptr && m_cancel->load(); }

    QString tooLarge() const
    {
        return ReportReader::tr("the file is larger than %1; no report is that big")
            .arg(QLocale().formattedDataSize(m_limits.maxFileBytes));
    }

    void skip(const QString& origin, const QString& reason) { m_events.skipped(SkippedReportFile{origin, reason}); }

    // `depth`: containers already opened around `data`.
    void readData(const QByteArray& data, const QString& origin, int depth)
    {
        const ContentSniffer::Kind kind = ContentSniffer::kind(data);
        switch (kind) {
        case ContentSniffer::Kind::Empty:
            skip(origin, ReportReader::tr("the file is empty"));
            return;
        case ContentSniffer::Kind::Xml:
            readXml(data, origin);
            return;
        case ContentSniffer::Kind::OutlookMsg:
            skip(origin, ReportReader::tr("an Outlook .msg file, which cannot be read: save the mail as .eml, "
                                          "or save the attachment itself"));
            return;
        case ContentSniffer::Kind::Unknown:
            skip(origin, ReportReader::tr("not a DMARC aggregate report: neither XML, gzip, zip nor a mail"));
            return;
        case ContentSniffer::Kind::Gzip:
        case ContentSniffer::Kind::Zip:
        case ContentSniffer::Kind::Mail:
        case ContentSniffer::Kind::Mbox:
            break;
        }
        if (depth >= m_limits.maxNesting) {
            skip(origin, ReportReader::tr("nested too deeply: more than %n archives or mails inside each other", "",
                                          m_limits.maxNesting));
            return;
        }
        const ContainerItemSink item = [&](const QByteArray& bytes, const QString& name) {
            if (!cancelled()) {
                readData(bytes, inside(origin, name), depth + 1);
            }
        };
        const ContainerProblemSink problem = [&](const QString& name, const QString& reason) {
            skip(inside(origin, name), reason);
        };
        const ContainerLimits limits{m_limits.maxDecompressedBytes, m_limits.maxEntriesPerArchive, m_cancel};
        QString error;
        bool stopped = false; // the cancel flag stopped a container; the caller sees the flag too
        switch (kind) {
        case ContentSniffer::Kind::Gzip:
            if (const auto inflated = GzipContainer::decompress(data, m_limits.maxDecompressedBytes, &error)) {
                // A gzip has no entry names worth showing: what is inside reads under the file's own name.
                readData(*inflated, origin, depth + 1);
            }
            break;
        case ContentSniffer::Kind::Zip:
            ZipContainer::forEachEntry(data, limits, item, problem, &error, &stopped);
            break;
        case ContentSniffer::Kind::Mail:
            MailContainer::forEachAttachment(data, item, &error);
            break;
        case ContentSniffer::Kind::Mbox:
            MailContainer::forEachMail(data, limits, item, problem, &error, &stopped);
            break;
        default:
            break;
        }
        if (!error.isEmpty()) {
            skip(origin, error);
        }
    }

    void readXml(const QByteArray& data, const QString& origin)
    {
        if (data.size() > m_limits.maxDecompressedBytes) {
            skip(origin, ReportReader::tr("larger than %1; far bigger than any report, not read")
                             .arg(QLocale().formattedDataSize(m_limits.maxDecompressedBytes)));
            return;
        }
        AggregateReportParseResult parsed = AggregateReportParser::parse(data, m_limits.maxRecordsPerReport);
        if (!parsed.report) {
            skip(origin, parsed.error);
            return;
        }
        parsed.report->origin = origin;
        m_events.report(*parsed.report);
    }

    const ReportReader::Limits& m_limits;
    const std::atomic_bool* m_cancel;
    ReadEvents m_events;
};

// Counting and duplicates, on the caller's thread: the identities seen live in the reader across calls.
class Tally
{
public:
    Tally(QSet<QByteArray>& seen, const ReportReader::ReportSink& sink)
        : m_seen(seen)
        , m_sink(sink)
    {
    }

    ReportReadTotals totals;

    void report(const AggregateReport& report)
    {
        const QByteArray identity = ReportReader::identityKey(report);
        if (m_seen.contains(identity)) {
            ++totals.duplicates;
            return;
        }
        m_seen.insert(identity);
        ++totals.reports;
        if (m_sink) {
            m_sink(report);
        }
    }
    void skipped(const SkippedReportFile& skipped) { totals.skipped.append(skipped); }

private:
    QSet<QByteArray>& m_seen;
    const ReportReader::ReportSink& m_sink;
};

// Reading files on several threads, handing everything on in file order on the caller's thread, so the result is the
// same as reading one file after the other (which copy of a duplicate counts, the order of reports and of skipped
// files). Memory stays bounded: a worker starts a file at most kWindow files ahead of the one being handed on, and
// a file that is not yet the one being handed on may hold at most kPendingPerFile events before its worker waits.
class ParallelRead
{
public:
    static constexpr int kPendingPerFile = 16;

    ParallelRead(const ReportReader::Limits& limits, const QStringList& files, Tally& tally,
                 const ReportReader::ProgressSink& progress, const std::atomic_bool* cancel, int workers)
        : m_limits(limits)
        , m_files(files)
        , m_tally(tally)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_workers(workers)
        , m_window(workers * 4)
    {
    }

    void run()
    {
        std::vector<std::thread> threads;
        threads.reserve(static_cast<size_t>(m_workers));
        for (int i = 0; i < m_workers; ++i) {
            threads.emplace_back([this] { work(); });
        }
        const auto stopAndJoin = [&] {
            {
                const std::lock_guard lock(m_mutex);
                m_stop = true;
            }
            m_changed.notify_all();
            for (std::thread& thread : threads) {
                thread.join();
            }
        };
        try {
            handOn();
        } catch (...) {
            stopAndJoin(); // a throwing sink must not leave threads running
            throw;
        }
        stopAndJoin();
    }

private:
    struct Event
    {
        std::optional<AggregateReport> report;
        SkippedReportFile skipped;
    };
    struct Slot
    {
        std::deque<Event> events;
        bool done = false;
        bool opened = false;
    };

    bool userCancelled() const { return m_cancel != nullptr && m_cancel->load(); }

    void work()
    {
        for (;;) {
            int index = 0;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_next >= total() || m_next < m_current + m_window; });
                if (m_stop || m_next >= total()) {
                    return;
                }
                index = m_next++;
                m_slots[index];
            }
            Session session(m_limits, &m_stop,
                            ReadEvents{[&](AggregateReport& report) {
                                           push(index, Event{std::move(report), {}});
                                       },
                                       [&](const SkippedReportFile& skipped) {
                                           push(index, Event{{}, skipped});
                                       }});
            const bool opened = session.readFile(m_files[index]);
            {
                const std::lock_guard lock(m_mutex);
                m_slots[index].done = true;
                m_slots[index].opened = opened;
            }
            m_changed.notify_all();
        }
    }

    void push(int index, Event event)
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(
                lock, [&] { return m_stop || index == m_current || m_slots[index].events.size() < kPendingPerFile; });
            if (m_stop) {
                return;
            }
            m_slots[index].events.push_back(std::move(event));
        }
        m_changed.notify_all();
    }

    // The caller's thread: events of the current file in order, then the next file.
    void handOn()
    {
        std::unique_lock lock(m_mutex);
        while (m_current < total()) {
            // Polled: the cancel flag is the caller's, nobody notifies us when it is set.
            m_changed.wait_for(lock, std::chrono::milliseconds(50), [&] {
                const Slot& slot = m_slots[m_current];
                return !slot.events.empty() || slot.done;
            });
            if (userCancelled()) {
                m_tally.totals.cancelled = true;
                return;
            }
            Slot& slot = m_slots[m_current];
            if (!slot.events.empty()) {
                Event event = std::move(slot.events.front());
                slot.events.pop_front();
                lock.unlock();
                m_changed.notify_all();
                if (event.report) {
                    m_tally.report(*event.report);
                } else {
                    m_tally.skipped(event.skipped);
                }
                lock.lock();
                continue;
            }
            if (slot.done) {
                if (slot.opened) {
                    ++m_tally.totals.files;
                }
                m_slots.erase(m_current);
                ++m_current;
                lock.unlock();
                m_changed.notify_all();
                if (m_progress) {
                    m_progress(m_current, total());
                }
                lock.lock();
            }
        }
    }

    int total() const { return static_cast<int>(m_files.size()); }

    const ReportReader::Limits& m_limits;
    const QStringList& m_files;
    Tally& m_tally;
    const ReportReader::ProgressSink& m_progress;
    const std::atomic_bool* m_cancel;
    const int m_workers;
    const int m_window;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::atomic_bool m_stop = false; // set when the reading ends: workers stop between files and archive entries
    int m_next = 0;                  // the next file a worker takes
    int m_current = 0;               // the file being handed on
    std::map<int, Slot> m_slots;
};

} // namespace

ReportReader::ReportReader(Limits limits)
    : m_limits(limits)
{
}

ReportReader::ReportReader()
    : ReportReader(Limits{})
{
}

QByteArray ReportReader::identityKey(const AggregateReport& report)
{
    return QCryptographicHash::hash(report.identity().toUtf8(), QCryptographicHash::Sha256).left(kIdentityKeyBytes);
}

ReportReadTotals ReportReader::read(const QStringList& paths, const ReportSink& sink, const ProgressSink& progress,
                                    const std::atomic_bool* cancel)
{
    Tally tally(m_seen, sink);
    // The file list first, so progress can say "12 of 300". Folders are walked recursively in a stable order; hidden
    // files (.DS_Store, editor backups) and symbolic links to folders (loops) are left out.
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found.append(it.next());
        }
        if (found.isEmpty()) {
            tally.skipped({path, tr("the folder holds no files")});
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    const int total = static_cast<int>(files.size());
    if (progress) {
        progress(0, total);
    }
    // Decompressing and parsing take the time, file by file: spread over the cores when there is more than one file.
    const int workers = std::min({QThread::idealThreadCount(), 4, total});
    if (workers > 1) {
        ParallelRead(m_limits, files, tally, progress, cancel, workers).run();
        return tally.totals;
    }
    Session session(m_limits, cancel,
                    ReadEvents{[&](AggregateReport& report) { tally.report(report); },
                               [&](const SkippedReportFile& skipped) { tally.skipped(skipped); }});
    for (int i = 0; i < total; ++i) {
        if (cancel != nullptr && cancel->load()) {
            break;
        }
        if (session.readFile(files[i])) {
            ++tally.totals.files;
        }
        if (progress) {
            progress(i + 1, total);
        }
    }
    tally.totals.cancelled = cancel != nullptr && cancel->load();
    return tally.totals;
}

ReportReadTotals ReportReader::readBytes(const QByteArray& data, const QString& name, const ReportSink& sink)
{
    Tally tally(m_seen, sink);
    Session session(m_limits, nullptr,
                    ReadEvents{[&](AggregateReport& report) { tally.report(report); },
                               [&](const SkippedReportFile& skipped) { tally.skipped(skipped); }});
    if (session.readBytes(data, name)) {
        ++tally.totals.files;
    }
    return tally.totals;
}

} // namespace mailauth
