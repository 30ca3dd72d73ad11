#pragma once

#include "DnsHostPanel.h"
#include "SimulatedExchange.h"
#include "TrainingJournal.h"
#include "TrainingScenario.h"
#include "TrainingWorld.h"
#include "audit/AuditReport.h"

#include <QObject>
#include <memory>

namespace mailauth {

class AuditTask;
class RolloutPlan;

// Where a session stood when it was saved: with its scenario, enough to build its world again (TrainingSessionFile).
struct TrainingSessionState
{
    QDateTime clockStartedAt; // the simulated date and time the session began
    qint64 nowMs = 0;         // simulated time elapsed
    int speed = 60;
    bool paused = false;
    TrainingJournal journal;
    QList<TrainingWorld::CacheFill> resolverCache;
};

// One classroom exercise: the scenario, its simulated DNS world, DNS host panel and Exchange Online, and the goals
// checked against what the world's primary name server holds.
class TrainingSession final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingSession(TrainingScenario scenario, QObject* parent = nullptr);
    ~TrainingSession() override;

    // Builds the world and opens its servers; false with a reason for people.
    bool start(QString* error);
    // Puts the scenario's tenant, cloud, DNS host and domains into the plan, and points it at the world's servers.
    void applyTo(RolloutPlan& plan) const;

    // After start(): replays a saved session's actions into this new world at their simulated times, fills the
    // resolvers' caches as they were, and sets the clock where it stood. False with a reason for people when an action
    // does not apply (a record the panel refuses, a record to delete that is not there): the file does not belong to
    // this scenario or was changed.
    bool restore(const TrainingSessionState& state, QString* error);
    TrainingSessionState state() const;

    // The learner's changes to the world, each kept in the journal (journalChanged) so a session can be resumed.
    DnsHostPanel::Outcome saveRecord(const QString& zone, const DnsHostPanel::Entry& entry);
    bool removeRecord(const QString& name, RecordType type, const QString& value);
    QString runSetup(const QString& domain);
    QString runEnable(const QString& domain);
    const TrainingJournal& journal() const { return m_journal; }

    const TrainingScenario& scenario() const { return m_scenario; }
    TrainingWorld& world() { return *m_world; }
    DnsHostPanel& panel() { return *m_panel; }
    SimulatedExchange& exchange() { return *m_exchange; }

    // Audits the scenario's domains at the primary and re-evaluates the goals (asynchronous: goalsChecked).
    void checkGoals();
    QList<bool> goalsReached() const { return m_reached; }
    bool allGoalsReached() const;

Q_SIGNALS:
    void goalsChecked();
    void journalChanged();

private:
    bool publishesSenderDkim(const TrainingGoal& goal) const;
    bool reached(const TrainingGoal& goal) const;
    // The scenario's starting TXT records at a name that begin with prefix ("v=spf1", "v=DMARC1").
    QStringList startingTxt(const QString& name, const QString& prefix) const;
    bool apply(const TrainingAction& action, QString* reason); // one action of a replay
    void journal(TrainingAction action);                       // at the current simulated time

    TrainingScenario m_scenario;
    std::unique_ptr<TrainingWorld> m_world;
    std::unique_ptr<DnsHostPanel> m_panel;
    std::unique_ptr<SimulatedExchange> m_exchange;
    std::unique_ptr<RolloutPlan> m_goalPlan;
    AuditTask* m_goalAudit = nullptr;
    QHash<QString, AuditReport> m_reports;
    QList<bool> m_reached;
    TrainingJournal m_journal;
};

} // namespace mailauth
