#pragma once

#include "DkimSignature.h"

#include <QByteArray>
#include <optional>

namespace mailauth {

// RFC 6376 3.4 canonicalization, on the raw octets as received. Line endings are made CRLF first: a message saved on
// Linux or macOS has bare LF, and what was signed had CRLF (RFC 5322 2.3).
class DkimCanonicalizer
{
public:
    // Every bare LF becomes CRLF; existing CRLF stay.
    static QByteArray toCrlf(const QByteArray& raw);

    // One header field as it enters the hash, with its trailing CRLF. `rawName` is the name as written (possibly
    // with whitespace before the colon), `rawValue` everything after the colon without the final line ending.
    static QByteArray header(DkimCanonicalization c, const QByteArray& rawName, const QByteArray& rawValue);

    // The canonical body (3.4.3 and 3.4.4, with erratum 1384: a non-empty body gets its missing final CRLF).
    static QByteArray body(DkimCanonicalization c, const QByteArray& rawBody);
};

} // namespace mailauth
