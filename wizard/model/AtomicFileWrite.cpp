#include "AtomicFileWrite.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace mailauth {

QString AtomicFileWrite::errorText(const QFileDevice& file)
{
    // After a failed flush inside QSaveFile::commit() the error string can be lost ("Unknown error"); errno, which
    // is per thread and cleared before each write, still holds the cause.
    const QString text = file.errorString();
    const int cause = errno;
    if (cause != 0 && (text.isEmpty() || text == QLatin1String("Unknown error"))) {
        return QString::fromLocal8Bit(std::strerror(cause));
    }
    return text;
}

namespace {

// Unbuffered, and looping over short writes: a disk that fills up part-way returns a short count without an error,
// which Qt's buffered flush drops silently (QSaveFile then commits a truncated file). Writing the rest again makes
// the system say why ("No space left on device").
bool writeAll(QFileDevice& file, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

bool AtomicFileWrite::write(const QString& path, const QByteArray& data, QString* cause)
{
    auto fail = [&](const QFileDevice& file) {
        if (cause != nullptr) {
            *cause = errorText(file);
        }
        return false;
    };
    errno = 0;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(file, data)) {
            return fail(file);
        }
        file.close();
        if (file.error() != QFileDevice::NoError) {
            return fail(file);
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(file, data) || !file.commit()) {
        return fail(file);
    }
    return true;
}

} // namespace mailauth
