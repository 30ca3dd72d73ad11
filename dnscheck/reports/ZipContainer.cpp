#include "ZipContainer.h"

#include "reports/ArchiveData.h"

#include <QLocale>
#include <algorithm>
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
    return text != nullptr ? QString::fromUtf8(text) : ZipContainer::tr("unknown error");
}

QString entryName(archive_entry* entry, int index)
{
    if (const char* utf8 = archive_entry_pathname_utf8(entry)) {
        return QString::fromUtf8(utf8);
    }
    if (const char* raw = archive_entry_pathname(entry)) {
        return QString::fromUtf8(raw);
    }
    return ZipContainer::tr("entry %1").arg(index);
}

} // namespace

bool ZipContainer::forEachEntry(const QByteArray& data, const ContainerLimits& limits, const ContainerItemSink& item,
                                const ContainerProblemSink& problem, QString* error, bool* cancelled)
{
    const std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), static_cast<size_t>(data.size())) != ARCHIVE_OK) {
        *error = tr("the zip archive cannot be read: %1").arg(archiveError(a.get()));
        return false;
    }
    const QString tooLarge = tr("larger than %1 after decompression (a zip bomb, or far bigger than any report); "
                                "not read")
                                 .arg(QLocale().formattedDataSize(limits.maxBytes));
    int index = 0;
    for (;;) {
        if (limits.cancelled()) {
            *cancelled = true;
            return true;
        }
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            if (index == 0) {
                *error = tr("the zip archive cannot be read: %1").arg(archiveError(a.get()));
                return false;
            }
            problem(tr("after entry %1").arg(index),
                    tr("the rest of the zip archive is damaged: %1").arg(archiveError(a.get())));
            break;
        }
        ++index;
        if (index > limits.maxEntries) {
            problem(tr("entry %1 and later").arg(index),
                    tr("the archive has more than %1 entries; the rest was not read").arg(limits.maxEntries));
            break;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            continue; // folders and links hold no report
        }
        const QString name = entryName(entry, index);
        if (archive_entry_is_encrypted(entry)) {
            problem(name, tr("the entry is encrypted"));
            continue;
        }
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > limits.maxBytes) {
            problem(name, tooLarge);
            continue;
        }
        QByteArray bytes;
        if (archive_entry_size_is_set(entry)) {
            // The declared size is a hint only: deflate cannot expand more than about 1032 times.
            const qint64 hint = std::clamp<qint64>(archive_entry_size(entry), 0, qint64(data.size()) * 1032);
            bytes.reserve(static_cast<qsizetype>(hint) + 1);
        }
        QString why;
        switch (readArchiveData(a.get(), limits.maxBytes, &bytes, &why)) {
        case ArchiveDataResult::Read:
            item(bytes, name);
            break;
        case ArchiveDataResult::TooLarge:
            problem(name, tooLarge);
            break;
        case ArchiveDataResult::Damaged:
            problem(name, tr("the entry is damaged: %1").arg(why.isEmpty() ? tr("unknown error") : why));
            break;
        }
    }
    return true;
}

} // namespace mailauth
