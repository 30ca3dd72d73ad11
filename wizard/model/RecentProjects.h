#pragma once

#include <QStringList>

namespace mailauth {

// The projects opened or saved lately, newest first, kept in the user's settings; files that have gone are dropped.
class RecentProjects
{
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace mailauth
