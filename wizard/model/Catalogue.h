#pragma once

#include "core/IpAddress.h"

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
    // Where Exchange Online Protection sends mail from ("40.107.0.0/16"), checked to be networks when loaded; empty
    // when no list was checked for this cloud.
    QStringList outboundNetworks = {};
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
    // How its mail shows in DMARC reports (resources/senders.json "about"): the d= domains it signs with by default,
    // its bounce domains, and the selectors it signs with once set up for the customer's domain. Domains match
    // themselves and their subdomains; all lower case.
    QStringList dkimDomains = {};
    QStringList returnPathDomains = {};
    QStringList dkimSelectors = {};
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
    // The name shown to people: translated where the cloud or host has a name of its own in the language ("Mondial",
    // "Weltweit"); brand names (Cloudflare, GCC High) and unknown ids keep the name from the file. Generated scripts
    // keep the file's English name.
    static QString displayName(const CloudInfo& cloud);
    static QString displayName(const DnsHostInfo& host);
    // How to give a sender's mail aligned DKIM, in the sender's own words ("set up domain authentication in SendGrid
    // (CNAMEs s1._domainkey and s2._domainkey)"); a general sentence for a sender without one.
    static QString senderDkimSetupText(const SenderInfo& sender);

    // The sender catalogue (resources/senders.json), read strictly: an unknown or repeated key, a missing or
    // mistyped value, a repeated id or a malformed domain refuses the whole file with the reason in `error`.
    static std::optional<QList<SenderInfo>> parseSenders(const QByteArray& json, QString* error);
    // "40.107.0.0/16" or "2a01:111:f400::/48" (an address alone is a host network); nullopt when malformed.
    struct Network
    {
        IpAddress address;
        int prefixLength = 0;
    };
    static std::optional<Network> parseNetwork(QStringView text);

private:
    Catalogue();
    QList<CloudInfo> m_clouds;
    QList<DnsHostInfo> m_hosts;
    QList<SenderInfo> m_senders;
    QString m_error;
};

} // namespace mailauth
