#include "DelayingDnsProxy.h"

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <deque>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>

namespace mailauth::test {

namespace {

using Clock = std::chrono::steady_clock;

// The answer to a question that never came back from upstream is dropped after this, so the client times out.
constexpr auto kUpstreamGiveUp = std::chrono::seconds(10);
// Questions at knot at once: a burst of hundreds overflows its socket buffer, and a question lost there would show
// up as a client timeout that the code under test did not cause. knot answers in microseconds, so the queue behind
// this costs nothing next to the delay.
constexpr int kUpstreamWindow = 32;

int udpSocket(const sockaddr_in& bindTo)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    // Hundreds of answers may wait in the kernel while the loop is busy; the default buffer drops some.
    const int size = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&bindTo), sizeof bindTo) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    return sa;
}

quint16 idOf(const QByteArray& packet)
{
    return static_cast<quint16>((static_cast<quint8>(packet[0]) << 8) | static_cast<quint8>(packet[1]));
}

void setId(QByteArray& packet, quint16 id)
{
    packet[0] = static_cast<char>(id >> 8);
    packet[1] = static_cast<char>(id & 0xff);
}

// The question itself, turned into an answer with `rcode` and no records (the EDNS OPT record is left out too).
QByteArray refusal(const QByteArray& query, int rcode)
{
    qsizetype end = 12;
    bool complete = false;
    while (end < query.size()) {
        const auto len = static_cast<quint8>(query[end]);
        if (len == 0) {
            end += 1 + 4; // root label, QTYPE, QCLASS
            complete = end <= query.size();
            break;
        }
        if ((len & 0xc0) != 0) {
            break; // no compression in a question from c-ares
        }
        end += 1 + len;
    }
    QByteArray answer = query.left(complete ? end : 12);
    answer[2] = static_cast<char>(0x80 | (static_cast<quint8>(query[2]) & 0x79)); // QR, opcode, RD
    answer[3] = static_cast<char>(0x80 | (rcode & 0x0f));                         // RA, rcode
    for (int i = complete ? 6 : 4; i < 12; ++i) {
        answer[i] = 0;
    }
    return answer;
}

} // namespace

struct DelayingDnsProxy::Loop
{
    struct Held
    {
        Clock::time_point due;
        sockaddr_in client{};
        quint16 clientId = 0;
        quint16 upstreamId = 0;
        QByteArray query;  // with the upstream id, until it is sent
        QByteArray answer; // empty while upstream has not answered
        bool forwarded = false;
    };

    std::map<quint64, Held> held;                      // in order of arrival, which is the order of release
    std::unordered_map<quint16, quint64> byUpstreamId; // sent to knot, not answered yet
    std::deque<quint64> toForward;
    quint64 nextSequence = 0;
    quint16 nextUpstreamId = 1;
    int pending = 0;
};

DelayingDnsProxy::DelayingDnsProxy(const DnsServerAddress& upstream, int delayMs)
    : m_upstream(upstream)
    , m_delayMs(delayMs)
{
}

DelayingDnsProxy::~DelayingDnsProxy()
{
    stop();
}

void DelayingDnsProxy::setRefuseAbove(int pending, int rcode)
{
    m_refuseAbove = pending;
    m_refuseRcode = rcode;
}

bool DelayingDnsProxy::start()
{
    m_listenFd = udpSocket(loopback(0));
    m_upstreamFd = udpSocket(loopback(0));
    if (m_listenFd < 0 || m_upstreamFd < 0) {
        stop();
        return false;
    }
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&sa), &len);
    m_port = ntohs(sa.sin_port);
    sockaddr_in up{};
    up.sin_family = AF_INET;
    up.sin_port = htons(m_upstream.port);
    inet_pton(AF_INET, m_upstream.address.toString().toLatin1().constData(), &up.sin_addr);
    if (::connect(m_upstreamFd, reinterpret_cast<sockaddr*>(&up), sizeof up) != 0) {
        stop();
        return false;
    }
    m_stop = false;
    m_thread = std::thread([this]() { run(); });
    return true;
}

void DelayingDnsProxy::stop()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    for (int* fd : {&m_listenFd, &m_upstreamFd}) {
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    }
}

DnsServerAddress DelayingDnsProxy::server() const
{
    DnsServerAddress s;
    s.address = *IpAddress::parse(QStringLiteral("127.0.0.1"));
    s.port = m_port;
    return s;
}

void DelayingDnsProxy::run()
{
    Loop loop;
    const auto delay = std::chrono::milliseconds(m_delayMs);
    QByteArray buffer(65536, Qt::Uninitialized);
    while (!m_stop) {
        const Clock::time_point now = Clock::now();
        for (auto it = loop.held.begin(); it != loop.held.end() && it->second.due <= now;) {
            Loop::Held& h = it->second;
            if (h.answer.isEmpty() && now - h.due < kUpstreamGiveUp) {
                ++it; // upstream is late; later ones may be ready
                continue;
            }
            if (!h.answer.isEmpty()) {
                setId(h.answer, h.clientId);
                ::sendto(m_listenFd, h.answer.constData(), static_cast<size_t>(h.answer.size()), 0,
                         reinterpret_cast<const sockaddr*>(&h.client), sizeof h.client);
            }
            loop.pending -= h.forwarded ? 1 : 0;
            if (h.answer.isEmpty()) {
                loop.byUpstreamId.erase(h.upstreamId);
            }
            it = loop.held.erase(it);
        }

        while (!loop.toForward.empty() &&
               std::ssize(loop.byUpstreamId) - std::ssize(loop.toForward) < kUpstreamWindow) {
            const auto h = loop.held.find(loop.toForward.front());
            loop.toForward.pop_front();
            if (h != loop.held.end()) {
                ::send(m_upstreamFd, h->second.query.constData(), static_cast<size_t>(h->second.query.size()), 0);
                h->second.query.clear();
            }
        }

        // Sleep until the next entry can be released: one with an answer at its due time, one still waiting for
        // upstream when it is given up. An entry that is due but unanswered must not make the loop spin: the upstream
        // socket wakes poll() when its answer arrives. At least 1 ms, so a late entry never turns this into a busy
        // loop; at most 10 ms, so m_stop is seen soon.
        int timeoutMs = 10;
        if (!loop.held.empty()) {
            Clock::time_point wake = Clock::time_point::max();
            for (const auto& [sequence, h] : loop.held) {
                wake = std::min(wake, h.answer.isEmpty() ? h.due + kUpstreamGiveUp : h.due);
            }
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wake - Clock::now()).count();
            timeoutMs = static_cast<int>(std::clamp<long long>(wait, 1, 10));
        }
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_upstreamFd, POLLIN, 0}};
        if (::poll(fds, 2, timeoutMs) <= 0) {
            continue;
        }

        while ((fds[0].revents & POLLIN) != 0) {
            sockaddr_in client{};
            socklen_t len = sizeof client;
            const ssize_t n = ::recvfrom(m_listenFd, buffer.data(), static_cast<size_t>(buffer.size()), 0,
                                         reinterpret_cast<sockaddr*>(&client), &len);
            if (n < 0) {
                break;
            }
            if (n < 12) {
                continue;
            }
            const QByteArray query = buffer.left(n);
            ++m_questions;
            Loop::Held h;
            h.due = Clock::now() + delay;
            h.client = client;
            h.clientId = idOf(query);
            if (m_refuseAbove != kNeverRefuse && loop.pending >= m_refuseAbove) {
                h.answer = refusal(query, m_refuseRcode);
                ++m_refused;
                loop.held.emplace(loop.nextSequence++, h);
                continue;
            }
            quint16 upstreamId = loop.nextUpstreamId++;
            while (loop.byUpstreamId.contains(upstreamId)) {
                upstreamId = loop.nextUpstreamId++;
            }
            h.query = query;
            h.upstreamId = upstreamId;
            setId(h.query, upstreamId);
            h.forwarded = true;
            ++loop.pending;
            m_maxPending = std::max(m_maxPending.load(), loop.pending);
            loop.byUpstreamId.emplace(upstreamId, loop.nextSequence);
            loop.toForward.push_back(loop.nextSequence);
            loop.held.emplace(loop.nextSequence++, h);
        }

        while ((fds[1].revents & POLLIN) != 0) {
            const ssize_t n = ::recv(m_upstreamFd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
            if (n < 0) {
                break;
            }
            if (n < 12) {
                continue;
            }
            const auto id = loop.byUpstreamId.find(idOf(buffer));
            if (id == loop.byUpstreamId.end()) {
                continue;
            }
            if (const auto h = loop.held.find(id->second); h != loop.held.end()) {
                h->second.answer = buffer.left(n);
            }
            loop.byUpstreamId.erase(id);
        }
    }
}

} // namespace mailauth::test
