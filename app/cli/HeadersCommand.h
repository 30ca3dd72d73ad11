#pragma once

#include "CliOutput.h"

#include <QStringList>

namespace mailauth {
class MessageAnalysis;
}

namespace mailauth::cli {

// mailauth headers FILE|- [--resolver IP[:PORT]]... [--key-file F] [--json]: proof from a received message (or its
// pasted headers) that DKIM signing works, with what the receiver saw (SPF, DMARC, Microsoft's stamps) and the route.
class HeadersCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadersCommand)

public:
    explicit HeadersCommand(CliOutput& output);
    int run(const QStringList& arguments);

    // A --key-file's content as a DKIM key record: a key record ("v=DKIM1; k=rsa; p=..."), zone-file quoted strings
    // of one, or a PEM public key (RSA or Ed25519). nullopt with a reason when it is none of these.
    static std::optional<QString> keyRecordFromFile(const QByteArray& content, QString* error);

private:
    void printText(const MessageAnalysis& analysis);
    void printJson(const MessageAnalysis& analysis);
    CliOutput& m_output;
};

} // namespace mailauth::cli
