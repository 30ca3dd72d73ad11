#include "ArchiveData.h"

#include <archive.h>

namespace mailauth {

ArchiveDataResult readArchiveData(archive* a, qint64 maxBytes, QByteArray* out, QString* error)
{
    // Blocks straight from libarchive's buffer: no scratch buffer to grow and shrink for every small report.
    for (;;) {
        const void* block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(a, &block, &size, &offset);
        if (rc == ARCHIVE_EOF) {
            return ArchiveDataResult::Read;
        }
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            const char* text = archive_error_string(a);
            *error = text != nullptr ? QString::fromUtf8(text) : QString();
            return ArchiveDataResult::Damaged;
        }
        // A block may start past the end of what was read (sparse entries): the gap is zeros.
        if (offset < 0 || offset > maxBytes || qint64(size) > maxBytes - offset) {
            return ArchiveDataResult::TooLarge;
        }
        if (offset > out->size()) {
            out->append(QByteArray(static_cast<qsizetype>(offset) - out->size(), '\0'));
        }
        out->append(static_cast<const char*>(block), static_cast<qsizetype>(size));
        if (out->size() > maxBytes) {
            return ArchiveDataResult::TooLarge;
        }
    }
}

} // namespace mailauth
