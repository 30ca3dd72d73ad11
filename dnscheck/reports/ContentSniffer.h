#pragma once

#include <QByteArray>

namespace mailauth {

// What a file holds, told from its first bytes: the reader never trusts a file name (".xml" files that are gzip,
// ".zip" files that are mails and ".eml" files that are mboxes all occur).
class ContentSniffer
{
public:
    enum class Kind
    {
        Empty,
        Xml,        // optional byte-order mark and white space, then '<'
        Gzip,       // 1f 8b
        Zip,        // PK 03 04, or the end record of an empty archive
        Mbox,       // "From " on the first line
        Mail,       // a header field on the first line ("Received:", "From:", "MIME-Version:", ...)
        OutlookMsg, // an OLE compound file: Outlook's own .msg format
        Unknown
    };

    static Kind kind(const QByteArray& data);
};

} // namespace mailauth
