#include "HostileDnsServer.h"

#include <QStringList>
#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailauth::test {

namespace {

using Clock = std::chrono::steady_clock;

QString canonical(QString name)
{
    name = name.toLower();
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

QString keyOf(const QString& name, RecordType type)
{
    return canonical(name) + u'/' + QString::number(static_cast<int>(type));
}

void put16(QByteArray& out, quint16 v)
{
    out.append(static_cast<char>(v >> 8));
    out.append(static_cast<char>(v & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, static_cast<quint16>(v >> 16));
    put16(out, static_cast<quint16>(v & 0xffff));
}

void putName(QByteArray& out, const QString& name)
{
    for (const QString& label : canonical(name).split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1().left(63);
        out.append(static_cast<char>(bytes.size()));
        out.append(bytes);
    }
    out.append('\0');
}

QByteArray rdataOf(const HostileRecord& r)
{
    QByteArray rdata;
    switch (r.type) {
    case RecordType::A:
    case RecordType::AAAA: {
        const auto ip = IpAddress::parse(r.data);
        if (ip) {
            rdata = QByteArray(reinterpret_cast<const char*>(ip->bytes()), ip->byteCount());
        }
        break;
    }
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
        putName(rdata, r.data);
        break;
    case RecordType::MX: {
        put16(rdata, static_cast<quint16>(r.data.section(u' ', 0, 0).toUInt()));
        putName(rdata, r.data.section(u' ', 1));
        break;
    }
    case RecordType::TXT: {
        const QByteArray text = r.data.toUtf8();
        for (qsizetype at = 0; at < text.size() || at == 0; at += 255) {
            const QByteArray part = text.mid(at, 255);
            rdata.append(static_cast<char>(part.size()));
            rdata.append(part);
        }
        break;
    }
    case RecordType::SOA:
        putName(rdata, QStringLiteral("ns.invalid"));
        putName(rdata, QStringLiteral("hostmaster.invalid"));
        for (int i = 0; i < 5; ++i) {
            put32(rdata, 60);
        }
        break;
    }
    return rdata;
}

HostileResponse spfRecord(const QString& name, const QStringList& includes)
{
    HostileResponse response;
    response.answers.append(HostileRecord{
        name, RecordType::TXT,
        QStringLiteral("v=spf1 ") + (QStringLiteral("include:") + includes.join(QStringLiteral(" include:"))) +
            QStringLiteral(" -all"),
        60});
    return response;
}

} // namespace

struct HostileDnsServer::Pending
{
    Clock::time_point due;
    QByteArray bytes;
    sockaddr_in to{};
};

HostileDnsServer::HostileDnsServer() = default;

HostileDnsServer::~HostileDnsServer()
{
    stop();
}

bool HostileDnsServer::start()
{
    m_fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, never a reachable interface
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
        m_error = QStringLiteral("cannot bind a UDP socket on 127.0.0.1");
        return false;
    }
    socklen_t len = sizeof sa;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&sa), &len);
    m_port = ntohs(sa.sin_port);
    m_stop = false;
    m_thread = std::thread([this]() { run(); });
    return true;
}

void HostileDnsServer::stop()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void HostileDnsServer::set(const QString& name, RecordType type, const HostileResponse& response)
{
    const std::lock_guard lock(m_mutex);
    m_script.insert(keyOf(name, type), response);
    m_names[canonical(name)] += 1;
}

void HostileDnsServer::setRecord(const QString& name, RecordType type, const QString& data)
{
    HostileResponse response;
    response.answers.append(HostileRecord{name, type, data, 60});
    set(name, type, response);
}

void HostileDnsServer::setRcode(const QString& name, RecordType type, int rcode)
{
    HostileResponse response;
    response.rcode = rcode;
    set(name, type, response);
}

void HostileDnsServer::setGenerator(Generator generator)
{
    const std::lock_guard lock(m_mutex);
    m_generator = std::move(generator);
}

HostileDnsServer::Generator HostileDnsServer::includeTree(const QString& zone)
{
    const QString suffix = u'.' + canonical(zone);
    return [suffix](const QString& name, RecordType type) -> std::optional<HostileResponse> {
        bool ok = false;
        const qulonglong i = name.startsWith(u'n') && name.endsWith(suffix)
                                 ? name.mid(1, name.size() - 1 - suffix.size()).toULongLong(&ok)
                                 : 0;
        if (!ok || type != RecordType::TXT) {
            return std::nullopt;
        }
        return spfRecord(name,
                         {QStringLiteral("n%1").arg(2 * i) + suffix, QStringLiteral("n%1").arg(2 * i + 1) + suffix});
    };
}

HostileDnsServer::Generator HostileDnsServer::includeLattice(const QString& zone, int depth)
{
    const QString suffix = u'.' + canonical(zone);
    return [suffix, depth](const QString& name, RecordType type) -> std::optional<HostileResponse> {
        if (type != RecordType::TXT || !name.startsWith(u'l') || !name.endsWith(suffix)) {
            return std::nullopt;
        }
        const QString label = name.mid(1, name.size() - 1 - suffix.size());
        bool ok = false;
        const int k = label.left(label.size() - 1).toInt(&ok);
        if (!ok || !(label.endsWith(u'a') || label.endsWith(u'b')) || k < 0 || k > depth) {
            return std::nullopt;
        }
        if (k == depth) {
            HostileResponse last;
            last.answers.append(HostileRecord{name, RecordType::TXT, QStringLiteral("v=spf1 -all"), 60});
            return last;
        }
        return spfRecord(name,
                         {QStringLiteral("l%1a").arg(k + 1) + suffix, QStringLiteral("l%1b").arg(k + 1) + suffix});
    };
}

HostileDnsServer::Generator HostileDnsServer::wideTree(const QString& zone, int width)
{
    const QString suffix = u'.' + canonical(zone);
    return [suffix, width](const QString& name, RecordType type) -> std::optional<HostileResponse> {
        bool ok = false;
        const qulonglong i = name.startsWith(u'w') && name.endsWith(suffix)
                                 ? name.mid(1, name.size() - 1 - suffix.size()).toULongLong(&ok)
                                 : 0;
        if (!ok || type != RecordType::TXT) {
            return std::nullopt;
        }
        QStringList children;
        for (int c = 1; c <= width; ++c) {
            children.append(QStringLiteral("w%1").arg(i * static_cast<qulonglong>(width) + c) + suffix);
        }
        return spfRecord(name, children);
    };
}

DnsServerAddress HostileDnsServer::server() const
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(QStringLiteral("127.0.0.1"));
    s.port = m_port;
    return s;
}

int HostileDnsServer::questionsFor(const QString& name, RecordType type) const
{
    const std::lock_guard lock(m_mutex);
    return m_counts.value(keyOf(name, type));
}

void HostileDnsServer::resetCounts()
{
    const std::lock_guard lock(m_mutex);
    m_counts.clear();
    m_questions = 0;
}

QByteArray HostileDnsServer::respond(const QByteArray& query, int* delayMs, bool* drop)
{
    if (query.size() < 12) {
        *drop = true;
        return {};
    }
    const auto* data = reinterpret_cast<const unsigned char*>(query.constData());
    // The question: labels without compression (clients never compress it), then type and class.
    int at = 12;
    QStringList labels;
    while (at < query.size() && data[at] != 0) {
        const int length = data[at];
        if (length > 63 || at + 1 + length >= query.size()) {
            *drop = true;
            return {};
        }
        labels.append(QString::fromLatin1(query.mid(at + 1, length)));
        at += 1 + length;
    }
    if (at + 5 > query.size()) {
        *drop = true;
        return {};
    }
    const QString name = canonical(labels.join(u'.'));
    const auto type = static_cast<RecordType>((data[at + 1] << 8) | data[at + 2]);
    const QByteArray question = query.mid(12, at + 5 - 12);

    HostileResponse response;
    {
        const std::lock_guard lock(m_mutex);
        ++m_questions;
        m_counts[keyOf(name, type)] += 1;
        if (const auto it = m_script.constFind(keyOf(name, type)); it != m_script.constEnd()) {
            response = *it;
        } else if (const auto generated = m_generator ? m_generator(name, type) : std::nullopt) {
            response = *generated;
        } else {
            const bool exists =
                m_names.contains(name) ||
                (m_generator && (m_generator(name, RecordType::TXT) || m_generator(name, RecordType::A)));
            response.rcode = exists ? 0 : 3;
        }
    }
    *delayMs = response.delayMs;
    *drop = response.drop;

    QByteArray out;
    out.append(query.left(2)); // id
    // QR, the opcode and RD of the query, AA; RA; the scripted rcode.
    out.append(static_cast<char>(0x80 | (data[2] & 0x79) | 0x04));
    out.append(static_cast<char>(0x80 | (response.rcode & 0x0f)));
    put16(out, 1);
    put16(out, static_cast<quint16>(response.answers.size()));
    put16(out, 0);
    put16(out, 0);
    out.append(question);
    for (const HostileRecord& r : response.answers) {
        putName(out, r.owner);
        put16(out, static_cast<quint16>(r.type));
        put16(out, 1); // IN
        put32(out, r.ttl);
        const QByteArray rdata = rdataOf(r);
        put16(out, static_cast<quint16>(rdata.size()));
        out.append(rdata);
    }
    return out;
}

void HostileDnsServer::run()
{
    QList<Pending> pending;
    while (!m_stop) {
        const Clock::time_point now = Clock::now();
        for (qsizetype i = 0; i < pending.size();) {
            if (pending[i].due <= now) {
                ::sendto(m_fd, pending[i].bytes.constData(), static_cast<size_t>(pending[i].bytes.size()), 0,
                         reinterpret_cast<const sockaddr*>(&pending[i].to), sizeof pending[i].to);
                pending.removeAt(i);
            } else {
                ++i;
            }
        }
        // Wake at least every 20 ms to notice stop(), sooner when a delayed answer is due.
        int waitMs = 20;
        for (const Pending& p : pending) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(p.due - now).count();
            waitMs = std::min(waitMs, static_cast<int>(std::max<long long>(0, left)));
        }
        pollfd pfd{m_fd, POLLIN, 0};
        if (::poll(&pfd, 1, waitMs) <= 0 || (pfd.revents & POLLIN) == 0) {
            continue;
        }
        char buffer[4096];
        Pending reply;
        socklen_t fromLength = sizeof reply.to;
        const ssize_t n =
            ::recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&reply.to), &fromLength);
        if (n <= 0) {
            continue;
        }
        int delayMs = 0;
        bool drop = false;
        reply.bytes = respond(QByteArray(buffer, static_cast<qsizetype>(n)), &delayMs, &drop);
        if (drop) {
            continue;
        }
        reply.due = Clock::now() + std::chrono::milliseconds(delayMs);
        pending.append(reply);
    }
}

} // namespace mailauth::test
