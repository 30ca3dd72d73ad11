#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace mailauth {

class BackgroundFileWriter;
class RolloutPlan;

// The project file behind one window: opening it into the plan, saving it, the recent-projects list, and autosave a
// moment after each change of the plan (on a worker thread, so a slow drive never freezes the window). No widgets:
// RolloutWizard shows what it reports (window title, the refusal on the welcome page).
class ProjectSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 1500; // after the last change, so typing does not write on every key

    explicit ProjectSession(RolloutPlan& plan, QObject* parent = nullptr);
    ~ProjectSession() override;

    // Loads `path` into the plan and makes it the project's file. A refused file leaves the plan and the file as they
    // were: false with a reason for people (also sent as refused()).
    bool open(const QString& path, QString* error);
    // Writes the plan to `path` now, and autosaves there from then on. false with a reason for people.
    bool save(const QString& path, QString* error);
    // The project's file; empty until it is opened, saved or first autosaved.
    QString path() const { return m_path; }
    // What the save dialog proposes: the project's file, or a file name made from the plan.
    QString suggestedSavePath() const;

    // Training sessions are throw-away: they turn autosave off.
    void setAutosaveEnabled(bool enabled);
    bool autosaveEnabled() const { return m_autosaveEnabled; }
    void setAutosaveDelay(int milliseconds);
    // Writes a change that is still waiting for its autosave, then waits until every write is on disk (the window
    // closes).
    void flush();

    // Where a project without a chosen file is autosaved: the per-user data folder, named after the plan and the time.
    static QString autosavePath(const RolloutPlan& plan);

Q_SIGNALS:
    void opened(const QString& path);
    void refused(const QString& reason);
    void saved(const QString& path);
    // Autosave could not write the project (too large, disk full, folder gone); the next change tries again.
    void saveFailed(const QString& reason);

private:
    void autosave();

    RolloutPlan& m_plan;
    QString m_path;
    bool m_autosaveEnabled = true;
    QTimer* m_autosave = nullptr;
    BackgroundFileWriter* m_writer = nullptr;
};

} // namespace mailauth
