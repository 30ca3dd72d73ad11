#pragma once

#include <QIODevice>
#include <QStringDecoder>
#include <cstdio>

namespace mailauth::cli {

// The last line of defence between every message the CLI prints and the terminal: whatever reaches stdout or stderr
// through CliOutput passes here, so a control sequence hidden in a DNS answer, a pasted line or a project file cannot
// retitle the window, clear the screen or reorder text, even where a command forgot CliOutput::escaped(). Line
// breaks and tabs pass, as the CLI's own layout needs them.
class TerminalSafeDevice final : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE* file);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_file;
    // Stateful, so a UTF-8 sequence split between two writes is still read as one character.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace mailauth::cli
