#pragma once

#include "TrainingScenario.h"
#include "TrainingSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace mailauth {

class RolloutPlan;

// A training session read back from its autosave file, every part checked.
struct SavedTrainingSession
{
    QString path;      // the file it was read from (empty when parsed from bytes)
    QDateTime savedAt; // wall-clock time of the save
    TrainingScenario scenario;
    TrainingSessionState state;
    QJsonObject plan; // a project (ProjectFile) that opens, for the scenario's domains
};

// The autosave of a running training session, so that a crash or a closed laptop does not lose a class's lesson:
// the scenario's own text, the simulated clock, the learner's actions (TrainingJournal), the resolvers' cache fill
// times and the plan as a project. Resuming builds a new world and replays the actions into it. The file is checked
// as strictly as a project: unknown keys, repeated keys, values the pages would not accept and actions that do not
// replay are refused with a reason.
class TrainingSessionFile
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSessionFile)

public:
    static constexpr const char* kFormat = "mailauth-wizard-training-session";
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxFileSize = 40 * 1024 * 1024; // a project (32 MiB) with the scenario and the actions
    static constexpr const char* kSuffix = ".training";

    static QByteArray toBytes(const TrainingSession& session, const RolloutPlan& plan, const QDateTime& savedAt);
    static std::optional<SavedTrainingSession> parse(const QByteArray& bytes, QString* error);
    static std::optional<SavedTrainingSession> load(const QString& path, QString* error);

    // Where sessions are autosaved: the per-user data folder's "training" folder (created on demand).
    static QString folder();
    static QString newPath();
    // A running session holds its file's lock (lockPath); a file whose lock is free was interrupted. Newest first.
    static QStringList interrupted();
    static QString lockPath(const QString& path) { return path + QStringLiteral(".lock"); }
};

} // namespace mailauth
