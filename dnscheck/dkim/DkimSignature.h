#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailauth {

enum class DkimAlgorithm
{
    RsaSha256,
    Ed25519Sha256, // RFC 8463
    RsaSha1,       // parsed so it can be named, never accepted (RFC 8301)
    Unknown
};

enum class DkimCanonicalization
{
    Simple,
    Relaxed
};

QString dkimCanonicalizationKeyword(DkimCanonicalization c);

// One tag of a DKIM-Signature as written: the value with folding whitespace removed where RFC 6376 allows it, and
// where the value's bytes sit in the raw header value (to blank b= for the header hash).
struct DkimSignatureTag
{
    QByteArray name;
    QByteArray value;         // FWS inside the value kept as written, outer whitespace trimmed
    qsizetype valueStart = 0; // offset of the value in the raw header value
    qsizetype valueEnd = 0;
    qsizetype afterEquals = 0; // the value with the whitespace around it: from after "=" to the ";" or the end
    qsizetype beforeSemicolon = 0;
};

// A DKIM-Signature header field (RFC 6376 3.5), parsed strictly from its raw value: every required tag, the
// syntax of each, and the rules a verifier must apply before fetching a key (6.1.1). `valid` false means the
// verifier must report permerror with `error` as the reason.
struct DkimSignature
{
    Q_DECLARE_TR_FUNCTIONS(DkimSignature)

public:
    // Microsoft 365 signs about 15 names, oversigning included; a list far longer is hostile input.
    static constexpr int kMaxSignedHeaders = 500;

    static DkimSignature parse(const QByteArray& rawValue);

    // The raw value with the value of b= removed (RFC 6376 3.7: the signature covers itself with an empty b=).
    QByteArray rawValueWithoutSignature() const;

    bool valid = false;
    QString error; // for people: why a verifier refuses the signature

    QByteArray rawValue;
    QList<DkimSignatureTag> tags;
    QString algorithmText; // a= as written
    DkimAlgorithm algorithm = DkimAlgorithm::Unknown;
    QByteArray signature; // b= decoded
    QByteArray bodyHash;  // bh= decoded
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Simple;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Simple;
    QString canonicalizationText;     // c= as written, "simple/simple" when absent
    QString domain;                   // d=, lower case
    QString selector;                 // s=
    QStringList signedHeaders;        // h=, as written (compared case-insensitively)
    QString identity;                 // i=, "@d" when absent
    std::optional<qint64> bodyLength; // l=
    std::optional<qint64> timestamp;  // t=
    std::optional<qint64> expiration; // x=

    // The selector's key record name: s._domainkey.d
    QString keyName() const;
};

} // namespace mailauth
