#include "TerminalSafeDevice.h"

#include "CliOutput.h"

#include <cerrno>
#include <cstring>

namespace mailauth::cli {

TerminalSafeDevice::TerminalSafeDevice(FILE* file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = CliOutput::escaped(text, CliOutput::KeepLayout).toUtf8();
    // stdout and stderr interleave in the order the command wrote them (progress on stderr, results on stdout).
    // The flush is where a full disk or a closed pipe shows: stdio only buffered the fwrite.
    if (std::fwrite(safe.constData(), 1, static_cast<size_t>(safe.size()), m_file) !=
            static_cast<size_t>(safe.size()) ||
        std::fflush(m_file) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        std::clearerr(m_file);
        return -1;
    }
    return size;
}

} // namespace mailauth::cli
