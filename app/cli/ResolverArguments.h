#pragma once

#include "dns/AresChannel.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace mailauth::cli {

// --resolver IP[:PORT] (repeatable: replaces the system and public resolvers), --authoritative IP[:PORT]
// (repeatable: replaces name-server discovery) and --max-in-flight N (the cap on DNS questions in flight), shared by
// check, plan, wait and spf.
class ResolverArguments
{
    Q_DECLARE_TR_FUNCTIONS(ResolverArguments)

public:
    ResolverArguments();
    void addTo(QCommandLineParser& parser) const;
    // false with a message for people when an address does not parse.
    bool read(const QCommandLineParser& parser, QString* error);

    QList<DnsServerAddress> resolvers;     // empty: the system resolver
    QList<DnsServerAddress> authoritative; // empty: discover from NS
    // What the ResolverLookup of the command may have in flight at once: --max-in-flight, else
    // kDefaultMaxInFlight with --resolver and kSystemResolverMaxInFlight with the system resolver.
    int maxInFlight = 0;

    // The zone's own servers first (names about to be published: no negative caching elsewhere), then the named
    // resolvers for names in other zones; the system resolver when neither is named.
    QList<AresChannel::Options> channels() const;
    // Resolvers only (or the system's): for finding the name servers themselves.
    QList<AresChannel::Options> resolverChannels() const;

private:
    QCommandLineOption m_resolver;
    QCommandLineOption m_authoritative;
    QCommandLineOption m_maxInFlight;
    QCommandLineOption m_maxQuestions; // the earlier name of --max-in-flight (check only), still accepted
};

} // namespace mailauth::cli
