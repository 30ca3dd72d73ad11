#include "AuditTask.h"

#include "audit/AuditRunner.h"
#include "dns/ResolverLookup.h"

namespace mailauth {

AuditTask::AuditTask(QObject* parent)
    : QObject(parent)
{
}

AuditTask::~AuditTask()
{
    // The runner refers to the lookup: it goes first.
    m_runner.reset();
    m_lookup.reset();
}

void AuditTask::start(const RolloutPlan& plan, int parallelDomains, int onlyDomain)
{
    cancel();
    const auto channels = ResolverLookup::channels(plan.authoritative, plan.resolvers, plan.authoritative.isEmpty());
    m_runner.reset();
    m_lookup = std::make_unique<ResolverLookup>(channels, 32);
    m_runner = std::make_unique<AuditRunner>(*m_lookup, parallelDomains);
    connect(m_runner.get(), &AuditRunner::reportReady, this, &AuditTask::reportReady);
    connect(m_runner.get(), &AuditRunner::progress, this, &AuditTask::progress);
    connect(m_runner.get(), &AuditRunner::finished, this, [this]() {
        m_running = false;
        Q_EMIT finished(false);
    });
    QList<AuditRequest> requests;
    for (int i = 0; i < plan.domains().size(); ++i) {
        if (onlyDomain < 0 || onlyDomain == i) {
            const DomainPlan& d = plan.domain(i);
            // A parked domain is judged by the parked set: no DKIM selectors to look for.
            const bool parked = d.role == DomainRole::Parked;
            requests.append(AuditRequest{d.ace, d.unicode,
                                         parked ? QStringList{}
                                                : QStringList{QStringLiteral("selector1"), QStringLiteral("selector2")},
                                         parked});
        }
    }
    m_running = true;
    Q_EMIT progress(0, static_cast<int>(requests.size()));
    m_runner->start(requests);
}

void AuditTask::cancel()
{
    if (m_running && m_runner) {
        m_runner->cancel();
        m_running = false;
        Q_EMIT finished(true);
    }
}

} // namespace mailauth
