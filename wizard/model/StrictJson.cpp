#include "StrictJson.h"

#include <QList>
#include <QSet>
#include <cmath>
#include <optional>

namespace mailauth {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Reads the string starting at json[pos] == '"'; leaves pos after the closing quote. Escapes are decoded into UTF-16
// code units, the rest is UTF-8.
QString readString(const QByteArray& json, qsizetype& pos)
{
    QByteArray raw;
    QString out;
    auto flushRaw = [&]() {
        out += QString::fromUtf8(raw);
        raw.clear();
    };
    ++pos;
    while (pos < json.size() && json[pos] != '"') {
        if (json[pos] != '\\') {
            raw.append(json[pos++]);
            continue;
        }
        flushRaw();
        const char e = pos + 1 < json.size() ? json[pos + 1] : '\0';
        pos += 2;
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4 && pos < json.size(); ++i, ++pos) {
                unit = static_cast<char16_t>(unit * 16 + std::max(0, hexValue(json[pos])));
            }
            out += QChar(unit);
            break;
        }
        default:
            out += QLatin1Char(e); // \" \\ \/
            break;
        }
    }
    flushRaw();
    ++pos;
    return out;
}

} // namespace

std::optional<StrictJson::Duplicate> StrictJson::findDuplicateKey(const QByteArray& json)
{
    // One entry per open container: the keys seen so far (objects) or nullopt (arrays).
    QList<std::optional<QSet<QString>>> open;
    bool expectKey = false; // in an object, after '{' or ','
    int line = 1;
    for (qsizetype pos = 0; pos < json.size();) {
        const char c = json[pos];
        switch (c) {
        case '\n':
            ++line;
            ++pos;
            break;
        case '{':
            open.append(QSet<QString>());
            expectKey = true;
            ++pos;
            break;
        case '[':
            open.append(std::nullopt);
            expectKey = false;
            ++pos;
            break;
        case '}':
        case ']':
            if (!open.isEmpty()) {
                open.removeLast();
            }
            expectKey = false;
            ++pos;
            break;
        case ',':
            expectKey = !open.isEmpty() && open.last().has_value();
            ++pos;
            break;
        case '"': {
            const qsizetype start = pos;
            const QString text = readString(json, pos);
            line += static_cast<int>(json.mid(start, pos - start).count('\n'));
            if (expectKey && !open.isEmpty() && open.last().has_value()) {
                if (open.last()->contains(text)) {
                    return Duplicate{text, line};
                }
                open.last()->insert(text);
            }
            expectKey = false;
            break;
        }
        default:
            ++pos;
            break;
        }
    }
    return std::nullopt;
}

std::optional<qint64> StrictJson::wholeNumber(const QJsonValue& value, qint64 low, qint64 high)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (d != std::floor(d) || d < static_cast<double>(low) || d > static_cast<double>(high)) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

} // namespace mailauth
