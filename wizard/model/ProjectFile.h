#pragma once

#include "RolloutPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace mailauth {

// A rollout project on disk: JSON with a format name and a schema version, written atomically (QSaveFile), so an
// interrupted save leaves the previous file intact. A file from a newer version, a damaged file or a foreign file is
// refused with a reason, and never overwritten by the load. So is a file that breaks a rule of the pages (PlanRules),
// repeats a key (StrictJson) or exceeds kMaxFileSize: whatever is in a project reaches the exports only checked.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    // 2: consultant, resume page and the audits before and after (version 1 files still open).
    static constexpr int kSchemaVersion = 2;
    static constexpr const char* kFormat = "mailauth-wizard-project";
    // A two-domain project with its audits before and after is about 20 KiB, so a few hundred domains take a few
    // MiB; the limit leaves room for far more, and save() refuses what load() would.
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;

    static QJsonObject toJson(const RolloutPlan& plan);
    static bool fromJson(const QJsonObject& json, RolloutPlan& plan, QString* error);

    static QByteArray toBytes(const RolloutPlan& plan); // what save() writes
    // toBytes(), or nothing and the reason when load() would refuse a file that large.
    static std::optional<QByteArray> toSavableBytes(const RolloutPlan& plan, QString* error);
    static bool save(const QString& path, const RolloutPlan& plan, QString* error);
    static bool load(const QString& path, RolloutPlan& plan, QString* error);
};

} // namespace mailauth
