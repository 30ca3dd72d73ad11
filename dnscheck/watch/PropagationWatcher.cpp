#include "PropagationWatcher.h"

#include "dns/AresChannel.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace mailauth {

QString vantageStateKeyword(VantageState state)
{
    switch (state) {
    case VantageState::Waiting:
        return QStringLiteral("waiting");
    case VantageState::OldAnswer:
        return QStringLiteral("old-answer");
    case VantageState::NotFound:
        return QStringLiteral("not-found");
    case VantageState::Matches:
        return QStringLiteral("matches");
    case VantageState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString vantageStateLabel(VantageState state)
{
    switch (state) {
    case VantageState::Waiting:
        return QCoreApplication::translate("PropagationWatcher", "waiting");
    case VantageState::OldAnswer:
        return QCoreApplication::translate("PropagationWatcher", "old answer");
    case VantageState::NotFound:
        return QCoreApplication::translate("PropagationWatcher", "not found yet");
    case VantageState::Matches:
        return QCoreApplication::translate("PropagationWatcher", "matches");
    case VantageState::Error:
        return QCoreApplication::translate("PropagationWatcher", "error");
    }
    return {};
}

struct PropagationWatcher::Slot
{
    AresChannel* channel = nullptr;
    QTimer timer;
    bool inFlight = false;
    int backoffMs = 1000;
};

PropagationWatcher::PropagationWatcher(const PropagationExpectation& expectation, const QList<VantagePoint>& points,
                                       QObject* parent)
    : QObject(parent)
    , m_expectation(expectation)
{
    for (const VantagePoint& p : points) {
        VantageStatus s;
        s.point = p;
        m_status.append(s);
    }
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this]() {
        stopAll();
        Q_EMIT finished(false, summary());
    });
}

PropagationWatcher::~PropagationWatcher()
{
    qDeleteAll(m_slots);
}

quint32 PropagationWatcher::cacheSeconds(quint32 ttl)
{
    if (ttl > 0x7fffffffu) {
        return 0;
    }
    return std::min(ttl, kMaxCacheSeconds);
}

quint32 PropagationWatcher::cacheSeconds(const QList<DnsRecord>& records)
{
    if (records.isEmpty()) {
        return 0;
    }
    quint32 seconds = kMaxCacheSeconds;
    for (const DnsRecord& r : records) {
        seconds = std::min(seconds, cacheSeconds(r.ttl));
    }
    return seconds;
}

void PropagationWatcher::setTimeLimit(int seconds)
{
    m_timeLimitSeconds = std::clamp(seconds, 1, kMaxTimeLimitSeconds);
}

void PropagationWatcher::setQueryTimeout(int milliseconds, int tries)
{
    m_queryTimeoutMs = milliseconds;
    m_queryTries = tries;
}

void PropagationWatcher::start()
{
    qDeleteAll(m_slots);
    m_slots.clear();
    for (int i = 0; i < m_status.size(); ++i) {
        auto* slot = new Slot;
        const VantagePoint& p = m_status[i].point;
        slot->channel = new AresChannel({p.server, !p.isAuthoritative(), m_queryTimeoutMs, m_queryTries}, this);
        slot->timer.setSingleShot(true);
        connect(&slot->timer, &QTimer::timeout, this, [this, i]() { ask(i); });
        m_slots.append(slot);
    }
    m_running = true;
    m_confirmed = false;
    m_probing = false;
    ++m_probeRound;
    m_lastProbe.invalidate();
    m_elapsed.start();
    m_stoppedAfterMs = -1;
    m_limit.start(std::chrono::seconds(m_timeLimitSeconds));
    m_resolversReleased = !anyAuthoritative();
    for (int i = 0; i < m_status.size(); ++i) {
        if (m_status[i].point.isAuthoritative() || m_resolversReleased) {
            ask(i);
        }
    }
}

void PropagationWatcher::cancel()
{
    if (!m_running) {
        return;
    }
    stopAll();
    Q_EMIT finished(false, tr("Cancelled. %1").arg(summary()));
}

void PropagationWatcher::checkNow()
{
    for (int i = 0; i < m_status.size(); ++i) {
        const bool inPhase = m_status[i].point.isAuthoritative() || m_resolversReleased;
        if (m_running && inPhase && m_status[i].state != VantageState::Matches) {
            ask(i);
        }
    }
}

void PropagationWatcher::stopAll()
{
    if (m_running && m_elapsed.isValid()) {
        m_stoppedAfterMs = m_elapsed.elapsed();
    }
    m_running = false;
    m_limit.stop();
    for (Slot* s : m_slots) {
        s->timer.stop();
    }
}

void PropagationWatcher::ask(int index)
{
    Slot* slot = m_slots[index];
    if (!m_running || slot->inFlight) {
        return; // never more than one question in flight per server
    }
    slot->timer.stop();
    slot->inFlight = true;
    m_status[index].asked = true;
    ++m_status[index].questions;
    slot->channel->query(m_expectation.name, m_expectation.type,
                         [this, index](const DnsAnswer& answer) { onAnswer(index, answer); });
}

void PropagationWatcher::schedule(int index, int delayMs)
{
    m_slots[index]->timer.start(std::clamp(delayMs, 200, m_maxRetryMs));
}

void PropagationWatcher::onAnswer(int index, const DnsAnswer& answer)
{
    Slot* slot = m_slots[index];
    slot->inFlight = false;
    if (!m_running) {
        return;
    }
    VantageStatus& s = m_status[index];
    const bool authoritative = s.point.isAuthoritative();
    if (isFailure(answer.status)) {
        s.state = VantageState::Error;
        s.reason = answer.detail.isEmpty() ? dnsStatusKeyword(answer.status) : answer.detail;
        s.etaSeconds = -1;
        schedule(index, slot->backoffMs);
        slot->backoffMs = std::min(slot->backoffMs * 2, m_maxRetryMs);
    } else if (m_expectation.matches(answer, &s.valueSeen)) {
        s.state = VantageState::Matches;
        s.reason.clear();
        s.etaSeconds = 0;
        if (authoritative || !anyAuthoritative()) {
            setMisplacements({}); // the record is where it belongs now
        }
    } else {
        s.state = isNegative(answer.status) ? VantageState::NotFound : VantageState::OldAnswer;
        s.reason.clear();
        slot->backoffMs = 1000;
        if (authoritative) {
            s.etaSeconds = -1; // the change has not reached this server: nothing tells when it will
            schedule(index, std::min(2000, m_maxRetryMs));
        } else {
            // A resolver keeps what it holds until its TTL runs out (negative answers: the SOA negative TTL).
            const quint32 ttl = s.state == VantageState::NotFound
                                    ? cacheSeconds(answer.negativeTtl.value_or(0))
                                    : cacheSeconds(answer.recordsOfType(m_expectation.type));
            s.etaSeconds = static_cast<int>(ttl);
            schedule(index, static_cast<int>(std::min<qint64>(qint64(ttl) * 1000 + 1000, m_maxRetryMs)));
        }
        if (authoritative || !anyAuthoritative()) {
            probe(index, answer);
        }
    }
    Q_EMIT statusChanged(index);
    evaluate();
}

bool PropagationWatcher::anyAuthoritative() const
{
    return std::any_of(m_status.begin(), m_status.end(),
                       [](const VantageStatus& s) { return s.point.isAuthoritative(); });
}

namespace {

struct ProbeRound
{
    QList<MisplacementProbe> probes;
    QList<std::optional<MisplacementFinding>> found;
    int pending = 0;
    bool failed = false;
};

} // namespace

void PropagationWatcher::probe(int index, const DnsAnswer& answer)
{
    if (m_probing || (m_lastProbe.isValid() && m_lastProbe.elapsed() < m_probeIntervalMs)) {
        return;
    }
    auto round = std::make_shared<ProbeRound>();
    round->probes = m_expectation.misplacementProbes(answer);
    if (round->probes.isEmpty()) {
        return;
    }
    round->found.resize(round->probes.size());
    round->pending = static_cast<int>(round->probes.size());
    m_probing = true;
    const int id = m_probeRound;
    for (qsizetype p = 0; p < round->probes.size(); ++p) {
        ++m_probeQuestions;
        const MisplacementProbe& question = round->probes[p];
        m_slots[index]->channel->query(question.name, question.type, [this, id, round, p](const DnsAnswer& a) {
            if (id != m_probeRound) {
                return; // a round from before a restart
            }
            if (isFailure(a.status)) {
                round->failed = true;
            } else {
                round->found[p] = m_expectation.diagnose(round->probes[p], a);
            }
            if (--round->pending > 0) {
                return;
            }
            m_probing = false;
            m_lastProbe.start();
            QList<MisplacementFinding> found;
            for (const auto& f : round->found) {
                if (f) {
                    found.append(*f);
                }
            }
            // A round with a failed question cannot say that nothing is misplaced, only what it found.
            if (m_running && !m_confirmed && (!round->failed || !found.isEmpty())) {
                setMisplacements(found);
            }
        });
    }
}

void PropagationWatcher::setMisplacements(const QList<MisplacementFinding>& found)
{
    const auto diagnoses = [](const QList<MisplacementFinding>& list) {
        QStringList out;
        for (const MisplacementFinding& f : list) {
            out.append(f.diagnosis);
        }
        return out;
    };
    if (diagnoses(found) == diagnoses(m_misplaced)) {
        return;
    }
    m_misplaced = found;
    Q_EMIT misplacementChanged();
}

void PropagationWatcher::evaluate()
{
    int authoritativeCount = 0;
    int authoritativeMatching = 0;
    bool authoritativeLagging = false;
    bool resolversDone = true;
    for (const VantageStatus& s : m_status) {
        if (s.point.isAuthoritative()) {
            ++authoritativeCount;
            authoritativeMatching += s.state == VantageState::Matches ? 1 : 0;
            // An unreachable server cannot hold the answer back; one that answers with old data (or has not answered)
            // does.
            authoritativeLagging =
                authoritativeLagging || (s.state != VantageState::Matches && s.state != VantageState::Error);
        } else {
            resolversDone = resolversDone && s.state == VantageState::Matches;
        }
    }
    const bool authoritativeDone = authoritativeCount == 0 || (authoritativeMatching > 0 && !authoritativeLagging);
    if (authoritativeDone && !m_resolversReleased) {
        m_resolversReleased = true;
        for (int i = 0; i < m_status.size(); ++i) {
            if (!m_status[i].point.isAuthoritative()) {
                ask(i);
            }
        }
    }
    Q_EMIT progress(matchingCount(), static_cast<int>(m_status.size()));
    if (authoritativeDone && resolversDone && m_running) {
        m_confirmed = true;
        stopAll();
        Q_EMIT confirmed();
        Q_EMIT finished(true, summary());
    }
}

int PropagationWatcher::matchingCount() const
{
    return static_cast<int>(std::count_if(m_status.begin(), m_status.end(),
                                          [](const VantageStatus& s) { return s.state == VantageState::Matches; }));
}

int PropagationWatcher::overallEtaSeconds() const
{
    int eta = 0;
    for (const VantageStatus& s : m_status) {
        if (s.state == VantageState::Matches) {
            continue;
        }
        if (s.etaSeconds < 0) {
            return -1;
        }
        eta = std::max(eta, s.etaSeconds);
    }
    return eta;
}

QString PropagationWatcher::summary() const
{
    if (m_confirmed) {
        return tr("%1 %2 is visible everywhere: %n server(s) confirmed it.", nullptr, static_cast<int>(m_status.size()))
            .arg(m_expectation.name, recordTypeName(m_expectation.type));
    }
    QStringList lagging;
    for (const VantageStatus& s : m_status) {
        if (s.state == VantageState::Matches) {
            continue;
        }
        QString line =
            tr("%1 (%2): %3").arg(s.point.label, VantagePoint::kindLabel(s.point.kind), vantageStateLabel(s.state));
        if (s.state == VantageState::OldAnswer && !s.valueSeen.isEmpty()) {
            line += u' ' + tr("still serves \"%1\"").arg(s.valueSeen);
        } else if (s.state == VantageState::Error) {
            line += u' ' + tr("(%1)").arg(s.reason);
        } else if (!s.asked) {
            line += u' ' + tr("(not asked: the authoritative servers do not all have the record yet)");
        }
        lagging.append(line);
    }
    QString text = tr("Not confirmed by %n server(s): %1", nullptr, static_cast<int>(lagging.size()))
                       .arg(lagging.join(QStringLiteral("; ")));
    for (const MisplacementFinding& f : m_misplaced) {
        text += u' ' + f.diagnosis;
    }
    return text;
}

} // namespace mailauth
