#pragma once

#include "dns/DnsServerAddress.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

namespace mailauth::test {

// Real DNS servers on loopback, started and stopped by the tests themselves (knot authoritative, unbound caching).
// Each picks a free port so tests can run in parallel. Stopping waits for the process, so nothing is left behind.

class KnotServer
{
public:
    explicit KnotServer(const QString& address = QStringLiteral("127.0.0.1"));
    ~KnotServer();
    KnotServer(const KnotServer&) = delete;
    KnotServer& operator=(const KnotServer&) = delete;

    // Zones must be declared before start(); their contents may change afterwards (reloaded from the file).
    void setZone(const QString& origin, const QString& zoneText);
    bool start();
    void stop();
    // knotc zone-reload, blocking until the new contents are served.
    bool reload(const QString& origin);

    DnsServerAddress server() const;
    QString error() const { return m_error; }
    // Served at mailauth-fixture-id.<zone> TXT, so a test knows it talks to this server.
    QByteArray token() const { return m_token; }

private:
    QString configPath() const { return m_dir.filePath(QStringLiteral("knot.conf")); }
    bool startOnce();
    QByteArray m_token;

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_address;
    quint16 m_port = 0;
    QStringList m_zones;
    QString m_error;
};

class UnboundServer
{
public:
    // A caching resolver that sends every question for `zones` to `upstream` (stub zones).
    UnboundServer(const QStringList& zones, const KnotServer& upstream,
                  const QString& address = QStringLiteral("127.0.0.2"));
    ~UnboundServer();
    UnboundServer(const UnboundServer&) = delete;
    UnboundServer& operator=(const UnboundServer&) = delete;

    bool start();
    void stop();
    DnsServerAddress server() const;
    QString error() const { return m_error; }

private:
    bool startOnce();
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_address;
    quint16 m_port = 0;
    QStringList m_zones;
    DnsServerAddress m_upstream;
    QByteArray m_upstreamToken;
    QString m_error;
};

// A UDP port that receives and never answers: a DNS server that times out.
class SilentUdpPort
{
public:
    SilentUdpPort();
    ~SilentUdpPort();
    SilentUdpPort(const SilentUdpPort&) = delete;
    SilentUdpPort& operator=(const SilentUdpPort&) = delete;
    DnsServerAddress server() const;

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// A loopback port nothing listens on (connection refused).
DnsServerAddress closedPort();

// Runs the event loop until `done` is true or `timeoutMs` passes; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace mailauth::test
