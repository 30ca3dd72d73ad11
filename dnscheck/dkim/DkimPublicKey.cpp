#include "DkimPublicKey.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace mailauth {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

// d2i_* must consume the whole buffer; trailing garbage means the value is not what it claims to be.
Pkey decodeWhole(const QByteArray& der, bool spki)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    EVP_PKEY* key = spki ? d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size()))
                         : d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, static_cast<long>(der.size()));
    Pkey owned(key);
    if (owned && p != begin + der.size()) {
        owned.reset();
    }
    return owned;
}

} // namespace

DkimKeyInfo DkimPublicKey::decode(DkimKeyType type, const QByteArray& der)
{
    DkimKeyInfo info;
    if (der.isEmpty()) {
        return info;
    }
    if (type == DkimKeyType::Ed25519) {
        if (der.size() != 32) {
            return info;
        }
        Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char*>(der.constData()), 32));
        if (key) {
            info.decoded = true;
            info.bits = EVP_PKEY_get_bits(key.get());
            info.encoding = QStringLiteral("raw Ed25519");
        }
        return info;
    }
    Pkey key = decodeWhole(der, true);
    info.encoding = QStringLiteral("SubjectPublicKeyInfo");
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        key.reset(); // an SPKI of another algorithm under k=rsa
    }
    if (!key) {
        key = decodeWhole(der, false);
        info.encoding = QStringLiteral("RSAPublicKey");
    }
    if (!key) {
        info.encoding.clear();
        return info;
    }
    info.decoded = true;
    info.bits = EVP_PKEY_get_bits(key.get());
    return info;
}

} // namespace mailauth
