#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace mailauth {

// Writes a whole file so that it is either complete or not written: QSaveFile (temporary file, then rename) for
// regular files. A device or pipe (/dev/full, /dev/stdout, a FIFO) cannot be replaced: QSaveFile then writes into it
// directly and reports success even when the data never arrived, so such targets are written with every write, the
// flush and the close checked.
class AtomicFileWrite
{
public:
    // False with the cause for people ("No space left on device"), never "Unknown error" when the system knows it.
    static bool write(const QString& path, const QByteArray& data, QString* cause);
    static QString errorText(const QFileDevice& file);
};

} // namespace mailauth
