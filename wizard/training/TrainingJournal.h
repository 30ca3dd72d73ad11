#pragma once

#include "DnsHostPanel.h"
#include "TrainingScenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace mailauth {

// What a learner changed in the simulated world, at which simulated time: records saved or deleted in the DNS host
// panel, and the DKIM scripts run in the training tenant. Only changes are kept (a refused save, or a second run of
// the key script, changes nothing), so replaying the journal into a new world rebuilds the zones' whole history.
struct TrainingAction
{
    Q_DECLARE_TR_FUNCTIONS(TrainingAction)

public:
    enum class Kind
    {
        SaveRecord,   // zone + entry, as typed into the panel
        RemoveRecord, // name + type + value of the record deleted
        RunSetup,     // domain: the key script (New-DkimSigningConfig)
        RunEnable,    // domain: the enable script that switched signing on
    };
    Kind kind = Kind::SaveRecord;
    qint64 atMs = 0; // simulated milliseconds since the session started
    QString zone;
    DnsHostPanel::Entry entry;
    QString name;
    QString type;
    QString value;
    QString domain;

    static TrainingAction forDomain(Kind kind, const QString& domain); // RunSetup, RunEnable
    // Why this action cannot belong to a session of `scenario` (a zone or domain it does not have, a record the panel
    // never lists), or empty. Checked when a saved session is read and again when it is replayed.
    QString outsideOf(const TrainingScenario& scenario) const;
    bool operator==(const TrainingAction& other) const;
};

class TrainingJournal
{
    Q_DECLARE_TR_FUNCTIONS(TrainingJournal)

public:
    static constexpr int kMaxActions = 100000;   // a long lesson is a few hundred
    static constexpr int kMaxTextLength = 32767; // the panel's fields (QLineEdit's limit)

    void append(const TrainingAction& action) { m_actions.append(action); }
    const QList<TrainingAction>& actions() const { return m_actions; }
    bool isEmpty() const { return m_actions.isEmpty(); }

    QJsonArray toJson() const;
    // Checks every entry as the panel's form and the DKIM page would have let it through: known kinds, times in
    // order and not after `nowMs`, TTLs in the panel's range, lengths within the fields'. What only the world can
    // judge (is the host name valid, is there a record to delete) is checked by the replay.
    static std::optional<TrainingJournal> fromJson(const QJsonArray& json, qint64 nowMs, QString* error);

private:
    QList<TrainingAction> m_actions;
};

} // namespace mailauth
