#pragma once

#include "dns/AnswerSnapshot.h"
#include "dns/DnsServerAddress.h"
#include "message/MessageAnalysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace mailauth {

class ResolverLookup;

// Reads and analyses a message off the UI thread: GMime parsing, canonicalisation and the signature checks run in a
// worker on a copy of the DNS answers (AnswerSnapshot); the questions it could not answer are asked here, on the UI
// thread's event loop, through the wizard's resolvers, and the analysis runs again until nothing is pending.
class MessageAnalysisTask final : public QObject
{
    Q_OBJECT

public:
    // Rounds of "ask DNS, analyse again" before giving up: a CNAME selector and a DMARC tree walk need a few.
    static constexpr int kMaxRounds = 12;

    explicit MessageAnalysisTask(QObject* parent = nullptr);
    ~MessageAnalysisTask() override;

    // The resolvers to ask (empty: the system's); takes effect at the next start().
    void setResolvers(const QList<DnsServerAddress>& resolvers);
    void start(const QByteArray& message);
    bool isRunning() const { return m_running; }
    const MessageAnalysis& result() const { return m_result; }

Q_SIGNALS:
    void finished(const mailauth::MessageAnalysis& analysis); // final: nothing pending (or DNS gave up)

private:
    struct Round
    {
        MessageAnalysis analysis;
        QList<AnswerSnapshot::Question> missing;
    };
    void analyse();
    void roundDone();
    void fetchMissing();

    QList<DnsServerAddress> m_resolvers;
    std::unique_ptr<ResolverLookup> m_lookup;
    std::shared_ptr<const MessageHeaders> m_message;
    AnswerSnapshot m_answers;
    QList<AnswerSnapshot::Question> m_waiting;
    QFutureWatcher<std::shared_ptr<const MessageHeaders>> m_parse;
    QFutureWatcher<Round> m_round;
    MessageAnalysis m_result;
    int m_rounds = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace mailauth
