#include "ApplicationIcon.h"

#include <QString>

namespace mailauth {

QList<int> applicationIconSizes()
{
    return {16, 24, 32, 48, 64, 128, 256};
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : applicationIconSizes()) {
        icon.addFile(QStringLiteral(":/mailauth/icons/mailauth-wizard-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace mailauth
