#pragma once

#include "TrainingScenario.h"

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
    SimulatedExchange(TrainingWorld& world, QString tenant, QList<DkimFormatChoice> formats, QByteArray publicKey,
                      int microsoftDelaySeconds);

    // The setup script's output: creates the signing config once (and Microsoft's key records), then lists it.
    QString runSetup(const QString& domain);
    // The enable script's output: the CnameMissing error until Microsoft sees both CNAMEs, then the enabled config.
    QString runEnable(const QString& domain);
    bool isEnabled(const QString& domain) const;
    bool hasConfig(const QString& domain) const { return m_configs.contains(domain); }
    QString selectorTarget(const QString& domain, int selector) const;

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
    QByteArray m_publicKey;
    int m_microsoftDelaySeconds;
    QHash<QString, Config> m_configs;
};

} // namespace mailauth
