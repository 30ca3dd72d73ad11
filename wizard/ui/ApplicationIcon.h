#pragma once

#include <QIcon>
#include <QList>

namespace mailauth {

// The envelope-and-shield mark (resources/icons), for the window, its dialogs and the tray. The PNGs rendered from
// the SVG are used rather than the SVG itself, so no SVG icon engine has to be deployed with the app.
QIcon applicationIcon();

// The hicolor sizes the icon is drawn in, smallest first (the same list as packaging/render-icons.sh).
QList<int> applicationIconSizes();

} // namespace mailauth
