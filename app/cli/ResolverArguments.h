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

    // Channels for questions answered by resolvers (recursive), or the given authoritative servers (no recursion).
    QList<AresChannel::Options> resolverChannels() const;
    QList<AresChannel::Options> authoritativeChannels() const;

private:
    QCommandLineOption m_resolver;
    QCommandLineOption m_authoritative;
};

} // namespace mailauth::cli
