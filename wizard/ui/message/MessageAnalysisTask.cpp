#include "MessageAnalysisTask.h"

#include "dns/ResolverLookup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mailauth {

MessageAnalysisTask::MessageAnalysisTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_parse, &QFutureWatcher<std::shared_ptr<const MessageHeaders>>::finished, this, [this]() {
        if (m_parse.future().isCanceled() || m_parse.property("generation").toULongLong() != m_generation) {
            return;
        }
        m_message = m_parse.result();
        analyse();
    });
    connect(&m_round, &QFutureWatcher<Round>::finished, this, &MessageAnalysisTask::roundDone);
}

MessageAnalysisTask::~MessageAnalysisTask()
{
    m_parse.waitForFinished();
    m_round.waitForFinished();
}

void MessageAnalysisTask::setResolvers(const QList<DnsServerAddress>& resolvers)
{
    m_resolvers = resolvers;
}

void MessageAnalysisTask::start(const QByteArray& message)
{
    ++m_generation;
    m_running = true;
    m_rounds = 0;
    m_answers = AnswerSnapshot();
    m_waiting.clear();
    m_message.reset();
    // A new lookup per message: the answers of the last one may be hours old, and its pending questions go with it.
    if (m_lookup) {
        disconnect(m_lookup.get(), nullptr, this, nullptr);
    }
    m_lookup = std::make_unique<ResolverLookup>(ResolverLookup::channels({}, m_resolvers, true), 32);
    connect(m_lookup.get(), &ResolverLookup::answered, this, &MessageAnalysisTask::fetchMissing);
    // The previous worker may still run: its result is dropped by the generation check.
    m_parse.waitForFinished();
    m_parse.setProperty("generation", QVariant::fromValue(m_generation));
    m_parse.setFuture(QtConcurrent::run(
        [message]() { return std::make_shared<const MessageHeaders>(MessageHeaders::parse(message)); }));
}

void MessageAnalysisTask::analyse()
{
    ++m_rounds;
    m_round.waitForFinished();
    m_round.setProperty("generation", QVariant::fromValue(m_generation));
    std::shared_ptr<const MessageHeaders> message = m_message;
    AnswerSnapshot answers = m_answers;
    m_round.setFuture(QtConcurrent::run([message, answers]() {
        AnswerSnapshot local = answers; // lookup() notes what it could not answer
        Round r;
        r.analysis = MessageAnalysis::run(*message, &local);
        r.missing = local.missing();
        return r;
    }));
}

void MessageAnalysisTask::roundDone()
{
    if (m_round.property("generation").toULongLong() != m_generation) {
        return;
    }
    const Round r = m_round.result();
    if (!r.analysis.pending || r.missing.isEmpty() || m_rounds >= kMaxRounds) {
        m_result = r.analysis;
        m_running = false;
        Q_EMIT finished(m_result);
        return;
    }
    m_waiting = r.missing;
    fetchMissing();
}

void MessageAnalysisTask::fetchMissing()
{
    if (m_waiting.isEmpty() || m_round.isRunning()) {
        return;
    }
    QList<AnswerSnapshot::Question> still;
    for (const auto& [name, type] : m_waiting) {
        const DnsAnswer answer = m_lookup->lookup(name, type);
        if (answer.status == DnsStatus::Pending) {
            still.append({name, type});
        } else {
            m_answers.add(name, type, answer);
        }
    }
    m_waiting = still;
    if (m_waiting.isEmpty()) {
        analyse();
    }
}

} // namespace mailauth
