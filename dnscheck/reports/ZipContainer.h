#pragma once

#include "reports/ReportContainer.h"

#include <QCoreApplication>

namespace mailauth {

// A zip archive read in memory by libarchive. Each regular file entry goes to the item sink; nothing is written to
// disk, so an entry named "../../x" is only a name in messages. Entries larger than the cap after decompression,
// encrypted entries and entries beyond the entry cap go to the problem sink.
class ZipContainer
{
    Q_DECLARE_TR_FUNCTIONS(ZipContainer)

public:
    // false with *error (translated) when the archive itself cannot be read; *cancelled when the flag stopped it.
    static bool forEachEntry(const QByteArray& data, const ContainerLimits& limits, const ContainerItemSink& item,
                             const ContainerProblemSink& problem, QString* error, bool* cancelled);
};

} // namespace mailauth
