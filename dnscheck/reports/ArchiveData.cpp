#include "ArchiveData.h"

#include <archive.h>

namespace mailauth {

ArchiveDataResult readArchiveData(archive* a, qint64 maxBytes, QByteArray* out, QString* error)
{
    constexpr qsizetype kChunk = 256 * 1024;
    for (;;) {
        const qsizetype used = out->size();
        if (used > maxBytes) {
            return ArchiveDataResult::TooLarge;
        }
        if (out->capacity() - used < kChunk) {
            out->reserve(std::max(out->capacity() * 2, used + kChunk));
        }
        out->resize(used + kChunk);
        const la_ssize_t got = archive_read_data(a, out->data() + used, static_cast<size_t>(kChunk));
        if (got < 0) {
            const char* text = archive_error_string(a);
            *error = text != nullptr ? QString::fromUtf8(text) : QString();
            out->resize(used);
            return ArchiveDataResult::Damaged;
        }
        out->resize(used + static_cast<qsizetype>(got));
        if (got == 0) {
            return ArchiveDataResult::Read;
        }
    }
}

} // namespace mailauth
