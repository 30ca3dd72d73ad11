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
};

} // namespace mailauth
