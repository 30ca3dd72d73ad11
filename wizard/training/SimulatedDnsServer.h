#pragma once

#include "dns/DnsServerAddress.h"
#include "dns/DnsTypes.h"

#include <QObject>
#include <functional>

class QUdpSocket;

namespace mailauth {

// A DNS server of the training world: a UDP socket on the loopback interface that c-ares queries exactly like a real
// server, so training runs the same lookup, audit and watcher code as real mode. Qt Network only: no external
// program, and it works on Windows too.
class SimulatedDnsServer final : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        DnsAnswer answer;
        std::optional<DnsRecord> negativeSoa;
    };
    using Responder = std::function<Reply(const QString& name, RecordType type)>;

    SimulatedDnsServer(QString label, bool authoritative, Responder responder, QObject* parent = nullptr);
    ~SimulatedDnsServer() override;

    // Binds a free port on 127.0.0.1; false with a reason.
    bool start(QString* error);
    DnsServerAddress address() const;
    QString label() const { return m_label; }
    int queriesAnswered() const { return m_queries; }

private:
    void readPending();

    QString m_label;
    bool m_authoritative;
    Responder m_responder;
    QUdpSocket* m_socket = nullptr;
    int m_queries = 0;
};

} // namespace mailauth
