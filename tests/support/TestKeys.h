#pragma once

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace mailauth::test {

// Public keys made with OpenSSL at test time (never checked-in key material), base64 as DKIM p= carries them.
class TestKeys
{
public:
    static QString rsaSpki(int bits);  // SubjectPublicKeyInfo
    static QString rsaPkcs1(int bits); // bare RSAPublicKey
    static QString ed25519Raw();       // 32 raw octets (RFC 8463)

    // Key pairs for signing test messages, cached for the run and freed at exit: `index` picks another key of the
    // same kind (two signatures, a key that does not match).
    static EVP_PKEY* rsaPair(int bits, int index = 0);
    static EVP_PKEY* ed25519Pair(int index = 0);
    // The p= value for a pair: SubjectPublicKeyInfo for RSA, the raw 32 octets for Ed25519.
    static QString publicKeyBase64(EVP_PKEY* pair);
};

} // namespace mailauth::test
