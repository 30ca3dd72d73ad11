#include "RolloutPlan.h"

#include "PlanRules.h"
#include "core/DomainName.h"

#include <QRegularExpression>
#include <algorithm>

namespace mailauth {

RolloutPlan::RolloutPlan(QObject* parent)
    : QObject(parent)
{
}

bool RolloutPlan::setInitialDomain(const QString& text, QString* error)
{
    const auto name = DomainName::fromUserInput(text, error);
    if (!name) {
        return false;
    }
    const QString suffix = u'.' + cloud().initialDomainSuffix;
    if (!name->ace().endsWith(suffix) || name->ace().count(u'.') != suffix.count(u'.')) {
        if (error != nullptr) {
            *error = tr("The initial domain of a %1 tenant has the form name%2 (Microsoft 365 admin center, Settings > "
                        "Domains).")
                         .arg(cloud().name, suffix);
        }
        return false;
    }
    m_initialDomain = name->ace();
    Q_EMIT changed();
    return true;
}

bool RolloutPlan::setCloud(const QString& id)
{
    if (!Catalogue::instance().cloud(id)) {
        return false;
    }
    m_cloudId = id;
    Q_EMIT changed();
    return true;
}

CloudInfo RolloutPlan::cloud() const
{
    return Catalogue::instance().cloud(m_cloudId).value_or(CloudInfo{});
}

bool RolloutPlan::setDnsHost(const QString& id)
{
    if (!Catalogue::instance().dnsHost(id)) {
        return false;
    }
    m_dnsHostId = id;
    Q_EMIT changed();
    return true;
}

DnsHostInfo RolloutPlan::dnsHost() const
{
    return Catalogue::instance().dnsHost(m_dnsHostId).value_or(DnsHostInfo{});
}

bool RolloutPlan::setAzureResourceGroup(const QString& name, QString* error)
{
    if (!PlanRules::checkAzureResourceGroup(name, true, error)) {
        return false;
    }
    if (name != m_azureResourceGroup) {
        m_azureResourceGroup = name;
        Q_EMIT changed();
    }
    return true;
}

namespace {

// Names go into report titles, script comments and file names: one line, as a line edit holds them.
QString oneLine(const QString& text, int maxLength)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
            c = u' ';
        }
    }
    return out.trimmed().left(maxLength).trimmed();
}

} // namespace

void RolloutPlan::setClientName(const QString& name)
{
    m_clientName = oneLine(name, 200);
    Q_EMIT changed();
}

bool RolloutPlan::setDomains(const QStringList& names, QString* error)
{
    QList<DomainPlan> plans;
    for (const QString& raw : names) {
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        const auto name = DomainName::fromUserInput(raw, error);
        if (!name) {
            return false;
        }
        if (name->ace().endsWith(QStringLiteral(".onmicrosoft.com")) ||
            name->ace().endsWith(QStringLiteral(".onmicrosoft.us")) ||
            name->ace().endsWith(QStringLiteral(".onmschina.cn"))) {
            if (error != nullptr) {
                *error =
                    tr("%1 is a Microsoft initial domain: Microsoft already publishes its SPF and signs it with DKIM, "
                       "and its DMARC record is added in the Microsoft 365 admin center. Enter your custom domains "
                       "here.")
                        .arg(name->ace());
            }
            return false;
        }
        if (std::any_of(plans.begin(), plans.end(), [&](const DomainPlan& p) { return p.ace == name->ace(); })) {
            continue;
        }
        // Keep what was already decided for a domain that stays in the list.
        const auto existing =
            std::find_if(m_domains.begin(), m_domains.end(), [&](const DomainPlan& p) { return p.ace == name->ace(); });
        DomainPlan plan = existing != m_domains.end() ? *existing : DomainPlan{};
        plan.ace = name->ace();
        plan.unicode = name->unicode();
        if (existing == m_domains.end()) {
            plan.aggregateReports = {QStringLiteral("dmarc-reports@") + name->ace()};
            plan.stages = {{DmarcPolicy::None, QDate::currentDate()},
                           {DmarcPolicy::Quarantine, QDate::currentDate().addDays(28)},
                           {DmarcPolicy::Reject, QDate::currentDate().addDays(56)}};
        }
        plans.append(plan);
    }
    if (plans.isEmpty()) {
        if (error != nullptr) {
            *error = tr("Enter at least one domain, for example contoso.com.");
        }
        return false;
    }
    m_domains = plans;
    Q_EMIT changed();
    return true;
}

void RolloutPlan::setRole(int index, DomainRole role)
{
    m_domains[index].role = role;
    Q_EMIT changed();
}

SpfPlan RolloutPlan::spfPlan(int index) const
{
    const DomainPlan& d = m_domains[index];
    SpfPlan plan;
    plan.allQualifier = d.role == DomainRole::Parked ? SpfQualifier::Fail : d.allQualifier;
    if (d.role == DomainRole::Parked) {
        return plan; // v=spf1 -all: nothing may send
    }
    plan.ip4 = d.ip4;
    plan.ip6 = d.ip6;
    plan.includes.append(cloud().spfInclude);
    for (const QString& id : d.senderIds) {
        if (const auto sender = Catalogue::instance().sender(id)) {
            plan.includes.append(sender->include);
        }
    }
    plan.includes += d.extraIncludes;
    return plan;
}

SpfComposition RolloutPlan::composeSpf(int index) const
{
    const DomainPlan& d = m_domains[index];
    // A parked domain gets the null record whatever was there; otherwise the existing record is merged.
    return d.role == DomainRole::Parked ? SpfComposer::compose(spfPlan(index))
                                        : SpfComposer::merge(d.existingSpf, spfPlan(index));
}

DkimPastedTargets RolloutPlan::applyDkimPaste(int index, const QString& text)
{
    DomainPlan& d = m_domains[index];
    d.pastedDkimText = text;
    DkimPastedTargets targets = DkimTargetPasteParser::parse(text);
    // The output names its domain on a Domain/Name line, and in each target's domain token; a paste of just the two
    // CNAME lines has only the tokens.
    QString otherDomain;
    if (!targets.domain.isEmpty() && targets.domain.compare(d.ace, Qt::CaseInsensitive) != 0 &&
        targets.domain.compare(d.unicode, Qt::CaseInsensitive) != 0) {
        otherDomain = targets.domain;
    }
    for (const auto* target : {&targets.selector1, &targets.selector2}) {
        if (otherDomain.isEmpty() && *target && !PlanRules::isDkimTokenFor((*target)->domainToken, d.ace)) {
            otherDomain = (*target)->domainToken;
        }
    }
    if (!otherDomain.isEmpty()) {
        // Its CNAMEs would point this domain at another domain's keys: never offered, never kept.
        targets.problems.append(tr("This output is for %1, not %2: run the script for %2 and paste what it printed.")
                                    .arg(otherDomain, d.unicode));
        d.selector1Target.clear();
        d.selector2Target.clear();
    } else if (targets.complete()) {
        d.selector1Target = targets.selector1->target;
        d.selector2Target = targets.selector2->target;
    }
    Q_EMIT changed();
    return targets;
}

void RolloutPlan::setDkimLater(int index, bool later)
{
    if (m_domains[index].dkimLater == later) {
        return;
    }
    m_domains[index].dkimLater = later;
    Q_EMIT changed();
}

bool RolloutPlan::dkimAlreadyWorking(int index) const
{
    const DomainPlan& d = m_domains[index];
    const std::optional<AuditSnapshot>& audit = d.auditAfter ? d.auditAfter : d.auditBefore;
    if (!audit) {
        return false;
    }
    int working = 0;
    for (const DkimSelectorReport& s : audit->report.dkim) {
        if ((s.selector == u"selector1" || s.selector == u"selector2") && s.microsoftTarget && s.keyFound) {
            ++working;
        }
    }
    return working == 2;
}

QString RolloutPlan::dkimBlockingReason() const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        const DomainPlan& d = m_domains[i];
        const bool done = d.role == DomainRole::Parked || d.dkimLater || dkimAlreadyWorking(i) ||
                          (!d.selector1Target.isEmpty() && !d.selector2Target.isEmpty());
        if (!done) {
            return tr("Paste the DKIM output for %1, or choose to do its DKIM later, to go on.").arg(d.unicode);
        }
    }
    return {};
}

DmarcPlan RolloutPlan::dmarcPlan(int index) const
{
    const DomainPlan& d = m_domains[index];
    DmarcPlan plan;
    if (d.role == DomainRole::Parked) {
        plan.policy = DmarcPolicy::Reject;
        plan.aggregateReports = d.aggregateReports;
        return plan;
    }
    plan.policy = d.stages.value(d.currentStage).policy;
    plan.aggregateReports = d.aggregateReports;
    plan.testing = d.testing;
    plan.subdomainPolicy = d.subdomainPolicy;
    plan.nonexistentPolicy = d.nonexistentPolicy;
    plan.strictDkim = d.strictAlignment;
    plan.strictSpf = d.strictAlignment;
    return plan;
}

DmarcComposition RolloutPlan::composeDmarc(int index) const
{
    return DmarcComposer::compose(dmarcPlan(index));
}

void RolloutPlan::setDmarcStart(int index, const QDate& start)
{
    DomainPlan& d = m_domains[index];
    d.stages = {{DmarcPolicy::None, start},
                {DmarcPolicy::Quarantine, start.addDays(28)},
                {DmarcPolicy::Reject, start.addDays(56)}};
    Q_EMIT changed();
}

void RolloutPlan::setDmarcStage(int index, int stage)
{
    DomainPlan& d = m_domains[index];
    const int clamped = std::clamp(stage, 0, std::max(0, static_cast<int>(d.stages.size()) - 1));
    if (d.currentStage == clamped) {
        return;
    }
    d.currentStage = clamped;
    Q_EMIT changed();
}

void RolloutPlan::setAggregateReports(int index, const QStringList& addresses)
{
    if (m_domains[index].aggregateReports == addresses) {
        return;
    }
    m_domains[index].aggregateReports = addresses;
    Q_EMIT changed();
}

void RolloutPlan::setDmarcTesting(int index, bool testing)
{
    if (m_domains[index].testing == testing) {
        return;
    }
    m_domains[index].testing = testing;
    Q_EMIT changed();
}

void RolloutPlan::setSubdomainPolicy(int index, std::optional<DmarcPolicy> policy)
{
    if (m_domains[index].subdomainPolicy == policy) {
        return;
    }
    m_domains[index].subdomainPolicy = policy;
    Q_EMIT changed();
}

void RolloutPlan::setNonexistentPolicy(int index, std::optional<DmarcPolicy> policy)
{
    if (m_domains[index].nonexistentPolicy == policy) {
        return;
    }
    m_domains[index].nonexistentPolicy = policy;
    Q_EMIT changed();
}

void RolloutPlan::setStrictAlignment(int index, bool strict)
{
    if (m_domains[index].strictAlignment == strict) {
        return;
    }
    m_domains[index].strictAlignment = strict;
    Q_EMIT changed();
}

QString RolloutPlan::dmarcBlockingReason() const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        if (!composeDmarc(i).ok()) {
            return tr("The DMARC record for %1 has problems; fix them to go on.").arg(m_domains[i].unicode);
        }
    }
    return {};
}

QList<DnsRecordSpec> RolloutPlan::spfRecords(int index) const
{
    const DomainPlan& d = m_domains[index];
    const SpfComposition spf = composeSpf(index);
    QList<DnsRecordSpec> records;
    if (spf.ok && !spf.record.isEmpty()) {
        records.append(DnsRecordSpec{d.ace, d.ace, RecordType::TXT, spf.record, 3600, 0});
    }
    if (d.role == DomainRole::Parked && dnsHost().id != u"windows") {
        // Microsoft: cover the subdomains of a parked domain with a wildcard where the host supports it.
        records.append(DnsRecordSpec{d.ace, QStringLiteral("*.") + d.ace, RecordType::TXT,
                                     QStringLiteral("v=spf1 -all"), 3600, 0});
    }
    return records;
}

QList<DnsRecordSpec> RolloutPlan::dkimRecords(int index) const
{
    const DomainPlan& d = m_domains[index];
    QList<DnsRecordSpec> records;
    if (d.role == DomainRole::Parked || d.selector1Target.isEmpty() || d.selector2Target.isEmpty()) {
        return records;
    }
    records.append(DnsRecordSpec{d.ace, QStringLiteral("selector1._domainkey.") + d.ace, RecordType::CNAME,
                                 d.selector1Target, 3600, 0});
    records.append(DnsRecordSpec{d.ace, QStringLiteral("selector2._domainkey.") + d.ace, RecordType::CNAME,
                                 d.selector2Target, 3600, 0});
    return records;
}

QList<DnsRecordSpec> RolloutPlan::dmarcRecords(int index) const
{
    const DomainPlan& d = m_domains[index];
    const DmarcComposition dmarc = composeDmarc(index);
    if (!dmarc.ok()) {
        return {};
    }
    return {DnsRecordSpec{d.ace, QStringLiteral("_dmarc.") + d.ace, RecordType::TXT, dmarc.record, 3600, 0}};
}

QString RolloutPlan::fileStem() const
{
    QString stem = m_clientName.isEmpty() && !m_domains.isEmpty() ? m_domains.first().ace : m_clientName;
    // Only characters every file system accepts; a client called "A/B: C" must not become a path.
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return stem.isEmpty() ? QStringLiteral("project") : stem;
}

void RolloutPlan::setConsultantName(const QString& name)
{
    m_consultantName = oneLine(name, 200);
    Q_EMIT changed();
}

void RolloutPlan::setLastPage(int page)
{
    if (page != m_lastPage) {
        m_lastPage = page;
        Q_EMIT changed();
    }
}

int RolloutPlan::indexOf(const QString& ace) const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        if (m_domains[i].ace.compare(ace, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

void RolloutPlan::setAudit(const AuditReport& report, bool after, const QDateTime& takenAt)
{
    const int index = indexOf(report.domain);
    if (index < 0) {
        return;
    }
    (after ? m_domains[index].auditAfter : m_domains[index].auditBefore) = AuditSnapshot{takenAt.toUTC(), report};
    Q_EMIT changed();
}

void RolloutPlan::setDkimEnabled(int index, bool enabled)
{
    DomainPlan& d = m_domains[index];
    if (d.dkimEnabled == enabled) {
        return;
    }
    d.dkimEnabled = enabled;
    if (enabled) {
        recordConfirmation(index, Confirmation{QStringLiteral("dkim-enabled"),
                                               QStringLiteral("Enabled : True"),
                                               QDateTime::currentDateTimeUtc(),
                                               {QStringLiteral("Exchange Online")}});
        return;
    }
    d.confirmations.erase(std::remove_if(d.confirmations.begin(), d.confirmations.end(),
                                         [](const Confirmation& c) { return c.record == u"dkim-enabled"; }),
                          d.confirmations.end());
    Q_EMIT changed();
}

void RolloutPlan::recordConfirmation(int index, const Confirmation& confirmation)
{
    DomainPlan& d = m_domains[index];
    d.confirmations.erase(std::remove_if(d.confirmations.begin(), d.confirmations.end(),
                                         [&](const Confirmation& c) { return c.record == confirmation.record; }),
                          d.confirmations.end());
    d.confirmations.append(confirmation);
    Q_EMIT changed();
}

} // namespace mailauth
