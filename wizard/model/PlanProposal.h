#pragma once

#include "DnsRecordSpec.h"
#include "DomainPlan.h"
#include "RecordId.h"
#include "WeakeningCheck.h"
#include "core/Finding.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailauth {

class RolloutPlan;

// What publishing a proposed record does to the name and type it lives at.
enum class RecordChange
{
    Add,     // nothing is published there today
    Replace, // something else is published there (every value listed in `existing` goes)
    Keep,    // the same value is published already: nothing to do
    Remove,  // a published value goes and nothing takes its place
    Unknown  // the audit could not learn what is published there (DNS did not answer): check again first
};

// "add", "replace", "keep", "remove", "unknown": the JSON form, stable for scripts.
QString recordChangeKeyword(RecordChange change);
// "sending", "parked": the JSON form (as in project files).
QString domainRoleKeyword(DomainRole role);

struct ProposedRecord
{
    DnsRecordSpec spec;
    RecordChange change = RecordChange::Add;
    // Today's values this record takes the place of: the SPF records at the apex, the _dmarc record, the MX
    // exchanges ("." for a null MX), a selector's CNAME target; empty where nothing is published (or the audit
    // does not look there).
    QStringList existing;

    // {name, type, value, change, existing}
    QJsonObject toJson() const;
};

// The proposal for one domain: the records the plan asks for, each with what it changes, the weakening changes
// the plan would make, and the findings of the latest audit.
struct DomainProposal
{
    QString domain;        // A-label form
    QString domainUnicode; // as people read it
    DomainRole role = DomainRole::Sending;
    QList<ProposedRecord> records;
    QList<Weakening> weakens;
    Findings findings;
    // The proposed SPF record's DNS lookups as counted live (RolloutPlan::spfLookupCount), when counted.
    std::optional<int> spfLookups;
    bool spfOverLimit = false; // counted over 10: receivers return permerror

    // One line of `mailauth plan --json`: {domain, role, records, weakens: [{record, key, what}], findings,
    // spf_lookups (null when not counted), spf_over_limit}.
    QJsonObject toJson() const;
};

// Builds the proposal the wizard would make for a domain from the plan and what its latest audit found. The GUI's
// pages and `mailauth plan` show the same thing. Offline and deterministic.
class PlanProposal
{
public:
    static DomainProposal build(const RolloutPlan& plan, int index);
    // The latest audit found exactly the record the plan composes now: nothing to publish or to watch for it (the
    // summary and the hand-over report say "already published", not "not confirmed"). DkimEnabled is no record.
    static bool alreadyPublished(const RolloutPlan& plan, int index, RecordId record);

    // The change publishing `value` makes where `existing` is published today (names compared without case and
    // trailing dot for CNAME and MX, TXT values exactly).
    static RecordChange changeFor(RecordType type, const QString& value, const QStringList& existing);
};

} // namespace mailauth
