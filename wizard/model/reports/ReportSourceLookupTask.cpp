#include "ReportSourceLookupTask.h"

#include "dns/ResolverLookup.h"

namespace mailauth {

ReportSourceLookupTask::ReportSourceLookupTask(const QList<AresChannel::Options>& servers, int maxInFlight,
                                               QObject* parent)
    : QObject(parent)
    , m_servers(servers)
    , m_maxInFlight(maxInFlight)
{
    // Answers that land close together are one re-run: each pass walks every address still waiting, so re-running
    // per answer would cost the square of the number of sources.
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(10);
    connect(&m_rerun, &QTimer::timeout, this, &ReportSourceLookupTask::step);
}

ReportSourceLookupTask::~ReportSourceLookupTask()
{
    // The lookups refer to the resolver: they go first.
    m_names.reset();
    m_spf.reset();
    m_lookup.reset();
}

void ReportSourceLookupTask::start(const DomainSources& sources)
{
    cancel();
    // One resolver and its cache for the task's life: a second domain's sources share most addresses and includes
    // with the first, and what was found stays readable.
    if (m_lookup == nullptr) {
        m_lookup = std::make_unique<ResolverLookup>(m_servers, m_maxInFlight);
        m_names = std::make_unique<SourceNameLookup>(*m_lookup);
        m_spf = std::make_unique<SourceSpfAuthority>(*m_lookup);
    }
    connect(m_lookup.get(), &ResolverLookup::answered, &m_rerun, qOverload<>(&QTimer::start), Qt::UniqueConnection);
    for (const auto& [domain, ips] : sources) {
        m_names->add(ips);
        m_spf->add(domain, ips);
    }
    m_total = m_names->waiting() + m_spf->waiting();
    m_running = true;
    Q_EMIT progress(0, m_total);
    // The first pass runs from the event loop, so a caller connected after start() still hears every signal. (Not
    // m_rerun.start(0): that would make every later re-run wait 0 ms instead of gathering answers for 10.)
    QTimer::singleShot(0, this, &ReportSourceLookupTask::step);
}

void ReportSourceLookupTask::step()
{
    if (!m_running) {
        return;
    }
    const bool namesPending = m_names->step();
    const bool spfPending = m_spf->step();
    const int left = m_names->waiting() + m_spf->waiting();
    Q_EMIT progress(m_total - left, m_total);
    if (!namesPending && !spfPending) {
        m_running = false;
        Q_EMIT finished(false);
    }
}

void ReportSourceLookupTask::cancel()
{
    m_rerun.stop();
    if (!m_running) {
        return;
    }
    m_running = false;
    // Questions in flight still land in the cache; nothing re-runs until the next start().
    disconnect(m_lookup.get(), nullptr, &m_rerun, nullptr);
    Q_EMIT finished(true);
}

std::optional<SourceNameLookup::Name> ReportSourceLookupTask::name(const QString& ip) const
{
    if (!m_names) {
        return std::nullopt;
    }
    const auto found = m_names->names().constFind(ip);
    if (found == m_names->names().constEnd()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<SourceSpfAuthority::Verdict> ReportSourceLookupTask::spf(const QString& domain, const QString& ip) const
{
    return m_spf ? m_spf->verdict(domain, ip) : std::nullopt;
}

int ReportSourceLookupTask::questionsAsked() const
{
    return m_lookup ? m_lookup->questionsAsked() : 0;
}

} // namespace mailauth
