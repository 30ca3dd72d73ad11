#include "WatchRegistry.h"

#include "dns/ResolverLookup.h"
#include "watch/VantagePointDiscovery.h"

namespace mailauth {

WatchRegistry::WatchRegistry(RolloutPlan& plan, QObject* parent)
    : QObject(parent)
    , m_plan(plan)
{
}

WatchRegistry::~WatchRegistry() = default;

QList<VantagePoint> WatchRegistry::resolverPoints() const
{
    QList<VantagePoint> points;
    if (m_plan.resolvers.isEmpty()) {
        points.append(VantagePoint::system());
        points += VantagePoint::publicResolvers();
    } else {
        for (const DnsServerAddress& s : m_plan.resolvers) {
            VantagePoint point = VantagePoint::custom(s);
            if (m_plan.serverNames.contains(s.toCsv())) {
                point.label = QStringLiteral("%1 (%2)").arg(m_plan.serverNames.value(s.toCsv()), s.toCsv());
            }
            points.append(point);
        }
    }
    return points;
}

void WatchRegistry::watch(int domainIndex, RecordId recordId, const PropagationExpectation& expectation)
{
    const QString k = key(domainIndex, recordId);
    if (PropagationWatcher* old = m_watchers.take(k)) {
        old->cancel();
        old->deleteLater();
    }
    m_errors.remove(k);
    if (!m_plan.authoritative.isEmpty()) {
        QList<VantagePoint> auth;
        for (const DnsServerAddress& s : m_plan.authoritative) {
            auth.append(VantagePoint::authoritative(m_plan.serverNames.value(s.toCsv()), s));
        }
        startWatcher(domainIndex, recordId, expectation, auth);
        return;
    }
    // Find the zone's name servers through the resolvers first; answers arrive on the event loop.
    const auto channels = ResolverLookup::channels({}, m_plan.resolvers, true);
    auto* lookup = new ResolverLookup(channels, 16, this);
    m_discoveries.append(lookup);
    auto attempt = [this, lookup, domainIndex, recordId, expectation, k, generation = m_generation]() {
        if (generation != m_generation) {
            return; // cleared: the lookup is gone or going
        }
        const VantagePointDiscoveryResult found = VantagePointDiscovery::run(expectation.name, *lookup);
        if (found.pending) {
            return;
        }
        m_discoveries.removeOne(lookup);
        lookup->deleteLater();
        if (found.points.isEmpty()) {
            m_errors.insert(k, found.error);
        }
        PropagationExpectation withZone = expectation;
        if (withZone.zone.isEmpty()) {
            withZone.zone = found.zone; // where a DNS panel that appends the zone name would have put the record
        }
        startWatcher(domainIndex, recordId, withZone, found.points);
    };
    connect(lookup, &ResolverLookup::answered, this, attempt);
    QMetaObject::invokeMethod(this, attempt, Qt::QueuedConnection);
}

void WatchRegistry::startWatcher(int domainIndex, RecordId recordId, const PropagationExpectation& expectation,
                                 const QList<VantagePoint>& authoritative)
{
    auto* watcher = new PropagationWatcher(expectation, authoritative + resolverPoints(), this);
    watcher->setTimeLimit(timeLimitSeconds);
    watcher->setMaxRetryInterval(maxRetryMs);
    m_watchers.insert(key(domainIndex, recordId), watcher);
    connect(watcher, &PropagationWatcher::confirmed, this, [this, watcher, domainIndex, recordId]() {
        Confirmation c;
        c.record = recordId;
        c.value = watcher->expectation().value;
        c.confirmedAt = m_plan.now();
        for (const VantageStatus& s : watcher->statuses()) {
            c.servers.append(s.point.label);
        }
        if (domainIndex < m_plan.domains().size()) {
            m_plan.recordConfirmation(domainIndex, c);
        }
        Q_EMIT recordConfirmed(domainIndex, recordId);
    });
    watcher->start();
    Q_EMIT watcherChanged(domainIndex, recordId);
}

PropagationWatcher* WatchRegistry::watcher(int domainIndex, RecordId recordId) const
{
    return m_watchers.value(key(domainIndex, recordId));
}

QString WatchRegistry::discoveryError(int domainIndex, RecordId recordId) const
{
    return m_errors.value(key(domainIndex, recordId));
}

void WatchRegistry::clear()
{
    ++m_generation;
    for (PropagationWatcher* watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->cancel();
        watcher->deleteLater();
    }
    m_watchers.clear();
    m_errors.clear();
    for (ResolverLookup* lookup : std::as_const(m_discoveries)) {
        lookup->disconnect(this);
        lookup->deleteLater();
    }
    m_discoveries.clear();
}

void WatchRegistry::checkAllNow()
{
    for (PropagationWatcher* watcher : std::as_const(m_watchers)) {
        if (watcher->isRunning()) {
            watcher->checkNow();
        }
    }
}

} // namespace mailauth
