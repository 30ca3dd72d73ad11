#pragma once

#include "watch/PropagationWatcher.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mailauth {

struct DomainPlan;
enum class RecordId;

class RolloutPlan;

// One widget for every step: a row per server (server, kind, state, value seen, TTL/ETA), an overall progress bar,
// the elapsed time, "Check now" and "Cancel", and, when the record was found in the wrong place (the zone name added
// twice, the wrong type), what the DNS panel did wrong. It only shows a watcher; the watcher itself lives on in the
// WatchRegistry when the page changes.
class PropagationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PropagationPanel(QWidget* parent = nullptr);

    void setWatcher(PropagationWatcher* watcher);
    void setMessage(const QString& text);
    // Shows `watcher` (may be null) with the message that fits its state: the discovery error when the name servers
    // could not be found, `idleMessage` before anything is watched, the summary once it has stopped.
    void bind(PropagationWatcher* watcher, const QString& discoveryError, const QString& idleMessage);
    // The idle message for a record confirmed before the watchers started anew (a reopened project, a resumed
    // training session), instead of "not watched yet": when every server saw it. Empty when `record` of `domain` was
    // never confirmed with `value` (the record has changed since). `what` names the record ("selector1") where a page
    // shows several.
    static QString confirmedEarlier(const DomainPlan& domain, RecordId record, const QString& value,
                                    const QString& what = QString());
    PropagationWatcher* watcher() const { return m_watcher; }
    // Durations are shown in the plan's time base (a training session's simulated clock, else the wall clock), and
    // count down between two answers.
    void setTimeSource(const RolloutPlan* plan) { m_plan = plan; }

private:
    void rebuild();
    void updateRow(int index);
    void updateEtas();
    qint64 nowMs() const; // in the time base, since the epoch
    int speed() const;
    // Seconds left until a server should show the record, in the time base; -1 unknown.
    qint64 remainingSeconds(int index) const;
    void updateSummary();
    void updateMisplacement();

    QPointer<PropagationWatcher> m_watcher;
    QLabel* m_message = nullptr;
    QWidget* m_misplacedBox = nullptr;
    QLabel* m_misplaced = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_elapsed = nullptr;
    QPushButton* m_checkNow = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_tick = nullptr;
    const RolloutPlan* m_plan = nullptr;
    QHash<int, qint64> m_deadlineMs; // row -> when that server should show the record (time base, ms since epoch)
    qint64 m_startedMs = 0;          // when the shown watcher started, in the time base
};

} // namespace mailauth
