#include "ReportArchives.h"

#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <stdexcept>
#include <zlib.h>

namespace mailauth::test {

namespace {

struct ArchiveWriteFree
{
    void operator()(archive* a) const { archive_write_free(a); }
};

la_ssize_t appendTo(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

void check(int rc, archive* a)
{
    if (rc != ARCHIVE_OK) {
        throw std::runtime_error(archive_error_string(a) != nullptr ? archive_error_string(a) : "libarchive");
    }
}

void writeEntry(archive* a, const QString& name, const QByteArray& data)
{
    const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
    archive_entry_set_size(entry.get(), data.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), 1764547200, 0);
    check(archive_write_header(a, entry.get()), a);
    if (archive_write_data(a, data.constData(), static_cast<size_t>(data.size())) != data.size()) {
        throw std::runtime_error("archive_write_data");
    }
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray text = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); i += 76) {
        out += text.mid(i, 76) + "\r\n";
    }
    return out;
}

} // namespace

QByteArray gzipOf(const QByteArray& data)
{
    QByteArray out;
    const std::unique_ptr<archive, ArchiveWriteFree> a(archive_write_new());
    check(archive_write_add_filter_gzip(a.get()), a.get());
    check(archive_write_set_format_raw(a.get()), a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    check(archive_write_open(a.get(), &out, nullptr, appendTo, nullptr), a.get());
    writeEntry(a.get(), QStringLiteral("report.xml"), data);
    check(archive_write_close(a.get()), a.get());
    return out;
}

QByteArray zipOf(const QList<QPair<QString, QByteArray>>& entries)
{
    QByteArray out;
    const std::unique_ptr<archive, ArchiveWriteFree> a(archive_write_new());
    check(archive_write_set_format_zip(a.get()), a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    check(archive_write_open(a.get(), &out, nullptr, appendTo, nullptr), a.get());
    for (const auto& [name, data] : entries) {
        writeEntry(a.get(), name, data);
    }
    check(archive_write_close(a.get()), a.get());
    return out;
}

QByteArray gzipBombOf(qint64 zeros)
{
    z_stream z{};
    // 31: a gzip wrapper. Z_RLE finds the runs of zeros at once, so a gigabyte takes about a second.
    if (deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_RLE) != Z_OK) {
        throw std::runtime_error("deflateInit2");
    }
    const QByteArray chunk(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    qint64 left = zeros;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 take = std::min<qint64>(left, chunk.size());
        left -= take;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.constData()));
        z.avail_in = static_cast<uInt>(take);
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

QByteArray mailWith(const QByteArray& attachment, const QString& type, const QString& name, bool htmlPreview)
{
    QByteArray mail = "From: reports@receiver.example\r\n"
                      "To: dmarc@contoso.com\r\n"
                      "Subject: Report Domain: contoso.com Submitter: receiver.example\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n";
    if (htmlPreview) {
        mail +=
            "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>[Preview] a summary</body></html>\r\n";
    }
    mail += "--b1\r\nContent-Type: " + type.toUtf8() + "; name=\"" + name.toUtf8() +
            "\"\r\nContent-Disposition: attachment; filename=\"" + name.toUtf8() +
            "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(attachment) + "--b1--\r\n";
    return mail;
}

QByteArray mailForwarding(const QByteArray& inner)
{
    return "From: someone@contoso.com\r\nTo: dmarc@contoso.com\r\nSubject: Fwd: a report\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"fw\"\r\n\r\n"
           "--fw\r\nContent-Type: text/plain\r\n\r\nSee the attached mail.\r\n"
           "--fw\r\nContent-Type: message/rfc822\r\n\r\n" +
           inner + "\r\n--fw--\r\n";
}

QByteArray reportXml(const QString& org, const QString& reportId, const QString& domain, int rows)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback>\n  <report_metadata><org_name>" +
                     org.toUtf8() + "</org_name><email>dmarc@" + org.toUtf8() + "</email><report_id>" +
                     reportId.toUtf8() +
                     "</report_id><date_range><begin>1764460800</begin><end>1764547199</end></date_range>"
                     "</report_metadata>\n  <policy_published><domain>" +
                     domain.toUtf8() +
                     "</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp>"
                     "<pct>100</pct></policy_published>\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const bool pass = i % 3 != 0;
        xml += "  <record><row><source_ip>192.0.2." + QByteArray::number(i % 250) + "</source_ip><count>" + n +
               "</count><policy_evaluated><disposition>none</disposition><dkim>" + (pass ? "pass" : "fail") +
               "</dkim><spf>" + (i % 2 == 0 ? "pass" : "fail") +
               "</spf></policy_evaluated></row><identifiers><header_from>" + domain.toUtf8() +
               "</header_from></identifiers><auth_results><dkim><domain>" + domain.toUtf8() +
               "</domain><selector>selector1</selector><result>" + (pass ? "pass" : "fail") +
               "</result></dkim><spf><domain>" + domain.toUtf8() + "</domain><scope>mfrom</scope><result>" +
               (i % 2 == 0 ? "pass" : "softfail") + "</result></spf></auth_results></record>\n";
    }
    xml += "</feedback>\n";
    return xml;
}

QString samplePath(const QString& name)
{
    return QStringLiteral(MAILAUTH_REPORTS_DATA "/") + name;
}

QByteArray sample(const QString& name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("missing sample " + name.toStdString());
    }
    return file.readAll();
}

} // namespace mailauth::test
