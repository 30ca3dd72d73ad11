#include "DkimKeyRecord.h"

#include "core/FindingCatalog.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

QString withoutWhitespace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// Values are compared as written: RFC 6376 3.2 makes tag values case-sensitive unless a tag says otherwise, and
// none of h, k, s and t does (k=RSA is no key type a verifier knows, s=EMAIL is no service).
QStringList colonList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(u':')) {
        items.append(withoutWhitespace(item));
    }
    return items;
}

} // namespace

DkimKeyEvaluation DkimKeyRecord::evaluate(const QString& text)
{
    DkimKeyEvaluation e;
    auto add = [&](const char* code, const QString& message, const QString& fix, int pos = -1) {
        e.findings.append(FindingCatalog::make(code, message, fix, pos));
    };

    // RFC 6376 3.2 tag-list: tag-name = ALPHA *(ALPHA / DIGIT / "_"), VALCHAR = %x21-3A / %x3C-7E, FWS allowed.
    static const QRegularExpression tagPattern(
        QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*([\\x21-\\x3a\\x3c-\\x7e\\s]*?)\\s*$"));
    bool syntaxOk = true;
    qsizetype start = 0;
    const QString trimmedText = text.trimmed();
    while (start <= trimmedText.size()) {
        qsizetype end = trimmedText.indexOf(u';', start);
        if (end < 0) {
            end = trimmedText.size();
        }
        const QString piece = trimmedText.mid(start, end - start);
        if (!piece.trimmed().isEmpty() || end < trimmedText.size()) {
            const auto m = tagPattern.match(piece);
            if (!m.hasMatch()) {
                if (!(piece.trimmed().isEmpty() && end == trimmedText.size())) {
                    syntaxOk = false;
                    add("dkim.syntax",
                        tr("\"%1\" is not of the form tag=value; verifiers discard the whole record.")
                            .arg(piece.trimmed()),
                        tr("Copy the key record again exactly as your mail provider shows it."),
                        static_cast<int>(start));
                }
            } else {
                const QString name = m.captured(1);
                if (std::any_of(e.tags.begin(), e.tags.end(), [&](const DkimTag& t) { return t.name == name; })) {
                    syntaxOk = false;
                    add("dkim.duplicate-tag",
                        tr("\"%1\" appears more than once; RFC 6376 makes the whole record invalid.").arg(name),
                        tr("Keep one \"%1=\".").arg(name), static_cast<int>(start));
                }
                e.tags.append(DkimTag{name, m.captured(2), static_cast<int>(start)});
            }
        }
        start = end + 1;
    }

    auto tag = [&](QStringView name) -> std::optional<QString> {
        for (const DkimTag& t : e.tags) {
            if (t.name == name) {
                return t.value;
            }
        }
        return std::nullopt;
    };

    bool usable = syntaxOk;
    if (const auto v = tag(u"v")) {
        if (*v != u"DKIM1" || e.tags.first().name != u"v") {
            usable = false;
            add("dkim.version",
                *v != u"DKIM1" ? tr("v=%1 is not DKIM1; verifiers discard the record.").arg(*v)
                               : tr("v=DKIM1 must be the first tag; verifiers discard the record."),
                tr("Start the record with \"v=DKIM1;\" or leave v= out."));
        }
    }

    const QString k = tag(u"k").value_or(QStringLiteral("rsa")).trimmed();
    if (k == u"rsa") {
        e.keyType = DkimKeyType::Rsa;
    } else if (k == u"ed25519") {
        e.keyType = DkimKeyType::Ed25519;
    } else {
        usable = false;
        const bool caseOnly = k.toLower() == u"rsa" || k.toLower() == u"ed25519";
        add("dkim.unknown-key-type",
            caseOnly ? tr("k=%1 is not a key type verifiers know: key types are case-sensitive, only k=%2 is.")
                           .arg(k, k.toLower())
                     : tr("k=%1 is not a key type verifiers know (rsa, ed25519).").arg(k),
            tr("Use k=rsa (Microsoft 365 keys are RSA) or k=ed25519."));
    }

    if (const auto s = tag(u"s")) {
        const QStringList services = colonList(*s);
        if (!services.contains(QStringLiteral("*")) && !services.contains(QStringLiteral("email"))) {
            usable = false;
            const bool caseOnly = services.contains(QStringLiteral("email"), Qt::CaseInsensitive);
            add("dkim.service-not-email",
                caseOnly ? tr("s=%1 does not allow e-mail: service types are case-sensitive, only s=email is, so "
                              "verifiers ignore this key for mail.")
                               .arg(*s)
                         : tr("s=%1 does not allow e-mail, so verifiers ignore this key for mail.").arg(*s),
                tr("Remove s= or write s=email."));
        }
    }
    if (const auto t = tag(u"t")) {
        const QStringList flags = colonList(*t);
        if (flags.contains(QStringLiteral("y"))) {
            add("dkim.testing",
                tr("t=y marks the domain as testing DKIM: verifiers treat signed mail as unsigned, so DMARC gets no "
                   "help from DKIM."),
                tr("Remove y from t= once signing works."));
        }
    }
    if (const auto h = tag(u"h")) {
        const QStringList hashes = colonList(*h);
        if (!hashes.contains(QStringLiteral("sha256"))) {
            add("dkim.sha1-only",
                tr("h=%1 does not allow sha256; RFC 8301 forbids rsa-sha1, so signatures with this key cannot be "
                   "verified.")
                    .arg(*h),
                tr("Remove h= or write h=sha256."));
        }
    }
    for (const DkimTag& t : e.tags) {
        static const QStringList known = {QStringLiteral("v"), QStringLiteral("h"), QStringLiteral("k"),
                                          QStringLiteral("n"), QStringLiteral("p"), QStringLiteral("s"),
                                          QStringLiteral("t")};
        if (!known.contains(t.name)) {
            add("dkim.unknown-tag", tr("\"%1\" is not a key record tag; verifiers ignore it.").arg(t.name),
                tr("Nothing to do unless it is a typo."), t.position);
        }
    }

    const auto p = tag(u"p");
    if (!p) {
        usable = false;
        add("dkim.missing-key", tr("The record has no public key (p=); verifiers cannot use it."),
            tr("Copy the whole key record again; it must contain p= followed by the key."));
    } else if (withoutWhitespace(*p).isEmpty()) {
        e.revoked = true;
        add("dkim.key-revoked", tr("p= is empty: the key is revoked, so mail signed with this selector fails DKIM."),
            tr("If this selector is still used for signing, publish its current key; otherwise nothing to do."));
    } else if (e.keyType) {
        const auto decoded =
            QByteArray::fromBase64Encoding(withoutWhitespace(*p).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const DkimKeyInfo info = decoded ? DkimPublicKey::decode(*e.keyType, *decoded) : DkimKeyInfo{};
        if (!info.decoded) {
            usable = false;
            add("dkim.key-undecodable",
                tr("The key in p= cannot be decoded as a %1 public key; it was probably cut off or mistyped.")
                    .arg(*e.keyType == DkimKeyType::Rsa ? QStringLiteral("RSA") : QStringLiteral("Ed25519")),
                tr("Copy the key again in one piece; if your DNS panel splits long values, check that nothing was "
                   "lost at the joins."));
        } else {
            e.keyBits = info.bits;
            e.keyEncoding = info.encoding;
            if (*e.keyType == DkimKeyType::Rsa && info.bits < kMinimumRsaBits) {
                usable = false;
                add("dkim.key-too-short",
                    tr("The RSA key has only %1 bits; RFC 8301 forbids verifiers to accept keys under %2 bits.")
                        .arg(info.bits)
                        .arg(kMinimumRsaBits),
                    tr("Create a new 2048-bit key (Microsoft 365: Rotate-DkimSigningConfig -KeySize 2048)."));
            } else if (*e.keyType == DkimKeyType::Rsa && info.bits < kRecommendedRsaBits) {
                add("dkim.key-1024",
                    tr("The RSA key has %1 bits; that still works, but 2048 bits is the recommended size.")
                        .arg(info.bits),
                    tr("Rotate to a 2048-bit key: Rotate-DkimSigningConfig -Identity <domain> -KeySize 2048."));
            }
        }
    }
    e.valid = usable;
    return e;
}

} // namespace mailauth
