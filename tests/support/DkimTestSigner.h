#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace mailauth::test {

struct DkimSignOptions
{
    QString domain = QStringLiteral("contoso.test");
    QString selector = QStringLiteral("selector1");
    QString canonicalization = QStringLiteral("relaxed/relaxed");
    QStringList headers = {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject"),
                           QStringLiteral("Date"), QStringLiteral("Message-ID")};
    std::optional<qint64> bodyLength; // l=
    QString identity;                 // i=, none when empty
    qint64 timestamp = 1764633600;    // t= (2025-12-02)
    std::optional<qint64> expiration; // x=
    QString algorithm;                // a= as written; empty: from the key (rsa-sha256, ed25519-sha256)
};

// Signs a test message as a DKIM signer would (RFC 6376 5, RFC 8463), with OpenSSL and its own canonicalization
// written apart from dnscheck's, so a mistake in one is not hidden by the same mistake in the other. The
// message must use CRLF; the DKIM-Signature field is put on top, its b= folded over several lines.
class DkimTestSigner
{
public:
    static QByteArray sign(const QByteArray& message, EVP_PKEY* key, const DkimSignOptions& options = {});

    // A plain message in the shape Microsoft 365 sends (CRLF line endings).
    static QByteArray sampleMessage(const QString& fromDomain = QStringLiteral("contoso.test"),
                                    const QByteArray& body = "Hello,\r\n\r\nthe  quarterly numbers are attached.\r\n"
                                                             "\r\nRegards,\r\nMegan\r\n");
};

} // namespace mailauth::test
