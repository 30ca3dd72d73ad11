#include "TerminalSafeDevice.h"

#include "CliOutput.h"

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
    if (std::fwrite(safe.constData(), 1, static_cast<size_t>(safe.size()), m_file) !=
        static_cast<size_t>(safe.size())) {
        return -1;
    }
    // stdout and stderr interleave in the order the command wrote them (progress on stderr, results on stdout).
    std::fflush(m_file);
    return size;
}

} // namespace mailauth::cli
