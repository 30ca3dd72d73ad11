#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailauth {

// One header field as received. The raw octets are kept for DKIM (which must hash exactly what was sent); the
// unfolded, RFC 2047-decoded value is GMime's.
struct MessageHeaderField
{
    QString name;        // as written, without whitespace before the colon
    QByteArray rawName;  // as written, with any whitespace before the colon
    QByteArray rawValue; // everything after the colon, folding kept, without the line ending that closes the field
    QString value;       // unfolded and decoded, for display
};

// A pasted header block (Outlook "View message source"/"Message details", Gmail "Show original", OWA) or a whole
// message (.eml, CRLF or bare LF), parsed with GMime. Hostile input: limited in size and number of fields, never
// more than one pass over the octets.
class MessageHeaders
{
    Q_DECLARE_TR_FUNCTIONS(MessageHeaders)

public:
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderBytes = 4 * 1024 * 1024;
    static constexpr int kMaxFields = 5000;

    static MessageHeaders parse(const QByteArray& raw);

    bool ok = false;
    QString error;                    // why nothing could be read (empty input, too large, no header field)
    QStringList notes;                // what was adjusted or left out while reading, for people
    QList<MessageHeaderField> fields; // in order, top (newest) first
    bool hasBody = false;             // a blank line separated the header from a body (which may be empty)
    QByteArray body;                  // the body's octets as received
    bool bareLineFeeds = false;       // saved with LF line endings (Linux, macOS)

    // Every field with this name (case-insensitive), top first.
    QList<MessageHeaderField> all(QStringView name) const;

    // The From field's single mailbox: address and domain (lower case). Empty when From is absent, has no
    // address or names more than one mailbox (fromCount says how many).
    QString fromAddress;
    QString fromDomain;
    int fromCount = 0;
};

} // namespace mailauth
