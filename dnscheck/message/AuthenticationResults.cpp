#include "AuthenticationResults.h"

namespace mailauth {

namespace {

constexpr int kMaxMethods = 200;
constexpr int kMaxProperties = 50;

// A scanner over one field value: CFWS (whitespace and nested comments) between tokens, quoted strings as values.
class Scanner
{
public:
    explicit Scanner(const QString& text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void advance() { ++m_pos; }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype p) { m_pos = p; }

    // Skips whitespace and comments; returns the comments' text (outer parentheses removed).
    QStringList skipCfws()
    {
        QStringList comments;
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace()) {
                advance();
            } else if (c == u'(') {
                comments.append(comment());
            } else {
                break;
            }
        }
        return comments;
    }

    // A token: a quoted string, or characters up to whitespace, '(', ';', '"' or one of `stops`.
    QString token(QStringView stops)
    {
        if (peek() == u'"') {
            return quoted();
        }
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            if (c.isSpace() || c == u'(' || c == u';' || c == u'"' || stops.contains(c)) {
                break;
            }
            advance();
        }
        return m_text.mid(start, m_pos - start);
    }

    // Skips to just after the next ';' outside comments and quotes (recovery after a malformed resinfo).
    void skipToSemicolon()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'(') {
                comment();
            } else if (c == u'"') {
                quoted();
            } else if (c == u';') {
                return;
            } else {
                advance();
            }
        }
    }

private:
    QString comment()
    {
        // ccontent may nest; a quoted-pair escapes one character. An unclosed comment runs to the end.
        int depth = 0;
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == u'\\' && !atEnd()) {
                out.append(peek());
                advance();
                continue;
            }
            if (c == u'(') {
                if (depth++ > 0) {
                    out.append(c);
                }
                continue;
            }
            if (c == u')') {
                if (--depth == 0) {
                    break;
                }
                out.append(c);
                continue;
            }
            out.append(c);
        }
        return out.simplified();
    }

    QString quoted()
    {
        advance(); // the opening quote
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == u'\\' && !atEnd()) {
                out.append(peek());
                advance();
                continue;
            }
            if (c == u'"') {
                break;
            }
            out.append(c);
        }
        return out;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

bool allDigits(const QString& s)
{
    return !s.isEmpty() && s.size() <= 9 && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

std::optional<QString> AuthResultMethod::property(QStringView key) const
{
    for (const AuthResultProperty& p : properties) {
        if (QStringView(p.key()).compare(key, Qt::CaseInsensitive) == 0) {
            return p.value;
        }
    }
    return std::nullopt;
}

const AuthResultMethod* AuthenticationResults::first(QStringView method) const
{
    for (const AuthResultMethod& m : methods) {
        if (m.method == method) {
            return &m;
        }
    }
    return nullptr;
}

AuthenticationResults AuthenticationResults::parse(const QString& value, bool arc)
{
    AuthenticationResults r;
    Scanner s(value);
    s.skipCfws();
    if (arc) {
        // RFC 8617 4.1.1: "i=" instance ";" before the payload.
        const qsizetype start = s.position();
        const QString name = s.token(u"=");
        s.skipCfws();
        if (name.compare(u"i", Qt::CaseInsensitive) == 0 && s.peek() == u'=') {
            s.advance();
            s.skipCfws();
            const QString instance = s.token(u"");
            if (allDigits(instance)) {
                r.arcInstance = instance.toInt();
            } else {
                r.problems.append(tr("The ARC instance i=%1 is not a number.").arg(instance));
            }
            s.skipCfws();
            if (s.peek() == u';') {
                s.advance();
            }
        } else {
            r.problems.append(tr("The ARC-Authentication-Results field does not start with i=."));
            s.setPosition(start);
        }
        s.skipCfws();
    }

    // authserv-id [CFWS authres-version]. Microsoft 365 writes no authserv-id: the field starts with method=result.
    const qsizetype start = s.position();
    const QString first = s.token(u"=;");
    s.skipCfws();
    if (s.peek() == u'=' || first.isEmpty()) {
        s.setPosition(start);
        if (!first.isEmpty()) {
            r.problems.append(tr("The field has no authserv-id (the receiver's name); Microsoft 365 writes it so."));
        }
    } else {
        r.authservId = first;
        const qsizetype afterId = s.position();
        const QString version = s.token(u"");
        if (allDigits(version)) {
            r.version = version.toInt();
        } else {
            s.setPosition(afterId);
        }
        s.skipCfws();
        if (s.peek() == u';') {
            s.advance();
        } else if (!s.atEnd()) {
            r.problems.append(tr("A \";\" is missing after the authserv-id \"%1\".").arg(r.authservId));
        }
    }

    while (!s.atEnd() && r.methods.size() < kMaxMethods) {
        s.skipCfws();
        if (s.atEnd()) {
            break;
        }
        if (s.peek() == u';') { // an empty resinfo, or a trailing ';' (common, harmless)
            s.advance();
            continue;
        }
        AuthResultMethod m;
        m.method = s.token(u"=/").toLower();
        m.comments += s.skipCfws();
        if (s.peek() == u'/') {
            s.advance();
            s.skipCfws();
            const QString version = s.token(u"=");
            if (allDigits(version)) {
                m.version = version.toInt();
            }
            m.comments += s.skipCfws();
        }
        if (m.method == u"none" && (s.atEnd() || s.peek() == u';') && r.methods.isEmpty()) {
            r.none = true;
            continue;
        }
        if (m.method.isEmpty() || s.peek() != u'=') {
            r.problems.append(tr("\"%1\" is not of the form method=result.").arg(m.method));
            s.skipToSemicolon();
            continue;
        }
        s.advance();
        m.comments += s.skipCfws();
        m.result = s.token(u"").toLower();
        bool broken = false;
        for (int count = 0; count < kMaxProperties; ++count) {
            m.comments += s.skipCfws();
            if (s.atEnd() || s.peek() == u';') {
                break;
            }
            const QString name = s.token(u"=.");
            s.skipCfws();
            if (s.peek() == u'.') {
                s.advance();
                s.skipCfws();
                AuthResultProperty p;
                p.type = name.toLower();
                p.property = s.token(u"=").toLower();
                s.skipCfws();
                if (s.peek() != u'=') {
                    broken = true;
                    break;
                }
                s.advance();
                m.comments += s.skipCfws();
                p.value = s.token(u"");
                m.properties.append(p);
            } else if (s.peek() == u'=' && !name.isEmpty()) {
                s.advance();
                m.comments += s.skipCfws();
                const QString v = s.token(u"");
                if (name.compare(u"reason", Qt::CaseInsensitive) == 0 && m.reason.isEmpty()) {
                    m.reason = v;
                } else {
                    m.properties.append(AuthResultProperty{QString(), name.toLower(), v});
                }
            } else {
                broken = true;
                break;
            }
        }
        if (broken) {
            r.problems.append(
                tr("The result of %1 has a property that is not of the form ptype.property=value.").arg(m.method));
            s.skipToSemicolon();
        }
        r.methods.append(m);
    }
    return r;
}

} // namespace mailauth
