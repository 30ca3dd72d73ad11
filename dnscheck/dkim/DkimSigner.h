#pragma once

#include "DkimSigningKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailauth {

// Signs a message as Microsoft 365 does (rsa-sha256, relaxed/relaxed), with this engine's own canonicalisation
// (DkimCanonicalizer, DkimVerifier::signedHeaderData), for the training tenant's simulated mail. The verifier is
// tested against an independent signer (tests/support/DkimTestSigner); this one only has to agree with it.
class DkimSigner
{
public:
    struct Options
    {
        QString domain;
        QString selector;
        qint64 timestamp = 0; // t=
        QStringList headers = {QStringLiteral("From"),        QStringLiteral("To"),
                               QStringLiteral("Subject"),     QStringLiteral("Date"),
                               QStringLiteral("Message-ID"),  QStringLiteral("MIME-Version"),
                               QStringLiteral("Content-Type")};
    };

    // `message`: header and body with CRLF line endings, unfolded header fields. Returns the message with a
    // DKIM-Signature field on top; empty when the message has no header/body separator or signing fails.
    static QByteArray sign(const QByteArray& message, const DkimSigningKey& key, const Options& options);
};

} // namespace mailauth
