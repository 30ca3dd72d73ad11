#pragma once

#include "TrainingScenario.h"
#include "dkim/DkimSigningKey.h"

#include <QCoreApplication>
#include <QHash>

namespace mailauth {

class TrainingWorld;

// Exchange Online as the DKIM step meets it, for one training tenant: New-/Get-/Set-DkimSigningConfig answer with
// realistic output (Format-List, both target formats, the CnameMissing validation error). Microsoft sees the
// selector CNAMEs only `microsoftDelaySeconds` of simulated time after they appear at the primary name server.
class SimulatedExchange
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedExchange)

public:
    // `key` signs the tenant's mail; its public half is what the simulated DNS publishes for the tenant's
    // onmicrosoft.com selector (from the start) and behind each custom domain's selectors (once created).
    SimulatedExchange(TrainingWorld& world, QString tenant, QList<DkimFormatChoice> formats, DkimSigningKey key,
                      int microsoftDelaySeconds);

    // The setup script's output: creates the signing config once (and Microsoft's key records), then lists it.
    QString runSetup(const QString& domain);
    // The enable script's output: the CnameMissing error until Microsoft sees both CNAMEs, then the enabled config.
    QString runEnable(const QString& domain);
    bool isEnabled(const QString& domain) const;
    bool hasConfig(const QString& domain) const { return m_configs.contains(domain); }
    QString selectorTarget(const QString& domain, int selector) const;

    // A message sent now from a mailbox of `domain`, as an outside mailbox receives it: signed by the custom domain
    // once its signing is enabled, and before that by the tenant's onmicrosoft.com domain, as Microsoft 365 does.
    QByteArray testMessage(const QString& domain) const;
    // The selector Microsoft 365 signs with for the tenant's own domain (selector1-contoso-onmicrosoft-com).
    QString tenantSelector() const;

private:
    struct Config
    {
        QString selector1;
        QString selector2;
        bool enabled = false;
    };
    QString formatList(const QString& domain, const Config& config) const;
    bool microsoftSeesCnames(const QString& domain, const Config& config) const;

    TrainingWorld& m_world;
    QString m_tenant;
    QList<DkimFormatChoice> m_formats;
    DkimSigningKey m_key;
    QByteArray m_publicKey;
    int m_microsoftDelaySeconds;
    QHash<QString, Config> m_configs;
};

} // namespace mailauth
