#include "TrainingAutosave.h"

#include "model/RolloutPlan.h"
#include "training/TrainingSession.h"
#include "training/TrainingSessionFile.h"
#include "ui/io/BackgroundFileWriter.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

namespace mailauth {

TrainingAutosave::TrainingAutosave(TrainingSession& session, RolloutPlan& plan, const QString& path, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_plan(plan)
    , m_path(path)
    , m_lock(TrainingSessionFile::lockPath(path))
{
    m_lock.setStaleLockTime(0); // a lesson holds its lock for hours; only a dead owner frees it
    m_held = m_lock.tryLock(0);
    if (!m_held) {
        return;
    }
    m_writer = new BackgroundFileWriter(this);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &TrainingAutosave::save);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(kHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this]() {
        if (!m_session.world().clock().isPaused()) {
            save(); // simulated time moved on
        }
    });
    m_heartbeat->start();
    const auto soon = [this]() { m_delay->start(); };
    connect(&m_plan, &RolloutPlan::changed, this, soon);
    connect(&m_session, &TrainingSession::journalChanged, this, soon);
    TrainingClock& clock = m_session.world().clock();
    connect(&clock, &TrainingClock::speedChanged, this, soon);
    connect(&clock, &TrainingClock::pausedChanged, this, soon);
    connect(&clock, &TrainingClock::skipped, this, soon);
    save(); // resumable from the first moment
}

TrainingAutosave::~TrainingAutosave()
{
    flush();
}

void TrainingAutosave::flush()
{
    if (!m_held || m_discarded) {
        return;
    }
    if (m_delay->isActive()) {
        m_delay->stop();
        save();
    }
    m_writer->waitForAll();
}

void TrainingAutosave::discard()
{
    if (!m_held || m_discarded) {
        return;
    }
    m_discarded = true;
    m_delay->stop();
    m_heartbeat->stop();
    m_writer->waitForAll(); // a write still running must not bring the file back
    QFile::remove(m_path);
    m_lock.unlock();
}

void TrainingAutosave::save()
{
    if (!m_held || m_discarded) {
        return;
    }
    const QByteArray bytes = TrainingSessionFile::toBytes(m_session, m_plan, QDateTime::currentDateTimeUtc());
    if (bytes.size() > TrainingSessionFile::kMaxFileSize) {
        Q_EMIT saveFailed(tr("The training session is too large to save."));
        return;
    }
    m_writer->write(m_path, bytes, [this](const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT saveFailed(error);
        }
    });
}

} // namespace mailauth
