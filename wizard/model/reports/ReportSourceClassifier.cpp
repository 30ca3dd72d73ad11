#include "ReportSourceClassifier.h"

#include "ReportNames.h"
#include "dmarc/OrganizationalDomain.h"

#include <QRegularExpression>
#include <algorithm>

namespace mailauth {

using reportnames::bareDomain;
using reportnames::isPass;

namespace {

// Microsoft 365 signs a custom domain with selector1 or selector2 and its *.onmicrosoft.com domain with
// selector1-contoso-com (shared/reference/microsoft365.md, 2.1).
bool isMicrosoftSelector(const QString& selector)
{
    static const QRegularExpression pattern(QStringLiteral("^selector[12](-[a-z0-9-]+)?$"));
    return pattern.match(selector.toLower()).hasMatch();
}

} // namespace

QString reportSourceKindKeyword(ReportSourceKind kind)
{
    switch (kind) {
    case ReportSourceKind::Microsoft365:
        return QStringLiteral("microsoft365");
    case ReportSourceKind::KnownSender:
        return QStringLiteral("sender");
    case ReportSourceKind::Forwarder:
        return QStringLiteral("forwarder");
    case ReportSourceKind::Authorized:
        return QStringLiteral("authorized");
    case ReportSourceKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ReportSourceClassifier::ReportSourceClassifier(const Catalogue& catalogue)
    : m_senders(catalogue.senders())
{
    for (const CloudInfo& cloud : catalogue.clouds()) {
        for (const QString& text : cloud.outboundNetworks) {
            if (const auto network = Catalogue::parseNetwork(text)) {
                m_microsoftNetworks.append(*network);
            }
        }
        if (!cloud.initialDomainSuffix.isEmpty() && !m_initialDomainSuffixes.contains(cloud.initialDomainSuffix)) {
            m_initialDomainSuffixes.append(cloud.initialDomainSuffix);
        }
    }
}

void ReportSourceClassifier::setTenantDomain(const QString& onmicrosoftDomain)
{
    m_tenant = bareDomain(onmicrosoftDomain);
}

bool ReportSourceClassifier::isWithin(const QString& name, const QString& domain)
{
    if (domain.isEmpty() || name.size() < domain.size()) {
        return false;
    }
    return name == domain || (name.endsWith(domain) && name.at(name.size() - domain.size() - 1) == u'.');
}

bool ReportSourceClassifier::isMicrosoftNetwork(const QString& ip) const
{
    const auto address = IpAddress::parse(ip);
    if (!address) {
        return false;
    }
    const IpAddress plain = address->unmapped();
    return std::any_of(m_microsoftNetworks.begin(), m_microsoftNetworks.end(), [&](const Catalogue::Network& n) {
        return n.address.family() == plain.family() && plain.matches(n.address, n.prefixLength);
    });
}

bool ReportSourceClassifier::isTenantDomain(const QString& domain) const
{
    if (!m_tenant.isEmpty()) {
        return domain == m_tenant;
    }
    // Without the tenant's name any tenant's initial domain counts: the second condition of each rule (the network,
    // or SPF for the organisation) then carries more of the weight.
    return std::any_of(m_initialDomainSuffixes.begin(), m_initialDomainSuffixes.end(), [&](const QString& suffix) {
        return domain.endsWith(u'.' + suffix) && !domain.chopped(suffix.size() + 1).contains(u'.');
    });
}

QString ReportSourceClassifier::orgDomain(const QString& domain) const
{
    const auto cached = m_orgCache.constFind(domain);
    if (cached != m_orgCache.constEnd()) {
        return *cached;
    }
    // Bounded: one entry per distinct domain in the reports, which the reader's limits bound.
    const QString org = OrganizationalDomain::fromPublicSuffixList(domain);
    m_orgCache.insert(domain, org.isEmpty() ? domain : org);
    return m_orgCache.value(domain);
}

bool ReportSourceClassifier::sameOrganisation(const QString& name, const QString& org) const
{
    return !name.isEmpty() && !org.isEmpty() && isWithin(name, org);
}

ReportSourceClass ReportSourceClassifier::classify(const AggregateRecord& record) const
{
    const QString headerFrom = bareDomain(record.headerFrom);
    const QString org = headerFrom.isEmpty() ? QString() : orgDomain(headerFrom);

    struct Dkim
    {
        QString domain;
        QString selector;
    };
    QList<Dkim> dkimPasses;
    for (const AggregateDkimResult& d : record.dkim) {
        if (isPass(d.result)) {
            dkimPasses.append(Dkim{bareDomain(d.domain), d.selector.trimmed().toLower()});
        }
    }
    QStringList spfDomains;
    QStringList spfPasses;
    for (const AggregateSpfResult& s : record.spf) {
        const QString domain = bareDomain(s.domain);
        spfDomains.append(domain);
        if (isPass(s.result)) {
            spfPasses.append(domain);
        }
    }
    if (spfDomains.isEmpty() && !record.envelopeFrom.isEmpty()) {
        spfDomains.append(bareDomain(record.envelopeFrom));
    }
    const auto anyOf = [](const auto& list, const auto& predicate) {
        return std::any_of(list.begin(), list.end(), predicate);
    };
    const auto inOrg = [&](const QString& name) { return sameOrganisation(name, org); };

    // 1. Microsoft 365.
    const bool microsoftSigned = anyOf(dkimPasses, [&](const Dkim& d) {
        return isTenantDomain(d.domain) || (inOrg(d.domain) && isMicrosoftSelector(d.selector));
    });
    const bool fromMicrosoftNetwork = isMicrosoftNetwork(record.sourceIp);
    const bool envelopeInOrg = anyOf(spfDomains, inOrg);
    const bool spfPassForTenantOrOrg =
        anyOf(spfPasses, [&](const QString& d) { return inOrg(d) || isTenantDomain(d); });
    // Microsoft 365 sends with the user's own address as the envelope, so from its network an envelope in O is the
    // tenant's mail (SPF passing or not: a missing include is one of the fixes). A foreign envelope from the same
    // network is another tenant forwarding the message on (its SRS address), which rule 3 finds.
    const bool ownEnvelope = envelopeInOrg || (spfDomains.isEmpty() && microsoftSigned);
    if ((fromMicrosoftNetwork && ownEnvelope) || (microsoftSigned && spfPassForTenantOrOrg)) {
        return ReportSourceClass{ReportSourceKind::Microsoft365, QString::fromLatin1(kMicrosoft365Id),
                                 tr("Microsoft 365")};
    }

    // 2. A catalogue sender.
    const auto known = [&](const SenderInfo& s) {
        return ReportSourceClass{ReportSourceKind::KnownSender, s.id, s.name};
    };
    for (const SenderInfo& s : m_senders) {
        if (anyOf(spfPasses, [&](const QString& d) {
                return anyOf(s.returnPathDomains, [&](const QString& r) { return isWithin(d, r); });
            })) {
            return known(s);
        }
    }
    if (!spfPasses.isEmpty()) {
        for (const SenderInfo& s : m_senders) {
            const bool signedBySender = anyOf(dkimPasses, [&](const Dkim& d) {
                return anyOf(s.dkimDomains, [&](const QString& k) { return isWithin(d.domain, k); }) ||
                       (inOrg(d.domain) && s.dkimSelectors.contains(d.selector));
            });
            if (signedBySender) {
                return known(s);
            }
        }
    }

    // 3. Forwarded on.
    const bool forwardingReason = anyOf(record.overrideReasons, [](const QString& reason) {
        const QString r = reason.trimmed().toLower();
        return r == u"forwarded" || r == u"mailing_list" || r == u"trusted_forwarder";
    });
    // A forwarded message still carries the signature it was sent with: by the domain, the tenant, or a catalogue
    // sender. A signature by some other domain is what a spoofer can add to its own mail, so it proves nothing here.
    const bool signedAtTheOrigin = anyOf(dkimPasses, [&](const Dkim& d) {
        return inOrg(d.domain) || isTenantDomain(d.domain) || anyOf(m_senders, [&](const SenderInfo& s) {
                   return anyOf(s.dkimDomains, [&](const QString& k) { return isWithin(d.domain, k); });
               });
    });
    // SPF passing for O means a server O authorises sent it, whatever the receiver guessed.
    if ((forwardingReason || signedAtTheOrigin) && !anyOf(spfPasses, inOrg)) {
        return ReportSourceClass{ReportSourceKind::Forwarder, {}, {}};
    }

    // 4. Vouched for by the domain's own records.
    const bool dmarcPass = isPass(record.dkimEvaluated) || isPass(record.spfEvaluated);
    if (dmarcPass || anyOf(spfPasses, inOrg)) {
        return ReportSourceClass{ReportSourceKind::Authorized, {}, {}};
    }
    return ReportSourceClass{};
}

} // namespace mailauth
