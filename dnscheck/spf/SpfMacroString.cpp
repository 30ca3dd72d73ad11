#include "SpfMacroString.h"

#include <QDateTime>

namespace mailauth {

namespace {

bool isMacroLiteral(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x24) || (u >= 0x26 && u <= 0x7e);
}

bool isDelimiter(QChar c)
{
    return QStringView(u".-+,/_=").contains(c);
}

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(QStringView label)
{
    if (label.isEmpty()) {
        return false;
    }
    bool hasAlpha = false;
    bool hasDash = false;
    for (QChar c : label) {
        if (c == u'-') {
            hasDash = true;
        } else if (!isAlnum(c)) {
            return false;
        } else if (isAlpha(c)) {
            hasAlpha = true;
        }
    }
    if (!hasDash) {
        return hasAlpha;
    }
    return label.front() != u'-' && label.back() != u'-';
}

QString urlEscape(const QString& value)
{
    QString out;
    const QByteArray utf8 = value.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (isAlnum(QLatin1Char(static_cast<char>(c))) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += QLatin1Char(static_cast<char>(c));
        } else {
            out += QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
        }
    }
    return out;
}

QString letterValue(QChar letter, const SpfMacroValues& v)
{
    switch (letter.unicode()) {
    case u's':
        return v.sender;
    case u'l':
        return v.localPart;
    case u'o':
        return v.senderDomain;
    case u'd':
        return v.domain;
    case u'i':
        return v.ip.toDottedForm();
    case u'p':
        return v.validatedPtrName ? v.validatedPtrName() : QStringLiteral("unknown");
    case u'v':
        return v.ip.isV4() ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case u'h':
        return v.helo;
    case u'c':
        return v.ip.toString();
    case u'r':
        return v.receiver.isEmpty() ? QStringLiteral("unknown") : v.receiver;
    case u't':
        return QString::number(v.timestamp);
    default:
        return {};
    }
}

QString transform(const QString& value, const SpfMacroString::Token& token)
{
    QStringList parts;
    if (token.delimiters.isEmpty()) {
        parts = value.split(u'.');
    } else {
        QString current;
        for (QChar c : value) {
            if (token.delimiters.contains(c)) {
                parts.append(current);
                current.clear();
            } else {
                current += c;
            }
        }
        parts.append(current);
    }
    if (token.reverse) {
        std::reverse(parts.begin(), parts.end());
    }
    if (token.keepParts > 0 && token.keepParts < parts.size()) {
        parts = parts.mid(parts.size() - token.keepParts);
    }
    return parts.join(u'.');
}

} // namespace

std::optional<SpfMacroString> SpfMacroString::parse(QStringView text, MacroContext context, ParseError* error)
{
    auto fail = [&](int pos, const QString& message) -> std::optional<SpfMacroString> {
        if (error != nullptr) {
            error->position = pos;
            error->message = message;
        }
        return std::nullopt;
    };

    SpfMacroString result;
    QString literal;
    auto flushLiteral = [&]() {
        if (!literal.isEmpty()) {
            Token t;
            t.kind = Token::Kind::Literal;
            t.literal = literal;
            result.m_tokens.append(t);
            literal.clear();
        }
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'%') {
            const bool allowed = isMacroLiteral(c) || (context == MacroContext::Explanation && c == u' ');
            if (!allowed) {
                return fail(static_cast<int>(i), tr("The character '%1' is not allowed here.").arg(c));
            }
            literal += c;
            continue;
        }
        if (i + 1 >= text.size()) {
            return fail(static_cast<int>(i),
                        tr("A '%' must be followed by '{', '%', '_' or '-'; write '%%' for a percent sign."));
        }
        const QChar next = text[i + 1];
        if (next == u'%' || next == u'_' || next == u'-') {
            flushLiteral();
            Token t;
            t.kind = Token::Kind::Escape;
            t.literal =
                next == u'%' ? QStringLiteral("%") : (next == u'_' ? QStringLiteral(" ") : QStringLiteral("%20"));
            result.m_tokens.append(t);
            ++i;
            continue;
        }
        if (next != u'{') {
            return fail(static_cast<int>(i),
                        tr("A '%' must be followed by '{', '%', '_' or '-'; write '%%' for a percent sign."));
        }
        const qsizetype close = text.indexOf(u'}', i + 2);
        if (close < 0) {
            return fail(static_cast<int>(i), tr("The macro is not closed with '}'."));
        }
        const QStringView body = text.mid(i + 2, close - i - 2);
        if (body.isEmpty()) {
            return fail(static_cast<int>(i), tr("The macro has no letter."));
        }
        Token t;
        t.kind = Token::Kind::Macro;
        const QChar letter = body[0].toLower();
        t.urlEscape = body[0].isUpper();
        static const QString allLetters = QStringLiteral("slodiphcrtv");
        if (!allLetters.contains(letter)) {
            return fail(static_cast<int>(i),
                        tr("'%1' is not a macro letter (allowed: s l o d i p h c r t v).").arg(body[0]));
        }
        if (context != MacroContext::Explanation && QStringView(u"crt").contains(letter)) {
            return fail(static_cast<int>(i),
                        tr("The macro letter '%1' is only allowed in explanation text (exp=).").arg(body[0]));
        }
        t.letter = letter;
        qsizetype j = 1;
        QString digits;
        while (j < body.size() && body[j].isDigit()) {
            digits += body[j];
            ++j;
        }
        if (!digits.isEmpty()) {
            bool ok = false;
            t.keepParts = digits.toInt(&ok);
            if (!ok || t.keepParts == 0) {
                return fail(static_cast<int>(i), tr("The number of parts in a macro must not be zero."));
            }
        }
        if (j < body.size() && (body[j] == u'r' || body[j] == u'R')) {
            t.reverse = true;
            ++j;
        }
        for (; j < body.size(); ++j) {
            if (!isDelimiter(body[j])) {
                return fail(static_cast<int>(i),
                            tr("'%1' is not a macro delimiter (allowed: . - + , / _ =).").arg(body[j]));
            }
            t.delimiters += body[j];
        }
        flushLiteral();
        result.m_tokens.append(t);
        i = close;
    }
    flushLiteral();

    if (context == MacroContext::DomainSpec) {
        if (result.m_tokens.isEmpty()) {
            return fail(0, tr("A domain name is missing."));
        }
        const Token& last = result.m_tokens.last();
        if (last.kind == Token::Kind::Literal) {
            QStringView tail = last.literal;
            if (tail.endsWith(u'.')) {
                tail.chop(1);
            }
            const qsizetype dot = tail.lastIndexOf(u'.');
            if (dot < 0 || !isTopLabel(tail.mid(dot + 1))) {
                return fail(static_cast<int>(text.size()),
                            tr("The domain must end in a top-level label such as '.com' (not a number, not "
                               "starting or ending with '-')."));
            }
        }
    }
    return result;
}

bool SpfMacroString::hasMacros() const
{
    return std::any_of(m_tokens.begin(), m_tokens.end(), [](const Token& t) { return t.kind == Token::Kind::Macro; });
}

bool SpfMacroString::usesLetter(QChar letter) const
{
    return std::any_of(m_tokens.begin(), m_tokens.end(),
                       [&](const Token& t) { return t.kind == Token::Kind::Macro && t.letter == letter; });
}

QString SpfMacroString::expand(const SpfMacroValues& values) const
{
    QString out;
    for (const Token& t : m_tokens) {
        if (t.kind != Token::Kind::Macro) {
            out += t.literal;
            continue;
        }
        QString value = transform(letterValue(t.letter, values), t);
        if (t.urlEscape) {
            value = urlEscape(value);
        }
        out += value;
    }
    return out;
}

QString SpfMacroString::expandDomain(const SpfMacroValues& values) const
{
    QString name = expand(values);
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0) {
            break;
        }
        name = name.mid(dot + 1);
    }
    return name;
}

} // namespace mailauth
