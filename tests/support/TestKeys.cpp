#include "TestKeys.h"

#include <QHash>
#include <functional>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mailauth::test {

namespace {

// Keys are cached per size (a 2048-bit key costs about 0.1 s and many tests need one) and freed at exit.
class KeyCache
{
public:
    KeyCache() = default;
    KeyCache(const KeyCache&) = delete;
    KeyCache& operator=(const KeyCache&) = delete;
    ~KeyCache()
    {
        for (EVP_PKEY* key : std::as_const(m_keys)) {
            EVP_PKEY_free(key);
        }
    }
    EVP_PKEY* rsa(int bits)
    {
        if (!m_keys.contains(bits)) {
            m_keys.insert(bits, EVP_RSA_gen(static_cast<unsigned int>(bits)));
        }
        return m_keys.value(bits);
    }
    // Pairs for signing, under keys of their own (negative: never collide with a size).
    EVP_PKEY* pair(int slot, const std::function<EVP_PKEY*()>& make)
    {
        if (!m_keys.contains(slot)) {
            m_keys.insert(slot, make());
        }
        return m_keys.value(slot);
    }

private:
    QHash<int, EVP_PKEY*> m_keys;
};

KeyCache& cache()
{
    static KeyCache keys;
    return keys;
}

EVP_PKEY* rsaKey(int bits)
{
    return cache().rsa(bits);
}

QString base64(const unsigned char* data, int length)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(data), length).toBase64());
}

} // namespace

QString TestKeys::rsaSpki(int bits)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(rsaKey(bits), &der);
    const QString out = base64(der, length);
    OPENSSL_free(der);
    return out;
}

QString TestKeys::rsaPkcs1(int bits)
{
    unsigned char* der = nullptr;
    const int length = i2d_PublicKey(rsaKey(bits), &der);
    const QString out = base64(der, length);
    OPENSSL_free(der);
    return out;
}

QString TestKeys::ed25519Raw()
{
    static QString cached;
    if (cached.isEmpty()) {
        EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        unsigned char raw[32];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_public_key(key, raw, &length);
        cached = base64(raw, static_cast<int>(length));
        EVP_PKEY_free(key);
    }
    return cached;
}

EVP_PKEY* TestKeys::rsaPair(int bits, int index)
{
    return cache().pair(-(bits * 16 + index + 1), [bits]() { return EVP_RSA_gen(static_cast<unsigned int>(bits)); });
}

EVP_PKEY* TestKeys::ed25519Pair(int index)
{
    return cache().pair(-(1000000 + index), []() { return EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); });
}

QString TestKeys::publicKeyBase64(EVP_PKEY* pair)
{
    if (EVP_PKEY_get_base_id(pair) == EVP_PKEY_ED25519) {
        unsigned char raw[32];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_public_key(pair, raw, &length);
        return base64(raw, static_cast<int>(length));
    }
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(pair, &der);
    const QString out = base64(der, length);
    OPENSSL_free(der);
    return out;
}

} // namespace mailauth::test
