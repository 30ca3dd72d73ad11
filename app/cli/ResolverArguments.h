#pragma once

#include "dns/AresChannel.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace mailauth::cli {

// --resolver IP[:PORT] (repeatable: replaces the system and public resolvers) and --authoritative IP[:PORT]
// (repeatable: replaces name-server discovery), shared by check, wait and spf.
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

    // The zone's own servers first (names about to be published: no negative caching elsewhere), then the named
    // resolvers for names in other zones; the system resolver when neither is named.
    QList<AresChannel::Options> channels() const;
    // Resolvers only (or the system's): for finding the name servers themselves.
    QList<AresChannel::Options> resolverChannels() const;

private:
    QCommandLineOption m_resolver;
    QCommandLineOption m_authoritative;
};

} // namespace mailauth::cli
