#include "DmarcComposer.h"

#include "core/DomainName.h"

namespace mailauth {

std::optional<QString> DmarcComposer::mailtoUri(const QString& input)
{
    QString address = input.trimmed();
    if (address.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive)) {
        address = address.mid(7);
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1) {
        return std::nullopt;
    }
    const QString local = address.left(at);
    const auto domain = DomainName::fromUserInput(address.mid(at + 1));
    if (!domain) {
        return std::nullopt;
    }
    QString encoded;
    for (QChar c : local) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || c == u',' || c == u'!' || c == u';' || c == u'%' || c == u'"' || c == u'\\') {
            if (u >= 0x7f) {
                return std::nullopt; // a non-ASCII local part cannot be carried reliably in a DMARC URI
            }
            encoded += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
        } else {
            encoded += c;
        }
    }
    return QStringLiteral("mailto:") + encoded + u'@' + domain->ace();
}

DmarcComposition DmarcComposer::compose(const DmarcPlan& plan)
{
    DmarcComposition result;
    QStringList tags{QStringLiteral("v=DMARC1"), QStringLiteral("p=") + dmarcPolicyKeyword(plan.policy)};
    if (plan.subdomainPolicy) {
        tags.append(QStringLiteral("sp=") + dmarcPolicyKeyword(*plan.subdomainPolicy));
    }
    if (plan.nonexistentPolicy) {
        tags.append(QStringLiteral("np=") + dmarcPolicyKeyword(*plan.nonexistentPolicy));
    }
    if (plan.testing) {
        tags.append(QStringLiteral("t=y"));
    }
    if (plan.strictDkim) {
        tags.append(QStringLiteral("adkim=s"));
    }
    if (plan.strictSpf) {
        tags.append(QStringLiteral("aspf=s"));
    }
    auto uris = [&](const QStringList& addresses) {
        QStringList out;
        for (const QString& a : addresses) {
            if (a.trimmed().isEmpty()) {
                continue;
            }
            const auto uri = mailtoUri(a);
            if (!uri) {
                result.errors.append(tr("\"%1\" is not a valid e-mail address for reports.").arg(a));
            } else if (!out.contains(*uri)) {
                out.append(*uri);
            }
        }
        return out.join(u',');
    };
    const QString rua = uris(plan.aggregateReports);
    const QString ruf = uris(plan.failureReports);
    if (!rua.isEmpty()) {
        tags.append(QStringLiteral("rua=") + rua);
    }
    if (!ruf.isEmpty()) {
        tags.append(QStringLiteral("ruf=") + ruf);
        const QString fo = plan.failureOptions.trimmed();
        static const QStringList allowed = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"),
                                            QStringLiteral("s")};
        const QStringList options = fo.split(u':', Qt::SkipEmptyParts);
        const bool valid =
            std::all_of(options.begin(), options.end(), [](const QString& o) { return allowed.contains(o); }) &&
            !(options.contains(QStringLiteral("0")) && options.contains(QStringLiteral("1")));
        if (!fo.isEmpty() && !valid) {
            result.errors.append(tr("\"%1\" is not a valid fo value (0, 1, d or s, separated by \":\").").arg(fo));
        } else if (!fo.isEmpty()) {
            tags.append(QStringLiteral("fo=") + fo);
        }
    }
    result.record = tags.join(QStringLiteral("; "));
    return result;
}

} // namespace mailauth
