#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mailauth::test {

// Builds the containers reports come in, in memory, with libarchive (and zlib for the bomb): tests and the
// benchmark make their .gz and .zip files from the XML samples instead of committing binaries.
QByteArray gzipOf(const QByteArray& data);
QByteArray zipOf(const QList<QPair<QString, QByteArray>>& entries);
// `zeros` zero bytes, gzip-compressed as they stream through zlib (1 GiB makes about 1 MiB): never in memory whole.
QByteArray gzipBombOf(qint64 zeros);
// A mail with `attachment` base64-encoded as `type`, named `name`; an HTML part comes first when `htmlPreview`.
QByteArray mailWith(const QByteArray& attachment, const QString& type, const QString& name, bool htmlPreview = false);
// A mail that carries `inner` as an attached mail (message/rfc822), as a forwarded report looks.
QByteArray mailForwarding(const QByteArray& inner);
// The XML of a report with `rows` records, counts 1..rows, the given identity.
QByteArray reportXml(const QString& org, const QString& reportId, const QString& domain, int rows);
// A sample file from tests/data/reports.
QByteArray sample(const QString& name);
QString samplePath(const QString& name);

} // namespace mailauth::test
