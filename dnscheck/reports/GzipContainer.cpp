#include "GzipContainer.h"

#include "reports/ArchiveData.h"

#include <QLocale>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace mailauth {

namespace {

struct ArchiveFree
{
    void operator()(archive* a) const { archive_read_free(a); }
};

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text != nullptr ? QString::fromUtf8(text) : GzipContainer::tr("unknown error");
}

} // namespace

std::optional<QByteArray> GzipContainer::decompress(const QByteArray& data, qint64 maxBytes, QString* error)
{
    const std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_raw(a.get());
    archive_entry* entry = nullptr;
    if (archive_read_open_memory(a.get(), data.constData(), static_cast<size_t>(data.size())) != ARCHIVE_OK ||
        archive_read_next_header(a.get(), &entry) != ARCHIVE_OK) {
        *error = tr("the gzip data cannot be read: %1").arg(archiveError(a.get()));
        return std::nullopt;
    }
    QByteArray out;
    // The gzip trailer holds the size modulo 4 GiB: a good first guess for an honest file, never trusted beyond the
    // cap.
    if (data.size() >= 18) {
        const auto* tail = reinterpret_cast<const unsigned char*>(data.constData() + data.size() - 4);
        const qint64 hinted =
            qint64(tail[0]) | (qint64(tail[1]) << 8) | (qint64(tail[2]) << 16) | (qint64(tail[3]) << 24);
        out.reserve(static_cast<qsizetype>(std::min({hinted, maxBytes, qint64(data.size()) * 64})) + 1);
    }
    QString why;
    switch (readArchiveData(a.get(), maxBytes, &out, &why)) {
    case ArchiveDataResult::Read:
        return out;
    case ArchiveDataResult::TooLarge:
        *error = tr("larger than %1 after decompression (a gzip bomb, or far bigger than any report); not read")
                     .arg(QLocale().formattedDataSize(maxBytes));
        return std::nullopt;
    case ArchiveDataResult::Damaged:
        break;
    }
    *error = tr("the gzip data is damaged: %1").arg(why.isEmpty() ? tr("unknown error") : why);
    return std::nullopt;
}

} // namespace mailauth
