#include "Catalogue.h"

#include "StrictJson.h"
#include "core/DomainName.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <tuple>

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

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    return file.readAll();
}

// The checks of parseSenders: each returns the reason a value is refused, or an empty string.
QString checkKeys(const QJsonObject& o, const QStringList& allowed)
{
    for (const QString& key : o.keys()) {
        if (!allowed.contains(key)) {
            return QStringLiteral("unknown key \"%1\"").arg(key);
        }
    }
    for (const QString& key : allowed) {
        if (!o.contains(key)) {
            return QStringLiteral("missing key \"%1\"").arg(key);
        }
    }
    return {};
}

// Letters, digits, hyphens (and underscores, as in _spf.google.com) in labels of 1 to 63, lower case, no trailing
// dot: DomainName::isValidDnsName alone lets through characters no host name has (":" in "include:x").
bool isLowerDnsName(const QString& name, bool needsDot)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$"));
    return name.size() <= 253 && pattern.match(name).hasMatch() && DomainName::isValidDnsName(name) &&
           (!needsDot || name.contains(u'.'));
}

QString readNameList(const QJsonValue& v, bool domains, QStringList* out)
{
    if (!v.isArray()) {
        return QStringLiteral("not a list");
    }
    for (const QJsonValue& item : v.toArray()) {
        const QString name = item.toString();
        if (!item.isString() || !isLowerDnsName(name, domains)) {
            return QStringLiteral("\"%1\" is not a lower-case %2").arg(name, domains ? u"domain name" : u"selector");
        }
        if (out->contains(name)) {
            return QStringLiteral("\"%1\" is listed twice").arg(name);
        }
        out->append(name);
    }
    return {};
}

} // namespace

std::optional<QList<SenderInfo>> Catalogue::parseSenders(const QByteArray& json, QString* error)
{
    QString ignored;
    QString& why = error != nullptr ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        why = QStringLiteral("senders: not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    if (const auto duplicate = StrictJson::findDuplicateKey(json)) {
        why = QStringLiteral("senders: key \"%1\" repeated on line %2").arg(duplicate->key).arg(duplicate->line);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (QString problem = checkKeys(root, {QStringLiteral("about"), QStringLiteral("senders")}); !problem.isEmpty()) {
        why = QStringLiteral("senders: ") + problem;
        return std::nullopt;
    }
    if (!root.value(QStringLiteral("senders")).isArray()) {
        why = QStringLiteral("senders: \"senders\" is not a list");
        return std::nullopt;
    }
    static const QStringList keys{QStringLiteral("id"),
                                  QStringLiteral("name"),
                                  QStringLiteral("include"),
                                  QStringLiteral("lookups"),
                                  QStringLiteral("returnPathSubdomain"),
                                  QStringLiteral("dkimDomains"),
                                  QStringLiteral("returnPathDomains"),
                                  QStringLiteral("dkimSelectors")};
    QList<SenderInfo> senders;
    const QJsonArray list = root.value(QStringLiteral("senders")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const auto fail = [&](const QString& problem) {
            why = QStringLiteral("senders[%1]: %2").arg(i).arg(problem);
            return std::nullopt;
        };
        if (!list[i].isObject()) {
            return fail(QStringLiteral("not an object"));
        }
        if (QString problem = checkKeys(o, keys); !problem.isEmpty()) {
            return fail(problem);
        }
        SenderInfo s;
        s.id = o.value(QStringLiteral("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
        if (!idPattern.match(s.id).hasMatch()) {
            return fail(QStringLiteral("id \"%1\" is not lower-case letters, digits and hyphens").arg(s.id));
        }
        if (std::any_of(senders.begin(), senders.end(), [&](const SenderInfo& other) { return other.id == s.id; })) {
            return fail(QStringLiteral("id \"%1\" is used twice").arg(s.id));
        }
        s.name = o.value(QStringLiteral("name")).toString();
        if (s.name.trimmed().isEmpty() ||
            std::any_of(s.name.begin(), s.name.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            return fail(QStringLiteral("name is empty or holds control characters"));
        }
        s.include = o.value(QStringLiteral("include")).toString();
        if (!isLowerDnsName(s.include, true)) {
            return fail(QStringLiteral("include \"%1\" is not a lower-case domain name").arg(s.include));
        }
        const QJsonValue lookups = o.value(QStringLiteral("lookups"));
        const double n = lookups.toDouble(-1);
        if (!lookups.isDouble() || n != static_cast<int>(n) || n < 1 || n > 10) {
            return fail(QStringLiteral("lookups is not a whole number from 1 to 10"));
        }
        s.documentedLookups = static_cast<int>(n);
        if (!o.value(QStringLiteral("returnPathSubdomain")).isBool()) {
            return fail(QStringLiteral("returnPathSubdomain is not true or false"));
        }
        s.returnPathSubdomain = o.value(QStringLiteral("returnPathSubdomain")).toBool();
        for (const auto& [key, out, domains] :
             {std::tuple{QStringLiteral("dkimDomains"), &s.dkimDomains, true},
              std::tuple{QStringLiteral("returnPathDomains"), &s.returnPathDomains, true},
              std::tuple{QStringLiteral("dkimSelectors"), &s.dkimSelectors, false}}) {
            if (QString problem = readNameList(o.value(key), domains, out); !problem.isEmpty()) {
                return fail(key + QStringLiteral(": ") + problem);
            }
        }
        senders.append(s);
    }
    return senders;
}

std::optional<Catalogue::Network> Catalogue::parseNetwork(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const auto address = IpAddress::parse(slash < 0 ? text : text.left(slash));
    if (!address) {
        return std::nullopt;
    }
    const int maxLength = address->isV4() ? 32 : 128;
    if (slash < 0) {
        return Network{*address, maxLength};
    }
    const QStringView length = text.mid(slash + 1);
    bool ok = false;
    const int prefix = length.toInt(&ok);
    // Digits only: toInt() would take "+8" and " 8".
    if (!ok || length.isEmpty() || length.size() > 3 ||
        !std::all_of(length.begin(), length.end(), [](QChar c) { return c.isDigit(); }) || prefix < 0 ||
        prefix > maxLength) {
        return std::nullopt;
    }
    return Network{*address, prefix};
}

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
        for (const QString& network : strings(o.value(QStringLiteral("outboundNetworks")))) {
            if (!parseNetwork(network)) {
                m_error = QStringLiteral("clouds.json: \"%1\" is not a network").arg(network);
                continue;
            }
            m_clouds.last().outboundNetworks.append(network);
        }
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
    // The senders are read strictly (parseSenders): a broken entry loads none of them and says why.
    QString error;
    const QByteArray senders = readFile(QStringLiteral(":/mailauth/data/senders.json"), &error);
    if (const auto parsed = error.isEmpty() ? parseSenders(senders, &error) : std::nullopt) {
        m_senders = *parsed;
    } else {
        m_error = error;
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

namespace {

// Keyed by id, in the English of resources/*.json (catalogue_names_test checks that they agree).
struct TranslatableName
{
    const char* id;
    const char* name;
};

constexpr TranslatableName kCloudNames[] = {
    {"worldwide", QT_TRANSLATE_NOOP("Catalogue", "Worldwide (Microsoft 365 commercial)")},
    {"gcc", QT_TRANSLATE_NOOP("Catalogue", "GCC (US Government Community Cloud)")},
    {"china", QT_TRANSLATE_NOOP("Catalogue", "Office 365 operated by 21Vianet (China)")},
};

constexpr TranslatableName kHostNames[] = {
    {"generic", QT_TRANSLATE_NOOP("Catalogue", "A web control panel (generic)")},
    {"bind", QT_TRANSLATE_NOOP("Catalogue", "BIND zone file")},
    {"windows", QT_TRANSLATE_NOOP("Catalogue", "Windows DNS Server")},
};

template <std::size_t N>
QString translatedName(const TranslatableName (&names)[N], const QString& id, const QString& fallback)
{
    for (const TranslatableName& entry : names) {
        if (id == QLatin1String(entry.id)) {
            return QCoreApplication::translate("Catalogue", entry.name);
        }
    }
    return fallback;
}

} // namespace

QString Catalogue::displayName(const CloudInfo& cloud)
{
    return translatedName(kCloudNames, cloud.id, cloud.name);
}

QString Catalogue::displayName(const DnsHostInfo& host)
{
    return translatedName(kHostNames, host.id, host.name);
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

QString Catalogue::senderDkimSetupText(const SenderInfo& sender)
{
    // Each provider's own name for the step, from the setup pages named in resources/senders.json.
    if (sender.id == u"sendgrid") {
        return tr("set up domain authentication in SendGrid (CNAME records s1._domainkey and s2._domainkey)");
    }
    if (sender.id == u"mailchimp") {
        return tr("authenticate the domain in Mailchimp (CNAME records k2._domainkey and k3._domainkey; for "
                  "Mandrill mte1._domainkey and mte2._domainkey)");
    }
    if (sender.id == u"mailgun") {
        return tr("verify the domain in Mailgun and publish the DKIM record it shows");
    }
    if (sender.id == u"amazonses") {
        return tr("turn on Easy DKIM for the domain in Amazon SES (three CNAME records ending in dkim.amazonses.com)");
    }
    if (sender.id == u"google") {
        return tr("generate a DKIM key in the Google Admin console (selector google), publish it and start "
                  "authentication");
    }
    if (sender.id == u"zendesk") {
        return tr("turn on digital signatures in Zendesk (CNAME records zendesk1._domainkey and zendesk2._domainkey)");
    }
    if (sender.id == u"salesforce") {
        return tr("create a DKIM key for the domain in Salesforce Setup and publish its CNAME records");
    }
    if (sender.id == u"freshdesk") {
        return tr("configure DKIM for the domain in Freshdesk's email settings and publish the records it shows");
    }
    if (sender.id == u"postmark") {
        return tr("add the domain in Postmark and publish its DKIM record (and the pm-bounces return path)");
    }
    return tr("set up DKIM for the domain in %1").arg(sender.name);
}

} // namespace mailauth
