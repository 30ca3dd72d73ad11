#pragma once

#include "DkimRotationRecord.h"
#include "RecordId.h"
#include "audit/AuditReport.h"
#include "dmarc/DmarcRecord.h"
#include "spf/SpfTerm.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace mailauth {

enum class DomainRole
{
    Sending,
    Parked
};

// When a record was seen everywhere, and by whom.
struct Confirmation
{
    RecordId record = RecordId::Spf;
    QString value;
    QDateTime confirmedAt;
    QStringList servers;
};

struct DmarcStage
{
    DmarcPolicy policy = DmarcPolicy::None;
    QDate due; // when to move to this stage
};

// What an audit found, and when.
struct AuditSnapshot
{
    QDateTime takenAt;
    AuditReport report;
};

// Everything the rollout decides for one domain.
struct DomainPlan
{
    QString ace;
    QString unicode;
    QString zone; // the DNS zone the records go into, when the domain is a subdomain inside a parent's zone
    DomainRole role = DomainRole::Sending;

    // SPF
    QStringList senderIds; // from the catalogue
    QStringList extraIncludes;
    QStringList ip4;
    QStringList ip6;
    SpfQualifier allQualifier = SpfQualifier::Fail;
    QStringList removedSpfTerms; // terms of the published record(s) the admin chose to remove
    bool spfFromScratch = false; // "start from a new record": the published record(s) are not merged

    // What the domain publishes today, from the latest audit that had answers: the proposal starts from it and is
    // compared with it. Each part means "none" when empty only if DNS answered for it.
    bool spfKnown = false;
    bool dmarcKnown = false;
    bool mxKnown = false;
    QStringList existingSpf; // every v=spf1 record at the domain
    QString existingDmarc;   // the domain's own _dmarc record (an inherited one is not the domain's)
    // Without a record of its own, what the organisational domain's record applies to this domain (its sp, np,
    // alignment, t and report addresses), written as a record of its own: the proposal starts from it and is
    // compared with it, so giving a subdomain its own record never lowers what applied to it.
    QString inheritedDmarc;
    QStringList existingMx; // exchanges, "." for a null MX

    // Weakening changes the admin confirmed (WeakeningCheck keys); anything else weakening blocks publishing.
    QStringList acceptedWeakenings;

    // DKIM
    QString pastedDkimText;
    QString selector1Target;
    QString selector2Target;
    bool dkimEnabled = false;
    bool dkimLater = false;          // the admin chose to set up this domain's DKIM another time
    DkimRotationRecord dkimRotation; // the upgrade of 1024-bit keys to 2048 bits

    // DMARC
    QStringList aggregateReports;
    QStringList failureReports; // ruf, kept from a published record
    QString failureOptions;     // fo, kept with ruf
    QList<DmarcStage> stages;   // none -> quarantine -> reject, with dates
    int currentStage = 0;
    bool testing = false; // t=y
    std::optional<DmarcPolicy> subdomainPolicy;
    std::optional<DmarcPolicy> nonexistentPolicy;
    bool strictDkim = false; // adkim=s
    bool strictSpf = false;  // aspf=s

    QList<Confirmation> confirmations;
    std::optional<AuditSnapshot> auditBefore; // the first audit of the rollout
    std::optional<AuditSnapshot> auditAfter;  // the latest final audit

    std::optional<Confirmation> confirmation(RecordId record) const;
    // The confirmation of `record` while it still stands for `value` (what the page would publish now): a record
    // changed since it was seen everywhere is not confirmed any more.
    std::optional<Confirmation> confirmationOf(RecordId record, const QString& value) const;
};

} // namespace mailauth
