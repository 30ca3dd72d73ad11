#pragma once

#include "RolloutPlan.h"
#include "watch/PropagationWatcher.h"

#include <QHash>
#include <QObject>

namespace mailauth {

class ResolverLookup;

// Keeps every propagation watcher of a rollout alive while the user moves between pages, finds the zone's
// authoritative servers first (without blocking), and records each confirmation in the plan.
class WatchRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit WatchRegistry(RolloutPlan& plan, QObject* parent = nullptr);
    ~WatchRegistry() override;

    // Starts watching `expectation` for the plan's domain `domainIndex`; `recordId` names it in the plan. An earlier
    // watcher under the same key is cancelled and replaced.
    void watch(int domainIndex, RecordId recordId, const PropagationExpectation& expectation);
    PropagationWatcher* watcher(int domainIndex, RecordId recordId) const;
    QString discoveryError(int domainIndex, RecordId recordId) const;
    // Asks every running watcher's servers again now (a training clock changed speed or resumed).
    void checkAllNow();
    // Stops and forgets every watcher and every search for name servers still under way (a training window that
    // switches scenario: the old simulated servers are about to go). Nothing is recorded in the plan afterwards.
    void clear();
    int watcherCount() const { return static_cast<int>(m_watchers.size() + m_discoveries.size()); }

    // Time limits and retry intervals (tests shorten them).
    int timeLimitSeconds = 4 * 3600;
    int maxRetryMs = 60 * 1000;

Q_SIGNALS:
    void watcherChanged(int domainIndex, mailauth::RecordId recordId);
    void recordConfirmed(int domainIndex, mailauth::RecordId recordId);

private:
    static QString key(int domainIndex, RecordId recordId)
    {
        return QString::number(domainIndex) + u'/' + recordIdKeyword(recordId);
    }
    void startWatcher(int domainIndex, RecordId recordId, const PropagationExpectation& expectation,
                      const QList<VantagePoint>& authoritative);
    QList<VantagePoint> resolverPoints() const;

    RolloutPlan& m_plan;
    QHash<QString, PropagationWatcher*> m_watchers;
    QHash<QString, QString> m_errors;
    QList<ResolverLookup*> m_discoveries;
    int m_generation = 0; // clear() makes the name-server searches queued before it return without a look
};

} // namespace mailauth
