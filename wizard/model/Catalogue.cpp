#include "Catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initRolloutResources()
{
    // The resources live in a static library: register them explicitly (Qt does not for static libraries).
    Q_INIT_RESOURCE(mailauth_rollout_data);
}

namespace mailauth {

namespace {

QJsonArray readArray(const QString& path, const QString& key, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
        return {};
    }
    return doc.object().value(key).toArray();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

} // namespace

const Catalogue& Catalogue::instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

Catalogue::Catalogue()
{
    initRolloutResources();
    for (const QJsonValue& v :
         readArray(QStringLiteral(":/mailauth/data/clouds.json"), QStringLiteral("clouds"), &m_error)) {
        const QJsonObject o = v.toObject();
        m_clouds.append(CloudInfo{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                                  o.value(QStringLiteral("spfInclude")).toString(),
                                  o.value(QStringLiteral("exchangeEnvironmentName")).toString(),
                                  o.value(QStringLiteral("autodiscover")).toString(),
                                  o.value(QStringLiteral("initialDomainSuffix")).toString(),
                                  strings(o.value(QStringLiteral("mxSuffixes")))});
        m_clouds.last().defenderPortal = o.value(QStringLiteral("defenderPortal")).toString();
    }
    for (const QJsonValue& v :
         readArray(QStringLiteral(":/mailauth/data/dnshosts.json"), QStringLiteral("hosts"), &m_error)) {
        const QJsonObject o = v.toObject();
        DnsHostInfo h;
        h.id = o.value(QStringLiteral("id")).toString();
        h.name = o.value(QStringLiteral("name")).toString();
        const QString format = o.value(QStringLiteral("format")).toString();
        h.format = format == u"bind"      ? RecordFormat::Bind
                   : format == u"windows" ? RecordFormat::WindowsDns
                   : format == u"azure"   ? RecordFormat::AzureDns
                                          : RecordFormat::Table;
        const QString style = o.value(QStringLiteral("nameStyle")).toString();
        h.nameStyle = style == u"fqdn"       ? NameStyle::Fqdn
                      : style == u"fqdn-dot" ? NameStyle::FqdnDot
                                             : NameStyle::Relative;
        h.apex = o.value(QStringLiteral("apex")).toString();
        h.cnameTrailingDot = o.value(QStringLiteral("cnameTrailingDot")).toBool();
        h.txtQuotes = o.value(QStringLiteral("txtQuotes")).toBool();
        h.warnings = strings(o.value(QStringLiteral("warnings")));
        m_hosts.append(h);
    }
    for (const QJsonValue& v :
         readArray(QStringLiteral(":/mailauth/data/senders.json"), QStringLiteral("senders"), &m_error)) {
        const QJsonObject o = v.toObject();
        m_senders.append(
            SenderInfo{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                       o.value(QStringLiteral("include")).toString(), o.value(QStringLiteral("lookups")).toInt(1),
                       o.value(QStringLiteral("returnPathSubdomain")).toBool()});
    }
}

QString CloudInfo::dkimPortalUrl() const
{
    // Microsoft Learn, "Set up DKIM to sign mail from your Microsoft 365 domain": the DKIM tab of the Email
    // authentication settings page.
    return defenderPortal.isEmpty() ? QString() : defenderPortal + QStringLiteral("/authentication?viewid=DKIM");
}

std::optional<CloudInfo> Catalogue::cloud(const QString& id) const
{
    for (const CloudInfo& c : m_clouds) {
        if (c.id == id) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<DnsHostInfo> Catalogue::dnsHost(const QString& id) const
{
    for (const DnsHostInfo& h : m_hosts) {
        if (h.id == id) {
            return h;
        }
    }
    return std::nullopt;
}

std::optional<SenderInfo> Catalogue::sender(const QString& id) const
{
    for (const SenderInfo& s : m_senders) {
        if (s.id == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString Catalogue::hostWarningText(const QString& id)
{
    if (id == u"panel-appends-zone") {
        return tr("This panel adds the zone name to the host field itself: type only the part shown (for example "
                  "selector1._domainkey), never the full name, or the record ends up at "
                  "selector1._domainkey.contoso.com.contoso.com.");
    }
    if (id == u"cloudflare-proxy-off") {
        return tr("Set every CNAME to \"DNS only\" (grey cloud). A proxied CNAME hides the target and Microsoft "
                  "cannot find the DKIM key.");
    }
    if (id == u"route53-trailing-dot") {
        return tr("Route 53 needs a trailing dot at the end of CNAME targets (shown below).");
    }
    if (id == u"route53-txt-quotes") {
        return tr("Route 53 wants TXT values in quotation marks; values over 255 characters as several quoted "
                  "strings (shown below).");
    }
    if (id == u"ttl-3600") {
        return tr("Use a TTL of 3600 seconds (1 hour), as Microsoft recommends.");
    }
    if (id == u"bind-serial") {
        return tr("Increase the SOA serial number when you add these lines, then reload the zone.");
    }
    return {};
}

} // namespace mailauth
