#include "AresChannel.h"

#include "DnsMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSocketNotifier>
#include <ares.h>
#include <cmath>
#include <memory>
#include <mutex>

namespace mailauth {

namespace {

ares_channel channelOf(void* p)
{
    return static_cast<ares_channel>(p);
}

void initLibraryOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { ares_library_init(ARES_LIB_INIT_ALL); });
}

DnsStatus statusFromAres(int status)
{
    switch (status) {
    case ARES_SUCCESS:
        return DnsStatus::NoError;
    case ARES_ENODATA:
        return DnsStatus::NoData;
    case ARES_ENOTFOUND:
        return DnsStatus::NxDomain;
    case ARES_ESERVFAIL:
        return DnsStatus::ServFail;
    case ARES_EREFUSED:
        return DnsStatus::Refused;
    case ARES_ETIMEOUT:
        return DnsStatus::Timeout;
    case ARES_ECONNREFUSED:
        return DnsStatus::Unreachable;
    default:
        return DnsStatus::OtherError;
    }
}

} // namespace

struct AresCallbacks
{
    static void socketState(void* data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<AresChannel*>(data)->updateSocket(static_cast<qintptr>(fd), readable != 0, writable != 0);
    }
    static void query(void* arg, int status, int timeouts, unsigned char* abuf, int alen);
};

struct AresChannel::QueryContext
{
    QPointer<AresChannel> channel;
    Callback callback;
    QElapsedTimer started;
    RecordType type = RecordType::A;
    QString name;
};

AresChannel::AresChannel(const Options& options, QObject* parent)
    : QObject(parent)
{
    initLibraryOnce();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() { process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });

    ares_options opts{};
    int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_STATE_CB | ARES_OPT_EDNSPSZ |
               ARES_OPT_SOCK_RCVBUF;
    // EDNS avoids most TCP fallbacks for long TXT sets; NOCHECKRESP reports SERVFAIL/REFUSED instead of silently
    // trying elsewhere, which a diagnostic tool must show. Truncation is never ignored (no IGNTC): c-ares retries
    // over TCP.
    opts.flags =
        ARES_FLAG_EDNS | ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH | (options.recursion ? 0 : ARES_FLAG_NORECURSE);
    opts.timeout = options.timeoutMs;
    opts.tries = options.tries;
    opts.ednspsz = 1232;
    // c-ares 1.18 sends every UDP question to a server through one socket. With a hundred or more in flight, the
    // answers of one round trip arrive together; the default buffer (about 90 datagrams) drops some while the event
    // loop is busy, and each drop costs a full timeout.
    opts.socket_receive_buffer_size = 1024 * 1024;
    opts.sock_state_cb = &AresCallbacks::socketState;
    opts.sock_state_cb_data = this;
    ares_channel channel = nullptr;
    const int rc = ares_init_options(&channel, &opts, mask);
    if (rc != ARES_SUCCESS) {
        m_error = QString::fromUtf8(ares_strerror(rc));
        return;
    }
#if ARES_VERSION >= 0x011f00
    // c-ares 1.31+ caches answers by default; a propagation watcher must never watch its own cache.
    ares_destroy(channel);
    mask |= ARES_OPT_QUERY_CACHE;
    opts.qcache_max_ttl = 0;
    ares_init_options(&channel, &opts, mask);
#endif
    m_channel = channel;
    if (options.server) {
        const QByteArray csv = options.server->toCsv().toLatin1();
        const int set = ares_set_servers_ports_csv(channel, csv.constData());
        if (set != ARES_SUCCESS) {
            m_error = QString::fromUtf8(ares_strerror(set));
            ares_destroy(channel);
            m_channel = nullptr;
            return;
        }
        m_label = options.server->toCsv();
    } else {
        ares_addr_port_node* servers = nullptr;
        QString first;
        if (ares_get_servers_ports(channel, &servers) == ARES_SUCCESS && servers != nullptr) {
            if (servers->family == AF_INET) {
                first = IpAddress::fromV4Bytes(reinterpret_cast<const unsigned char*>(&servers->addr.addr4)).toString();
            } else if (servers->family == AF_INET6) {
                first =
                    u'[' +
                    IpAddress::fromV6Bytes(reinterpret_cast<const unsigned char*>(&servers->addr.addr6)).toString() +
                    u']';
            }
            first += u':' + QString::number(servers->udp_port == 0 ? 53 : servers->udp_port);
            ares_free_data(servers);
        }
        m_label = QCoreApplication::translate("AresChannel", "system (%1)").arg(first);
    }
}

AresChannel::~AresChannel()
{
    m_timer.stop();
    m_destroying = true;
    if (m_channel != nullptr) {
        // Fires ARES_EDESTRUCTION for pending queries and closes sockets while this object is still whole.
        ares_destroy(channelOf(m_channel));
        m_channel = nullptr;
    }
}

void AresChannel::query(const QString& name, RecordType type, Callback callback)
{
    if (m_channel == nullptr) {
        DnsAnswer answer;
        answer.status = DnsStatus::OtherError;
        answer.detail = m_error;
        // Owned by the queued call: if this channel goes first, Qt drops the call and with it the callback.
        auto pending = std::make_shared<Callback>(std::move(callback));
        QMetaObject::invokeMethod(
            this, [pending, answer]() { (*pending)(answer); }, Qt::QueuedConnection);
        return;
    }
    auto* ctx = new QueryContext{QPointer<AresChannel>(this), std::move(callback), {}, type, name};
    ctx->started.start();
    ++m_pending;
    ++m_sent;
    QString queryName = name;
    if (queryName.endsWith(u'.')) {
        queryName.chop(1);
    }
    const QByteArray ascii = queryName.toLatin1();
    // c-ares may call back synchronously (no servers, bad name); queryCallback defers the user callback either way.
    ares_query(channelOf(m_channel), ascii.constData(), 1 /* IN */, static_cast<int>(type), &AresCallbacks::query, ctx);
    rearm();
}

void AresCallbacks::query(void* arg, int status, int /*timeouts*/, unsigned char* abuf, int alen)
{
    auto* ctx = static_cast<AresChannel::QueryContext*>(arg);
    AresChannel* self = ctx->channel.data();
    if (status == ARES_EDESTRUCTION || status == ARES_ECANCELLED || self == nullptr || self->m_destroying) {
        delete ctx;
        return;
    }
    --self->m_pending;
    DnsAnswer answer;
    answer.status = statusFromAres(status);
    answer.server = self->m_label;
    answer.latencyMs = ctx->started.elapsed();
    if (abuf != nullptr && alen > 0) {
        const DnsMessage message = DnsMessage::parse(QByteArray(reinterpret_cast<const char*>(abuf), alen));
        if (message.valid) {
            answer.authoritative = message.authoritative;
            // Not ctx->name: owner names are compared in ares_expand_name's escaped form, like the question's.
            answer.records = message.answersToQuestion(ctx->type);
            answer.negativeTtl = message.negativeTtl();
            answer.zoneApex = message.negativeZone();
            answer.rcode = message.rcode;
            // c-ares 1.18 names only rcodes 0 to 5 and passes 6 and above (NOTAUTH, ...) on as success, which would
            // read as "no record". The message's own rcode decides.
            switch (message.rcode) {
            case 0:
                break;
            case 2:
                answer.status = DnsStatus::ServFail;
                break;
            case 3:
                answer.status = DnsStatus::NxDomain;
                break;
            case 5:
                answer.status = DnsStatus::Refused;
                break;
            default:
                answer.status = DnsStatus::BadRcode;
                answer.detail =
                    QCoreApplication::translate("AresChannel", "The server answered with response code %1 (%2).")
                        .arg(rcodeName(message.rcode), QString::number(message.rcode));
                break;
            }
        } else if (status == ARES_SUCCESS) {
            answer.status = DnsStatus::OtherError;
            answer.detail = QCoreApplication::translate("AresChannel", "The server sent a malformed answer.");
        }
    }
    if (answer.status == DnsStatus::NoError && answer.records.isEmpty()) {
        answer.status = DnsStatus::NoData;
    }
    if (isFailure(answer.status) && answer.detail.isEmpty()) {
        answer.detail = QString::fromUtf8(ares_strerror(status));
    }
    // Owned by the queued call: if the channel is destroyed before it runs, Qt drops the call and frees the context.
    std::shared_ptr<AresChannel::QueryContext> owned(ctx);
    QMetaObject::invokeMethod(
        self, [owned, answer]() { owned->callback(answer); }, Qt::QueuedConnection);
}

void AresChannel::updateSocket(qintptr fd, bool readable, bool writable)
{
    if (!readable && !writable) {
        // Removed now, not later: c-ares may reuse the descriptor number inside the same processing call.
        const Notifiers n = m_notifiers.take(fd);
        for (QSocketNotifier* notifier : {n.read, n.write}) {
            if (notifier != nullptr) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
        return;
    }
    Notifiers& n = m_notifiers[fd];
    if (n.read == nullptr) {
        n.read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(n.read, &QSocketNotifier::activated, this, [this, fd]() { process(fd, ARES_SOCKET_BAD); });
    }
    if (n.write == nullptr) {
        n.write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(n.write, &QSocketNotifier::activated, this, [this, fd]() { process(ARES_SOCKET_BAD, fd); });
    }
    n.read->setEnabled(readable);
    n.write->setEnabled(writable); // needed for TCP while c-ares still has bytes to send
}

void AresChannel::process(qintptr readFd, qintptr writeFd)
{
    if (m_channel == nullptr) {
        return;
    }
    ares_process_fd(channelOf(m_channel), static_cast<ares_socket_t>(readFd), static_cast<ares_socket_t>(writeFd));
    rearm();
}

void AresChannel::rearm()
{
    if (m_channel == nullptr) {
        return;
    }
    timeval buffer{};
    const timeval* next = ares_timeout(channelOf(m_channel), nullptr, &buffer);
    if (next == nullptr) {
        m_timer.stop();
        return;
    }
    const auto ms = static_cast<int>(next->tv_sec * 1000 + static_cast<long>(std::ceil(next->tv_usec / 1000.0)));
    m_timer.start(std::max(1, ms));
}

} // namespace mailauth
