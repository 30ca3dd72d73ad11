#include "PlanProposal.h"

#include "RolloutPlan.h"
#include "core/FindingJson.h"

#include <QJsonArray>

namespace mailauth {

namespace {

QString hostName(const QString& name)
{
    QString out = name.trimmed().toLower();
    while (out.endsWith(u'.') && out.size() > 1) {
        out.chop(1);
    }
    return out;
}

// Today's values at the record's name and type, as far as the plan and its latest audit know them. Names the audit
// does not ask about (the parked wildcard, report authorisations in another zone) count as empty.
QStringList existingValues(const RolloutPlan& plan, int index, const DnsRecordSpec& spec)
{
    const DomainPlan& d = plan.domain(index);
    const QString name = hostName(spec.name);
    if (spec.type == RecordType::TXT && name == d.ace) {
        return d.existingSpf;
    }
    if (spec.type == RecordType::TXT && name == QStringLiteral("_dmarc.") + d.ace) {
        return d.existingDmarc.isEmpty() ? QStringList{} : QStringList{d.existingDmarc};
    }
    if (spec.type == RecordType::MX && name == d.ace) {
        return d.existingMx;
    }
    if (spec.type == RecordType::CNAME) {
        const AuditSnapshot* audit = plan.latestAudit(index);
        if (audit == nullptr) {
            return {};
        }
        for (const DkimSelectorReport& s : audit->report.dkim) {
            if (name == s.selector.toLower() + QStringLiteral("._domainkey.") + d.ace) {
                return s.cname.isEmpty() ? QStringList{} : QStringList{s.cname};
            }
        }
    }
    return {};
}

// Whether the latest audit learnt what is published at the record's name (a timeout is not "nothing there"). Without
// an audit the plan starts from nothing, as the wizard does before its first check.
bool stateKnown(const RolloutPlan& plan, int index, const DnsRecordSpec& spec)
{
    const AuditSnapshot* audit = plan.latestAudit(index);
    if (audit == nullptr) {
        return true;
    }
    const DomainPlan& d = plan.domain(index);
    const QString name = hostName(spec.name);
    if (spec.type == RecordType::TXT && name == d.ace) {
        return d.spfKnown;
    }
    if (spec.type == RecordType::TXT && name == QStringLiteral("_dmarc.") + d.ace) {
        return d.dmarcKnown;
    }
    if (spec.type == RecordType::MX && name == d.ace) {
        return d.mxKnown;
    }
    if (spec.type == RecordType::CNAME) {
        return audit->report.known(AuditPart::Dkim);
    }
    return true;
}

} // namespace

QString recordChangeKeyword(RecordChange change)
{
    switch (change) {
    case RecordChange::Add:
        return QStringLiteral("add");
    case RecordChange::Replace:
        return QStringLiteral("replace");
    case RecordChange::Keep:
        return QStringLiteral("keep");
    case RecordChange::Remove:
        return QStringLiteral("remove");
    case RecordChange::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString domainRoleKeyword(DomainRole role)
{
    return role == DomainRole::Parked ? QStringLiteral("parked") : QStringLiteral("sending");
}

QJsonObject ProposedRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), spec.name},
                       {QStringLiteral("type"), recordTypeName(spec.type)},
                       {QStringLiteral("value"), spec.value},
                       {QStringLiteral("change"), recordChangeKeyword(change)},
                       {QStringLiteral("existing"), QJsonArray::fromStringList(existing)}};
}

QJsonObject DomainProposal::toJson() const
{
    QJsonArray recordList;
    for (const ProposedRecord& r : records) {
        recordList.append(r.toJson());
    }
    QJsonArray weakenList;
    for (const Weakening& w : weakens) {
        weakenList.append(QJsonObject{
            {QStringLiteral("record"), w.record}, {QStringLiteral("key"), w.key}, {QStringLiteral("what"), w.what}});
    }
    return QJsonObject{{QStringLiteral("domain"), domain},
                       {QStringLiteral("role"), domainRoleKeyword(role)},
                       {QStringLiteral("records"), recordList},
                       {QStringLiteral("weakens"), weakenList},
                       {QStringLiteral("findings"), findingsToJson(findings)},
                       {QStringLiteral("spf_lookups"), spfLookups ? QJsonValue(*spfLookups) : QJsonValue()},
                       {QStringLiteral("spf_over_limit"), spfOverLimit}};
}

RecordChange PlanProposal::changeFor(RecordType type, const QString& value, const QStringList& existing)
{
    if (existing.isEmpty()) {
        return RecordChange::Add;
    }
    if (existing.size() == 1) {
        const bool same =
            type == RecordType::TXT ? existing.first() == value : hostName(existing.first()) == hostName(value);
        if (same) {
            return RecordChange::Keep;
        }
    }
    return RecordChange::Replace;
}

DomainProposal PlanProposal::build(const RolloutPlan& plan, int index)
{
    const DomainPlan& d = plan.domain(index);
    DomainProposal p;
    p.domain = d.ace;
    p.domainUnicode = d.unicode;
    p.role = d.role;
    for (const DnsRecordSpec& spec : plan.allRecords(index)) {
        ProposedRecord r{spec, RecordChange::Add, existingValues(plan, index, spec)};
        r.change = stateKnown(plan, index, spec) ? changeFor(spec.type, spec.value, r.existing) : RecordChange::Unknown;
        p.records.append(r);
    }
    p.weakens = plan.weakenings(index);
    if (const AuditSnapshot* audit = plan.latestAudit(index)) {
        p.findings = audit->report.findings;
    }
    p.spfLookups = plan.spfLookupCount(index);
    p.spfOverLimit = plan.spfOverLimit(index);
    return p;
}

bool PlanProposal::alreadyPublished(const RolloutPlan& plan, int index, RecordId record)
{
    if (plan.latestAudit(index) == nullptr) {
        return false;
    }
    const QString ace = plan.domain(index).ace;
    QString name;
    RecordType type = RecordType::TXT;
    switch (record) {
    case RecordId::Spf:
        name = ace;
        break;
    case RecordId::Dmarc:
        name = QStringLiteral("_dmarc.") + ace;
        break;
    case RecordId::DkimSelector1:
    case RecordId::DkimSelector2:
        name = (record == RecordId::DkimSelector1 ? QStringLiteral("selector1") : QStringLiteral("selector2")) +
               QStringLiteral("._domainkey.") + ace;
        type = RecordType::CNAME;
        break;
    case RecordId::DkimEnabled:
        return false;
    }
    for (const DnsRecordSpec& spec : plan.allRecords(index)) {
        if (spec.type == type && hostName(spec.name) == name) {
            return stateKnown(plan, index, spec) &&
                   changeFor(spec.type, spec.value, existingValues(plan, index, spec)) == RecordChange::Keep;
        }
    }
    return false;
}

} // namespace mailauth
