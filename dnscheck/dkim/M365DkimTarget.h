#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailauth {

// A Microsoft 365 DKIM selector CNAME target, recognised in both formats Microsoft uses:
//   selector1-contoso-com._domainkey.contoso.onmicrosoft.com       (legacy; also onmicrosoft.us, partner.onmschina.cn)
//   selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft (domains added since May 2025)
// The domain token is Microsoft's, not always "dots to dashes", so targets are read back, never built; the one
// exception is predictLegacy(), whose result is labelled a guess everywhere it is shown.
struct M365DkimTarget
{
    enum class Format
    {
        Legacy,
        DynamicPartition
    };

    QString target;      // as given, without a trailing dot
    int selector = 0;    // 1 or 2
    QString domainToken; // "contoso-com"
    QString tenant;      // initial domain prefix, "contoso"
    Format format = Format::Legacy;
    QChar partition;             // n, r, ... (DynamicPartition only)
    QString initialDomainSuffix; // onmicrosoft.com / onmicrosoft.us / partner.onmschina.cn (Legacy only)
    bool isGuess = false;

    static std::optional<M365DkimTarget> recognise(const QString& target);
    // The legacy-format target Microsoft would have used for older domains. Always a guess.
    static M365DkimTarget predictLegacy(int selector, const QString& domain, const QString& initialDomain);
    // The host name at the custom domain where this target must be published.
    QString hostName() const { return QStringLiteral("selector%1._domainkey").arg(selector); }
};

} // namespace mailauth
