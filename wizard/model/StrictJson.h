#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace mailauth {

// QJsonDocument keeps only one of two equal keys in an object, so a file can say one thing to the app and another to
// a person or tool reading it. This scan runs over text QJsonDocument has already accepted and finds a key that an
// object repeats (compared after unescaping, so "\u0061" and "a" are the same key).
class StrictJson
{
public:
    struct Duplicate
    {
        QString key;
        int line = 0; // 1-based line of the second occurrence
    };

    static std::optional<Duplicate> findDuplicateKey(const QByteArray& json);
    // A JSON number that is a whole number within [low, high]; nullopt for 2.5, 1e300, a string or a missing value
    // (QJsonValue::toInteger() would quietly turn those into a default).
    static std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 low, qint64 high);
};

} // namespace mailauth
