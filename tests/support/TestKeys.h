#pragma once

#include <QByteArray>
#include <QString>

namespace mailauth::test {

// Public keys made with OpenSSL at test time (never checked-in key material), base64 as DKIM p= carries them.
class TestKeys
{
public:
    static QString rsaSpki(int bits);  // SubjectPublicKeyInfo
    static QString rsaPkcs1(int bits); // bare RSAPublicKey
    static QString ed25519Raw();       // 32 raw octets (RFC 8463)
};

} // namespace mailauth::test
