#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailauth {

struct CloudInfo
{
    QString id;
    QString name;
    QString spfInclude;
    QString exchangeEnvironmentName; // empty: Connect-ExchangeOnline's default (O365Default)
    QString autodiscover;
    QString initialDomainSuffix;
    QStringList mxSuffixes;
    // The Microsoft Defender portal of this cloud ("https://security.microsoft.com"); its Email authentication
    // settings page (/authentication?viewid=DKIM) creates DKIM keys and switches signing on without PowerShell.
    QString defenderPortal = {};
    QString dkimPortalUrl() const;
};

enum class RecordFormat
{
    Table,
    Bind,
    WindowsDns,
    AzureDns
};
enum class NameStyle
{
    Relative,
    Fqdn,
    FqdnDot
};

struct DnsHostInfo
{
    QString id;
    QString name;
    RecordFormat format = RecordFormat::Table;
    NameStyle nameStyle = NameStyle::Relative;
    QString apex; // what the host field holds for the zone apex ("@", or empty)
    bool cnameTrailingDot = false;
    bool txtQuotes = false; // the panel wants TXT values typed with quotation marks
    QStringList warnings;   // ids; see hostWarningText()
};

struct SenderInfo
{
    QString id;
    QString name;
    QString include;
    int documentedLookups = 1;
    bool returnPathSubdomain = false; // can send with a return-path subdomain of its own (custom MAIL FROM)
};

// The data in resources/ (clouds, DNS hosts, senders), loaded once from the embedded resource. Texts a person reads
// that belong to the data (host warnings) are keyed by id and translated here.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    static const Catalogue& instance();

    const QList<CloudInfo>& clouds() const { return m_clouds; }
    const QList<DnsHostInfo>& dnsHosts() const { return m_hosts; }
    const QList<SenderInfo>& senders() const { return m_senders; }
    std::optional<CloudInfo> cloud(const QString& id) const;
    std::optional<DnsHostInfo> dnsHost(const QString& id) const;
    std::optional<SenderInfo> sender(const QString& id) const;
    QString loadError() const { return m_error; }

    static QString hostWarningText(const QString& warningId);

private:
    Catalogue();
    QList<CloudInfo> m_clouds;
    QList<DnsHostInfo> m_hosts;
    QList<SenderInfo> m_senders;
    QString m_error;
};

} // namespace mailauth
