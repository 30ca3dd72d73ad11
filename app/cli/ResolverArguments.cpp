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
{
}

void ResolverArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_resolver);
    parser.addOption(m_authoritative);
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
