#include "SpfEvaluator.h"

#include "SpfMacroString.h"
#include "SpfRecord.h"
#include "SpfRecordSelection.h"

#include <QDateTime>

namespace mailauth {

namespace {

QString localPartOf(const QString& sender)
{
    const qsizetype at = sender.lastIndexOf(u'@');
    const QString local = at < 0 ? QString() : sender.left(at);
    return local.isEmpty() ? QStringLiteral("postmaster") : local;
}

QString domainOf(const QString& sender)
{
    const qsizetype at = sender.lastIndexOf(u'@');
    return at < 0 ? sender : sender.mid(at + 1);
}

QString stripDot(QString name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

bool isSameOrSubdomain(const QString& name, const QString& parent)
{
    const QString n = stripDot(name).toLower();
    const QString p = stripDot(parent).toLower();
    return n == p || n.endsWith(u'.' + p);
}

} // namespace

SpfEvaluator::SpfEvaluator(DnsLookup& dns)
    : m_dns(dns)
{
}

QString SpfEvaluator::defaultExplanation()
{
    return tr("The sending server is not authorised by the domain's SPF record.");
}

bool SpfEvaluator::isEvaluableDomain(const QString& domain)
{
    if (domain.isEmpty() || domain.startsWith(u'[')) {
        return false;
    }
    QString name = stripDot(domain);
    if (name.size() > 253) {
        return false;
    }
    const QStringList labels = name.split(u'.');
    if (labels.size() < 2) {
        return false;
    }
    return std::all_of(labels.begin(), labels.end(), [](const QString& l) { return !l.isEmpty() && l.size() <= 63; });
}

SpfCheckOutcome SpfEvaluator::check(const SpfCheckRequest& request)
{
    const QString sender = request.mailFrom.isEmpty() ? QStringLiteral("postmaster@") + request.helo : request.mailFrom;
    m_receiver = request.receiver;
    m_timestamp = request.timestamp;
    return checkHost(request.ip, domainOf(sender), sender, request.helo);
}

SpfCheckOutcome SpfEvaluator::checkHost(const IpAddress& ip, const QString& domain, const QString& sender,
                                        const QString& helo)
{
    // An IPv4-mapped IPv6 client is an IPv4 client (the RFC 7208 suite's ip4-mapped-ip6 case).
    m_ip = ip.unmapped();
    m_sender = sender.contains(u'@') ? sender : QStringLiteral("postmaster@") + sender;
    if (m_sender.startsWith(u'@')) {
        m_sender.prepend(QStringLiteral("postmaster"));
    }
    m_helo = helo;
    if (m_timestamp == 0) {
        m_timestamp = QDateTime::currentSecsSinceEpoch();
    }
    m_lookups = 0;
    m_voidLookups = 0;
    m_pending = false;
    m_decidingTerm.clear();

    SpfCheckOutcome outcome;
    outcome.domain = domain;
    if (!isEvaluableDomain(domain)) {
        outcome.result = SpfResult::None;
        outcome.reason = tr("\"%1\" is not a domain name that SPF can be checked for.").arg(domain);
        return outcome;
    }
    const Result r = evaluate(domain, true, 0);
    outcome.result = r.code;
    outcome.explanation = r.explanation;
    outcome.reason = r.reason;
    if (r.code != SpfResult::TempError && r.code != SpfResult::PermError) {
        outcome.decidingTerm = m_decidingTerm;
    }
    outcome.lookups = m_lookups;
    outcome.voidLookups = m_voidLookups;
    outcome.pending = m_pending;
    return outcome;
}

DnsAnswer SpfEvaluator::ask(const QString& name, RecordType type)
{
    DnsAnswer answer = m_dns.lookup(stripDot(name), type);
    if (answer.status == DnsStatus::Pending) {
        m_pending = true;
    }
    return answer;
}

bool SpfEvaluator::countLookup()
{
    ++m_lookups;
    if (m_lookups > kLookupLimit) {
        m_limitReason =
            tr("More than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect).").arg(kLookupLimit);
        return false;
    }
    return true;
}

bool SpfEvaluator::countVoid(const DnsAnswer& answer)
{
    if (!isNegative(answer.status)) {
        return true;
    }
    ++m_voidLookups;
    if (m_voidLookups > kVoidLookupLimit) {
        m_limitReason = tr("More than %1 lookups found nothing (void lookups).").arg(kVoidLookupLimit);
        return false;
    }
    return true;
}

SpfMacroValues SpfEvaluator::macroValues(const QString& domain)
{
    SpfMacroValues v;
    v.sender = m_sender;
    v.localPart = localPartOf(m_sender);
    v.senderDomain = domainOf(m_sender);
    v.domain = domain;
    v.ip = m_ip;
    v.helo = m_helo;
    v.receiver = m_receiver;
    v.timestamp = m_timestamp;
    v.validatedPtrName = [this, domain]() { return validatedPtrName(domain); };
    return v;
}

SpfEvaluator::Result SpfEvaluator::evaluate(const QString& domain, bool wantExplanation, int depth)
{
    const DnsAnswer txt = ask(domain, RecordType::TXT);
    if (isFailure(txt.status)) {
        return {SpfResult::TempError, {}, tr("The TXT lookup for %1 failed (%2).").arg(domain, txt.statusKeyword())};
    }
    const SpfRecordSelection selection = SpfRecordSelection::fromAnswer(txt);
    if (selection.count() == 0) {
        return {SpfResult::None, {}, tr("%1 publishes no SPF record.").arg(domain)};
    }
    if (selection.count() > 1) {
        return {SpfResult::PermError, {}, tr("%1 publishes more than one SPF record.").arg(domain)};
    }
    const SpfRecord record = SpfRecord::parse(selection.recordText());
    if (!record.isValid()) {
        return {SpfResult::PermError,
                {},
                tr("The SPF record of %1 has a syntax error: %2").arg(domain, record.errors().first().message)};
    }

    for (const SpfTerm& term : record.terms()) {
        if (!term.isMechanism()) {
            continue;
        }
        const MatchOutcome m = matchTerm(term, domain, depth);
        if (m_pending) {
            return {SpfResult::TempError, {}, tr("Waiting for DNS answers.")};
        }
        if (m.match == Match::TempError) {
            return {SpfResult::TempError, {}, m.reason};
        }
        if (m.match == Match::PermError) {
            return {SpfResult::PermError, {}, m.reason};
        }
        if (m.match == Match::No) {
            continue;
        }
        Result r;
        switch (term.qualifier) {
        case SpfQualifier::Pass:
            r.code = SpfResult::Pass;
            break;
        case SpfQualifier::Fail:
            r.code = SpfResult::Fail;
            break;
        case SpfQualifier::SoftFail:
            r.code = SpfResult::SoftFail;
            break;
        case SpfQualifier::Neutral:
            r.code = SpfResult::Neutral;
            break;
        }
        r.reason = tr("\"%1\" in the record of %2 matched.").arg(term.text, domain);
        if (depth == 0) {
            m_decidingTerm = term.text;
        }
        if (r.code == SpfResult::Fail && wantExplanation) {
            r.explanation = explanationFor(record, domain);
        }
        return r;
    }

    // 6.1: redirect is used only when nothing matched and the record has no "all".
    const SpfTerm* redirect = record.modifier(u"redirect");
    if (redirect != nullptr && record.allIndex() < 0) {
        if (!countLookup()) {
            return {SpfResult::PermError, {}, m_limitReason};
        }
        const auto spec = SpfMacroString::parse(redirect->value, MacroContext::DomainSpec);
        const QString target = spec ? spec->expandDomain(macroValues(domain)) : QString();
        if (m_pending) {
            return {SpfResult::TempError, {}, tr("Waiting for DNS answers.")};
        }
        if (!isEvaluableDomain(target)) {
            return {SpfResult::PermError, {}, tr("The redirect target \"%1\" is not a valid domain.").arg(target)};
        }
        Result r = evaluate(target, wantExplanation, depth + 1);
        if (depth == 0) {
            m_decidingTerm = redirect->text;
        }
        if (r.code == SpfResult::None) {
            return {SpfResult::PermError, {}, tr("The redirect target %1 has no SPF record.").arg(target)};
        }
        return r;
    }
    return {SpfResult::Neutral, {}, tr("No term in the record of %1 matched and there is no \"all\".").arg(domain)};
}

SpfEvaluator::MatchOutcome SpfEvaluator::matchTerm(const SpfTerm& term, const QString& domain, int depth)
{
    if (costsLookup(term.mechanism) && !countLookup()) {
        return {Match::PermError, m_limitReason};
    }
    QString target = domain;
    if (!term.domainSpec.isEmpty()) {
        const auto spec = SpfMacroString::parse(term.domainSpec, MacroContext::DomainSpec);
        target = spec ? spec->expandDomain(macroValues(domain)) : QString();
        if (m_pending) {
            return {Match::TempError, {}};
        }
        if (!isEvaluableDomain(target)) {
            // An include of a malformed name is check_host() returning "none", hence permerror (5.2); any other
            // mechanism simply does not match (the suite's require-valid-helo and invalid-hello-macro cases).
            if (term.mechanism == SpfMechanism::Include) {
                return {Match::PermError, tr("\"%1\" in \"%2\" is not a valid domain.").arg(target, term.text)};
            }
            return {Match::No, {}};
        }
    }

    switch (term.mechanism) {
    case SpfMechanism::All:
        return {Match::Yes, {}};
    case SpfMechanism::Ip4:
        return {m_ip.matches(term.network, term.cidr4.value_or(32)) ? Match::Yes : Match::No, {}};
    case SpfMechanism::Ip6:
        return {m_ip.matches(term.network, term.cidr6.value_or(128)) ? Match::Yes : Match::No, {}};
    case SpfMechanism::Include: {
        const Result r = evaluate(target, false, depth + 1);
        switch (r.code) {
        case SpfResult::Pass:
            return {Match::Yes, {}};
        case SpfResult::Fail:
        case SpfResult::SoftFail:
        case SpfResult::Neutral:
            return {Match::No, {}};
        case SpfResult::TempError:
            return {Match::TempError, r.reason};
        case SpfResult::PermError:
            return {Match::PermError, r.reason};
        case SpfResult::None:
            return {Match::PermError, tr("The included domain %1 has no SPF record.").arg(target)};
        }
        return {Match::PermError, {}};
    }
    case SpfMechanism::A:
        return matchAddresses(target, term, true);
    case SpfMechanism::Mx: {
        const DnsAnswer mx = ask(target, RecordType::MX);
        if (isFailure(mx.status)) {
            return {Match::TempError, tr("The MX lookup for %1 failed (%2).").arg(target, mx.statusKeyword())};
        }
        if (!countVoid(mx)) {
            return {Match::PermError, m_limitReason};
        }
        const QList<DnsRecord> exchanges = mx.recordsOfType(RecordType::MX);
        if (exchanges.size() > kNameLimit) {
            return {Match::PermError, tr("%1 has more than %2 MX records.").arg(target).arg(kNameLimit)};
        }
        for (const DnsRecord& exchange : exchanges) {
            if (stripDot(exchange.target).isEmpty()) {
                continue; // null MX (RFC 7505)
            }
            // 4.6.4: the address lookups of the exchanges are DNS queries of this term, so an empty one is void
            // too (as pyspf and Mail::SPF count it).
            const MatchOutcome m = matchAddresses(exchange.target, term, true);
            if (m.match != Match::No) {
                return m;
            }
        }
        return {Match::No, {}};
    }
    case SpfMechanism::Ptr: {
        bool voidLimitHit = false;
        const QList<QString> names = validatedNames(&voidLimitHit);
        if (voidLimitHit) {
            return {Match::PermError, m_limitReason};
        }
        for (const QString& name : names) {
            if (isSameOrSubdomain(name, target)) {
                return {Match::Yes, {}};
            }
        }
        return {Match::No, {}};
    }
    case SpfMechanism::Exists: {
        // 5.7: always an A query, whatever the client's address family.
        const DnsAnswer a = ask(target, RecordType::A);
        if (isFailure(a.status)) {
            return {Match::TempError, tr("The A lookup for %1 failed (%2).").arg(target, a.statusKeyword())};
        }
        if (!countVoid(a)) {
            return {Match::PermError, m_limitReason};
        }
        return {a.recordsOfType(RecordType::A).isEmpty() ? Match::No : Match::Yes, {}};
    }
    }
    return {Match::No, {}};
}

SpfEvaluator::MatchOutcome SpfEvaluator::matchAddresses(const QString& name, const SpfTerm& term, bool countVoidLookup)
{
    const RecordType type = m_ip.isV4() ? RecordType::A : RecordType::AAAA;
    const DnsAnswer answer = ask(name, type);
    if (isFailure(answer.status)) {
        return {Match::TempError,
                tr("The %1 lookup for %2 failed (%3).").arg(recordTypeName(type), name, answer.statusKeyword())};
    }
    if (countVoidLookup && !countVoid(answer)) {
        return {Match::PermError, m_limitReason};
    }
    const int prefix = m_ip.isV4() ? term.cidr4.value_or(32) : term.cidr6.value_or(128);
    for (const DnsRecord& r : answer.recordsOfType(type)) {
        if (m_ip.matches(r.address, prefix)) {
            return {Match::Yes, {}};
        }
    }
    return {Match::No, {}};
}

QList<QString> SpfEvaluator::validatedNames(bool* voidLimitHit)
{
    // 5.5: PTR names of the client, at most the first 10, each kept only if it resolves back to the client.
    QList<QString> validated;
    const DnsAnswer ptr = ask(m_ip.reverseName(), RecordType::PTR);
    // The reverse lookup of the ptr mechanism is its DNS query: an empty one is a void lookup (4.6.4). The %{p}
    // macro is no DNS-querying term, so it passes no counter.
    if (voidLimitHit != nullptr && !countVoid(ptr)) {
        *voidLimitHit = true;
        return validated;
    }
    if (ptr.status != DnsStatus::NoError) {
        return validated;
    }
    const RecordType type = m_ip.isV4() ? RecordType::A : RecordType::AAAA;
    int examined = 0;
    for (const DnsRecord& r : ptr.recordsOfType(RecordType::PTR)) {
        if (++examined > kNameLimit) {
            break;
        }
        const DnsAnswer addresses = ask(r.target, type);
        if (addresses.status != DnsStatus::NoError) {
            continue;
        }
        for (const DnsRecord& a : addresses.recordsOfType(type)) {
            if (a.address == m_ip) {
                validated.append(stripDot(r.target));
                break;
            }
        }
    }
    return validated;
}

QString SpfEvaluator::validatedPtrName(const QString& domain)
{
    const QList<QString> names = validatedNames();
    for (const QString& n : names) {
        if (isSameOrSubdomain(n, domain)) {
            return n;
        }
    }
    return names.isEmpty() ? QStringLiteral("unknown") : names.first();
}

QString SpfEvaluator::explanationFor(const SpfRecord& record, const QString& domain)
{
    // 6.2: any problem with the explanation falls back to the default; it never changes the result.
    const SpfTerm* exp = record.modifier(u"exp");
    if (exp == nullptr) {
        return defaultExplanation();
    }
    const auto spec = SpfMacroString::parse(exp->value, MacroContext::DomainSpec);
    if (!spec) {
        return defaultExplanation();
    }
    const QString target = spec->expandDomain(macroValues(domain));
    if (!isEvaluableDomain(target)) {
        return defaultExplanation();
    }
    const DnsAnswer txt = ask(target, RecordType::TXT);
    const QList<DnsRecord> records = txt.recordsOfType(RecordType::TXT);
    if (txt.status != DnsStatus::NoError || records.size() != 1) {
        return defaultExplanation();
    }
    const QByteArray raw = records.first().txtJoined();
    for (char c : raw) {
        if (static_cast<unsigned char>(c) > 0x7e || static_cast<unsigned char>(c) < 0x20) {
            return defaultExplanation();
        }
    }
    const auto text = SpfMacroString::parse(QString::fromLatin1(raw), MacroContext::Explanation);
    if (!text) {
        return defaultExplanation();
    }
    return text->expand(macroValues(domain));
}

} // namespace mailauth
