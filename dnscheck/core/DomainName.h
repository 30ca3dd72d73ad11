#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailauth {

// A domain name as typed by a person, checked and converted to the A-label (punycode) form that DNS uses.
// IDNA conversion uses Qt's own UTS #46 implementation (QUrl::toAce), so no hand-written punycode.
class DomainName
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)

public:
    // nullopt with a reason when the text is not a usable host name (empty labels, over 63/253 octets,
    // characters DNS host names cannot hold, a single label).
    static std::optional<DomainName> fromUserInput(const QString& text, QString* error = nullptr);

    const QString& ace() const { return m_ace; }         // xn--bcher-kva.example
    const QString& unicode() const { return m_unicode; } // bücher.example
    bool isInternationalised() const { return m_ace != m_unicode; }
    // "bücher.example (xn--bcher-kva.example)" or just the name.
    QString displayBothForms() const;

    // Labels-only checks for names that may hold underscores (_dmarc, _domainkey) and need no IDNA.
    static bool isValidDnsName(QStringView name);

private:
    QString m_ace;
    QString m_unicode;
};

} // namespace mailauth
