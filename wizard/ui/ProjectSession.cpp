#include "ProjectSession.h"

#include "model/ProjectFile.h"
#include "model/RecentProjects.h"
#include "model/RolloutPlan.h"
#include "ui/io/BackgroundFileWriter.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace mailauth {

ProjectSession::ProjectSession(RolloutPlan& plan, QObject* parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_writer = new BackgroundFileWriter(this);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ProjectSession::autosave);
    connect(&m_plan, &RolloutPlan::changed, m_autosave, qOverload<>(&QTimer::start));
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::open(const QString& path, QString* error)
{
    QString reason;
    if (!ProjectFile::load(path, m_plan, &reason)) {
        if (error != nullptr) {
            *error = reason;
        }
        Q_EMIT refused(reason);
        return false;
    }
    m_path = path;
    RecentProjects::add(path);
    Q_EMIT opened(path);
    return true;
}

bool ProjectSession::save(const QString& path, QString* error)
{
    if (!ProjectFile::save(path, m_plan, error)) {
        return false;
    }
    if (m_path != path) {
        RecentProjects::add(path);
    }
    m_path = path;
    Q_EMIT saved(path);
    return true;
}

QString ProjectSession::suggestedSavePath() const
{
    return m_path.isEmpty() ? m_plan.fileStem() + QStringLiteral(".mailauth") : m_path;
}

void ProjectSession::setAutosaveEnabled(bool enabled)
{
    m_autosaveEnabled = enabled;
    if (!enabled) {
        m_autosave->stop();
    }
}

void ProjectSession::setAutosaveDelay(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void ProjectSession::flush()
{
    if (m_autosave->isActive()) {
        m_autosave->stop();
        autosave(); // nothing typed in the last moment is lost
    }
    m_writer->waitForAll();
}

QString ProjectSession::autosavePath(const RolloutPlan& plan)
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/projects");
    QDir().mkpath(folder);
    return folder + u'/' + plan.fileStem() + u'-' +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".mailauth");
}

void ProjectSession::autosave()
{
    // A plan without domains has nothing worth keeping yet.
    if (!m_autosaveEnabled || m_plan.domains().isEmpty()) {
        return;
    }
    if (m_path.isEmpty()) {
        m_path = autosavePath(m_plan);
    }
    const QString path = m_path;
    QString tooLarge;
    const auto bytes = ProjectFile::toSavableBytes(m_plan, &tooLarge);
    if (!bytes) {
        Q_EMIT saveFailed(tooLarge);
        return;
    }
    m_writer->write(path, *bytes, [this, path](const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT saveFailed(error);
            return;
        }
        RecentProjects::add(path);
        Q_EMIT saved(path);
    });
}

} // namespace mailauth
