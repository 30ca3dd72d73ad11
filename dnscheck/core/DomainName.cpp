#include "DomainName.h"

#include <QUrl>

namespace mailauth {

std::optional<DomainName> DomainName::fromUserInput(const QString& text, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<DomainName> {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    QString input = text.trimmed();
    if (input.endsWith(u'.')) {
        input.chop(1);
    }
    if (input.isEmpty()) {
        return fail(tr("Enter a domain name, for example contoso.com."));
    }
    if (input.contains(u'@')) {
        return fail(tr("\"%1\" looks like an e-mail address; enter only the part after the @.").arg(input));
    }
    if (input.contains(QStringLiteral("://")) || input.contains(u'/')) {
        return fail(tr("\"%1\" looks like a web address; enter only the domain, for example contoso.com.").arg(input));
    }
    const QByteArray ace = QUrl::toAce(input, QUrl::AceTransitionalProcessing | QUrl::IgnoreIDNWhitelist);
    if (ace.isEmpty()) {
        return fail(tr("\"%1\" is not a valid domain name.").arg(input));
    }
    const QString aceText = QString::fromLatin1(ace).toLower();
    if (!isValidDnsName(aceText)) {
        return fail(tr("\"%1\" is not a valid domain name: each part between dots must be 1 to 63 letters, digits "
                       "or hyphens, not starting or ending with a hyphen.")
                        .arg(input));
    }
    if (!aceText.contains(u'.')) {
        return fail(tr("\"%1\" has no dot; enter the full domain, for example contoso.com.").arg(input));
    }
    for (const QString& label : aceText.split(u'.')) {
        for (QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-')) {
                return fail(tr("\"%1\" contains \"%2\", which a domain name cannot hold.").arg(input, c));
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return fail(tr("\"%1\" has a part that starts or ends with a hyphen.").arg(input));
        }
    }
    DomainName name;
    name.m_ace = aceText;
    // Without IgnoreIDNWhitelist Qt shows Unicode only for TLDs on its own list; people should always see it.
    name.m_unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    return name;
}

QString DomainName::displayBothForms() const
{
    return isInternationalised() ? tr("%1 (%2)").arg(m_unicode, m_ace) : m_ace;
}

bool DomainName::isValidDnsName(QStringView name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    for (QStringView label : name.split(u'.')) {
        if (label.isEmpty() || label.size() > 63) {
            return false;
        }
        for (QChar c : label) {
            if (c.unicode() > 0x7e || c.unicode() <= 0x20) {
                return false;
            }
        }
    }
    return true;
}

} // namespace mailauth
