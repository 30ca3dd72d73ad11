#include "DkimPublicKey.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mailauth {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

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

Pkey decodeKey(DkimKeyType type, const QByteArray& der)
{
    if (type == DkimKeyType::Ed25519) {
        if (der.size() != 32) {
            return nullptr;
        }
        return Pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(der.constData()), 32));
    }
    Pkey key = decodeWhole(der, true);
    if (key && EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        key.reset();
    }
    return key ? std::move(key) : decodeWhole(der, false);
}

} // namespace

bool DkimPublicKey::verify(DkimKeyType type, const QByteArray& der, const QByteArray& digest,
                           const QByteArray& signature)
{
    if (der.isEmpty() || signature.isEmpty() || digest.size() != 32) {
        return false;
    }
    const Pkey key = decodeKey(type, der);
    if (!key) {
        return false;
    }
    const auto* sig = reinterpret_cast<const unsigned char*>(signature.constData());
    const auto* data = reinterpret_cast<const unsigned char*>(digest.constData());
    if (type == DkimKeyType::Ed25519) {
        // PureEdDSA over the 32-octet SHA-256 of the canonical headers, which is what RFC 8463 signs.
        std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md(EVP_MD_CTX_new());
        return md && EVP_DigestVerifyInit(md.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
               EVP_DigestVerify(md.get(), sig, static_cast<size_t>(signature.size()), data,
                                static_cast<size_t>(digest.size())) == 1;
    }
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    return ctx && EVP_PKEY_verify_init(ctx.get()) == 1 &&
           EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1 &&
           EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) == 1 &&
           EVP_PKEY_verify(ctx.get(), sig, static_cast<size_t>(signature.size()), data,
                           static_cast<size_t>(digest.size())) == 1;
}

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
