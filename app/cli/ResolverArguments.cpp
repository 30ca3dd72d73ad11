#include "ResolverArguments.h"

#include "dns/ResolverLookup.h"

namespace mailauth::cli {

ResolverArguments::ResolverArguments()
    : m_resolver(QStringLiteral("resolver"),
                 tr("Ask this resolver (IP or IP:PORT) instead of the system's; repeat for several."), tr("address"))
    , m_authoritative(QStringLiteral("authoritative"),
                      tr("Treat this server (IP or IP:PORT) as the zone's authoritative server instead of looking up "
                         "NS records; repeat for several."),
                      tr("address"))
    , m_maxInFlight(QStringLiteral("max-in-flight"),
                    tr("Keep at most N DNS questions in flight at once (1 to %1; default %2 with --resolver, %3 "
                       "with the system resolver, which may drop the excess silently); a resolver that answers "
                       "REFUSED or SERVFAIL under load gets fewer, and those questions are asked again.")
                        .arg(ResolverLookup::kMaxInFlightLimit)
                        .arg(ResolverLookup::kDefaultMaxInFlight)
                        .arg(ResolverLookup::kSystemResolverMaxInFlight),
                    tr("N"))
    , m_maxQuestions(QStringLiteral("max-questions"), QString(), QStringLiteral("N"))
{
    m_maxQuestions.setFlags(QCommandLineOption::HiddenFromHelp);
}

void ResolverArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_resolver);
    parser.addOption(m_authoritative);
    parser.addOption(m_maxInFlight);
    parser.addOption(m_maxQuestions);
}

bool ResolverArguments::read(const QCommandLineParser& parser, QString* error)
{
    resolvers.clear();
    authoritative.clear();
    for (const auto& [option, list] :
         {std::pair{&m_resolver, &resolvers}, std::pair{&m_authoritative, &authoritative}}) {
        for (const QString& value : parser.values(*option)) {
            const auto server = DnsServerAddress::parse(value, error);
            if (!server) {
                return false;
            }
            list->append(*server);
        }
    }
    if (!parser.isSet(m_maxInFlight) && !parser.isSet(m_maxQuestions)) {
        // The system resolver is often a home router or dnsmasq, which drops the excess silently: a lower cap.
        maxInFlight =
            resolvers.isEmpty() ? ResolverLookup::kSystemResolverMaxInFlight : ResolverLookup::kDefaultMaxInFlight;
        return true;
    }
    const QString value = parser.isSet(m_maxInFlight) ? parser.value(m_maxInFlight) : parser.value(m_maxQuestions);
    bool ok = false;
    maxInFlight = value.toInt(&ok);
    if (!ok || maxInFlight < 1 || maxInFlight > ResolverLookup::kMaxInFlightLimit) {
        *error = tr("--max-in-flight takes a whole number from 1 to %1.").arg(ResolverLookup::kMaxInFlightLimit);
        return false;
    }
    return true;
}

QList<AresChannel::Options> ResolverArguments::channels() const
{
    return ResolverLookup::channels(authoritative, resolvers, authoritative.isEmpty());
}

QList<AresChannel::Options> ResolverArguments::resolverChannels() const
{
    return ResolverLookup::channels({}, resolvers, true);
}

} // namespace mailauth::cli
