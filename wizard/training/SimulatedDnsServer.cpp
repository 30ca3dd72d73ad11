#include "SimulatedDnsServer.h"

#include "DnsWireFormat.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace mailauth {

SimulatedDnsServer::SimulatedDnsServer(QString label, bool authoritative, Responder responder, QObject* parent)
    : QObject(parent)
    , m_label(std::move(label))
    , m_authoritative(authoritative)
    , m_responder(std::move(responder))
{
}

SimulatedDnsServer::~SimulatedDnsServer() = default;

bool SimulatedDnsServer::start(QString* error)
{
    m_socket = new QUdpSocket(this);
    if (!m_socket->bind(QHostAddress(QHostAddress::LocalHost), 0)) {
        if (error != nullptr) {
            *error =
                tr("The training DNS server could not open a port on this computer: %1").arg(m_socket->errorString());
        }
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &SimulatedDnsServer::readPending);
    return true;
}

DnsServerAddress SimulatedDnsServer::address() const
{
    DnsServerAddress a;
    a.address = *IpAddress::parseV4(u"127.0.0.1");
    a.port = m_socket != nullptr ? m_socket->localPort() : 0;
    return a;
}

void SimulatedDnsServer::readPending()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        const auto query = DnsWireFormat::parseQuery(datagram.data());
        if (!query) {
            continue; // a real server would answer FORMERR; nothing of ours sends such packets
        }
        Reply reply;
        const auto type = static_cast<RecordType>(query->type);
        switch (type) {
        case RecordType::A:
        case RecordType::NS:
        case RecordType::CNAME:
        case RecordType::SOA:
        case RecordType::PTR:
        case RecordType::MX:
        case RecordType::TXT:
        case RecordType::AAAA:
            reply = m_responder(query->name, type);
            break;
        default:
            reply.answer.status = DnsStatus::NoData; // a type the training world never holds
            break;
        }
        ++m_queries;
        m_socket->writeDatagram(DnsWireFormat::encodeAnswer(*query, reply.answer, m_authoritative, reply.negativeSoa),
                                datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
    }
}

} // namespace mailauth
