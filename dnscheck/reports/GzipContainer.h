#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailauth {

// A gzip stream (.xml.gz, .gz), decompressed in memory by libarchive (raw format, gzip filter). Several members are
// read one after the other, bytes after the last member are ignored (some reporters send them), and the output is
// capped: a gzip bomb stops at `maxBytes`.
class GzipContainer
{
    Q_DECLARE_TR_FUNCTIONS(GzipContainer)

public:
    // The decompressed bytes, or nullopt with *error set (translated).
    static std::optional<QByteArray> decompress(const QByteArray& data, qint64 maxBytes, QString* error);
};

} // namespace mailauth
