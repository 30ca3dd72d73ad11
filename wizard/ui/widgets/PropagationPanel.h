#pragma once

#include "watch/PropagationWatcher.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mailauth {

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
    PropagationWatcher* watcher() const { return m_watcher; }

private:
    void rebuild();
    void updateRow(int index);
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
};

} // namespace mailauth
