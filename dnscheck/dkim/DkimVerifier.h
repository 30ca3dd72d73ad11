#pragma once

#include "DkimSignature.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailauth {

// The octets a verifier needs, as received: every header field (name as written, value after the colon without
// its closing line ending), top first, and the body. Filled from message/MessageHeaders (which sits above this
// folder), or by hand in tests.
struct DkimMessage
{
    struct Field
    {
        QByteArray rawName;
        QByteArray rawValue;
    };
    QList<Field> fields;
    bool hasBody = false;
    QByteArray body;
};

// RFC 8601 2.7.1 result words for one DKIM signature.
enum class DkimResult
{
    Pass,
    Fail,      // the signature or the body hash does not verify, the key is revoked, the signature expired
    Neutral,   // nothing wrong found, but not everything could be checked (no body: headers pasted alone)
    TempError, // the key could not be fetched now (SERVFAIL, timeout)
    PermError  // no key, a malformed signature or key, a refused algorithm or key size
};

QString dkimResultKeyword(DkimResult result);

struct DkimVerification
{
    int fieldIndex = -1; // which header field (DkimMessage::fields) holds the signature
    DkimSignature signature;
    DkimResult result = DkimResult::Neutral;
    QString reason; // for people
    bool pending = false;

    bool bodyChecked = false; // the body hash was compared (false: headers only)
    bool bodyHashMatches = false;
    std::optional<bool> headerSignatureVerifies; // nullopt: not checked (no usable key, malformed signature)
    qint64 unsignedBodyOctets = 0;               // canonical body octets after l= (appended after signing)

    QString keyName;  // s._domainkey.d
    QString keyCname; // where a CNAME at keyName led (Microsoft 365 selectors), empty without one
    QString keyType;  // "rsa" or "ed25519" as the key record says
    int keyBits = 0;  // 0 when no key was read
    bool keyFromFile = false;
    QStringList warnings; // for people: l= with appended content, t=y testing keys, ...
};

struct DkimVerifierOptions
{
    // A key record ("v=DKIM1; k=rsa; p=...") to use for every signature instead of asking DNS (offline checks).
    std::optional<QString> keyRecord;
    // When the message arrived: an x= before it means the signature had expired (default: now).
    std::optional<QDateTime> receivedAt;
    // Signatures past this many are listed but not verified (each costs a key lookup and a hash of the body).
    int maxSignatures = 16;
};

// Verifies every DKIM-Signature of a message (RFC 6376 6.1, RFC 8301, RFC 8463), in header order. The key comes
// from `dns` (selector CNAMEs are followed by the lookup); on DnsStatus::Pending the signature is marked pending and
// the caller re-runs verify() when answers arrive (ARCHITECTURE.md, "Pending and re-run"). Cheap to re-run: the
// body is canonicalised once per canonicalization and length.
class DkimVerifier
{
    Q_DECLARE_TR_FUNCTIONS(DkimVerifier)

public:
    struct Outcome
    {
        QList<DkimVerification> signatures;
        bool pending = false;
    };

    static Outcome verify(const DkimMessage& message, DnsLookup* dns, const DkimVerifierOptions& options = {});

    // The octets the header signature covers (RFC 6376 3.7 step 2), for tests and for signing test messages.
    static QByteArray signedHeaderData(const DkimMessage& message, int signatureField, const DkimSignature& signature);
};

} // namespace mailauth
