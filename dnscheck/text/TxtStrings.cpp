#include "TxtStrings.h"

namespace mailauth {

QList<QByteArray> TxtStrings::split(const QByteArray& value, int max)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    while (value.size() - start > max) {
        qsizetype cut = start + max;
        // Prefer to end a string just after a space, but not if that makes it very short.
        const qsizetype space = value.lastIndexOf(' ', cut - 1);
        if (space >= start + max / 2) {
            cut = space + 1;
        }
        out.append(value.mid(start, cut - start));
        start = cut;
    }
    out.append(value.mid(start));
    return out;
}

std::optional<QList<QByteArray>> TxtStrings::fromPresentation(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'"')) {
        return QList<QByteArray>{trimmed.toUtf8()};
    }
    QList<QByteArray> strings;
    qsizetype i = 0;
    while (i < trimmed.size()) {
        if (trimmed[i].isSpace()) {
            ++i;
            continue;
        }
        if (trimmed[i] != u'"') {
            return std::nullopt;
        }
        QString current;
        ++i;
        bool closed = false;
        while (i < trimmed.size()) {
            const QChar c = trimmed[i];
            if (c == u'\\' && i + 1 < trimmed.size()) {
                current += trimmed[i + 1];
                i += 2;
                continue;
            }
            if (c == u'"') {
                closed = true;
                ++i;
                break;
            }
            current += c;
            ++i;
        }
        if (!closed) {
            return std::nullopt;
        }
        strings.append(current.toUtf8());
    }
    return strings;
}

QString TxtStrings::toPresentation(const QList<QByteArray>& strings)
{
    QStringList quoted;
    for (const QByteArray& s : strings) {
        QString v = QString::fromUtf8(s);
        v.replace(u'\\', QStringLiteral("\\\\"));
        v.replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + v + u'"');
    }
    return quoted.join(u' ');
}

} // namespace mailauth
