#include "ReceivedHops.h"

// GMime's RFC 5322 date parser; glib's headers use `signals` as a name, which Qt defines as a macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <QRegularExpression>

namespace mailauth {

namespace {

QDateTime parseDate(const QString& text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty() || utf8.size() > 200) {
        return {};
    }
    GDateTime* parsed = g_mime_utils_header_decode_date(utf8.constData());
    if (parsed == nullptr) {
        return {};
    }
    const qint64 seconds = g_date_time_to_unix(parsed);
    g_date_time_unref(parsed);
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The words of a Received value with comments removed and kept apart: "from a.example (b.example [192.0.2.1]) by
// c.example with ESMTPS" gives the words and the comment after "from".
struct Clause
{
    QString word;
    QString comment;
};

QList<Clause> clauses(const QString& text)
{
    QList<Clause> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'(') {
            int depth = 0;
            const qsizetype start = i;
            for (; i < text.size(); ++i) {
                if (text[i] == u'\\') {
                    ++i;
                    continue;
                }
                if (text[i] == u'(') {
                    ++depth;
                } else if (text[i] == u')' && --depth == 0) {
                    ++i;
                    break;
                }
            }
            const QString comment = text.mid(start + 1, i - start - 2);
            if (!out.isEmpty()) {
                out.last().comment += (out.last().comment.isEmpty() ? QString() : QStringLiteral(" ")) + comment;
            }
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace() && text[i] != u'(') {
            ++i;
        }
        out.append(Clause{text.mid(start, i - start), {}});
    }
    return out;
}

} // namespace

ReceivedHop ReceivedHops::parse(const QString& value)
{
    ReceivedHop hop;
    hop.raw = value.simplified();
    // The date follows the last ';' (RFC 5321 4.4).
    const qsizetype semicolon = hop.raw.lastIndexOf(u';');
    if (semicolon >= 0) {
        hop.time = parseDate(hop.raw.mid(semicolon + 1));
    }
    const QList<Clause> words = clauses(semicolon >= 0 ? hop.raw.left(semicolon) : hop.raw);
    static const QRegularExpression ip(QStringLiteral("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"));
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString keyword = words[i].word.toLower();
        const Clause& next = words[i + 1];
        if (keyword == u"from" && hop.from.isEmpty()) {
            hop.from = next.word;
            const auto m = ip.match(next.comment + u' ' + next.word);
            if (m.hasMatch()) {
                hop.fromIp = m.captured(1);
            }
        } else if (keyword == u"by" && hop.by.isEmpty()) {
            hop.by = next.word;
        } else if (keyword == u"with" && hop.with.isEmpty()) {
            // "with ESMTPS", and Microsoft's "with Microsoft SMTP Server": up to the next clause keyword.
            static const QStringList keywords = {QStringLiteral("id"), QStringLiteral("via"), QStringLiteral("for"),
                                                 QStringLiteral("from"), QStringLiteral("by")};
            QStringList protocol;
            for (qsizetype j = i + 1; j < words.size() && protocol.size() < 3; ++j) {
                if (keywords.contains(words[j].word.toLower())) {
                    break;
                }
                protocol.append(words[j].word);
                if (!words[j].comment.isEmpty()) {
                    break;
                }
            }
            hop.with = protocol.join(u' ');
        }
    }
    return hop;
}

QList<ReceivedHop> ReceivedHops::read(const MessageHeaders& message)
{
    QList<ReceivedHop> hops;
    const auto fields = message.all(u"Received");
    for (qsizetype i = fields.size() - 1; i >= 0 && hops.size() < kMaxHops; --i) {
        hops.append(parse(fields[i].value));
    }
    for (qsizetype i = 1; i < hops.size(); ++i) {
        if (hops[i].time.isValid() && hops[i - 1].time.isValid()) {
            hops[i].delaySeconds = hops[i - 1].time.secsTo(hops[i].time);
        }
    }
    return hops;
}

} // namespace mailauth
