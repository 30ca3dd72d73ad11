#include "SourceSpfAuthority.h"

#include "core/IpAddress.h"
#include "spf/SpfEvaluator.h"

namespace mailauth {

SourceSpfAuthority::SourceSpfAuthority(DnsLookup& dns)
    : m_dns(dns)
{
}

QString SourceSpfAuthority::key(const QString& domain, const QString& ip)
{
    return domain.toLower() + u'|' + ip;
}

void SourceSpfAuthority::add(const QString& domain, const QStringList& ips)
{
    const bool evaluable = SpfEvaluator::isEvaluableDomain(domain);
    for (const QString& ip : ips) {
        const QString k = key(domain, ip);
        if (m_verdicts.contains(k) || m_waitingKeys.contains(k)) {
            continue;
        }
        if (!evaluable || !IpAddress::parse(ip)) {
            m_verdicts.insert(k, Verdict{SpfResult::None, {}, {}});
            continue;
        }
        m_waiting.append({domain.toLower(), ip});
        m_waitingKeys.insert(k);
    }
}

bool SourceSpfAuthority::step()
{
    QList<std::pair<QString, QString>> still;
    SpfEvaluator evaluator(m_dns);
    for (const auto& [domain, ip] : std::as_const(m_waiting)) {
        const SpfCheckOutcome outcome =
            evaluator.checkHost(IpAddress::parse(ip)->unmapped(), domain, QStringLiteral("postmaster@") + domain);
        if (outcome.pending) {
            still.append({domain, ip});
            continue;
        }
        const QString k = key(domain, ip);
        m_waitingKeys.remove(k);
        m_verdicts.insert(k, Verdict{outcome.result, outcome.decidingTerm, outcome.reason});
    }
    m_waiting = still;
    return pending();
}

std::optional<SourceSpfAuthority::Verdict> SourceSpfAuthority::verdict(const QString& domain, const QString& ip) const
{
    const auto found = m_verdicts.constFind(key(domain, ip));
    if (found == m_verdicts.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QString SourceSpfAuthority::text(const Verdict& verdict)
{
    switch (verdict.result) {
    case SpfResult::Pass:
        return verdict.term;
    case SpfResult::Fail:
    case SpfResult::SoftFail:
    case SpfResult::Neutral:
        return verdict.term.isEmpty() ? tr("not listed") : tr("not listed (%1)").arg(verdict.term);
    case SpfResult::None:
        return tr("no SPF record");
    case SpfResult::PermError:
        return tr("SPF error");
    case SpfResult::TempError:
        return tr("no answer from DNS");
    }
    return {};
}

} // namespace mailauth
