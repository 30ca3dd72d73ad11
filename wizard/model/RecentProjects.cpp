#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace mailauth {

namespace {

const QString kKey = QStringLiteral("projects/recent");

} // namespace

QStringList RecentProjects::list()
{
    QStringList out;
    for (const QString& path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo::exists(path)) {
            out.append(path);
        }
    }
    return out;
}

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, paths.mid(0, kMaximum));
}

void RecentProjects::remove(const QString& path)
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

} // namespace mailauth
