#include "DkimSignature.h"

#include <algorithm>

namespace mailauth {

namespace {

bool isWsp(char c)
{
    // FWS as received: folding may come with CRLF or (saved on Linux or macOS) a bare LF.
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// VALCHAR (%x21-3A / %x3C-7E); octets above 0x7F are let through for internationalised addresses (RFC 8616).
bool isValChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x21 && u <= 0x7e && u != ';') || u >= 0x80;
}

QByteArray withoutWsp(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isWsp(c)) {
            out.append(c);
        }
    }
    return out;
}

std::optional<QByteArray> base64(const QByteArray& value)
{
    const QByteArray compact = withoutWsp(value);
    if (compact.isEmpty()) {
        return std::nullopt;
    }
    for (char c : compact) {
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
            return std::nullopt;
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<qint64> decimal(const QByteArray& value, int maxDigits)
{
    if (value.isEmpty() || value.size() > maxDigits ||
        !std::all_of(value.begin(), value.end(), [](char c) { return isDigit(c); })) {
        return std::nullopt;
    }
    // Up to 76 digits are allowed for l=; anything past what fits is longer than any message we read anyway.
    if (value.size() > 18) {
        return std::numeric_limits<qint64>::max();
    }
    return value.toLongLong();
}

// sub-domain *("." sub-domain), sub-domain = Let-dig [Ldh-str] (RFC 5321); octets above 0x7F allowed (U-labels).
bool isDomainLike(const QByteArray& value)
{
    if (value.isEmpty() || value.size() > 253) {
        return false;
    }
    for (const QByteArray& label : value.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-')) {
            return false;
        }
        for (char c : label) {
            if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80)) {
                return false;
            }
        }
    }
    return true;
}

std::optional<DkimCanonicalization> canonicalization(const QByteArray& word)
{
    if (word == "simple") {
        return DkimCanonicalization::Simple;
    }
    if (word == "relaxed") {
        return DkimCanonicalization::Relaxed;
    }
    return std::nullopt;
}

} // namespace

QString dkimCanonicalizationKeyword(DkimCanonicalization c)
{
    return c == DkimCanonicalization::Simple ? QStringLiteral("simple") : QStringLiteral("relaxed");
}

QString DkimSignature::keyName() const
{
    return selector + QStringLiteral("._domainkey.") + domain;
}

QByteArray DkimSignature::rawValueWithoutSignature() const
{
    for (const DkimSignatureTag& t : tags) {
        if (t.name == "b") {
            // RFC 6376 3.7: the value "including all surrounding whitespace" counts as empty.
            return rawValue.left(t.afterEquals) + rawValue.mid(t.beforeSemicolon);
        }
    }
    return rawValue;
}

DkimSignature DkimSignature::parse(const QByteArray& rawValue)
{
    DkimSignature s;
    s.rawValue = rawValue;
    s.canonicalizationText = QStringLiteral("simple/simple");
    auto fail = [&s](const QString& why) {
        s.valid = false;
        s.error = why;
        return s;
    };

    // RFC 6376 3.2 tag-list = tag-spec *( ";" tag-spec ) [ ";" ]
    const qsizetype n = rawValue.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && isWsp(rawValue[pos])) {
            ++pos;
        }
        if (pos == n) {
            break; // whitespace after the last ";"
        }
        const qsizetype nameStart = pos;
        if (!isAlpha(rawValue[pos])) {
            return fail(tr("The DKIM-Signature is not a list of tag=value pairs (at octet %1).").arg(pos));
        }
        while (pos < n && (isAlpha(rawValue[pos]) || isDigit(rawValue[pos]) || rawValue[pos] == '_')) {
            ++pos;
        }
        DkimSignatureTag tag;
        tag.name = rawValue.mid(nameStart, pos - nameStart);
        while (pos < n && isWsp(rawValue[pos])) {
            ++pos;
        }
        if (pos == n || rawValue[pos] != '=') {
            return fail(tr("The DKIM-Signature tag \"%1\" has no \"=\".").arg(QString::fromLatin1(tag.name)));
        }
        ++pos;
        tag.afterEquals = pos;
        while (pos < n && isWsp(rawValue[pos])) {
            ++pos;
        }
        tag.valueStart = pos;
        qsizetype lastNonWsp = pos;
        while (pos < n && rawValue[pos] != ';') {
            const char c = rawValue[pos];
            if (!isWsp(c) && !isValChar(c)) {
                return fail(tr("The value of the DKIM-Signature tag \"%1\" holds a character not allowed there.")
                                .arg(QString::fromLatin1(tag.name)));
            }
            ++pos;
            if (!isWsp(c)) {
                lastNonWsp = pos;
            }
        }
        tag.valueEnd = lastNonWsp;
        tag.beforeSemicolon = pos;
        tag.value = rawValue.mid(tag.valueStart, tag.valueEnd - tag.valueStart);
        if (std::any_of(s.tags.begin(), s.tags.end(), [&](const DkimSignatureTag& t) { return t.name == tag.name; })) {
            return fail(tr("The DKIM-Signature has the tag \"%1\" twice, which makes it invalid (RFC 6376 3.2).")
                            .arg(QString::fromLatin1(tag.name)));
        }
        s.tags.append(tag);
        if (pos < n) {
            ++pos; // the ";"
        }
    }

    auto tag = [&s](const char* name) -> std::optional<QByteArray> {
        for (const DkimSignatureTag& t : s.tags) {
            if (t.name == name) {
                return t.value;
            }
        }
        return std::nullopt;
    };

    // Read every tag that is there first, so that what can be shown is shown even when a later rule fails.
    if (const auto a = tag("a")) {
        s.algorithmText = QString::fromLatin1(*a);
        if (*a == "rsa-sha256") {
            s.algorithm = DkimAlgorithm::RsaSha256;
        } else if (*a == "ed25519-sha256") {
            s.algorithm = DkimAlgorithm::Ed25519Sha256;
        } else if (*a == "rsa-sha1") {
            s.algorithm = DkimAlgorithm::RsaSha1;
        }
    }
    if (const auto d = tag("d")) {
        s.domain = QString::fromUtf8(*d).toLower();
        if (s.domain.endsWith(u'.')) {
            s.domain.chop(1);
        }
    }
    if (const auto sel = tag("s")) {
        s.selector = QString::fromUtf8(*sel);
    }
    if (const auto c = tag("c")) {
        s.canonicalizationText = QString::fromLatin1(*c);
    }
    if (const auto h = tag("h")) {
        for (const QByteArray& name : h->split(':')) {
            s.signedHeaders.append(QString::fromLatin1(withoutWsp(name)));
        }
    }

    for (const char* required : {"v", "a", "b", "bh", "d", "h", "s"}) {
        if (!tag(required)) {
            return fail(tr("The DKIM-Signature has no %1= tag, which RFC 6376 requires.").arg(QLatin1String(required)));
        }
    }
    if (*tag("v") != "1") {
        return fail(
            tr("v=%1 is not a DKIM-Signature version verifiers know (v=1).").arg(QString::fromLatin1(*tag("v"))));
    }
    if (s.algorithm == DkimAlgorithm::Unknown) {
        return fail(tr("a=%1 is not a DKIM signing algorithm (rsa-sha256, ed25519-sha256).").arg(s.algorithmText));
    }
    if (const auto b = base64(*tag("b"))) {
        s.signature = *b;
    } else {
        return fail(tr("b= (the signature) is empty or not base64."));
    }
    if (const auto bh = base64(*tag("bh"))) {
        s.bodyHash = *bh;
    } else {
        return fail(tr("bh= (the body hash) is empty or not base64."));
    }
    if (const auto c = tag("c")) {
        const QList<QByteArray> parts = c->split('/');
        const auto header = canonicalization(parts.value(0));
        const auto body = parts.size() == 2 ? canonicalization(parts[1]) : std::optional(DkimCanonicalization::Simple);
        if (parts.size() > 2 || !header || !body) {
            return fail(tr("c=%1 is not a canonicalization verifiers know (simple or relaxed, header/body).")
                            .arg(s.canonicalizationText));
        }
        s.headerCanonicalization = *header;
        s.bodyCanonicalization = *body;
    }
    if (!isDomainLike(*tag("d"))) {
        return fail(tr("d=%1 is not a domain name.").arg(QString::fromUtf8(*tag("d"))));
    }
    if (!isDomainLike(*tag("s"))) {
        return fail(tr("s=%1 is not a selector (a name of dot-separated labels).").arg(s.selector));
    }
    if (s.signedHeaders.size() > kMaxSignedHeaders) {
        return fail(tr("h= lists %1 header fields; no real signature lists more than %2.")
                        .arg(s.signedHeaders.size())
                        .arg(kMaxSignedHeaders));
    }
    for (const QString& name : std::as_const(s.signedHeaders)) {
        const bool fieldName = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
            return c.unicode() >= 0x21 && c.unicode() <= 0x7e && c != u':';
        });
        if (!fieldName) {
            return fail(tr("h= lists \"%1\", which is not a header field name.").arg(name));
        }
    }
    // 6.1.1: a signature that does not cover From must be ignored.
    if (!s.signedHeaders.contains(QStringLiteral("from"), Qt::CaseInsensitive)) {
        return fail(tr("h= does not list From; RFC 6376 makes verifiers ignore such a signature."));
    }
    if (const auto i = tag("i")) {
        s.identity = QString::fromUtf8(*i);
        const qsizetype at = s.identity.lastIndexOf(u'@');
        QString iDomain = at < 0 ? QString() : s.identity.mid(at + 1).toLower();
        if (iDomain.endsWith(u'.')) {
            iDomain.chop(1);
        }
        if (at < 0 || (iDomain != s.domain && !iDomain.endsWith(u'.' + s.domain))) {
            return fail(tr("i=%1 is not in d=%2 or a subdomain of it (RFC 6376 6.1.1).").arg(s.identity, s.domain));
        }
    } else {
        s.identity = u'@' + s.domain;
    }
    if (const auto l = tag("l")) {
        s.bodyLength = decimal(*l, 76);
        if (!s.bodyLength) {
            return fail(tr("l=%1 is not a number of octets.").arg(QString::fromLatin1(*l)));
        }
    }
    if (const auto q = tag("q")) {
        bool dnsTxt = false;
        for (const QByteArray& method : q->split(':')) {
            dnsTxt = dnsTxt || withoutWsp(method) == "dns/txt";
        }
        if (!dnsTxt) {
            return fail(tr("q=%1 names no key lookup method verifiers know (dns/txt).").arg(QString::fromLatin1(*q)));
        }
    }
    if (const auto t = tag("t")) {
        s.timestamp = decimal(*t, 12);
        if (!s.timestamp) {
            return fail(tr("t=%1 is not a time in seconds.").arg(QString::fromLatin1(*t)));
        }
    }
    if (const auto x = tag("x")) {
        s.expiration = decimal(*x, 12);
        if (!s.expiration) {
            return fail(tr("x=%1 is not a time in seconds.").arg(QString::fromLatin1(*x)));
        }
        if (s.timestamp && *s.expiration < *s.timestamp) {
            return fail(tr("x= (expiry) is before t= (signing time)."));
        }
    }
    s.valid = true;
    return s;
}

} // namespace mailauth
