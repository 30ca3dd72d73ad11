#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QTimer;

namespace mailauth {

class BackgroundFileWriter;
class RolloutPlan;
class TrainingSession;

// Keeps a running training session on disk (TrainingSessionFile), so that a crash, a killed app or a laptop that
// ran out of battery does not cost a class its lesson: a moment after each change of the plan, the world or the
// clock, and every little while as simulated time runs. The file stays locked while the session runs; once the
// session ends on purpose (discard) it is deleted. Files are written on a worker thread.
class TrainingAutosave final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 1500; // after the last change, so typing does not write on every key
    // While the clock runs: a resumed session loses at most this much (five simulated minutes at 60x).
    static constexpr int kHeartbeatMs = 5000;

    // Locks `path` (a new file, or the file of a session being resumed) and saves there from now on.
    TrainingAutosave(TrainingSession& session, RolloutPlan& plan, const QString& path, QObject* parent = nullptr);
    // Writes what is waiting and keeps the file: a window that goes without ending its session can resume it.
    ~TrainingAutosave() override;

    // False when another window or instance already holds the file: nothing is written then.
    bool isHeld() const { return m_held; }
    QString path() const { return m_path; }
    // Writes any change still waiting, and waits until it is on disk.
    void flush();
    // The session ended on purpose: nothing more is written, and the file and its lock go.
    void discard();

Q_SIGNALS:
    void saveFailed(const QString& reason);

private:
    void save();

    TrainingSession& m_session;
    RolloutPlan& m_plan;
    QString m_path;
    QLockFile m_lock;
    bool m_held = false;
    bool m_discarded = false;
    QTimer* m_delay = nullptr;
    QTimer* m_heartbeat = nullptr;
    BackgroundFileWriter* m_writer = nullptr;
};

} // namespace mailauth
