#include "DkimSigningKey.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mailauth {

struct DkimSigningKey::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

DkimSigningKey::DkimSigningKey(std::shared_ptr<Key> key)
    : m_key(std::move(key))
{
}

std::optional<DkimSigningKey> DkimSigningKey::generateRsa(int bits, QString* error)
{
    auto key = std::make_shared<Key>();
    key->pkey = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (key->pkey == nullptr) {
        if (error != nullptr) {
            *error =
                QCoreApplication::translate("DkimSigningKey", "OpenSSL could not generate a %1-bit RSA key.").arg(bits);
        }
        return std::nullopt;
    }
    return DkimSigningKey(key);
}

QByteArray DkimSigningKey::publicKeyBase64() const
{
    const int size = i2d_PUBKEY(m_key->pkey, nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray der(size, '\0');
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(m_key->pkey, &out);
    return der.toBase64();
}

int DkimSigningKey::bits() const
{
    return EVP_PKEY_get_bits(m_key->pkey);
}

QByteArray DkimSigningKey::signDigest(const QByteArray& sha256Digest) const
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(m_key->pkey, nullptr);
    QByteArray signature;
    size_t length = 0;
    const auto* digest = reinterpret_cast<const unsigned char*>(sha256Digest.constData());
    const auto digestLength = static_cast<size_t>(sha256Digest.size());
    if (ctx != nullptr && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) == 1 &&
        EVP_PKEY_sign(ctx, nullptr, &length, digest, digestLength) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length, digest, digestLength) ==
            1) {
            signature.resize(static_cast<qsizetype>(length));
        } else {
            signature.clear();
        }
    }
    EVP_PKEY_CTX_free(ctx);
    return signature;
}

} // namespace mailauth
