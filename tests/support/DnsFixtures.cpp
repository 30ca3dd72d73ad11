#include "DnsFixtures.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailauth::test {

namespace {

// A port free for both UDP and TCP on `address`.
quint16 freePort(const QString& address)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int udp = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr);
        sa.sin_port = 0;
        if (::bind(udp, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
            ::close(udp);
            continue;
        }
        socklen_t len = sizeof sa;
        ::getsockname(udp, reinterpret_cast<sockaddr*>(&sa), &len);
        const int tcp = ::socket(AF_INET, SOCK_STREAM, 0);
        const bool tcpFree = ::bind(tcp, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0;
        ::close(tcp);
        ::close(udp);
        if (tcpFree) {
            return ntohs(sa.sin_port);
        }
    }
    return 0;
}

QString tool(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    f.write(text.toUtf8());
    return true;
}

// Asks with kdig until the server answers with this fixture's own token, or 5 s pass. Over TCP, so a port not yet open
// fails at once instead of waiting out a UDP timeout. The token guards against a port race with a parallel test: a
// server that is not ours answers with another token (or none), and the caller retries on a new port.
bool waitForOwnAnswer(const DnsServerAddress& server, const QString& name, const QByteArray& token, QProcess& daemon)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        if (daemon.state() == QProcess::NotRunning) {
            return false;
        }
        QProcess kdig;
        kdig.start(tool(QStringLiteral("kdig")),
                   {u'@' + server.address.toString(), QStringLiteral("-p"), QString::number(server.port),
                    QStringLiteral("+tcp"), QStringLiteral("+time=1"), QStringLiteral("+retry=0"),
                    QStringLiteral("+short"), QStringLiteral("TXT"), name});
        kdig.waitForFinished(3000);
        const QByteArray out = kdig.readAllStandardOutput();
        if (kdig.exitCode() == 0 && out.contains(token)) {
            return daemon.state() == QProcess::Running;
        }
        if (kdig.exitCode() == 0 && out.contains("mailauth-fixture-")) {
            return false; // someone else's server on this port
        }
        QThread::msleep(20);
    }
    return false;
}

QByteArray newToken()
{
    return "mailauth-fixture-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

void stopProcess(QProcess& p)
{
    if (p.state() == QProcess::NotRunning) {
        return;
    }
    p.terminate(); // SIGTERM: both daemons shut down cleanly
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(2000);
    }
}

} // namespace

KnotServer::KnotServer(const QString& address)
    : m_address(address)
{
}

KnotServer::~KnotServer()
{
    stop();
}

void KnotServer::setZone(const QString& origin, const QString& zoneText)
{
    if (m_token.isEmpty()) {
        m_token = newToken();
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("zones")));
    writeFile(
        m_dir.filePath(QStringLiteral("zones/%1.zone").arg(origin)),
        zoneText +
            QStringLiteral("\nmailauth-fixture-id.%1. 60 TXT \"%2\"\n").arg(origin, QString::fromLatin1(m_token)));
    if (!m_zones.contains(origin)) {
        m_zones.append(origin);
    }
}

bool KnotServer::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOnce()) {
            return true;
        }
    }
    return false;
}

bool KnotServer::startOnce()
{
    m_port = freePort(m_address);
    QDir().mkpath(m_dir.filePath(QStringLiteral("run")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
    QString conf = QStringLiteral("server:\n"
                                  "    rundir: \"%1/run\"\n"
                                  "    pidfile: \"%1/run/knot.pid\"\n"
                                  "    listen: %2@%3\n"
                                  "    udp-workers: 1\n"
                                  "    tcp-workers: 1\n"
                                  "    background-workers: 1\n"
                                  "control:\n"
                                  "    listen: \"%1/run/knot.sock\"\n"
                                  "log:\n"
                                  "  - target: stderr\n"
                                  "    any: warning\n"
                                  "database:\n"
                                  "    storage: \"%1/db\"\n"
                                  "template:\n"
                                  "  - id: default\n"
                                  "    storage: \"%1/zones\"\n"
                                  "    file: \"%s.zone\"\n"
                                  "    semantic-checks: off\n"
                                  "    zonefile-sync: -1\n"
                                  "    zonefile-load: difference-no-serial\n"
                                  "    journal-content: all\n"
                                  "    serial-policy: increment\n"
                                  "zone:\n")
                       .arg(m_dir.path(), m_address)
                       .arg(m_port);
    for (const QString& zone : m_zones) {
        conf += QStringLiteral("  - domain: %1\n").arg(zone);
    }
    writeFile(configPath(), conf);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(tool(QStringLiteral("knotd")), {QStringLiteral("-c"), configPath()});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("knotd did not start: ") + m_process.errorString();
        return false;
    }
    const QString probe = QStringLiteral("mailauth-fixture-id.") + m_zones.value(0);
    if (!waitForOwnAnswer(server(), probe, m_token, m_process)) {
        m_error = QStringLiteral("knotd did not answer on %1").arg(server().toCsv());
        stopProcess(m_process);
        return false;
    }
    return true;
}

bool KnotServer::reload(const QString& origin)
{
    QProcess knotc;
    knotc.start(tool(QStringLiteral("knotc")),
                {QStringLiteral("-c"), configPath(), QStringLiteral("-b"), QStringLiteral("zone-reload"), origin});
    knotc.waitForFinished(10000);
    return knotc.exitCode() == 0;
}

void KnotServer::stop()
{
    stopProcess(m_process);
}

DnsServerAddress KnotServer::server() const
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(m_address);
    s.port = m_port;
    return s;
}

UnboundServer::UnboundServer(const QStringList& zones, const KnotServer& upstream, const QString& address)
    : m_address(address)
    , m_zones(zones)
    , m_upstream(upstream.server())
    , m_upstreamToken(upstream.token())
{
}

UnboundServer::~UnboundServer()
{
    stop();
}

bool UnboundServer::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOnce()) {
            return true;
        }
    }
    return false;
}

bool UnboundServer::startOnce()
{
    m_port = freePort(m_address);
    QString conf = QStringLiteral("server:\n"
                                  "    interface: %2@%3\n"
                                  "    port: %3\n"
                                  "    do-daemonize: no\n"
                                  "    username: \"\"\n"
                                  "    chroot: \"\"\n"
                                  "    directory: \"%1\"\n"
                                  "    pidfile: \"%1/unbound.pid\"\n"
                                  "    use-syslog: no\n"
                                  "    logfile: \"\"\n"
                                  "    verbosity: 0\n"
                                  "    do-ip6: no\n"
                                  "    num-threads: 1\n"
                                  "    access-control: 127.0.0.0/8 allow\n"
                                  "    do-not-query-localhost: no\n"
                                  "    module-config: \"iterator\"\n"
                                  "    local-zone: \"test.\" nodefault\n"
                                  "    qname-minimisation: no\n"
                                  "    prefetch: no\n"
                                  "    serve-expired: no\n")
                       .arg(m_dir.path(), m_address)
                       .arg(m_port);
    for (const QString& zone : m_zones) {
        conf += QStringLiteral("    domain-insecure: \"%1\"\n").arg(zone);
    }
    for (const QString& zone : m_zones) {
        conf += QStringLiteral("stub-zone:\n    name: \"%1\"\n    stub-addr: %2@%3\n")
                    .arg(zone, m_upstream.address.toString())
                    .arg(m_upstream.port);
    }
    const QString path = m_dir.filePath(QStringLiteral("unbound.conf"));
    writeFile(path, conf);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(tool(QStringLiteral("unbound")), {QStringLiteral("-c"), path});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("unbound did not start: ") + m_process.errorString();
        return false;
    }
    // Through the cache to knot: the answer carries the upstream fixture's token.
    const QString probe = QStringLiteral("mailauth-fixture-id.") + m_zones.value(0);
    if (!waitForOwnAnswer(server(), probe, m_upstreamToken, m_process)) {
        m_error = QStringLiteral("unbound did not answer on %1").arg(server().toCsv());
        stopProcess(m_process);
        return false;
    }
    return true;
}

void UnboundServer::stop()
{
    stopProcess(m_process);
}

DnsServerAddress UnboundServer::server() const
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(m_address);
    s.port = m_port;
    return s;
}

SilentUdpPort::SilentUdpPort()
{
    m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
    socklen_t len = sizeof sa;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&sa), &len);
    m_port = ntohs(sa.sin_port);
}

SilentUdpPort::~SilentUdpPort()
{
    ::close(m_fd);
}

DnsServerAddress SilentUdpPort::server() const
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(QStringLiteral("127.0.0.1"));
    s.port = m_port;
    return s;
}

DnsServerAddress closedPort()
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(QStringLiteral("127.0.0.1"));
    s.port = freePort(QStringLiteral("127.0.0.1"));
    return s;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return done();
}

} // namespace mailauth::test
