#include "DkimVerifier.h"

#include "DkimCanonicalizer.h"
#include "DkimKeyRecord.h"
#include "DkimPublicKey.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace mailauth {

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// The canonical body per canonicalization, computed once per verify() call.
class BodyCache
{
public:
    explicit BodyCache(const QByteArray& body)
        : m_body(body)
    {
    }
    const QByteArray& get(DkimCanonicalization c)
    {
        auto& slot = c == DkimCanonicalization::Simple ? m_simple : m_relaxed;
        if (!slot) {
            slot = DkimCanonicalizer::body(c, m_body);
        }
        return *slot;
    }

private:
    const QByteArray& m_body;
    std::optional<QByteArray> m_simple;
    std::optional<QByteArray> m_relaxed;
};

QStringList colonList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(u':')) {
        items.append(item.trimmed());
    }
    return items;
}

std::optional<QString> keyTag(const DkimKeyEvaluation& key, QStringView name)
{
    for (const DkimTag& t : key.tags) {
        if (t.name == name) {
            return t.value;
        }
    }
    return std::nullopt;
}

QString nameOf(const DkimMessage::Field& field)
{
    return QString::fromLatin1(field.rawName).trimmed();
}

QString stripDot(QString name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

} // namespace

QString dkimResultKeyword(DkimResult result)
{
    switch (result) {
    case DkimResult::Pass:
        return QStringLiteral("pass");
    case DkimResult::Fail:
        return QStringLiteral("fail");
    case DkimResult::Neutral:
        return QStringLiteral("neutral");
    case DkimResult::TempError:
        return QStringLiteral("temperror");
    case DkimResult::PermError:
        return QStringLiteral("permerror");
    }
    return QStringLiteral("neutral");
}

QByteArray DkimVerifier::signedHeaderData(const DkimMessage& message, int signatureField,
                                          const DkimSignature& signature)
{
    // 5.4.2: each name in h= takes the bottom-most instance not taken yet; a name with no instance left adds nothing
    // (that is how "oversigning" keeps a header from being added later). The fields are indexed by name first, so
    // a long h= costs one lookup per name, not a pass over the header.
    const auto& fields = message.fields;
    QHash<QString, QList<int>> bottomUp;
    for (qsizetype i = fields.size() - 1; i >= 0; --i) {
        if (i != signatureField) {
            bottomUp[nameOf(fields[i]).toLower()].append(static_cast<int>(i));
        }
    }
    QHash<QString, int> taken;
    QByteArray data;
    for (const QString& listed : signature.signedHeaders) {
        const QString key = listed.toLower();
        const int next = taken.value(key);
        const auto found = bottomUp.constFind(key);
        if (found != bottomUp.constEnd() && next < found->size()) {
            const DkimMessage::Field& f = fields[found->at(next)];
            data += DkimCanonicalizer::header(signature.headerCanonicalization, f.rawName, f.rawValue);
        }
        taken[key] = next + 1;
    }
    // 3.7: the signature's own field, b= emptied, canonicalized, without its trailing CRLF.
    const DkimMessage::Field& own = fields[signatureField];
    QByteArray self =
        DkimCanonicalizer::header(signature.headerCanonicalization, own.rawName, signature.rawValueWithoutSignature());
    self.chop(2);
    return data + self;
}

DkimVerifier::Outcome DkimVerifier::verify(const DkimMessage& message, DnsLookup* dns,
                                           const DkimVerifierOptions& options)
{
    Outcome outcome;
    BodyCache bodies(message.body);
    const QDateTime at = options.receivedAt.value_or(QDateTime::currentDateTimeUtc());
    int verified = 0;
    for (int index = 0; index < message.fields.size(); ++index) {
        const DkimMessage::Field& field = message.fields[index];
        if (nameOf(field).compare(u"DKIM-Signature", Qt::CaseInsensitive) != 0) {
            continue;
        }
        DkimVerification v;
        v.fieldIndex = index;
        v.signature = DkimSignature::parse(field.rawValue);
        const DkimSignature& sig = v.signature;
        v.keyName = sig.keyName();
        auto finish = [&](DkimResult result, const QString& reason) {
            v.result = result;
            v.reason = reason;
            outcome.signatures.append(v);
        };
        if (!sig.valid) {
            finish(DkimResult::PermError, sig.error);
            continue;
        }
        if (sig.algorithm == DkimAlgorithm::RsaSha1) {
            finish(DkimResult::PermError, tr("The signature uses rsa-sha1, which RFC 8301 forbids verifiers to "
                                             "accept. The signer must use rsa-sha256."));
            continue;
        }
        if (++verified > options.maxSignatures) {
            finish(DkimResult::Neutral,
                   tr("Not verified: the message has more than %1 DKIM signatures.").arg(options.maxSignatures));
            continue;
        }

        // The body hash (3.7 step 1), over at most l= octets of the canonical body.
        const QByteArray& canonicalBody = bodies.get(sig.bodyCanonicalization);
        const QByteArray emptyBody =
            sig.bodyCanonicalization == DkimCanonicalization::Simple ? QByteArray("\r\n") : QByteArray();
        bool bodyTooShort = false;
        if (message.hasBody || sha256(emptyBody) == sig.bodyHash) {
            v.bodyChecked = true;
            QByteArray hashed = canonicalBody;
            if (sig.bodyLength) {
                if (*sig.bodyLength > canonicalBody.size()) {
                    bodyTooShort = true;
                } else {
                    v.unsignedBodyOctets = canonicalBody.size() - *sig.bodyLength;
                    hashed = canonicalBody.left(*sig.bodyLength);
                }
            }
            v.bodyHashMatches = !bodyTooShort && sha256(hashed) == sig.bodyHash;
        }
        if (sig.bodyLength) {
            if (v.unsignedBodyOctets > 0) {
                v.warnings.append(tr("l=%1 signs only the first %1 octets of the body; %2 octets were added after "
                                     "signing and are not covered (anyone could have appended them).")
                                      .arg(*sig.bodyLength)
                                      .arg(v.unsignedBodyOctets));
            } else {
                v.warnings.append(tr("l= limits the signature to part of the body: anything appended later (a "
                                     "list footer, or an attacker's text) would still pass. Signers should not use "
                                     "l=."));
            }
        }
        const QByteArray digest = sha256(signedHeaderData(message, index, sig));

        // The key: from the file given, or from DNS (the lookup follows a selector CNAME).
        QString keyText;
        if (options.keyRecord) {
            keyText = *options.keyRecord;
            v.keyFromFile = true;
        } else if (dns == nullptr) {
            finish(DkimResult::TempError, tr("No DNS lookup is available to fetch the key at %1.").arg(v.keyName));
            continue;
        } else {
            const DnsAnswer answer = dns->lookup(v.keyName, RecordType::TXT);
            if (answer.status == DnsStatus::Pending) {
                v.pending = true;
                outcome.pending = true;
                finish(DkimResult::TempError, tr("Waiting for the key at %1.").arg(v.keyName));
                continue;
            }
            const QList<DnsRecord> cnames = answer.recordsOfType(RecordType::CNAME);
            if (!cnames.isEmpty()) {
                v.keyCname = stripDot(cnames.last().target);
            }
            if (isFailure(answer.status)) {
                finish(DkimResult::TempError, tr("The key at %1 could not be fetched (%2); try again later.")
                                                  .arg(v.keyName, answer.statusKeyword()));
                continue;
            }
            const QList<DnsRecord> txt = answer.recordsOfType(RecordType::TXT);
            if (txt.isEmpty()) {
                finish(DkimResult::PermError,
                       v.keyCname.isEmpty()
                           ? tr("No key is published at %1 (%2).").arg(v.keyName, answer.statusKeyword())
                           : tr("%1 points to %2, but no key is published there (%3).")
                                 .arg(v.keyName, v.keyCname, answer.statusKeyword()));
                continue;
            }
            keyText = QString::fromUtf8(txt.first().txtJoined());
        }

        const DkimKeyEvaluation key = DkimKeyRecord::evaluate(keyText);
        v.keyBits = key.keyBits;
        if (key.keyType) {
            v.keyType = *key.keyType == DkimKeyType::Rsa ? QStringLiteral("rsa") : QStringLiteral("ed25519");
        }
        if (key.revoked) {
            finish(DkimResult::Fail, tr("The key at %1 is revoked (empty p=).").arg(v.keyName));
            continue;
        }
        if (!key.valid) {
            QString why;
            for (const Finding& f : key.findings) {
                if (f.severity == Severity::Error) {
                    why = f.message;
                    break;
                }
            }
            finish(DkimResult::PermError, tr("The key at %1 cannot be used: %2").arg(v.keyName, why));
            continue;
        }
        const DkimKeyType wanted =
            sig.algorithm == DkimAlgorithm::Ed25519Sha256 ? DkimKeyType::Ed25519 : DkimKeyType::Rsa;
        if (key.keyType != wanted) {
            finish(DkimResult::PermError, tr("The signature says a=%1, but the key at %2 is of type %3.")
                                              .arg(sig.algorithmText, v.keyName, v.keyType));
            continue;
        }
        if (const auto h = keyTag(key, u"h"); h && !colonList(*h).contains(QStringLiteral("sha256"))) {
            finish(DkimResult::PermError, tr("The key at %1 allows only h=%2, not sha256.").arg(v.keyName, *h));
            continue;
        }
        if (const auto t = keyTag(key, u"t")) {
            const QStringList flags = colonList(*t);
            const QString iDomain = sig.identity.mid(sig.identity.lastIndexOf(u'@') + 1).toLower();
            if (flags.contains(QStringLiteral("s")) && stripDot(iDomain) != sig.domain) {
                finish(DkimResult::PermError, tr("The key at %1 has t=s, so i= must be in d=%2 itself, not in a "
                                                 "subdomain.")
                                                  .arg(v.keyName, sig.domain));
                continue;
            }
            if (flags.contains(QStringLiteral("y"))) {
                v.warnings.append(
                    tr("The key at %1 has t=y (testing): receivers may treat the message as unsigned.").arg(v.keyName));
            }
        }
        const QString p = keyTag(key, u"p").value_or(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
        const QByteArray der = QByteArray::fromBase64(p.toLatin1());
        v.headerSignatureVerifies = DkimPublicKey::verify(wanted, der, digest, sig.signature);

        if (sig.expiration && at.toSecsSinceEpoch() > *sig.expiration) {
            finish(DkimResult::Fail,
                   tr("The signature had expired (x=%1, %2) when the message arrived.")
                       .arg(*sig.expiration)
                       .arg(QDateTime::fromSecsSinceEpoch(*sig.expiration, Qt::UTC).toString(Qt::ISODate)));
            continue;
        }
        if (!v.bodyChecked) {
            finish(DkimResult::Neutral,
                   *v.headerSignatureVerifies
                       ? tr("Only the header was given: the signature over the header fields verifies, but the "
                            "body hash cannot be checked without the body. Open the whole message (.eml) to know.")
                       : tr("Only the header was given: the body hash cannot be checked, and the signature over the "
                            "header fields does not verify here (pasted headers are often re-wrapped by the mail "
                            "program). Open the whole message (.eml) to know."));
            continue;
        }
        if (bodyTooShort) {
            finish(DkimResult::Fail,
                   tr("The body is shorter than l=%1 says: the message was cut after signing.").arg(*sig.bodyLength));
            continue;
        }
        if (!v.bodyHashMatches) {
            finish(DkimResult::Fail, tr("The body hash does not verify: the body was changed after signing (or "
                                        "the saved message is not the one that was received)."));
            continue;
        }
        if (!*v.headerSignatureVerifies) {
            finish(DkimResult::Fail, tr("The signature does not verify: a signed header field was changed after "
                                        "signing, or the key does not belong to this signature."));
            continue;
        }
        finish(DkimResult::Pass, v.keyFromFile ? tr("The signature verifies with the key from the file.")
                                               : tr("The signature verifies with the key at %1.").arg(v.keyName));
    }
    return outcome;
}

} // namespace mailauth
