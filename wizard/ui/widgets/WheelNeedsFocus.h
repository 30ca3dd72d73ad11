#pragma once

#include <QObject>

namespace mailauth {

// Pages and the training side panel scroll: a wheel turned to scroll them must not change the combo box or spin box
// that happens to pass under the pointer (a class's session once jumped from 10x to 60x that way, and a DNS host or a
// TTL can change just as silently). Installed on the application, it lets such a box take the wheel only once it has
// focus (a click or Tab); otherwise the wheel goes on to what scrolls around it.
class WheelNeedsFocus final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace mailauth
