#include "AuditRunner.h"

#include "dns/ResolverLookup.h"

#include <QTimer>

namespace mailauth {

namespace {

// Remembers which questions an audit is still waiting for.
class RecordingLookup final : public DnsLookup
{
public:
    explicit RecordingLookup(DnsLookup& inner)
        : m_inner(inner)
    {
    }
    DnsAnswer lookup(const QString& name, RecordType type) override
    {
        DnsAnswer a = m_inner.lookup(name, type);
        if (a.status == DnsStatus::Pending) {
            m_waiting.append({name, type});
        }
        return a;
    }
    QList<std::pair<QString, RecordType>> m_waiting;

private:
    DnsLookup& m_inner;
};

} // namespace

struct AuditRunner::Active
{
    int index = 0;
    QList<std::pair<QString, RecordType>> waiting;
};

AuditRunner::AuditRunner(ResolverLookup& lookup, int parallelDomains, QObject* parent)
    : QObject(parent)
    , m_lookup(lookup)
    , m_parallel(std::max(1, parallelDomains))
{
    connect(&m_lookup, &ResolverLookup::answered, this, [this]() {
        if (!m_rerunScheduled && m_running) {
            m_rerunScheduled = true;
            // Answers arriving in one pass of the event loop are handled together.
            QTimer::singleShot(0, this, &AuditRunner::onAnswered);
        }
    });
}

AuditRunner::~AuditRunner()
{
    qDeleteAll(m_active);
}

void AuditRunner::start(const QList<AuditRequest>& requests)
{
    m_requests = requests;
    m_done = QList<std::optional<AuditReport>>(requests.size());
    m_next = 0;
    m_emitted = 0;
    m_completed = 0;
    m_running = true;
    fill();
    if (m_completed == m_requests.size()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void AuditRunner::cancel()
{
    m_running = false;
    qDeleteAll(m_active);
    m_active.clear();
}

void AuditRunner::fill()
{
    // A new domain starts only while the lookup has room for its questions: with many slow answers outstanding that
    // keeps the resolver busy, and with a full window (or a server backing off) it does not pile up queued work.
    while (m_running && m_active.size() < m_parallel && m_next < m_requests.size() &&
           (m_active.isEmpty() || m_lookup.hasSpareCapacity())) {
        auto* active = new Active{m_next++, {}};
        m_active.append(active);
        runAudit(*active);
    }
}

void AuditRunner::runAudit(Active& active)
{
    RecordingLookup recording(m_lookup);
    AuditReport report = DomainAudit::run(m_requests[active.index], recording);
    active.waiting = recording.m_waiting;
    if (report.pending && !active.waiting.isEmpty()) {
        return;
    }
    m_done[active.index] = report;
    ++m_completed;
    m_active.removeOne(&active);
    delete &active;
    emitInOrder();
    Q_EMIT progress(m_completed, static_cast<int>(m_requests.size()));
}

void AuditRunner::onAnswered()
{
    m_rerunScheduled = false;
    if (!m_running) {
        return;
    }
    const QList<Active*> snapshot = m_active;
    for (Active* active : snapshot) {
        const bool ready = std::any_of(active->waiting.begin(), active->waiting.end(), [this](const auto& q) {
            return m_lookup.lookup(q.first, q.second).status != DnsStatus::Pending;
        });
        if (ready) {
            runAudit(*active);
        }
    }
    fill();
    if (m_completed == m_requests.size() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void AuditRunner::emitInOrder()
{
    while (m_emitted < m_done.size() && m_done[m_emitted].has_value()) {
        Q_EMIT reportReady(*m_done[m_emitted]);
        m_done[m_emitted].reset(); // reports can be large; keep only what is not out yet
        ++m_emitted;
    }
}

} // namespace mailauth
