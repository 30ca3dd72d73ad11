#include "RolloutPlan.h"

#include "ExistingRecords.h"
#include "PlanRules.h"
#include "core/DomainName.h"
#include "dmarc/DmarcLinter.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfRecord.h"

#include <QRegularExpression>
#include <algorithm>

namespace mailauth {

RolloutPlan::RolloutPlan(QObject* parent)
    : QObject(parent)
{
}

void RolloutPlan::reset()
{
    // Every member, as the class declares them (a test compares the result with a new plan, field by field).
    m_spfCounts.clear();
    m_initialDomain.clear();
    m_cloudId = QStringLiteral("worldwide");
    m_dnsHostId = QStringLiteral("generic");
    m_azureResourceGroup.clear();
    m_clientName.clear();
    m_consultantName.clear();
    m_lastPage = 0;
    m_timeBase = nullptr;
    m_domains.clear();
    m_dkimProofs = DkimProofs();
    m_reportReadiness.clear();
    m_reportStats.clear();
    m_reportEvidence.reset();
    m_confirmedAdvances.clear();
    resolvers.clear();
    authoritative.clear();
    serverNames.clear();
    Q_EMIT changed();
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
                         .arg(Catalogue::displayName(cloud()), suffix);
        }
        return false;
    }
    m_initialDomain = name->ace();
    domainsChanged();
    return true;
}

bool RolloutPlan::setCloud(const QString& id)
{
    if (!Catalogue::instance().cloud(id)) {
        return false;
    }
    m_cloudId = id;
    domainsChanged();
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
    domainsChanged();
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
        domainsChanged();
    }
    return true;
}

namespace {

// The zone a domain's records go into: the domain, or the parent zone a subdomain lives in (from the audit).
QString zoneOf(const DomainPlan& d)
{
    return d.zone.isEmpty() ? d.ace : d.zone;
}

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
    domainsChanged();
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
            plan.stages = {{DmarcPolicy::None, today()},
                           {DmarcPolicy::Quarantine, today().addDays(28)},
                           {DmarcPolicy::Reject, today().addDays(56)}};
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
    domainsChanged();
    return true;
}

void RolloutPlan::restoreDomains(const QList<DomainPlan>& plans)
{
    m_domains = plans;
    Q_EMIT changed();
}

QString RolloutPlan::defaultReportAddress(int index) const
{
    const DomainPlan& d = m_domains[index];
    if (d.role == DomainRole::Sending) {
        return QStringLiteral("dmarc-reports@") + d.ace;
    }
    for (const DomainPlan& other : m_domains) {
        if (other.role == DomainRole::Sending) {
            return QStringLiteral("dmarc-reports@") + other.ace;
        }
    }
    return m_initialDomain.isEmpty() ? QString() : QStringLiteral("dmarc-reports@") + m_initialDomain;
}

void RolloutPlan::setRole(int index, DomainRole role)
{
    DomainPlan& d = m_domains[index];
    if (d.role == role) {
        return;
    }
    // The report address still at its default follows the role: a parked domain has no mailbox of its own.
    QStringList defaults;
    for (int i = 0; i < m_domains.size(); ++i) {
        defaults.append(defaultReportAddress(i));
    }
    d.role = role;
    for (int i = 0; i < m_domains.size(); ++i) {
        const QString now = defaultReportAddress(i);
        if (m_domains[i].aggregateReports == QStringList{defaults[i]} && now != defaults[i]) {
            m_domains[i].aggregateReports = now.isEmpty() ? QStringList{} : QStringList{now};
        }
    }
    domainsChanged();
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
    // A parked domain gets the null record whatever was there; otherwise what is published is merged, all of it.
    if (d.role == DomainRole::Parked || d.spfFromScratch) {
        return SpfComposer::compose(spfPlan(index));
    }
    return SpfComposer::merge(ExistingRecords::combinedSpf(d.existingSpf, d.removedSpfTerms), spfPlan(index));
}

namespace {

QString includeTerm(const QString& domain)
{
    return QStringLiteral("include:") + domain.toLower();
}

bool sameTerm(const QString& a, const QString& b)
{
    return spfTermKey(a) == spfTermKey(b);
}

bool publishedHas(const DomainPlan& d, const QString& term)
{
    if (d.spfFromScratch) {
        return false;
    }
    for (const QString& text : d.existingSpf) {
        const SpfRecord record = SpfRecord::parse(text);
        for (const SpfTerm& t : record.terms()) {
            if (sameTerm(t.text, term)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

bool RolloutPlan::senderEnabled(int index, const QString& senderId) const
{
    const DomainPlan& d = m_domains[index];
    const auto sender = Catalogue::instance().sender(senderId);
    if (!sender || d.role == DomainRole::Parked) {
        return false;
    }
    const QString term = includeTerm(sender->include);
    const bool removed = std::any_of(d.removedSpfTerms.begin(), d.removedSpfTerms.end(),
                                     [&](const QString& r) { return sameTerm(r, term); });
    return d.senderIds.contains(senderId) || (publishedHas(d, term) && !removed);
}

void RolloutPlan::setSenderEnabled(int index, const QString& senderId, bool enabled)
{
    DomainPlan& d = m_domains[index];
    const auto sender = Catalogue::instance().sender(senderId);
    if (!sender || senderEnabled(index, senderId) == enabled) {
        return;
    }
    const QString term = includeTerm(sender->include);
    if (enabled) {
        d.removedSpfTerms.erase(std::remove_if(d.removedSpfTerms.begin(), d.removedSpfTerms.end(),
                                               [&](const QString& r) { return sameTerm(r, term); }),
                                d.removedSpfTerms.end());
        if (!publishedHas(d, term)) {
            d.senderIds.append(senderId);
        }
    } else {
        d.senderIds.removeAll(senderId);
        for (const QString& text : d.existingSpf) {
            const SpfRecord record = SpfRecord::parse(text);
            for (const SpfTerm& t : record.terms()) {
                if (sameTerm(t.text, term) && !d.removedSpfTerms.contains(t.text)) {
                    d.removedSpfTerms.append(t.text);
                }
            }
        }
    }
    domainsChanged();
}

void RolloutPlan::setExtraIncludes(int index, const QStringList& includes)
{
    if (m_domains[index].extraIncludes != includes) {
        m_domains[index].extraIncludes = includes;
        domainsChanged();
    }
}

void RolloutPlan::setIp4(int index, const QStringList& networks)
{
    if (m_domains[index].ip4 != networks) {
        m_domains[index].ip4 = networks;
        domainsChanged();
    }
}

void RolloutPlan::setIp6(int index, const QStringList& networks)
{
    if (m_domains[index].ip6 != networks) {
        m_domains[index].ip6 = networks;
        domainsChanged();
    }
}

void RolloutPlan::setAllQualifier(int index, SpfQualifier qualifier)
{
    if (m_domains[index].allQualifier != qualifier) {
        m_domains[index].allQualifier = qualifier;
        domainsChanged();
    }
}

void RolloutPlan::setSpfTermRemoved(int index, const QString& term, bool removed)
{
    DomainPlan& d = m_domains[index];
    const bool was = std::any_of(d.removedSpfTerms.begin(), d.removedSpfTerms.end(),
                                 [&](const QString& r) { return sameTerm(r, term); });
    // The Microsoft include is part of every plan: removing it from the published record would only re-add it.
    const bool required = sameTerm(term, includeTerm(cloud().spfInclude));
    if (was == removed || (removed && (!publishedHas(d, term) || required))) {
        return;
    }
    if (removed) {
        d.removedSpfTerms.append(term);
    } else {
        d.removedSpfTerms.erase(std::remove_if(d.removedSpfTerms.begin(), d.removedSpfTerms.end(),
                                               [&](const QString& r) { return sameTerm(r, term); }),
                                d.removedSpfTerms.end());
    }
    domainsChanged();
}

void RolloutPlan::setSpfFromScratch(int index, bool fromScratch)
{
    if (m_domains[index].spfFromScratch != fromScratch) {
        m_domains[index].spfFromScratch = fromScratch;
        domainsChanged();
    }
}

QList<RolloutPlan::SpfTermRow> RolloutPlan::spfTerms(int index) const
{
    const DomainPlan& d = m_domains[index];
    const auto senderOf = [&](const SpfTerm& t) -> QString {
        if (t.isMechanism() && t.mechanism == SpfMechanism::Include) {
            if (sameTerm(t.text, includeTerm(cloud().spfInclude))) {
                return tr("Microsoft 365");
            }
            for (const SenderInfo& s : Catalogue::instance().senders()) {
                if (sameTerm(t.text, includeTerm(s.include))) {
                    return s.name;
                }
            }
            return {};
        }
        if (t.isMechanism() && (t.mechanism == SpfMechanism::Ip4 || t.mechanism == SpfMechanism::Ip6)) {
            return tr("your own servers");
        }
        if (t.isMechanism() && (t.mechanism == SpfMechanism::A || t.mechanism == SpfMechanism::Mx)) {
            return tr("servers named in the domain's own DNS");
        }
        return {};
    };
    QList<SpfTermRow> rows;
    const SpfRecord proposed = SpfRecord::parse(composeSpf(index).record);
    for (const SpfTerm& t : proposed.terms()) {
        if (t.isMechanism() && t.mechanism == SpfMechanism::All) {
            continue;
        }
        rows.append(SpfTermRow{t.text, senderOf(t), publishedHas(d, t.text), false,
                               t.isMechanism() ? costsLookup(t.mechanism) : t.isModifier(u"redirect"),
                               sameTerm(t.text, includeTerm(cloud().spfInclude))});
    }
    for (const QString& term : d.removedSpfTerms) {
        const SpfRecord probe = SpfRecord::parse(QStringLiteral("v=spf1 ") + term);
        const bool stillThere = std::any_of(rows.begin(), rows.end(),
                                            [&](const SpfTermRow& r) { return !r.removed && sameTerm(r.term, term); });
        if (probe.terms().size() == 1 && publishedHas(d, term) && !stillThere) {
            const SpfTerm& t = probe.terms().first();
            rows.append(SpfTermRow{term, senderOf(t), true, true,
                                   t.isMechanism() ? costsLookup(t.mechanism) : t.isModifier(u"redirect")});
        }
    }
    return rows;
}

QString RolloutPlan::unknownStateReason(int index, const QString& record) const
{
    const DomainPlan& d = m_domains[index];
    const bool known = record == u"spf" ? d.spfKnown : record == u"dmarc" ? d.dmarcKnown : d.mxKnown;
    if (latestAudit(index) != nullptr && !known) {
        return tr("What %1 publishes today is unknown: DNS did not answer. Check it again before changing its "
                  "records.")
            .arg(d.unicode);
    }
    return {};
}

QString RolloutPlan::spfBlockingReason() const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        if (const QString unknown = unknownStateReason(i, QStringLiteral("spf")); !unknown.isEmpty()) {
            return unknown;
        }
        const SpfComposition c = composeSpf(i);
        if (!c.ok || c.record.isEmpty() || !SpfRecord::parse(c.record).isValid()) {
            return tr("The SPF record for %1 has problems; fix them to go on.").arg(m_domains[i].unicode);
        }
        if (m_domains[i].role == DomainRole::Parked) {
            if (const QString unknown = unknownStateReason(i, QStringLiteral("mx")); !unknown.isEmpty()) {
                return unknown;
            }
        }
        if (!unconfirmedWeakenings(i, QStringLiteral("spf")).isEmpty() ||
            !unconfirmedWeakenings(i, QStringLiteral("mx")).isEmpty()) {
            return tr("The SPF record for %1 would remove or loosen what is published today; confirm each change "
                      "or undo it to go on.")
                .arg(m_domains[i].unicode);
        }
        if (spfOverLimit(i) && !overLimitConfirmed(i)) {
            return tr("The SPF record for %1 needs more than 10 DNS lookups; shorten it or confirm that you publish "
                      "it anyway.")
                .arg(m_domains[i].unicode);
        }
    }
    return {};
}

RecordState RolloutPlan::existingState(int index) const
{
    const DomainPlan& d = m_domains[index];
    return RecordState{d.existingSpf, d.existingDmarc, d.existingMx};
}

RecordState RolloutPlan::proposedState(int index) const
{
    const DomainPlan& d = m_domains[index];
    RecordState state = existingState(index);
    // A record that does not compose is not published: what is there stays.
    const SpfComposition spf = composeSpf(index);
    if (spf.ok && !spf.record.isEmpty()) {
        state.spf = {spf.record};
    }
    const DmarcComposition dmarc = composeDmarc(index);
    if (dmarc.ok()) {
        state.dmarc = dmarc.record;
    }
    if (d.role == DomainRole::Parked) {
        state.mx = {QStringLiteral(".")};
    }
    return state;
}

QList<Weakening> RolloutPlan::weakenings(int index) const
{
    const DomainPlan& d = m_domains[index];
    const RecordState existing = existingState(index);
    const RecordState proposed = proposedState(index);
    QList<Weakening> out;
    if (d.spfKnown) {
        out += WeakeningCheck::compareSpf(existing.spf, proposed.spf.value(0));
    }
    if (d.dmarcKnown) {
        // A domain without a record of its own is protected by its organisation's: that is what must not drop.
        out +=
            WeakeningCheck::compareDmarc(existing.dmarc.isEmpty() ? d.inheritedDmarc : existing.dmarc, proposed.dmarc);
    }
    if (d.mxKnown) {
        out += WeakeningCheck::compareMx(existing.mx, proposed.mx);
    }
    return out;
}

QList<Weakening> RolloutPlan::unconfirmedWeakenings(int index, const QString& record) const
{
    QList<Weakening> out;
    for (const Weakening& w : weakenings(index)) {
        if ((record.isEmpty() || w.record == record) && !m_domains[index].acceptedWeakenings.contains(w.key)) {
            out.append(w);
        }
    }
    return out;
}

void RolloutPlan::domainsChanged()
{
    // A confirmation answers one change against what is published: once the change is undone (or the record no
    // longer weakens that way), the yes is gone, and doing it again asks again.
    for (int i = 0; i < m_domains.size(); ++i) {
        QStringList& accepted = m_domains[i].acceptedWeakenings;
        if (accepted.isEmpty()) {
            continue;
        }
        QStringList current{overLimitKey(i)};
        for (const Weakening& w : weakenings(i)) {
            current.append(w.key);
        }
        accepted.erase(std::remove_if(accepted.begin(), accepted.end(),
                                      [&](const QString& key) { return !current.contains(key); }),
                       accepted.end());
    }
    Q_EMIT changed();
}

QString RolloutPlan::overLimitKey(int index) const
{
    return QStringLiteral("spf.over-limit:") + composeSpf(index).record;
}

bool RolloutPlan::overLimitConfirmed(int index) const
{
    return m_domains[index].acceptedWeakenings.contains(overLimitKey(index));
}

void RolloutPlan::confirmOverLimit(int index, bool confirmed)
{
    confirmWeakening(index, overLimitKey(index), confirmed);
}

void RolloutPlan::setSpfLookupCount(int index, const QString& record, int lookups)
{
    m_spfCounts.insert(m_domains[index].ace, SpfCount{record, lookups});
}

std::optional<int> RolloutPlan::spfLookupCount(int index) const
{
    const auto it = m_spfCounts.constFind(m_domains[index].ace);
    if (it == m_spfCounts.constEnd() || it->record != composeSpf(index).record) {
        return std::nullopt;
    }
    return it->lookups;
}

bool RolloutPlan::spfOverLimit(int index) const
{
    const std::optional<int> count = spfLookupCount(index);
    return count && *count > SpfEvaluator::kLookupLimit;
}

void RolloutPlan::confirmWeakening(int index, const QString& key, bool confirmed)
{
    DomainPlan& d = m_domains[index];
    if (d.acceptedWeakenings.contains(key) == confirmed) {
        return;
    }
    if (confirmed) {
        d.acceptedWeakenings.append(key);
    } else {
        d.acceptedWeakenings.removeAll(key);
    }
    Q_EMIT changed();
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
    domainsChanged();
    return targets;
}

void RolloutPlan::setDkimLater(int index, bool later)
{
    if (m_domains[index].dkimLater == later) {
        return;
    }
    m_domains[index].dkimLater = later;
    domainsChanged();
}

void RolloutPlan::setDkimProof(int index, const DkimProof& proof)
{
    if (index < 0 || index >= m_domains.size() || !DkimProofs::isRecordableVerdict(proof.verdict) ||
        !DkimProofs::isValidHeadline(proof.headline) || !proof.checkedAt.isValid()) {
        return;
    }
    m_dkimProofs.set(m_domains[index].ace, DkimProof{proof.checkedAt.toUTC(), proof.verdict, proof.headline});
    Q_EMIT changed();
}

std::optional<DkimProof> RolloutPlan::dkimProof(int index) const
{
    return index < 0 || index >= m_domains.size() ? std::nullopt : m_dkimProofs.value(m_domains[index].ace);
}

void RolloutPlan::restoreDkimProofs(const DkimProofs& proofs)
{
    m_dkimProofs = proofs;
    Q_EMIT changed();
}

bool RolloutPlan::setDkimRotationPass(int index, int pass, const QDateTime& at, QString* error)
{
    DkimRotationRecord r = m_domains[index].dkimRotation;
    if (pass == 1) {
        r.firstPassAt = at.toUTC();
        if (!at.isValid()) {
            r.secondPassAt = QDateTime();
        }
    } else {
        r.secondPassAt = at.toUTC();
    }
    const QString reason = DkimRotation::validate(r, now());
    if ((pass != 1 && pass != 2) || !reason.isEmpty()) {
        if (error != nullptr) {
            *error = reason;
        }
        return false;
    }
    if (r == m_domains[index].dkimRotation) {
        return true;
    }
    m_domains[index].dkimRotation = r;
    domainsChanged();
    return true;
}

void RolloutPlan::setDkimKeySizes(int index, const DkimKeySizes& sizes)
{
    DkimRotationRecord r = m_domains[index].dkimRotation;
    r.keysCheckedAt = sizes.seenAt.toUTC();
    r.selector1Bits = std::clamp(sizes.selector1, 0, DkimRotation::kMaxKeyBits);
    r.selector2Bits = std::clamp(sizes.selector2, 0, DkimRotation::kMaxKeyBits);
    if (r == m_domains[index].dkimRotation || !DkimRotation::validate(r, now()).isEmpty()) {
        return;
    }
    m_domains[index].dkimRotation = r;
    domainsChanged();
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
    plan.aggregateReports = d.aggregateReports;
    plan.failureReports = d.failureReports;
    plan.failureOptions = d.failureOptions;
    plan.strictDkim = d.strictDkim;
    plan.strictSpf = d.strictSpf;
    plan.subdomainPolicy = d.subdomainPolicy;
    plan.nonexistentPolicy = d.nonexistentPolicy;
    if (d.role == DomainRole::Parked) {
        // The parked set: reject everything, subdomains and non-existent names included (sp and np then follow p).
        plan.policy = DmarcPolicy::Reject;
        plan.subdomainPolicy.reset();
        plan.nonexistentPolicy.reset();
        return plan;
    }
    plan.policy = d.stages.value(d.currentStage).policy;
    plan.testing = d.testing;
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
    domainsChanged();
}

void RolloutPlan::setDmarcStage(int index, int stage)
{
    DomainPlan& d = m_domains[index];
    const int clamped = std::clamp(stage, 0, std::max(0, static_cast<int>(d.stages.size()) - 1));
    if (d.currentStage == clamped) {
        return;
    }
    d.currentStage = clamped;
    domainsChanged();
    refreshReportReadiness(index); // the verdict speaks of the step from the new stage
}

void RolloutPlan::setAggregateReports(int index, const QStringList& addresses)
{
    if (m_domains[index].aggregateReports == addresses) {
        return;
    }
    m_domains[index].aggregateReports = addresses;
    domainsChanged();
}

void RolloutPlan::setDmarcTesting(int index, bool testing)
{
    if (m_domains[index].testing == testing) {
        return;
    }
    m_domains[index].testing = testing;
    domainsChanged();
    refreshReportReadiness(index);
}

void RolloutPlan::setSubdomainPolicy(int index, std::optional<DmarcPolicy> policy)
{
    if (m_domains[index].subdomainPolicy == policy) {
        return;
    }
    m_domains[index].subdomainPolicy = policy;
    domainsChanged();
}

void RolloutPlan::setNonexistentPolicy(int index, std::optional<DmarcPolicy> policy)
{
    if (m_domains[index].nonexistentPolicy == policy) {
        return;
    }
    m_domains[index].nonexistentPolicy = policy;
    domainsChanged();
}

void RolloutPlan::setStrictAlignment(int index, bool strict)
{
    DomainPlan& d = m_domains[index];
    if (d.strictDkim == strict && d.strictSpf == strict) {
        return;
    }
    d.strictDkim = strict;
    d.strictSpf = strict;
    domainsChanged();
}

void RolloutPlan::setStrictDkim(int index, bool strict)
{
    if (m_domains[index].strictDkim != strict) {
        m_domains[index].strictDkim = strict;
        domainsChanged();
    }
}

void RolloutPlan::setStrictSpf(int index, bool strict)
{
    if (m_domains[index].strictSpf != strict) {
        m_domains[index].strictSpf = strict;
        domainsChanged();
    }
}

QString RolloutPlan::dmarcBlockingReason() const
{
    for (int i = 0; i < m_domains.size(); ++i) {
        if (const QString unknown = unknownStateReason(i, QStringLiteral("dmarc")); !unknown.isEmpty()) {
            return unknown;
        }
        if (!composeDmarc(i).ok()) {
            return tr("The DMARC record for %1 has problems; fix them to go on.").arg(m_domains[i].unicode);
        }
        if (!unconfirmedWeakenings(i, QStringLiteral("dmarc")).isEmpty()) {
            return tr("The DMARC record for %1 would protect less than the one published today; confirm each change "
                      "or undo it to go on.")
                .arg(m_domains[i].unicode);
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
        DnsRecordSpec spec{zoneOf(d), d.ace, RecordType::TXT, spf.record, 3600, 0};
        // Every published record goes (one SPF record per name, RFC 7208 3.2); one already equal to the new record
        // stays, which replacedValues() leaves out.
        spec.replaces = d.existingSpf;
        records.append(spec);
    }
    if (d.role == DomainRole::Parked && dnsHost().id != u"windows") {
        // Microsoft: cover the subdomains of a parked domain with a wildcard where the host supports it.
        records.append(DnsRecordSpec{zoneOf(d), QStringLiteral("*.") + d.ace, RecordType::TXT,
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
    records.append(DnsRecordSpec{zoneOf(d), QStringLiteral("selector1._domainkey.") + d.ace, RecordType::CNAME,
                                 d.selector1Target, 3600, 0});
    records.append(DnsRecordSpec{zoneOf(d), QStringLiteral("selector2._domainkey.") + d.ace, RecordType::CNAME,
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
    DnsRecordSpec spec{zoneOf(d), QStringLiteral("_dmarc.") + d.ace, RecordType::TXT, dmarc.record, 3600, 0};
    if (!d.existingDmarc.isEmpty()) {
        spec.replaces = {d.existingDmarc};
    }
    return {spec};
}

QList<DnsRecordSpec> RolloutPlan::dmarcAuthorizationRecords(int index) const
{
    const DomainPlan& d = m_domains[index];
    QList<DnsRecordSpec> records;
    const auto within = [](const QString& host, const QString& domain) {
        return host.compare(domain, Qt::CaseInsensitive) == 0 || host.endsWith(u'.' + domain, Qt::CaseInsensitive);
    };
    for (const QString& address : d.aggregateReports + d.failureReports) {
        const QString host = address.section(u'@', -1).toLower();
        if (within(host, d.ace) || within(d.ace, host)) {
            continue; // the same organisation: no authorisation needed
        }
        // Only mailboxes in a domain of this plan: a report service publishes its own authorisation.
        for (const DomainPlan& other : m_domains) {
            const QString name = DmarcLinter::authorizationName(d.ace, host);
            if (within(host, other.ace) &&
                !std::any_of(records.begin(), records.end(), [&](const DnsRecordSpec& r) { return r.name == name; })) {
                records.append(
                    DnsRecordSpec{zoneOf(other), name, RecordType::TXT, QStringLiteral("v=DMARC1;"), 3600, 0});
            }
        }
    }
    return records;
}

QList<DnsRecordSpec> RolloutPlan::mxRecords(int index) const
{
    const DomainPlan& d = m_domains[index];
    if (d.role != DomainRole::Parked) {
        return {};
    }
    DnsRecordSpec spec{zoneOf(d), d.ace, RecordType::MX, QStringLiteral("."), 3600, 0};
    // A null MX stands alone (RFC 7505 3): the exchanges published today go in the same change.
    if (d.mxKnown) {
        spec.replaces = d.existingMx;
        spec.replaces.removeAll(QStringLiteral("."));
    }
    return {spec};
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
    domainsChanged();
}

void RolloutPlan::setLastPage(int page)
{
    if (page != m_lastPage) {
        m_lastPage = page;
        domainsChanged();
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

bool RolloutPlan::applyAudit(const AuditReport& report, bool after, const QDateTime& takenAt)
{
    const int index = indexOf(report.domain);
    if (index < 0) {
        return false;
    }
    DomainPlan& d = m_domains[index];
    std::optional<AuditSnapshot>& slot = after ? d.auditAfter : d.auditBefore;
    const AuditSnapshot* saved = slot ? &*slot : latestAudit(index);
    if (report.dnsFailed() && saved != nullptr && !saved->report.dnsFailed()) {
        return false; // a timeout says nothing about the records: the saved answers stay
    }
    slot = AuditSnapshot{(takenAt.isValid() ? takenAt : now()).toUTC(), report};
    ExistingRecords::adopt(d, report);
    Q_EMIT changed();
    return true;
}

const AuditSnapshot* RolloutPlan::latestAudit(int index) const
{
    const DomainPlan& d = m_domains[index];
    return d.auditAfter ? &*d.auditAfter : d.auditBefore ? &*d.auditBefore : nullptr;
}

void RolloutPlan::setDkimEnabled(int index, bool enabled)
{
    DomainPlan& d = m_domains[index];
    if (d.dkimEnabled == enabled) {
        return;
    }
    d.dkimEnabled = enabled;
    if (enabled) {
        recordConfirmation(index, Confirmation{RecordId::DkimEnabled,
                                               QStringLiteral("Enabled : True"),
                                               now(),
                                               {QStringLiteral("Exchange Online")}});
        return;
    }
    d.confirmations.erase(std::remove_if(d.confirmations.begin(), d.confirmations.end(),
                                         [](const Confirmation& c) { return c.record == RecordId::DkimEnabled; }),
                          d.confirmations.end());
    domainsChanged();
}

void RolloutPlan::recordConfirmation(int index, const Confirmation& confirmation)
{
    DomainPlan& d = m_domains[index];
    d.confirmations.erase(std::remove_if(d.confirmations.begin(), d.confirmations.end(),
                                         [&](const Confirmation& c) { return c.record == confirmation.record; }),
                          d.confirmations.end());
    d.confirmations.append(confirmation);
    domainsChanged();
}

// DMARC reports: readiness per domain and the confirmation of a stage advance against it (not saved).

void RolloutPlan::setReportStats(int index, const ReportDomainStats& stats)
{
    m_reportStats.insert(m_domains[index].ace, stats);
    refreshReportReadiness(index);
}

void RolloutPlan::refreshReportReadiness(int index)
{
    const DomainPlan& d = m_domains[index];
    const auto stats = m_reportStats.constFind(d.ace);
    if (stats == m_reportStats.constEnd() || d.currentStage < 0 || d.currentStage >= d.stages.size()) {
        return;
    }
    setReportReadiness(index, StageReadiness::evaluate(*stats, DmarcStep{d.stages[d.currentStage].policy, d.testing}));
}

void RolloutPlan::setReportReadiness(int index, const StageReadinessResult& readiness)
{
    const QString ace = m_domains[index].ace;
    const auto existing = m_reportReadiness.constFind(ace);
    if (existing != m_reportReadiness.constEnd() && *existing == readiness) {
        return;
    }
    m_reportReadiness.insert(ace, readiness);
    m_confirmedAdvances.remove(ace);
    Q_EMIT changed();
}

void RolloutPlan::setReportEvidence(std::shared_ptr<const ReportSummaryState> evidence)
{
    QHash<QString, ReportDomainStats> stats;
    if (evidence) {
        DmarcReportSummary summary(Catalogue::instance());
        summary.restore(*evidence);
        const QStringList found = summary.domains();
        for (const DomainPlan& d : std::as_const(m_domains)) {
            if (d.role == DomainRole::Sending && found.contains(d.ace)) {
                stats.insert(d.ace, summary.domain(d.ace));
            }
        }
    }
    setReportEvidence(std::move(evidence), stats);
}

void RolloutPlan::setReportEvidence(std::shared_ptr<const ReportSummaryState> evidence,
                                    const QHash<QString, ReportDomainStats>& stats)
{
    m_reportEvidence = std::move(evidence);
    for (int i = 0; i < m_domains.size(); ++i) {
        const auto found = stats.constFind(m_domains[i].ace);
        if (m_domains[i].role == DomainRole::Sending && found != stats.constEnd()) {
            setReportStats(i, *found);
        }
    }
}

std::optional<ReportDomainStats> RolloutPlan::reportStats(int index) const
{
    const auto found = m_reportStats.constFind(m_domains[index].ace);
    return found == m_reportStats.constEnd() ? std::nullopt : std::optional<ReportDomainStats>(*found);
}

void RolloutPlan::clearReportReadiness()
{
    m_reportStats.clear();
    m_reportEvidence.reset();
    if (m_reportReadiness.isEmpty() && m_confirmedAdvances.isEmpty()) {
        return;
    }
    m_reportReadiness.clear();
    m_confirmedAdvances.clear();
    Q_EMIT changed();
}

std::optional<StageReadinessResult> RolloutPlan::reportReadiness(int index) const
{
    const auto found = m_reportReadiness.constFind(m_domains[index].ace);
    if (found == m_reportReadiness.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

bool RolloutPlan::stageAdvanceNeedsConfirmation(int index, int stage) const
{
    const DomainPlan& d = m_domains[index];
    if (d.role == DomainRole::Parked || stage <= d.currentStage || stage >= d.stages.size()) {
        return false;
    }
    const auto readiness = reportReadiness(index);
    if (!readiness || readiness->verdict == ReadinessVerdict::Ready) {
        return false;
    }
    return !stageAdvanceConfirmed(index, stage);
}

void RolloutPlan::confirmStageAdvance(int index, int stage, bool confirmed)
{
    const QString ace = m_domains[index].ace;
    if (stageAdvanceConfirmed(index, stage) == confirmed) {
        return;
    }
    if (confirmed) {
        m_confirmedAdvances[ace].insert(stage);
    } else {
        m_confirmedAdvances[ace].remove(stage);
    }
    Q_EMIT changed();
}

bool RolloutPlan::stageAdvanceConfirmed(int index, int stage) const
{
    return m_confirmedAdvances.value(m_domains[index].ace).contains(stage);
}

} // namespace mailauth
