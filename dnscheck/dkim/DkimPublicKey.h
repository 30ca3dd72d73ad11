#pragma once

#include <QByteArray>
#include <QString>

namespace mailauth {

enum class DkimKeyType
{
    Rsa,
    Ed25519
};

struct DkimKeyInfo
{
    bool decoded = false;
    int bits = 0;
    QString encoding; // "SubjectPublicKeyInfo", "RSAPublicKey" or "raw Ed25519"
};

// Decodes a DKIM p= value with OpenSSL's libcrypto (no hand-written ASN.1). RSA keys are accepted as
// SubjectPublicKeyInfo (what every real record carries) and as bare RSAPublicKey (what RFC 6376 3.6.1 names);
// Ed25519 keys are the raw 32 octets of RFC 8463.
class DkimPublicKey
{
public:
    static DkimKeyInfo decode(DkimKeyType type, const QByteArray& der);

    // Checks a DKIM signature made over `digest`, the SHA-256 of the canonical headers: RSASSA-PKCS1-v1_5 with
    // SHA-256 for RSA (RFC 6376 3.3.1), Ed25519 over the digest itself for Ed25519 (RFC 8463 3). False when the key
    // does not decode or the signature does not verify.
    static bool verify(DkimKeyType type, const QByteArray& der, const QByteArray& digest, const QByteArray& signature);
};

} // namespace mailauth
