#include "DkimSigner.h"

#include "DkimCanonicalizer.h"
#include "DkimVerifier.h"

#include <QCryptographicHash>

namespace mailauth {

QByteArray DkimSigner::sign(const QByteArray& message, const DkimSigningKey& key, const Options& options)
{
    const qsizetype split = message.indexOf("\r\n\r\n");
    if (split < 0) {
        return {};
    }
    const QByteArray body = message.mid(split + 4);
    const QByteArray bodyHash = QCryptographicHash::hash(DkimCanonicalizer::body(DkimCanonicalization::Relaxed, body),
                                                         QCryptographicHash::Sha256)
                                    .toBase64();
    const QByteArray value = QStringLiteral(" v=1; a=rsa-sha256; c=relaxed/relaxed; d=%1; s=%2; t=%3; h=%4; bh=%5; b=")
                                 .arg(options.domain, options.selector)
                                 .arg(options.timestamp)
                                 .arg(options.headers.join(u':'), QString::fromLatin1(bodyHash))
                                 .toLatin1();
    // Parsed with a stand-in b= (an empty one is refused); the hashed field has b= emptied either way (RFC 6376 3.7).
    const DkimSignature signature = DkimSignature::parse(value + "AA==");
    if (!signature.valid) {
        return {};
    }
    DkimMessage dkim;
    dkim.fields.append(DkimMessage::Field{QByteArrayLiteral("DKIM-Signature"), value + "AA=="});
    for (const QByteArray& line : message.left(split).split('\n')) {
        const QByteArray field = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0) {
            return {};
        }
        dkim.fields.append(DkimMessage::Field{field.left(colon), field.mid(colon + 1)});
    }
    const QByteArray digest =
        QCryptographicHash::hash(DkimVerifier::signedHeaderData(dkim, 0, signature), QCryptographicHash::Sha256);
    const QByteArray b = key.signDigest(digest);
    if (b.isEmpty()) {
        return {};
    }
    return "DKIM-Signature:" + value + b.toBase64() + "\r\n" + message;
}

} // namespace mailauth
