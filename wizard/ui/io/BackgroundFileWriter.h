#pragma once

#include <QObject>
#include <functional>

namespace mailauth {

// Writes a file atomically (QSaveFile) on a worker thread, so a slow or network drive never freezes the window, and
// reports back on the caller's thread. Writes to the same path are queued, so an older version can never land after
// a newer one.
class BackgroundFileWriter final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString& error)>; // empty error: written

    explicit BackgroundFileWriter(QObject* parent = nullptr);

    void write(const QString& path, const QByteArray& data, Done done = {});
    bool isBusy() const { return m_busy; }
    // Blocks until every queued write is on disk (used when the window closes).
    void waitForAll();

private:
    struct Job
    {
        QString path;
        QByteArray data;
        Done done;
    };
    void startNext();

    QList<Job> m_queue;
    bool m_busy = false;
};

} // namespace mailauth
