#include "SpfRecord.h"

#include "SpfMacroString.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6 allows up to three digits. Value ranges are checked after.
std::optional<int> parseCidr(QStringView digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits[0] == u'0')) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value < 0 || value > max) {
        return std::nullopt;
    }
    return value;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

bool SpfRecord::looksLikeSpf(QStringView text)
{
    return text.size() >= 6 && text.left(6).compare(u"v=spf1", Qt::CaseInsensitive) == 0 &&
           (text.size() == 6 || text[6] == u' ');
}

bool SpfRecord::looksLikeSpf(const QByteArray& text)
{
    return looksLikeSpf(QString::fromLatin1(text));
}

void SpfRecord::addError(const QString& code, int position, const QString& message)
{
    m_errors.append(SpfSyntaxError{code, position, message});
}

SpfRecord SpfRecord::parse(const QString& text)
{
    SpfRecord record;
    record.m_text = text;

    // RFC 7208 3.1: records are 7-bit ASCII; 4.6.1: terms are separated by SP only, so CR, LF or TAB is an error.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u > 0x7e) {
            record.addError(QStringLiteral("spf.non-ascii"), static_cast<int>(i),
                            tr("The record contains a character that is not plain ASCII (position %1). Retype the "
                               "record; copying from a word processor often inserts such characters.")
                                .arg(i + 1));
            return record;
        }
        if (u < 0x20) {
            record.addError(QStringLiteral("spf.syntax"), static_cast<int>(i),
                            tr("The record contains a control character such as a line break or tab (position %1). "
                               "Terms may only be separated by spaces.")
                                .arg(i + 1));
            return record;
        }
    }
    if (!looksLikeSpf(QStringView(text))) {
        record.addError(QStringLiteral("spf.not-spf"), 0, tr("An SPF record must begin with \"v=spf1\"."));
        return record;
    }

    qsizetype i = 6;
    while (i < text.size()) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = text.indexOf(u' ', i);
        if (end < 0) {
            end = text.size();
        }
        record.parseTerm(text.mid(i, end - i), static_cast<int>(i));
        i = end;
    }
    // RFC 7208 6: redirect and exp must not appear more than once; a second one is a permerror.
    for (const QString& name : {QStringLiteral("redirect"), QStringLiteral("exp")}) {
        bool seen = false;
        for (const SpfTerm& t : record.m_terms) {
            if (!t.isModifier(name)) {
                continue;
            }
            if (seen) {
                record.addError(QStringLiteral("spf.duplicate-modifier"), t.position,
                                tr("\"%1=\" appears more than once; SPF allows it only once. Keep one and delete "
                                   "the others.")
                                    .arg(name));
            }
            seen = true;
        }
    }
    return record;
}

void SpfRecord::parseTerm(const QString& term, int position)
{
    static const QRegularExpression modifierPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9._-]*)=(.*)$"));
    const auto match = modifierPattern.match(term);
    if (!match.hasMatch()) {
        parseMechanism(term, position);
        return;
    }
    SpfTerm t;
    t.kind = SpfTerm::Kind::Modifier;
    t.text = term;
    t.position = position;
    t.name = match.captured(1).toLower();
    t.value = match.captured(2);
    const int valuePos = position + static_cast<int>(match.capturedStart(2));
    const bool needsDomain = t.name == u"redirect" || t.name == u"exp";
    SpfMacroString::ParseError error;
    if (!SpfMacroString::parse(t.value, needsDomain ? MacroContext::DomainSpec : MacroContext::ModifierValue, &error)) {
        addError(QStringLiteral("spf.syntax"), valuePos + error.position, tr("In \"%1\": %2").arg(term, error.message));
    }
    m_terms.append(t);
}

void SpfRecord::parseMechanism(const QString& term, int position)
{
    SpfTerm t;
    t.kind = SpfTerm::Kind::Mechanism;
    t.text = term;
    t.position = position;

    qsizetype i = 0;
    if (!term.isEmpty() && QStringView(u"+-~?").contains(term[0])) {
        t.explicitQualifier = true;
        switch (term[0].unicode()) {
        case u'-':
            t.qualifier = SpfQualifier::Fail;
            break;
        case u'~':
            t.qualifier = SpfQualifier::SoftFail;
            break;
        case u'?':
            t.qualifier = SpfQualifier::Neutral;
            break;
        default:
            t.qualifier = SpfQualifier::Pass;
            break;
        }
        i = 1;
    }
    qsizetype nameEnd = i;
    while (nameEnd < term.size() && term[nameEnd] != u':' && term[nameEnd] != u'/') {
        ++nameEnd;
    }
    const QString name = term.mid(i, nameEnd - i).toLower();
    QString rest = term.mid(nameEnd);
    const int restPos = position + static_cast<int>(nameEnd);

    static const QList<std::pair<QString, SpfMechanism>> names = {
        {QStringLiteral("all"), SpfMechanism::All}, {QStringLiteral("include"), SpfMechanism::Include},
        {QStringLiteral("a"), SpfMechanism::A},     {QStringLiteral("mx"), SpfMechanism::Mx},
        {QStringLiteral("ptr"), SpfMechanism::Ptr}, {QStringLiteral("ip4"), SpfMechanism::Ip4},
        {QStringLiteral("ip6"), SpfMechanism::Ip6}, {QStringLiteral("exists"), SpfMechanism::Exists},
    };
    const auto found = std::find_if(names.begin(), names.end(), [&](const auto& p) { return p.first == name; });
    if (found == names.end()) {
        addError(QStringLiteral("spf.unknown-mechanism"), position,
                 tr("\"%1\" is not an SPF mechanism. Known mechanisms are all, include, a, mx, ptr, ip4, ip6 and "
                    "exists; modifiers are written name=value.")
                     .arg(term));
        return;
    }
    t.mechanism = found->second;

    auto syntax = [&](int pos, const QString& message) { addError(QStringLiteral("spf.syntax"), pos, message); };
    auto checkDomainSpec = [&](const QString& spec, int pos) {
        SpfMacroString::ParseError error;
        if (!SpfMacroString::parse(spec, MacroContext::DomainSpec, &error)) {
            syntax(pos + error.position, tr("In \"%1\": %2").arg(term, error.message));
        }
    };

    switch (t.mechanism) {
    case SpfMechanism::All:
        if (!rest.isEmpty()) {
            syntax(
                restPos,
                tr("\"all\" takes no argument: write \"%1all\".").arg(t.explicitQualifier ? term.left(1) : QString()));
        }
        break;
    case SpfMechanism::Include:
    case SpfMechanism::Exists:
        if (!rest.startsWith(u':') || rest.size() == 1) {
            syntax(restPos, tr("\"%1\" needs a domain: write \"%1:example.com\" with no space after the colon.")
                                .arg(mechanismName(t.mechanism)));
            break;
        }
        t.domainSpec = rest.mid(1);
        checkDomainSpec(t.domainSpec, restPos + 1);
        break;
    case SpfMechanism::Ptr:
        if (rest.isEmpty()) {
            break;
        }
        if (!rest.startsWith(u':') || rest.size() == 1) {
            syntax(restPos, tr("\"ptr\" takes an optional domain (\"ptr:example.com\") and no prefix length."));
            break;
        }
        t.domainSpec = rest.mid(1);
        checkDomainSpec(t.domainSpec, restPos + 1);
        break;
    case SpfMechanism::A:
    case SpfMechanism::Mx: {
        // dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ], taken from the end because a domain-spec
        // may itself contain "/".
        static const QRegularExpression cidr6Pattern(QStringLiteral("//([0-9]+)$"));
        static const QRegularExpression cidr4Pattern(QStringLiteral("(?<!/)/([0-9]+)$"));
        if (const auto m6 = cidr6Pattern.match(rest); m6.hasMatch()) {
            t.cidr6 = parseCidr(m6.capturedView(1), 128);
            if (!t.cidr6) {
                syntax(
                    restPos + static_cast<int>(m6.capturedStart(0)),
                    tr("\"%1\" is not a valid IPv6 prefix length (0 to 128, no leading zeros).").arg(m6.captured(1)));
            }
            rest.chop(m6.capturedLength(0));
        }
        if (const auto m4 = cidr4Pattern.match(rest); m4.hasMatch()) {
            t.cidr4 = parseCidr(m4.capturedView(1), 32);
            if (!t.cidr4) {
                syntax(restPos + static_cast<int>(m4.capturedStart(0)),
                       tr("\"%1\" is not a valid IPv4 prefix length (0 to 32, no leading zeros).").arg(m4.captured(1)));
            }
            rest.chop(m4.capturedLength(0));
        }
        if (rest.isEmpty()) {
            break;
        }
        if (!rest.startsWith(u':') || rest.size() == 1) {
            syntax(restPos, tr("\"%1\" must be followed by \":domain\", a prefix length such as \"/24\", or nothing.")
                                .arg(mechanismName(t.mechanism)));
            break;
        }
        t.domainSpec = rest.mid(1);
        checkDomainSpec(t.domainSpec, restPos + 1);
        break;
    }
    case SpfMechanism::Ip4:
    case SpfMechanism::Ip6: {
        const bool v4 = t.mechanism == SpfMechanism::Ip4;
        if (!rest.startsWith(u':') || rest.size() == 1) {
            syntax(restPos, v4 ? tr("\"ip4\" needs an address: write \"ip4:192.0.2.1\" or \"ip4:192.0.2.0/24\".")
                               : tr("\"ip6\" needs an address: write \"ip6:2001:db8::1\" or \"ip6:2001:db8::/32\"."));
            break;
        }
        QString network = rest.mid(1);
        const qsizetype slash = network.indexOf(u'/');
        if (slash >= 0) {
            const QString digits = network.mid(slash + 1);
            const auto length = allDigits(digits) ? parseCidr(digits, v4 ? 32 : 128) : std::nullopt;
            if (!length) {
                syntax(restPos + 1 + static_cast<int>(slash),
                       v4 ? tr("\"/%1\" is not a valid IPv4 prefix length (0 to 32, no leading zeros).").arg(digits)
                          : tr("\"/%1\" is not a valid IPv6 prefix length (0 to 128, no leading zeros).").arg(digits));
            }
            (v4 ? t.cidr4 : t.cidr6) = length;
            network.truncate(slash);
        }
        const auto address = v4 ? IpAddress::parseV4(network) : IpAddress::parseV6(network);
        if (!address) {
            syntax(restPos + 1, v4 ? tr("\"%1\" is not an IPv4 address.").arg(network)
                                   : tr("\"%1\" is not an IPv6 address.").arg(network));
            break;
        }
        t.network = *address;
        break;
    }
    }
    m_terms.append(t);
}

const SpfTerm* SpfRecord::modifier(QStringView name) const
{
    for (const SpfTerm& t : m_terms) {
        if (t.isModifier(name)) {
            return &t;
        }
    }
    return nullptr;
}

int SpfRecord::modifierCount(QStringView name) const
{
    return static_cast<int>(
        std::count_if(m_terms.begin(), m_terms.end(), [&](const SpfTerm& t) { return t.isModifier(name); }));
}

int SpfRecord::allIndex() const
{
    for (int i = 0; i < m_terms.size(); ++i) {
        if (m_terms[i].isMechanism() && m_terms[i].mechanism == SpfMechanism::All) {
            return i;
        }
    }
    return -1;
}

bool SpfRecord::countsTowardLookupLimit(int index) const
{
    if (index < 0 || index >= m_terms.size()) {
        return false;
    }
    const SpfTerm& term = m_terms[index];
    const int all = allIndex();
    if (term.isModifier(u"redirect")) {
        return all < 0;
    }
    return term.isMechanism() && costsLookup(term.mechanism) && (all < 0 || index < all);
}

} // namespace mailauth
