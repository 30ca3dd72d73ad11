#pragma once

#include "dns/DnsServerAddress.h"

#include <QByteArray>
#include <atomic>
#include <memory>
#include <thread>

namespace mailauth::test {

// A resolver that is far away, on loopback: each UDP question is forwarded to `upstream` (knot) at once and its
// answer is held back until `delayMs` after the question arrived, like a public resolver 10–50 ms away. Optionally it
// behaves like a resolver under load: while more than `refuseAbove` questions are pending it answers new ones with
// `refuseRcode` (REFUSED by default, or SERVFAIL), after the same delay.
//
// It runs on its own thread, so a test may block in QProcess::waitForFinished() while mailauth talks to it. UDP
// only: a truncated answer is passed on as is, and the client's TCP retry then finds no listener.
class DelayingDnsProxy
{
public:
    static constexpr int kNeverRefuse = -1;

    DelayingDnsProxy(const DnsServerAddress& upstream, int delayMs = 40);
    ~DelayingDnsProxy();
    DelayingDnsProxy(const DelayingDnsProxy&) = delete;
    DelayingDnsProxy& operator=(const DelayingDnsProxy&) = delete;

    // Before start(). 0 refuses every question (a resolver that refuses everyone, not an overloaded one).
    void setRefuseAbove(int pending, int rcode = 5);
    bool start();
    void stop();

    DnsServerAddress server() const;
    // Questions forwarded and not yet answered, at most, since start().
    int maxPending() const { return m_maxPending.load(); }
    int questions() const { return m_questions.load(); }
    int refused() const { return m_refused.load(); }

private:
    struct Loop;
    void run();

    DnsServerAddress m_upstream;
    int m_delayMs;
    int m_refuseAbove = kNeverRefuse;
    int m_refuseRcode = 5;
    int m_listenFd = -1;
    int m_upstreamFd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_maxPending{0};
    std::atomic<int> m_questions{0};
    std::atomic<int> m_refused{0};
};

} // namespace mailauth::test
