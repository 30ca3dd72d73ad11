#pragma once

#include "DnsServerAddress.h"
#include "DnsTypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QSocketNotifier;

namespace mailauth {

// One c-ares channel driven by the Qt event loop: the socket-state callback opens read and write QSocketNotifiers,
// and a single-shot timer follows ares_timeout(). No threads, nothing blocks. One channel talks to one server (or to
// the system resolver), because c-ares 1.18 cannot change servers while queries are outstanding and because the
// propagation watcher needs to know exactly who answered.
class AresChannel final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::optional<DnsServerAddress> server; // nullopt: the system resolver (resolv.conf)
        bool recursion = true;                  // false for authoritative servers (RD bit cleared)
        int timeoutMs = 2000;                   // first try; c-ares doubles it for the next
        int tries = 2;
    };
    using Callback = std::function<void(const DnsAnswer&)>;

    explicit AresChannel(const Options& options, QObject* parent = nullptr);
    ~AresChannel() override;
    AresChannel(const AresChannel&) = delete;
    AresChannel& operator=(const AresChannel&) = delete;

    bool isValid() const { return m_channel != nullptr; }
    QString errorString() const { return m_error; }
    // "127.0.0.1:5300", or "system (192.0.2.53:53)".
    QString serverLabel() const { return m_label; }

    // The callback always runs later from the event loop, exactly once, unless the channel is destroyed first.
    void query(const QString& name, RecordType type, Callback callback);
    int pendingQueries() const { return m_pending; }
    quint64 queriesSent() const { return m_sent; }

private:
    struct Notifiers
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };
    struct QueryContext;
    friend struct AresCallbacks; // the C callbacks, defined next to <ares.h> in the .cpp

    void updateSocket(qintptr fd, bool readable, bool writable);
    void process(qintptr readFd, qintptr writeFd);
    void rearm();

    void* m_channel = nullptr; // ares_channel; kept opaque so <ares.h> stays out of this header
    QHash<qintptr, Notifiers> m_notifiers;
    QTimer m_timer;
    QString m_error;
    QString m_label;
    int m_pending = 0;
    quint64 m_sent = 0;
    bool m_destroying = false;
};

} // namespace mailauth
