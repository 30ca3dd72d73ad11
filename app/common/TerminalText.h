#pragma once

#include <QString>
#include <QStringView>

namespace mailauth {

// Text made harmless for a terminal: C0 controls, DEL, C1 controls and the Unicode bidirectional controls
// (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) become \uXXXX, the form JSON uses, so an escaped value
// inside JSON output stays valid JSON and decodes to the original text. With keepLayout, line breaks and tabs
// stay (for the tools' own messages); without it, every control character is escaped (text from outside).
// Shared by the command-line tool and the GUI's console messages.
QString terminalEscaped(QStringView text, bool keepLayout = false);

} // namespace mailauth
