#include "DkimCanonicalizer.h"

namespace mailauth {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QByteArray DkimCanonicalizer::toCrlf(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 32);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\n' && (i == 0 || raw[i - 1] != '\r')) {
            out.append('\r');
        }
        out.append(c);
    }
    return out;
}

QByteArray DkimCanonicalizer::header(DkimCanonicalization c, const QByteArray& rawName, const QByteArray& rawValue)
{
    if (c == DkimCanonicalization::Simple) {
        // 3.4.1: no change at all, except that the field ends with CRLF like every line of a message.
        return toCrlf(rawName + ':' + rawValue) + "\r\n";
    }
    // 3.4.2: name lower case without trailing WSP; value unfolded, WSP runs to one SP, WSP at both ends removed.
    QByteArray name = rawName;
    while (!name.isEmpty() && isWsp(name.back())) {
        name.chop(1);
    }
    QByteArray out = name.toLower();
    out.append(':');
    QByteArray value;
    value.reserve(rawValue.size());
    bool pendingSpace = false;
    for (char ch : rawValue) {
        if (ch == '\r' || ch == '\n') {
            continue; // unfolding: the line break goes, the WSP after it stays (and is compressed)
        }
        if (isWsp(ch)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !value.isEmpty()) {
            value.append(' ');
        }
        pendingSpace = false;
        value.append(ch);
    }
    out.append(value);
    out.append("\r\n");
    return out;
}

QByteArray DkimCanonicalizer::body(DkimCanonicalization c, const QByteArray& rawBody)
{
    const QByteArray crlf = toCrlf(rawBody);
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < crlf.size()) {
        qsizetype end = crlf.indexOf("\r\n", start);
        if (end < 0) {
            lines.append(crlf.mid(start)); // the last line lacks its CRLF: it gets one (erratum 1384)
            break;
        }
        lines.append(crlf.mid(start, end - start));
        start = end + 2;
    }
    if (c == DkimCanonicalization::Relaxed) {
        for (QByteArray& line : lines) {
            QByteArray reduced;
            reduced.reserve(line.size());
            bool pendingSpace = false;
            for (char ch : std::as_const(line)) {
                if (isWsp(ch)) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace) {
                    reduced.append(' ');
                }
                pendingSpace = false;
                reduced.append(ch);
            }
            line = reduced; // WSP at the end of the line is dropped: pendingSpace is never written out
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        // 3.4.3: an empty body is one CRLF under simple; 3.4.4: nothing at all under relaxed.
        return c == DkimCanonicalization::Simple ? QByteArray("\r\n") : QByteArray();
    }
    QByteArray out;
    out.reserve(crlf.size());
    for (const QByteArray& line : std::as_const(lines)) {
        out.append(line);
        out.append("\r\n");
    }
    return out;
}

} // namespace mailauth
