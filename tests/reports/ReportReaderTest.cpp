// ReportReader: files and folders as people have them (.xml, .gz, .zip, .eml, mbox), content before name, one report
// counted once, a bad file listed and passed over, and the hostile files read safely or skipped.
#include "reports/ReportReader.h"

#include "support/ReportArchives.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

struct Collected
{
    QList<AggregateReport> reports;
    ReportReadTotals totals;

    quint64 messages() const
    {
        quint64 sum = 0;
        for (const AggregateReport& r : reports) {
            for (const AggregateRecord& record : r.records) {
                sum += record.count;
            }
        }
        return sum;
    }
    QStringList origins() const
    {
        QStringList list;
        for (const AggregateReport& r : reports) {
            list.append(r.origin);
        }
        return list;
    }
    QString skippedText() const
    {
        QString text;
        for (const SkippedReportFile& s : totals.skipped) {
            text += s.file + QStringLiteral(" -> ") + s.reason + u'\n';
        }
        return text;
    }
};

Collected readBytes(ReportReader& reader, const QByteArray& data, const QString& name)
{
    Collected c;
    c.totals = reader.readBytes(data, name, [&](const AggregateReport& r) { c.reports.append(r); });
    return c;
}

Collected readBytes(const QByteArray& data, const QString& name, ReportReader::Limits limits = {})
{
    ReportReader reader(limits);
    return readBytes(reader, data, name);
}

Collected readPaths(ReportReader& reader, const QStringList& paths)
{
    Collected c;
    c.totals = reader.read(paths, [&](const AggregateReport& r) { c.reports.append(r); });
    return c;
}

quint64 messagesIn(const QString& sampleName)
{
    ReportReader reader;
    return readBytes(reader, sample(sampleName), sampleName).messages();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray google()
{
    return sample(QStringLiteral("google-rfc7489.xml"));
}

} // namespace

TEST(ReportReader, ReadsAPlainXmlFileWithItsOrigin)
{
    const Collected c = readBytes(google(), QStringLiteral("in/google.xml"));
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_EQ(c.totals.files, 1);
    EXPECT_EQ(c.totals.reports, 1);
    EXPECT_EQ(c.reports[0].origin, u"in/google.xml");
    EXPECT_EQ(c.messages(), 52u);
}

TEST(ReportReader, ContentDecidesTheContainerNotTheName)
{
    const QByteArray gz = gzipOf(google());
    const QByteArray zip = zipOf({{QStringLiteral("google.com!contoso.com!1764460800!1764547199.xml"), google()}});
    for (const QString& name : {QStringLiteral("report.xml"), QStringLiteral("report.zip"), QStringLiteral("noext")}) {
        const Collected fromGz = readBytes(gz, name);
        ASSERT_EQ(fromGz.reports.size(), 1) << fromGz.skippedText().toStdString();
        EXPECT_EQ(fromGz.messages(), 52u);
        EXPECT_EQ(fromGz.reports[0].origin, name);
        const Collected fromZip = readBytes(zip, name);
        ASSERT_EQ(fromZip.reports.size(), 1) << fromZip.skippedText().toStdString();
        EXPECT_EQ(fromZip.messages(), 52u);
        EXPECT_EQ(fromZip.reports[0].origin,
                  name + QStringLiteral(": google.com!contoso.com!1764460800!1764547199.xml"));
    }
}

TEST(ReportReader, ReadsUtf16Xml)
{
    // Some Windows tools save XML as UTF-16 with a byte-order mark.
    const QString text = QString::fromUtf8(sample(QStringLiteral("yahoo-rfc7489.xml")));
    QByteArray utf16("\xff\xfe", 2);
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const Collected c = readBytes(gzipOf(utf16), QStringLiteral("yahoo-utf16.xml.gz"));
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_EQ(c.reports[0].orgName, u"Yahoo");
    EXPECT_EQ(c.messages(), 18u);
}

TEST(ReportReader, ReadsGzipWithTrailingBytesAndSeveralMembers)
{
    QByteArray trailing = gzipOf(google());
    static const char tail[] = "\0\0\0\0garbage after the gzip member";
    trailing.append(tail, sizeof tail - 1);
    const Collected c = readBytes(trailing, QStringLiteral("trailing.xml.gz"));
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_EQ(c.messages(), 52u);

    // Two members that together make one document (gzip -c a >x; gzip -c b >>x).
    const QByteArray xml = google();
    const QByteArray members = gzipOf(xml.left(1000)) + gzipOf(xml.mid(1000));
    const Collected m = readBytes(members, QStringLiteral("members.gz"));
    ASSERT_EQ(m.reports.size(), 1) << m.skippedText().toStdString();
    EXPECT_EQ(m.messages(), 52u);
}

TEST(ReportReader, ReadsEveryEntryOfAZipAndListsTheBadOne)
{
    const QByteArray zip = zipOf({
        {QStringLiteral("a/google.xml"), google()},
        {QStringLiteral("yahoo.xml.gz"), gzipOf(sample(QStringLiteral("yahoo-rfc7489.xml")))},
        {QStringLiteral("notes.txt"), QByteArray("read me")},
        {QStringLiteral("broken.xml"), QByteArray("<feedback><report_metadata>")},
    });
    const Collected c = readBytes(zip, QStringLiteral("bundle.zip"));
    EXPECT_EQ(c.reports.size(), 2);
    EXPECT_EQ(c.messages(), 52u + 18u);
    EXPECT_TRUE(c.origins().contains(u"bundle.zip: yahoo.xml.gz"));
    ASSERT_EQ(c.totals.skipped.size(), 2) << c.skippedText().toStdString();
    EXPECT_EQ(c.totals.skipped[0].file, u"bundle.zip: notes.txt");
    EXPECT_TRUE(c.totals.skipped[0].reason.contains(u"not a DMARC aggregate report"));
    EXPECT_EQ(c.totals.skipped[1].file, u"bundle.zip: broken.xml");
    EXPECT_TRUE(c.totals.skipped[1].reason.contains(u"broken"));
}

TEST(ReportReader, ReadsGooglesMailWithABase64Zip)
{
    const Collected c = readBytes(sample(QStringLiteral("google-zip.eml")), QStringLiteral("google-zip.eml"));
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_TRUE(c.totals.skipped.isEmpty()) << c.skippedText().toStdString();
    EXPECT_EQ(c.reports[0].orgName, u"google.com");
    EXPECT_EQ(c.messages(), messagesIn(QStringLiteral("google-rfc7489.xml")));
    EXPECT_EQ(c.reports[0].origin, u"google-zip.eml: google.com!contoso.com!1764460800!1764547199.zip: "
                                   u"google.com!contoso.com!1764460800!1764547199.xml");
}

TEST(ReportReader, ReadsMicrosoftsMailWithTheHtmlPreview)
{
    const Collected c = readBytes(sample(QStringLiteral("outlook-preview.eml")), QStringLiteral("ms.eml"));
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_TRUE(c.totals.skipped.isEmpty()) << c.skippedText().toStdString(); // the HTML part is no report
    EXPECT_EQ(c.reports[0].format, AggregateReportFormat::Rfc9990);
    EXPECT_EQ(c.reports[0].policy.domain, u"fabrikam.com");
    EXPECT_EQ(c.messages(), 45u);
    EXPECT_EQ(c.reports[0].origin, u"ms.eml: protection.outlook.com!fabrikam.com!1764547200!1764633600.xml.gz");
}

TEST(ReportReader, ReadsAnMboxWithTwoMails)
{
    const Collected c = readBytes(sample(QStringLiteral("reports.mbox")), QStringLiteral("Inbox"));
    ASSERT_EQ(c.reports.size(), 2) << c.skippedText().toStdString();
    EXPECT_TRUE(c.totals.skipped.isEmpty()) << c.skippedText().toStdString();
    EXPECT_EQ(c.reports[0].orgName, u"Yahoo");
    EXPECT_EQ(c.reports[1].orgName, u"Mimecast"); // quoted-printable application/octet-stream named .xml
    EXPECT_EQ(c.messages(),
              messagesIn(QStringLiteral("yahoo-rfc7489.xml")) + messagesIn(QStringLiteral("mimecast-rfc7489.xml")));
    EXPECT_TRUE(c.reports[1].origin.startsWith(u"Inbox: mail 2: mimecast.org!")) << c.reports[1].origin.toStdString();
}

TEST(ReportReader, ReadsAttachmentsByTypeOrByName)
{
    const QByteArray gz = gzipOf(google());
    for (const auto& [type, name] :
         QList<QPair<QString, QString>>{{QStringLiteral("application/x-gzip"), QStringLiteral("r.gz")},
                                        {QStringLiteral("application/octet-stream"), QStringLiteral("r.xml.gz")},
                                        {QStringLiteral("application/octet-stream"), QStringLiteral("R.ZIP")}}) {
        const QByteArray payload = name.endsWith(u"ZIP") ? zipOf({{QStringLiteral("r.xml"), google()}}) : gz;
        const Collected c = readBytes(mailWith(payload, type, name, true), QStringLiteral("m.eml"));
        EXPECT_EQ(c.reports.size(), 1) << type.toStdString() << " " << c.skippedText().toStdString();
    }
    // An octet-stream without a report name is some other attachment.
    const Collected other = readBytes(mailWith(gz, QStringLiteral("application/octet-stream"), QStringLiteral("x.bin")),
                                      QStringLiteral("other.eml"));
    EXPECT_TRUE(other.reports.isEmpty());
    ASSERT_EQ(other.totals.skipped.size(), 1);
    EXPECT_TRUE(other.totals.skipped[0].reason.contains(u"no report attached"));
}

TEST(ReportReader, CountsTheSameReportOnce)
{
    ReportReader reader;
    const Collected xml = readBytes(reader, google(), QStringLiteral("google.xml"));
    const Collected zip = readBytes(reader, zipOf({{QStringLiteral("g.xml"), google()}}), QStringLiteral("g.zip"));
    const Collected mail = readBytes(reader, sample(QStringLiteral("google-zip.eml")), QStringLiteral("g.eml"));
    EXPECT_EQ(xml.totals.reports, 1);
    EXPECT_EQ(zip.totals.reports, 0);
    EXPECT_EQ(zip.totals.duplicates, 1);
    EXPECT_EQ(mail.totals.duplicates, 1);
    EXPECT_TRUE(zip.reports.isEmpty());

    // The same mail saved twice, read in one go; another report id of the same reporter is no duplicate.
    QTemporaryDir dir;
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("a.eml")), sample(QStringLiteral("outlook-preview.eml"))));
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("a (1).eml")), sample(QStringLiteral("outlook-preview.eml"))));
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("b.xml")),
                          sample(QStringLiteral("outlook-rfc9990.xml")).replace("9e0f6a4d", "00000000")));
    ReportReader fresh;
    const Collected twice = readPaths(fresh, {dir.path()});
    EXPECT_EQ(twice.totals.reports, 2);
    EXPECT_EQ(twice.totals.duplicates, 1);
    EXPECT_EQ(twice.totals.files, 3);
}

TEST(ReportReader, WalksAFolderTreeAndListsWhatItCannotRead)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    ASSERT_TRUE(writeFile(root + QStringLiteral("/2025/11/google.xml"), google()));
    ASSERT_TRUE(
        writeFile(root + QStringLiteral("/2025/12/yahoo.xml.gz"), gzipOf(sample(QStringLiteral("yahoo-rfc7489.xml")))));
    ASSERT_TRUE(
        writeFile(root + QStringLiteral("/2025/12/mails/ms.eml"), sample(QStringLiteral("outlook-preview.eml"))));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/2025/12/Inbox.mbox"), sample(QStringLiteral("reports.mbox"))));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/notes.txt"), "my notes on DMARC\n"));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/empty.xml"), QByteArray()));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/.DS_Store"), QByteArrayLiteral("\0\0\0\1Bud1")));
    const QString single = samplePath(QStringLiteral("mimecast-rfc7489.xml")); // a file next to the folder

    ReportReader reader;
    QList<QPair<int, int>> steps;
    Collected c;
    c.totals = reader.read(
        {root, single, root + QStringLiteral("/missing.xml")}, [&](const AggregateReport& r) { c.reports.append(r); },
        [&](int done, int total) {
            steps.append({done, total});
        });
    EXPECT_EQ(c.totals.files, 7); // the missing one is not opened, the hidden one not listed
    // google, then the mbox's yahoo and mimecast, ms; the .xml.gz repeats yahoo and the single file mimecast.
    EXPECT_EQ(c.totals.reports, 4) << c.skippedText().toStdString();
    EXPECT_EQ(c.totals.duplicates, 2);
    ASSERT_EQ(c.totals.skipped.size(), 3) << c.skippedText().toStdString();
    EXPECT_TRUE(c.skippedText().contains(QStringLiteral("/empty.xml -> the file is empty")));
    EXPECT_TRUE(c.skippedText().contains(QStringLiteral("/notes.txt -> not a DMARC aggregate report")));
    EXPECT_TRUE(c.skippedText().contains(QStringLiteral("/missing.xml -> the file does not exist")));
    EXPECT_FALSE(c.skippedText().contains(QStringLiteral(".DS_Store")));
    ASSERT_EQ(steps.size(), 9);
    EXPECT_EQ(steps.front(), qMakePair(0, 8));
    EXPECT_EQ(steps.back(), qMakePair(8, 8));
    for (int i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].first, i);
    }
}

TEST(ReportReader, HandsReportsOnInFileOrder)
{
    // Files of very different sizes, so that the threads finish them out of order.
    QTemporaryDir dir;
    QStringList expected;
    for (int i = 0; i < 40; ++i) {
        const QString path = dir.filePath(QStringLiteral("r%1.xml.gz").arg(i, 2, 10, QLatin1Char('0')));
        const int rows = i % 5 == 0 ? 1000 : 1;
        ASSERT_TRUE(writeFile(path, gzipOf(reportXml(QStringLiteral("r.example"), QString::number(i),
                                                     QStringLiteral("contoso.com"), rows))));
        expected.append(path);
    }
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("r07.xml.gz")), "not a report"));
    expected.removeAt(7);
    ReportReader reader;
    const Collected c = readPaths(reader, {dir.path()});
    EXPECT_EQ(c.origins(), expected);
    ASSERT_EQ(c.totals.skipped.size(), 1);
    EXPECT_EQ(c.totals.skipped[0].file, dir.filePath(QStringLiteral("r07.xml.gz")));
    EXPECT_EQ(c.totals.files, 40);
}

TEST(ReportReader, StopsWhenCancelled)
{
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(
            writeFile(dir.filePath(QStringLiteral("r%1.xml").arg(i)),
                      reportXml(QStringLiteral("r.example"), QString::number(i), QStringLiteral("contoso.com"), 2)));
    }
    std::atomic_bool cancel = false;
    int lastProgress = -1;
    ReportReader reader;
    int seen = 0;
    const ReportReadTotals totals = reader.read(
        {dir.path()},
        [&](const AggregateReport&) {
            if (++seen == 2) {
                cancel = true;
            }
        },
        [&](int done, int) { lastProgress = done; }, &cancel);
    EXPECT_TRUE(totals.cancelled);
    EXPECT_EQ(totals.reports, 2);
    EXPECT_EQ(seen, 2);
    EXPECT_LE(lastProgress, 2); // the third file is never handed on

    // Between the entries of one archive, too.
    QList<QPair<QString, QByteArray>> entries;
    for (int i = 0; i < 5; ++i) {
        entries.append({QStringLiteral("e%1.xml").arg(i),
                        reportXml(QStringLiteral("z.example"), QString::number(i), QStringLiteral("contoso.com"), 1)});
    }
    ASSERT_TRUE(writeFile(dir.filePath(QStringLiteral("all.zip")), zipOf(entries)));
    std::atomic_bool stop = false;
    ReportReader second;
    int inZip = 0;
    const ReportReadTotals zipTotals = second.read(
        {dir.filePath(QStringLiteral("all.zip"))},
        [&](const AggregateReport&) {
            if (++inZip == 3) {
                stop = true;
            }
        },
        {}, &stop);
    EXPECT_TRUE(zipTotals.cancelled);
    EXPECT_EQ(inZip, 3);
}

// ---- hostile files -------------------------------------------------------------------------------------------------

TEST(ReportReaderHostile, StopsAGzipBombAtTheCap)
{
    const QByteArray bomb = gzipBombOf(qint64(1) << 30); // 1 GiB of zeros
    ASSERT_LT(bomb.size(), 4 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const Collected c = readBytes(bomb, QStringLiteral("bomb.xml.gz"));
    EXPECT_LT(timer.elapsed(), 30000);
    EXPECT_TRUE(c.reports.isEmpty());
    ASSERT_EQ(c.totals.skipped.size(), 1);
    EXPECT_EQ(c.totals.skipped[0].file, u"bomb.xml.gz");
    EXPECT_TRUE(c.totals.skipped[0].reason.contains(u"after decompression")) << c.skippedText().toStdString();

    // The same inside a zip: the entry is skipped, its neighbour read.
    ReportReader::Limits small;
    small.maxDecompressedBytes = 1024 * 1024;
    const QByteArray zip = zipOf(
        {{QStringLiteral("zeros.xml"), QByteArray(3 * 1024 * 1024, '\0')}, {QStringLiteral("google.xml"), google()}});
    const Collected z = readBytes(zip, QStringLiteral("z.zip"), small);
    EXPECT_EQ(z.reports.size(), 1);
    ASSERT_EQ(z.totals.skipped.size(), 1);
    EXPECT_EQ(z.totals.skipped[0].file, u"z.zip: zeros.xml");
    EXPECT_TRUE(z.totals.skipped[0].reason.contains(u"after decompression"));
}

TEST(ReportReaderHostile, SkipsEntityBombsAndExternalEntities)
{
    const QByteArray laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE feedback [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        "<feedback><report_metadata><org_name>&e;&e;&e;&e;</org_name></report_metadata></feedback>";
    const QByteArray xxe = "<?xml version=\"1.0\"?><!DOCTYPE feedback [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                           "<feedback><report_metadata><org_name>&x;</org_name><report_id>1</report_id>"
                           "</report_metadata><policy_published><domain>c.example</domain></policy_published>"
                           "</feedback>";
    ReportReader reader;
    for (const QByteArray& xml : {laughs, xxe}) {
        const Collected c = readBytes(reader, gzipOf(xml), QStringLiteral("evil.xml.gz"));
        EXPECT_TRUE(c.reports.isEmpty());
        ASSERT_EQ(c.totals.skipped.size(), 1);
        EXPECT_TRUE(c.totals.skipped[0].reason.contains(u"entities"));
        EXPECT_FALSE(c.totals.skipped[0].reason.contains(u"root:"));
    }
}

TEST(ReportReaderHostile, ReadsAZipSlipEntryFromMemoryOnly)
{
    QTemporaryDir dir;
    const QString deep = dir.filePath(QStringLiteral("a/b"));
    ASSERT_TRUE(QDir().mkpath(deep));
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(deep));
    const QByteArray zip = zipOf({{QStringLiteral("../../x.xml"), google()}, {QStringLiteral("/tmp/y.xml"), google()}});
    const Collected c = readBytes(zip, QStringLiteral("slip.zip"));
    QDir::setCurrent(before);
    // Read from memory (the second entry is the same report, so a duplicate) and nothing written anywhere.
    ASSERT_EQ(c.reports.size(), 1) << c.skippedText().toStdString();
    EXPECT_EQ(c.reports[0].origin, u"slip.zip: ../../x.xml");
    EXPECT_EQ(c.totals.duplicates, 1);
    QStringList written;
    for (QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        written.append(it.next());
    }
    EXPECT_EQ(written, (QStringList{dir.filePath(QStringLiteral("a")), deep}));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/y.xml")));
}

TEST(ReportReaderHostile, RefusesImpossibleCountsWithAReason)
{
    QByteArray xml = google();
    xml.replace("<count>42</count>", "<count>18446744073709551616</count>");
    const Collected tooBig = readBytes(xml, QStringLiteral("big.xml"));
    EXPECT_TRUE(tooBig.reports.isEmpty());
    ASSERT_EQ(tooBig.totals.skipped.size(), 1);
    EXPECT_TRUE(tooBig.totals.skipped[0].reason.contains(u"row 1")) << tooBig.skippedText().toStdString();
    xml = google();
    xml.replace("<count>7</count>", "<count>-7</count>");
    const Collected negative = readBytes(xml, QStringLiteral("negative.xml"));
    ASSERT_EQ(negative.totals.skipped.size(), 1);
    EXPECT_TRUE(negative.totals.skipped[0].reason.contains(u"row 2 of the report has a negative"));
}

TEST(ReportReaderHostile, StopsAtTheNestingCap)
{
    const QByteArray xml = google();
    QByteArray nested = xml;
    for (int level = 1; level <= 3; ++level) {
        nested = zipOf({{QStringLiteral("level%1").arg(level), nested}});
    }
    EXPECT_EQ(readBytes(nested, QStringLiteral("three.zip")).reports.size(), 1); // three containers: the cap
    const QByteArray four = zipOf({{QStringLiteral("level4"), nested}});
    const Collected c = readBytes(four, QStringLiteral("four.zip"));
    EXPECT_TRUE(c.reports.isEmpty());
    ASSERT_EQ(c.totals.skipped.size(), 1);
    EXPECT_EQ(c.totals.skipped[0].file, u"four.zip: level4: level3: level2");
    EXPECT_TRUE(c.totals.skipped[0].reason.contains(u"nested too deeply"));

    // Mails forwarded inside mails: a zip in a mail is 2, in a forwarded mail 3, forwarded twice 4.
    QByteArray mail =
        mailWith(zipOf({{QStringLiteral("g.xml"), xml}}), QStringLiteral("application/zip"), QStringLiteral("g.zip"));
    EXPECT_EQ(readBytes(mailForwarding(mail), QStringLiteral("fwd.eml")).reports.size(), 1);
    const Collected twice = readBytes(mailForwarding(mailForwarding(mail)), QStringLiteral("fwdfwd.eml"));
    EXPECT_TRUE(twice.reports.isEmpty());
    ASSERT_EQ(twice.totals.skipped.size(), 1);
    EXPECT_TRUE(twice.totals.skipped[0].reason.contains(u"nested too deeply"));

    // MIME parts nested thousands deep, the way to crash a mail parser: refused, in bounded time.
    QByteArray deep =
        "From: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n";
    for (int i = 1; i < 5000; ++i) {
        deep += "--b" + QByteArray::number(i - 1) + "\r\nContent-Type: multipart/mixed; boundary=\"b" +
                QByteArray::number(i) + "\"\r\n\r\n";
    }
    deep += "--b4999\r\nContent-Type: application/zip; name=\"g.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            zipOf({{QStringLiteral("g.xml"), xml}}).toBase64() + "\r\n";
    QElapsedTimer timer;
    timer.start();
    const Collected d = readBytes(deep, QStringLiteral("deep.eml"));
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_TRUE(d.reports.isEmpty());
    ASSERT_EQ(d.totals.skipped.size(), 1);
    EXPECT_TRUE(d.totals.skipped[0].reason.contains(u"nested too deeply")) << d.skippedText().toStdString();
}

TEST(ReportReaderHostile, CapsEntriesAndFileSize)
{
    QList<QPair<QString, QByteArray>> entries;
    for (int i = 0; i < 5; ++i) {
        entries.append({QStringLiteral("e%1.xml").arg(i),
                        reportXml(QStringLiteral("z.example"), QString::number(i), QStringLiteral("contoso.com"), 1)});
    }
    ReportReader::Limits limits;
    limits.maxEntriesPerArchive = 3;
    const Collected c = readBytes(zipOf(entries), QStringLiteral("many.zip"), limits);
    EXPECT_EQ(c.reports.size(), 3);
    ASSERT_EQ(c.totals.skipped.size(), 1);
    EXPECT_TRUE(c.totals.skipped[0].reason.contains(u"more than 3 entries"));

    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.xml"));
    ASSERT_TRUE(writeFile(big, google()));
    limits.maxFileBytes = 1000;
    ReportReader reader(limits);
    const Collected tooBig = readPaths(reader, {big});
    EXPECT_EQ(tooBig.totals.files, 0);
    ASSERT_EQ(tooBig.totals.skipped.size(), 1);
    EXPECT_TRUE(tooBig.totals.skipped[0].reason.contains(u"larger than"));
}

TEST(ReportReaderHostile, NamesFilesItCannotRead)
{
    ReportReader reader;
    const Collected msg =
        readBytes(reader, QByteArrayLiteral("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 rest"), QStringLiteral("r.msg"));
    ASSERT_EQ(msg.totals.skipped.size(), 1);
    EXPECT_TRUE(msg.totals.skipped[0].reason.contains(u".eml"));
    const Collected png = readBytes(reader, QByteArrayLiteral("\x89PNG\r\n\x1a\n"), QStringLiteral("r.png"));
    ASSERT_EQ(png.totals.skipped.size(), 1);
    EXPECT_EQ(png.totals.skipped[0].file, u"r.png");
    const Collected badGz = readBytes(reader, gzipOf(google()).left(60), QStringLiteral("cut.gz"));
    ASSERT_EQ(badGz.totals.skipped.size(), 1);
    EXPECT_TRUE(badGz.totals.skipped[0].reason.contains(u"gzip")) << badGz.skippedText().toStdString();
    const Collected badZip =
        readBytes(reader, QByteArrayLiteral("PK\x03\x04 not really a zip"), QStringLiteral("x.zip"));
    ASSERT_EQ(badZip.totals.skipped.size(), 1);
    EXPECT_EQ(badZip.totals.skipped[0].file, u"x.zip");
    // A device is no file: /dev/zero would be read up to the cap for nothing.
    const Collected device = readPaths(reader, {QStringLiteral("/dev/zero")});
    EXPECT_EQ(device.totals.files, 0);
    ASSERT_EQ(device.totals.skipped.size(), 1);
    EXPECT_TRUE(device.totals.skipped[0].reason.contains(u"not a regular file"));
}
