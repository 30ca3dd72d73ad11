#pragma once

#include "DomainAudit.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace mailauth {

class ResolverLookup;

// Audits many domains over one ResolverLookup (one shared cache, a bounded number of questions in flight).
// At most `parallelDomains` audits are active, and a new one starts only while the lookup has spare capacity; an
// audit is re-run only when one of the answers it waits for arrives.
// Reports come out in the order the domains were given.
class AuditRunner final : public QObject
{
    Q_OBJECT

public:
    AuditRunner(ResolverLookup& lookup, int parallelDomains = 32, QObject* parent = nullptr);
    ~AuditRunner() override;

    void start(const QList<AuditRequest>& requests);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void reportReady(const mailauth::AuditReport& report);
    void progress(int done, int total);
    void finished();

private:
    struct Active;
    void fill();
    void runAudit(Active& active);
    void onAnswered();
    void emitInOrder();

    ResolverLookup& m_lookup;
    int m_parallel;
    QList<AuditRequest> m_requests;
    QList<Active*> m_active;
    QList<std::optional<AuditReport>> m_done;
    int m_next = 0;
    int m_emitted = 0;
    int m_completed = 0;
    bool m_running = false;
    bool m_rerunScheduled = false;
};

} // namespace mailauth
