#pragma once

#include <QByteArray>
#include <QString>

struct archive; // libarchive's handle; libarchive stays out of the public headers

namespace mailauth {

// The data of the current libarchive entry, read in memory up to a cap: shared by the gzip and zip containers.
enum class ArchiveDataResult
{
    Read,
    TooLarge, // more than maxBytes: reading stopped there
    Damaged   // libarchive's message is in *error
};

ArchiveDataResult readArchiveData(archive* a, qint64 maxBytes, QByteArray* out, QString* error);

} // namespace mailauth
