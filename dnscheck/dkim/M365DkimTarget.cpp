#include "M365DkimTarget.h"

#include <QRegularExpression>

namespace mailauth {

std::optional<M365DkimTarget> M365DkimTarget::recognise(const QString& input)
{
    QString target = input.trimmed();
    if (target.endsWith(u'.')) {
        target.chop(1);
    }
    static const QRegularExpression dynamic(
        QStringLiteral(
            "^selector([12])-([a-z0-9-]+)\\._domainkey\\.([a-z0-9-]+)\\.([a-z])-v1\\.dkim\\.mail\\.microsoft$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression legacy(
        QStringLiteral("^selector([12])-([a-z0-9-]+)\\._domainkey\\.([a-z0-9-]+)\\.(onmicrosoft\\.com|onmicrosoft\\.us|"
                       "partner\\.onmschina\\.cn)$"),
        QRegularExpression::CaseInsensitiveOption);
    M365DkimTarget t;
    t.target = target;
    if (const auto m = dynamic.match(target); m.hasMatch()) {
        t.selector = m.captured(1).toInt();
        t.domainToken = m.captured(2);
        t.tenant = m.captured(3);
        t.format = Format::DynamicPartition;
        t.partition = m.captured(4).at(0).toLower();
        return t;
    }
    if (const auto m = legacy.match(target); m.hasMatch()) {
        t.selector = m.captured(1).toInt();
        t.domainToken = m.captured(2);
        t.tenant = m.captured(3);
        t.format = Format::Legacy;
        t.initialDomainSuffix = m.captured(4).toLower();
        return t;
    }
    return std::nullopt;
}

M365DkimTarget M365DkimTarget::predictLegacy(int selector, const QString& domain, const QString& initialDomain)
{
    M365DkimTarget t;
    t.selector = selector;
    t.domainToken = QString(domain).toLower().replace(u'.', u'-');
    const qsizetype dot = initialDomain.indexOf(u'.');
    t.tenant = dot < 0 ? initialDomain : initialDomain.left(dot);
    t.initialDomainSuffix = dot < 0 ? QStringLiteral("onmicrosoft.com") : initialDomain.mid(dot + 1).toLower();
    t.format = Format::Legacy;
    t.isGuess = true;
    t.target = QStringLiteral("selector%1-%2._domainkey.%3.%4")
                   .arg(selector)
                   .arg(t.domainToken, t.tenant, t.initialDomainSuffix);
    return t;
}

} // namespace mailauth
