#pragma once

#include "dns/DnsServerAddress.h"
#include "dns/DnsTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace mailauth::test {

// One resource record as the hostile server sends it; the owner name can be anything, not only the question.
struct HostileRecord
{
    QString owner;
    RecordType type = RecordType::TXT;
    QString data; // A/AAAA: the address; CNAME/PTR/NS: the target; MX: "10 host"; TXT: the text (split at 255 bytes)
    quint32 ttl = 60;
};

// What the server does for one (name, type): any rcode 0-15, any answer section, late or never.
struct HostileResponse
{
    int rcode = 0;
    QList<HostileRecord> answers;
    int delayMs = 0;
    bool drop = false; // never answer (a timeout)
};

// A DNS server on 127.0.0.1 (UDP, a free port) that answers exactly as scripted, so tests can make DNS lie and fail
// in ways knot and unbound never would. It runs on its own thread with plain sockets: it answers while the test blocks
// (a QProcess running `mailauth`) and needs no event loop. A name with no script gets NXDOMAIN, or NOERROR without
// records when another type is scripted for it. Every question received is counted.
class HostileDnsServer
{
public:
    // Asked for questions that have no script of their own; nullopt falls back to the default answer.
    using Generator = std::function<std::optional<HostileResponse>(const QString& name, RecordType type)>;

    HostileDnsServer();
    ~HostileDnsServer();
    HostileDnsServer(const HostileDnsServer&) = delete;
    HostileDnsServer& operator=(const HostileDnsServer&) = delete;

    bool start();
    void stop();

    void set(const QString& name, RecordType type, const HostileResponse& response);
    // A plain NOERROR answer with records owned by `name`.
    void setRecord(const QString& name, RecordType type, const QString& data);
    void setRcode(const QString& name, RecordType type, int rcode);
    void setGenerator(Generator generator);

    // "n<i>.<zone>" publishes "v=spf1 include:n<2i>.<zone> include:n<2i+1>.<zone> -all" for every i: a binary
    // include tree of unlimited depth, generated on the fly.
    static Generator includeTree(const QString& zone);
    // "l<k>a.<zone>" and "l<k>b.<zone>" both include l<k+1>a and l<k+1>b, for k < depth: 2^depth include paths over
    // 2 * depth names.
    static Generator includeLattice(const QString& zone, int depth);
    // "w<i>.<zone>" for i < width^levels: each of the first levels includes `width` others: a wide tree.
    static Generator wideTree(const QString& zone, int width);

    DnsServerAddress server() const;
    QString error() const { return m_error; }
    int questions() const { return m_questions.load(); }
    int questionsFor(const QString& name, RecordType type) const;
    void resetCounts();

private:
    struct Pending;
    void run();
    QByteArray respond(const QByteArray& query, int* delayMs, bool* drop);

    int m_fd = -1;
    quint16 m_port = 0;
    QString m_error;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_questions{0};

    mutable std::mutex m_mutex;               // guards everything below
    QHash<QString, HostileResponse> m_script; // key: "name/type"
    QHash<QString, int> m_names;              // scripted names (any type)
    QHash<QString, int> m_counts;             // key: "name/type"
    Generator m_generator;
};

} // namespace mailauth::test
