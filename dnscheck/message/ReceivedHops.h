#pragma once

#include "MessageHeaders.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mailauth {

struct ReceivedHop
{
    QString from;                       // the sending host as it named itself (and as the receiver saw it)
    QString fromIp;                     // the address in brackets, when the receiver wrote one
    QString by;                         // the receiving host
    QString with;                       // ESMTP, ESMTPS, SMTP, mapi, HTTP, ...
    QDateTime time;                     // invalid when the date does not parse
    std::optional<qint64> delaySeconds; // since the previous hop; nullopt for the first or without dates
    QString raw;                        // the field's value, unfolded
};

// The Received fields (RFC 5321 4.4) in the order the message travelled: the bottom field first. Received fields
// are written by each server in turn and are not signed; they are what each server said, nothing more.
class ReceivedHops
{
public:
    static constexpr int kMaxHops = 100;
    static QList<ReceivedHop> read(const MessageHeaders& message);
    static ReceivedHop parse(const QString& value);
};

} // namespace mailauth
