#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth::cli {

// mailauth check DOMAIN... [--domains-file FILE] [--selector NAME]... [--resolver ...] [--authoritative ...] [--json]
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    explicit CheckCommand(CliOutput& output);
    int run(const QStringList& arguments);

    // A domain name is at most 253 characters; the rest of a line leaves room for a comment.
    static constexpr int kMaxDomainsFileLineBytes = 1024;
    // About 250,000 domains of 32 characters: far more than one run should check, far less than memory allows.
    static constexpr qint64 kMaxDomainsFileBytes = 8 * 1024 * 1024;

    // Appends the file's domains to `names`; false (with the reason on stderr) when it cannot be read or is too big.
    // Shared with `plan`.
    static bool readDomainsFile(const QString& path, QStringList& names, CliOutput& output);

private:
    CliOutput& m_output;
};

} // namespace mailauth::cli
