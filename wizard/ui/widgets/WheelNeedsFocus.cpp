#include "WheelNeedsFocus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace mailauth {

bool WheelNeedsFocus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* box = qobject_cast<QWidget*>(watched);
        if (box != nullptr &&
            (qobject_cast<QComboBox*>(box) != nullptr || qobject_cast<QAbstractSpinBox*>(box) != nullptr) &&
            !box->hasFocus()) {
            event->ignore(); // on to the scroll area around it
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mailauth
