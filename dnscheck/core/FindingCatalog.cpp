#include "FindingCatalog.h"

#include <QtGlobal>

namespace mailauth {

const QList<FindingCode>& FindingCatalog::all()
{
    static const QList<FindingCode> codes = {
        // SPF: the record itself (RFC 7208)
        {"spf.not-spf", Severity::Error},
        {"spf.syntax", Severity::Error},
        {"spf.unknown-mechanism", Severity::Error},
        {"spf.non-ascii", Severity::Error},
        {"spf.duplicate-modifier", Severity::Error},
        {"spf.redirect-with-all", Severity::Warning},
        {"spf.terms-after-all", Severity::Warning},
        {"spf.pass-all", Severity::Error},
        {"spf.neutral-all", Severity::Warning},
        {"spf.softfail-all", Severity::Info},
        {"spf.no-all", Severity::Warning},
        {"spf.ptr", Severity::Warning},
        {"spf.include-trailing-dot", Severity::Warning},
        {"spf.include-equals", Severity::Error},
        {"spf.space-after-colon", Severity::Error},
        {"spf.unknown-modifier", Severity::Info},
        {"spf.legacy-microsoft-include", Severity::Warning},
        {"spf.multiple-records", Severity::Error},
        {"spf.string-too-long", Severity::Error},
        {"spf.too-long-for-udp", Severity::Warning},
        // SPF: the lookup budget (RFC 7208 4.6.4), resolved through DNS
        {"spf.too-many-lookups", Severity::Error},
        {"spf.lookups-near-limit", Severity::Warning},
        {"spf.void-lookups", Severity::Error},
        {"spf.too-many-mx-names", Severity::Error},
        {"spf.include-loop", Severity::Error},
        {"spf.include-missing", Severity::Error},
        {"spf.lookup-failed", Severity::Warning},
        // DMARC (RFC 9989, RFC 9990)
        {"dmarc.not-dmarc", Severity::Error},
        {"dmarc.syntax", Severity::Error},
        {"dmarc.missing-semicolon", Severity::Error},
        {"dmarc.quoted-value", Severity::Error},
        {"dmarc.duplicate-tag", Severity::Error},
        {"dmarc.policy-missing", Severity::Error},
        {"dmarc.invalid-policy", Severity::Error},
        {"dmarc.policy-none", Severity::Warning},
        {"dmarc.invalid-value", Severity::Warning},
        {"dmarc.sp-on-subdomain", Severity::Warning},
        {"dmarc.legacy-pct", Severity::Warning},
        {"dmarc.legacy-tag", Severity::Info},
        {"dmarc.unknown-tag", Severity::Info},
        {"dmarc.no-rua", Severity::Warning},
        {"dmarc.uri-not-mailto", Severity::Error},
        {"dmarc.invalid-uri", Severity::Error},
        {"dmarc.uri-size-limit", Severity::Info},
        {"dmarc.external-reports", Severity::Info},
        {"dmarc.report-authorization-missing", Severity::Error},
        {"dmarc.ruf-not-sent-by-microsoft", Severity::Info},
        {"dmarc.fo-without-ruf", Severity::Info},
        {"dmarc.test-mode", Severity::Info},
        {"dmarc.pasted-whitespace-trimmed", Severity::Info},
        // DKIM (RFC 6376, RFC 8301, RFC 8463)
        {"dkim.syntax", Severity::Error},
        {"dkim.duplicate-tag", Severity::Error},
        {"dkim.version", Severity::Error},
        {"dkim.unknown-key-type", Severity::Error},
        {"dkim.missing-key", Severity::Error},
        {"dkim.key-undecodable", Severity::Error},
        {"dkim.key-too-short", Severity::Error},
        {"dkim.key-1024", Severity::Warning},
        {"dkim.key-revoked", Severity::Warning},
        {"dkim.testing", Severity::Warning},
        {"dkim.sha1-only", Severity::Error},
        {"dkim.service-not-email", Severity::Error},
        {"dkim.unknown-tag", Severity::Info},
        // Domain audit over DNS (Microsoft 365 rules included)
        {"domain.not-found", Severity::Error},
        {"dns.servfail", Severity::Error},
        {"dns.timeout", Severity::Error},
        {"dns.refused", Severity::Error},
        {"dns.unreachable", Severity::Error},
        {"dns.bad-rcode", Severity::Error},
        {"mx.missing", Severity::Warning},
        {"mx.null-on-sending", Severity::Warning},
        {"parked.null-mx-missing", Severity::Info},
        {"parked.has-mx", Severity::Warning},
        {"parked.spf-allows-senders", Severity::Warning},
        {"parked.dmarc-not-reject", Severity::Warning},
        {"m365.mx-not-microsoft", Severity::Warning},
        {"spf.missing", Severity::Error},
        {"dmarc.missing", Severity::Error},
        {"dmarc.multiple-records", Severity::Error},
        {"dmarc.no-underscore", Severity::Error},
        {"dmarc.inherited", Severity::Info},
        {"dkim.cname-missing", Severity::Error},
        {"dkim.txt-instead-of-cname", Severity::Error},
        {"dkim.key-missing", Severity::Info},
        {"dkim.zone-name-twice", Severity::Error},
        {"dkim.not-microsoft", Severity::Info},
    };
    return codes;
}

bool FindingCatalog::contains(const QString& code)
{
    const auto& codes = all();
    return std::any_of(codes.begin(), codes.end(), [&](const FindingCode& c) { return code == QLatin1String(c.code); });
}

Severity FindingCatalog::severityOf(const QString& code)
{
    for (const FindingCode& c : all()) {
        if (code == QLatin1String(c.code)) {
            return c.severity;
        }
    }
    Q_ASSERT_X(false, "FindingCatalog::severityOf", "finding code missing from the catalogue");
    return Severity::Error;
}

Finding FindingCatalog::make(const char* code, const QString& message, const QString& fix, int position)
{
    const QString c = QString::fromLatin1(code);
    return Finding{c, severityOf(c), message, fix, position};
}

} // namespace mailauth
