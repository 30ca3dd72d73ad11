#pragma once

#include "Catalogue.h"
#include "DomainPlan.h"
#include "dkim/DkimTargetPasteParser.h"
#include "dmarc/DmarcComposer.h"
#include "dns/DnsServerAddress.h"
#include "generators/DnsRecordSpec.h"
#include "spf/SpfComposer.h"

#include <QObject>

namespace mailauth {

// The plan a rollout builds: tenant, cloud, DNS host, domains and every choice per domain. Widgets-free; the pages
// only bind to it. Setters validate and say why a value is refused.
class RolloutPlan final : public QObject
{
    Q_OBJECT

public:
    explicit RolloutPlan(QObject* parent = nullptr);

    // Tenant and hosting
    bool setInitialDomain(const QString& text, QString* error = nullptr);
    QString initialDomain() const { return m_initialDomain; }
    bool setCloud(const QString& id);
    CloudInfo cloud() const;
    bool setDnsHost(const QString& id);
    DnsHostInfo dnsHost() const;
    void setClientName(const QString& name);
    QString clientName() const { return m_clientName; }

    // Domains: one per line; "parked" marks a domain that sends no mail.
    bool setDomains(const QStringList& names, QString* error = nullptr);
    const QList<DomainPlan>& domains() const { return m_domains; }
    DomainPlan& domain(int index) { return m_domains[index]; }
    const DomainPlan& domain(int index) const { return m_domains[index]; }
    void setRole(int index, DomainRole role);

    // DNS vantage points chosen by the user (empty: system and public resolvers / NS discovery).
    QList<DnsServerAddress> resolvers;
    QList<DnsServerAddress> authoritative;

    // SPF
    SpfPlan spfPlan(int index) const;
    SpfComposition composeSpf(int index) const;
    // DKIM
    DkimPastedTargets applyDkimPaste(int index, const QString& text);
    // DMARC
    DmarcPlan dmarcPlan(int index) const;
    DmarcComposition composeDmarc(int index) const;
    void setDmarcStart(int index, const QDate& start); // none now, quarantine +4 weeks, reject +8 weeks

    // The records a step asks the admin to publish.
    QList<DnsRecordSpec> spfRecords(int index) const;
    QList<DnsRecordSpec> dkimRecords(int index) const;
    QList<DnsRecordSpec> dmarcRecords(int index) const;

    void recordConfirmation(int index, const Confirmation& confirmation);

Q_SIGNALS:
    void changed();

private:
    QString m_initialDomain;
    QString m_cloudId = QStringLiteral("worldwide");
    QString m_dnsHostId = QStringLiteral("generic");
    QString m_clientName;
    QList<DomainPlan> m_domains;
};

} // namespace mailauth
