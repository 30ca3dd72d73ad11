#include "DkimTestSigner.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <openssl/evp.h>

namespace mailauth::test {

namespace {

struct Field
{
    QByteArray name;
    QByteArray text; // the whole field, name and colon included, lines joined with CRLF, no final CRLF
};

QList<Field> splitFields(const QByteArray& header)
{
    QList<Field> fields;
    for (const QByteArray& line : header.split('\n')) {
        QByteArray l = line;
        if (l.endsWith('\r')) {
            l.chop(1);
        }
        if (l.isEmpty()) {
            continue;
        }
        if ((l.startsWith(' ') || l.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().text += "\r\n" + l;
        } else {
            fields.append(Field{l.left(l.indexOf(':')).trimmed(), l});
        }
    }
    return fields;
}

QByteArray relaxedHeader(const QByteArray& text)
{
    const qsizetype colon = text.indexOf(':');
    QString value = QString::fromLatin1(text.mid(colon + 1));
    value.remove(QStringLiteral("\r\n"));
    value.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return text.left(colon).trimmed().toLower() + ':' + value.trimmed().toLatin1() + "\r\n";
}

QByteArray canonicalHeader(bool relaxed, const QByteArray& text)
{
    return relaxed ? relaxedHeader(text) : text + "\r\n";
}

QByteArray canonicalBody(bool relaxed, const QByteArray& body)
{
    QByteArray b = body;
    if (relaxed) {
        QString text = QString::fromLatin1(b);
        text.replace(QRegularExpression(QStringLiteral("[ \\t]+\\r\\n")), QStringLiteral("\r\n"));
        text.replace(QRegularExpression(QStringLiteral("[ \\t]+$")), QString());
        text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
        b = text.toLatin1();
    }
    while (b.endsWith("\r\n")) {
        b.chop(2);
    }
    if (b.isEmpty()) {
        return relaxed ? QByteArray() : QByteArray("\r\n");
    }
    return b + "\r\n";
}

QByteArray signDigestOrData(EVP_PKEY* key, const QByteArray& data, bool ed25519)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray input = data;
    if (ed25519) {
        input = QCryptographicHash::hash(data, QCryptographicHash::Sha256); // RFC 8463: sign the SHA-256
    }
    EVP_DigestSignInit(ctx, nullptr, ed25519 ? nullptr : EVP_sha256(), nullptr, key);
    size_t length = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    EVP_DigestSign(ctx, nullptr, &length, in, static_cast<size_t>(input.size()));
    QByteArray sig(static_cast<qsizetype>(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &length, in, static_cast<size_t>(input.size()));
    sig.resize(static_cast<qsizetype>(length));
    EVP_MD_CTX_free(ctx);
    return sig;
}

} // namespace

QByteArray DkimTestSigner::sampleMessage(const QString& fromDomain, const QByteArray& body)
{
    return QStringLiteral("From: Megan Bowen <megan@%1>\r\n"
                          "To: Alex Wilber <alex@fabrikam.test>\r\n"
                          "Subject: Quarterly   numbers\r\n"
                          "Date: Tue, 2 Dec 2025 09:30:00 +0000\r\n"
                          "Message-ID: <a1b2c3@%1>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
                          "\r\n")
               .arg(fromDomain)
               .toLatin1() +
           body;
}

QByteArray DkimTestSigner::sign(const QByteArray& message, EVP_PKEY* key, const DkimSignOptions& options)
{
    const qsizetype split = message.indexOf("\r\n\r\n");
    const QByteArray header = message.left(split);
    const QByteArray body = message.mid(split + 4);
    const bool relaxedHeaders = options.canonicalization.startsWith(QStringLiteral("relaxed"));
    const bool relaxedBody = options.canonicalization.endsWith(QStringLiteral("/relaxed"));
    const bool ed25519 = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519;

    QByteArray canonical = canonicalBody(relaxedBody, body);
    if (options.bodyLength) {
        canonical = canonical.left(*options.bodyLength);
    }
    const QByteArray bh = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toBase64();

    QString value = QStringLiteral(" v=1; a=%1; c=%2; d=%3; s=%4;\r\n\tt=%5;")
                        .arg(options.algorithm.isEmpty()
                                 ? (ed25519 ? QStringLiteral("ed25519-sha256") : QStringLiteral("rsa-sha256"))
                                 : options.algorithm,
                             options.canonicalization, options.domain, options.selector)
                        .arg(options.timestamp);
    if (options.expiration) {
        value += QStringLiteral(" x=%1;").arg(*options.expiration);
    }
    if (!options.identity.isEmpty()) {
        value += QStringLiteral(" i=%1;").arg(options.identity);
    }
    if (options.bodyLength) {
        value += QStringLiteral(" l=%1;").arg(*options.bodyLength);
    }
    value += QStringLiteral("\r\n\th=%1;\r\n\tbh=%2;\r\n\tb=").arg(options.headers.join(u':'), QString::fromLatin1(bh));
    const QByteArray unsignedField = "DKIM-Signature:" + value.toLatin1();

    // 5.4.2: each listed name takes the bottom-most instance not yet used.
    const QList<Field> fields = splitFields(header);
    QHash<QByteArray, int> used;
    QByteArray data;
    for (const QString& name : options.headers) {
        const QByteArray lower = name.toLatin1().toLower();
        int skip = used.value(lower);
        for (qsizetype i = fields.size() - 1; i >= 0; --i) {
            if (fields[i].name.toLower() != lower) {
                continue;
            }
            if (skip-- == 0) {
                data += canonicalHeader(relaxedHeaders, fields[i].text);
                break;
            }
        }
        used[lower] = used.value(lower) + 1;
    }
    QByteArray self = canonicalHeader(relaxedHeaders, unsignedField);
    self.chop(2);
    data += self;

    const QByteArray b = signDigestOrData(key, data, ed25519).toBase64();
    QByteArray folded;
    for (qsizetype i = 0; i < b.size(); i += 64) {
        folded += (i == 0 ? QByteArray() : QByteArray("\r\n\t ")) + b.mid(i, 64);
    }
    return unsignedField + folded + "\r\n" + message;
}

} // namespace mailauth::test
