#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace mailauth {

// An RSA private key for signing with rsa-sha256 (RFC 6376 3.3.1), held by OpenSSL's libcrypto. Made for the
// training tenant, whose simulated mail must verify against the key the simulated DNS publishes. Cheap to copy
// (the key is shared and never changes).
class DkimSigningKey
{
public:
    // A new key pair; nullopt (and a reason for people) when libcrypto cannot make one.
    static std::optional<DkimSigningKey> generateRsa(int bits, QString* error = nullptr);

    // The public key as a DKIM key record's p= carries it: base64 of the DER SubjectPublicKeyInfo.
    QByteArray publicKeyBase64() const;
    int bits() const;
    // RSASSA-PKCS1-v1_5 over a SHA-256 digest computed by the caller; empty when libcrypto fails.
    QByteArray signDigest(const QByteArray& sha256Digest) const;

private:
    struct Key;
    explicit DkimSigningKey(std::shared_ptr<Key> key);
    std::shared_ptr<Key> m_key;
};

} // namespace mailauth
