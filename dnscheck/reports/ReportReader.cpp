#include "ReportReader.h"

#include "reports/AggregateReportParser.h"
#include "reports/ContentSniffer.h"
#include "reports/GzipContainer.h"
#include "reports/MailContainer.h"
#include "reports/ZipContainer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace mailauth {

// One call of read() or readBytes(): the totals, the sinks and the way down into containers. Every container opened
// around a piece of data is one level of nesting (a .zip in a mail is 2; the mails of an mbox are one level with it).
class ReportReader::Session
{
public:
    Session(const Limits& limits, QSet<QString>& seen, const ReportSink& sink, const std::atomic_bool* cancel)
        : m_limits(limits)
        , m_seen(seen)
        , m_sink(sink)
        , m_cancel(cancel)
    {
    }

    ReportReadTotals& totals() { return m_totals; }

    bool cancelled()
    {
        if (m_cancel != nullptr && m_cancel->load()) {
            m_totals.cancelled = true;
        }
        return m_totals.cancelled;
    }

    void readFile(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.exists()) {
            skip(path, ReportReader::tr("the file does not exist"));
            return;
        }
        if (!info.isFile()) {
            // A device or a pipe (/dev/zero) would be read until the cap for nothing.
            skip(path, ReportReader::tr("not a regular file"));
            return;
        }
        if (info.size() > m_limits.maxFileBytes) {
            skip(path, ReportReader::tr("the file is larger than %1; no report is that big")
                           .arg(QLocale().formattedDataSize(m_limits.maxFileBytes)));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            skip(path, ReportReader::tr("the file cannot be opened: %1").arg(file.errorString()));
            return;
        }
        // At most one byte more than the size seen: a file that grows while it is read still stops at the cap (and
        // read(n) allocates n bytes up front, so never the cap itself).
        const QByteArray data = file.read(std::min(info.size(), m_limits.maxFileBytes) + 1);
        if (data.size() > m_limits.maxFileBytes) {
            skip(path, ReportReader::tr("the file is larger than %1; no report is that big")
                           .arg(QLocale().formattedDataSize(m_limits.maxFileBytes)));
            return;
        }
        ++m_totals.files;
        readData(data, path, 0);
    }

    void readBytes(const QByteArray& data, const QString& name)
    {
        if (data.size() > m_limits.maxFileBytes) {
            skip(name, ReportReader::tr("the file is larger than %1; no report is that big")
                           .arg(QLocale().formattedDataSize(m_limits.maxFileBytes)));
            return;
        }
        ++m_totals.files;
        readData(data, name, 0);
    }

private:
    static QString inside(const QString& origin, const QString& name) { return origin + QStringLiteral(": ") + name; }

    void skip(const QString& origin, const QString& reason) { m_totals.skipped.append({origin, reason}); }

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
        bool stopped = false;
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
        if (stopped) {
            m_totals.cancelled = true;
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
        AggregateReport& report = *parsed.report;
        report.origin = origin;
        const QString identity = report.identity();
        if (m_seen.contains(identity)) {
            ++m_totals.duplicates;
            return;
        }
        m_seen.insert(identity);
        ++m_totals.reports;
        if (m_sink) {
            m_sink(report);
        }
    }

    const Limits& m_limits;
    QSet<QString>& m_seen;
    const ReportSink& m_sink;
    const std::atomic_bool* m_cancel;
    ReportReadTotals m_totals;
};

ReportReader::ReportReader(Limits limits)
    : m_limits(limits)
{
}

ReportReader::ReportReader()
    : ReportReader(Limits{})
{
}

ReportReadTotals ReportReader::read(const QStringList& paths, const ReportSink& sink, const ProgressSink& progress,
                                    const std::atomic_bool* cancel)
{
    Session session(m_limits, m_seen, sink, cancel);
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
            session.totals().skipped.append({path, tr("the folder holds no files")});
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    const int total = static_cast<int>(files.size());
    if (progress) {
        progress(0, total);
    }
    for (int i = 0; i < total; ++i) {
        if (session.cancelled()) {
            break;
        }
        session.readFile(files[i]);
        if (progress) {
            progress(i + 1, total);
        }
    }
    session.cancelled();
    return session.totals();
}

ReportReadTotals ReportReader::readBytes(const QByteArray& data, const QString& name, const ReportSink& sink)
{
    Session session(m_limits, m_seen, sink, nullptr);
    session.readBytes(data, name);
    return session.totals();
}

} // namespace mailauth
