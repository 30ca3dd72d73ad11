#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace mailauth {

// What a container (zip, mail, mbox) hands to the reader: the bytes of one thing inside it, and the name it has
// there for messages ("google.com!contoso.com!1764460800!1764547199.xml", "attachment 2"). The reader sniffs the
// bytes again, so a zip inside a mail or a gzip inside a zip is read the same way as a file.
using ContainerItemSink = std::function<void(const QByteArray& data, const QString& name)>;
// One thing inside a container that cannot be read, and why (translated).
using ContainerProblemSink = std::function<void(const QString& name, const QString& reason)>;

// What a container may do: caps and the cancel flag, polled between entries.
struct ContainerLimits
{
    qint64 maxBytes = 0; // one entry after decompression or decoding
    int maxEntries = 0;  // entries of one archive, mails of one mbox
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->load(); }
};

} // namespace mailauth
