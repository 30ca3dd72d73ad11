#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace mailauth {

// TXT record values as people type them and as DNS stores them.
class TxtStrings
{
public:
    // Split a value into character-strings of at most `max` octets, breaking after a space where one is near, so
    // each string stays readable. Joined again they give back the value exactly.
    static QList<QByteArray> split(const QByteArray& value, int max = 255);

    // Read what a person pasted: either plain text (one string) or zone-file style quoted strings
    // ("part one " "part two"), with \" and \\ escapes. nullopt when quotes are unbalanced.
    static std::optional<QList<QByteArray>> fromPresentation(const QString& text);

    // Zone-file presentation: each string quoted, quotes and backslashes escaped, strings separated by a space.
    static QString toPresentation(const QList<QByteArray>& strings);
};

} // namespace mailauth
