#pragma once

#include "model/Catalogue.h"
#include "reports/AggregateReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace mailauth {

enum class ReportSourceKind
{
    Microsoft365, // the tenant's own outbound (onmicrosoft.com / selector1-2 DKIM, Exchange Online Protection)
    KnownSender,  // a service of resources/senders.json
    Forwarder,    // DKIM survives, SPF does not (forwarding, mailing lists, ARC)
    Unknown,      // probably spoofing
    Authorized    // not recognised, but the domain's own SPF or DKIM vouches for it (a server of the customer's own,
                  // or a service set up with the domain's keys and return path)
};

// Stable keyword for --json and logs: microsoft365, sender, forwarder, unknown, authorized.
QString reportSourceKindKeyword(ReportSourceKind kind);

struct ReportSourceClass
{
    ReportSourceKind kind = ReportSourceKind::Unknown;
    QString senderId;   // catalogue id for KnownSender, kMicrosoft365Id for Microsoft365, else empty
    QString senderName; // "SendGrid", "Microsoft 365"; empty otherwise
};

// Says who sent the messages of one aggregate-report row, from what the report shows: the source IP, the DKIM
// signatures that passed (d= and s=), the domains SPF checked and their results, and the receiver's override reasons.
// Only the report's own evidence is used, never the PTR name (the owner of an address writes its PTR record, so a
// spoofer can name itself "mail.protection.outlook.com").
//
// The rules, first match wins (O is the organisational domain of header_from, by the public suffix list):
//  1. Microsoft 365: the IP is in a cloud's Exchange Online Protection networks (clouds.json outboundNetworks) and
//     the envelope domain SPF checked is in O (or the report names none and Microsoft 365 signed it); or, from
//     anywhere, Microsoft 365 signed it and SPF passed for O or the tenant's domain. "Microsoft 365 signed it" means a
//     passing DKIM signature by the tenant's *.onmicrosoft.com domain (any such domain while the tenant is not known),
//     or by a domain in O with a Microsoft selector (selector1, selector2, selector1-contoso-com, ...).
//  2. A catalogue sender: SPF passed for one of its return-path domains; or, with SPF passing for some domain (so
//     the message was not forwarded), a DKIM pass by one of its DKIM domains, or by a domain in O with one of its
//     selectors.
//  3. Forwarder: SPF passed for nothing in O, and the receiver named forwarding as an override reason (forwarded,
//     mailing_list, trusted_forwarder) or a signature made where the message started (by a domain in O, the
//     tenant, or a catalogue sender's DKIM domain) passed: the message travelled on from where it was sent (SPF fails
//     there, or passes for the forwarder's own SRS address). A signature by another domain proves nothing: a spoofer
//     can sign its own mail. (An unlisted service signing with the domain's key and bouncing to its own domain also
//     lands here: legitimate either way.)
//  4. Authorized: DMARC passed, or SPF passed for a domain in O: the domain's own records vouch for the server.
//  5. Unknown: nothing vouches for it.
// Not thread-safe (the organisational-domain cache).
class ReportSourceClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ReportSourceClassifier)

public:
    static constexpr const char kMicrosoft365Id[] = "microsoft365";

    explicit ReportSourceClassifier(const Catalogue& catalogue);

    // The tenant's *.onmicrosoft.com (or sovereign) name; empty: any tenant's signature counts (less certain).
    void setTenantDomain(const QString& onmicrosoftDomain);
    QString tenantDomain() const { return m_tenant; }

    ReportSourceClass classify(const AggregateRecord& record) const;

    bool isMicrosoftNetwork(const QString& ip) const;
    // name equals domain or is a subdomain of it (both lower case, no trailing dot).
    static bool isWithin(const QString& name, const QString& domain);

private:
    bool isTenantDomain(const QString& domain) const;
    bool sameOrganisation(const QString& a, const QString& orgDomain) const;
    QString orgDomain(const QString& domain) const;

    QList<SenderInfo> m_senders;
    QList<Catalogue::Network> m_microsoftNetworks;
    QStringList m_initialDomainSuffixes; // onmicrosoft.com, onmicrosoft.us, partner.onmschina.cn
    QString m_tenant;
    mutable QHash<QString, QString> m_orgCache;
};

} // namespace mailauth
