#pragma once

#include "Catalogue.h"
#include "DkimProofs.h"
#include "DkimRotation.h"
#include "DnsRecordSpec.h"
#include "DomainPlan.h"
#include "TimeBase.h"
#include "WeakeningCheck.h"
#include "dkim/DkimTargetPasteParser.h"
#include "dmarc/DmarcComposer.h"
#include "dns/DnsServerAddress.h"
#include "model/reports/StageReadiness.h"
#include "spf/SpfComposer.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

namespace mailauth {

// The plan a rollout builds: tenant, cloud, DNS host, domains and every choice per domain. Widgets-free; the pages
// only bind to it. Setters validate and say why a value is refused.
class RolloutPlan final : public QObject
{
    Q_OBJECT

public:
    explicit RolloutPlan(QObject* parent = nullptr);

    // Back to a new plan's state, everything included (the time base, the servers, report evidence): a training
    // window that switches scenario starts the next one from nothing. One changed() at the end.
    void reset();

    // Tenant and hosting
    bool setInitialDomain(const QString& text, QString* error = nullptr);
    QString initialDomain() const { return m_initialDomain; }
    bool setCloud(const QString& id);
    CloudInfo cloud() const;
    bool setDnsHost(const QString& id);
    DnsHostInfo dnsHost() const;
    // The Azure resource group that holds the zones, for the Azure DNS commands; empty until entered. A name that
    // breaks Azure's rules (PlanRules::checkAzureResourceGroup) is refused with the reason.
    bool setAzureResourceGroup(const QString& name, QString* error = nullptr);
    QString azureResourceGroup() const { return m_azureResourceGroup; }
    void setClientName(const QString& name);
    QString clientName() const { return m_clientName; }
    // A safe file-name stem for this project: the client, else the first domain ("Contoso-Ltd", "contoso.com").
    QString fileStem() const;
    void setConsultantName(const QString& name);
    QString consultantName() const { return m_consultantName; }
    // The page the user was on, so that a reopened project resumes there.
    void setLastPage(int page);
    int lastPage() const { return m_lastPage; }
    // Where dates come from: the wall clock, or a training session's simulated clock (not owned; must outlive the
    // plan's use of it, or be reset to nullptr).
    void setTimeBase(const TimeBase* timeBase) { m_timeBase = timeBase; }
    const TimeBase& timeBase() const { return m_timeBase != nullptr ? *m_timeBase : TimeBase::wallClock(); }
    QDateTime now() const { return timeBase().now(); }
    QDate today() const { return timeBase().today(); }

    // Domains: one per line; "parked" marks a domain that sends no mail.
    bool setDomains(const QStringList& names, QString* error = nullptr);
    const QList<DomainPlan>& domains() const { return m_domains; }
    const DomainPlan& domain(int index) const { return m_domains[index]; }
    // Every change goes through a setter (so autosave sees it); a project file hands over whole domain plans, which
    // PlanRules then validates.
    void restoreDomains(const QList<DomainPlan>& plans);
    void setRole(int index, DomainRole role);
    // Where reports of a domain go by default: its own dmarc-reports@ mailbox, or for a parked domain (which has no
    // mailbox) the tenant's first sending domain, else its initial domain.
    QString defaultReportAddress(int index) const;

    // DNS vantage points chosen by the user (empty: system and public resolvers / NS discovery).
    QList<DnsServerAddress> resolvers;
    QList<DnsServerAddress> authoritative;
    QHash<QString, QString> serverNames; // "127.0.0.1:5300" -> what people call it (training servers)

    // Audits. A report whose questions failed for DNS reasons never replaces a saved one that had answers: it says
    // nothing about the records. Returns false when the report was not kept (the saved one stays).
    bool applyAudit(const AuditReport& report, bool after, const QDateTime& takenAt = {}); // {}: now()
    // The latest audit kept for a domain (after, else before), or null.
    const AuditSnapshot* latestAudit(int index) const;
    // Non-empty when the domain was audited but what it publishes is unknown (DNS did not answer): its records must
    // not be changed blind.
    QString unknownStateReason(int index, const QString& record) const; // record: "spf", "dmarc" or "mx"

    // SPF. The catalogue senders count as chosen when the plan adds them or a published record already has them.
    SpfPlan spfPlan(int index) const;
    SpfComposition composeSpf(int index) const;
    bool senderEnabled(int index, const QString& senderId) const;
    void setSenderEnabled(int index, const QString& senderId, bool enabled);
    void setExtraIncludes(int index, const QStringList& includes);
    void setIp4(int index, const QStringList& networks);
    void setIp6(int index, const QStringList& networks);
    void setAllQualifier(int index, SpfQualifier qualifier);
    // Removes (or restores) one term of the published record(s); removing a sender is a weakening to confirm.
    void setSpfTermRemoved(int index, const QString& term, bool removed);
    // "Start from a new record": the published record(s) are not merged (every sender they had is then a
    // weakening to confirm).
    void setSpfFromScratch(int index, bool fromScratch);
    // The terms of the proposed record, each with the sender it belongs to, whether it was published already, and
    // whether it costs a DNS lookup; removed published terms are listed too, marked removed.
    struct SpfTermRow
    {
        QString term;
        QString sender; // the catalogue's name, "Microsoft 365", or empty when unknown
        bool published = false;
        bool removed = false;
        bool costsLookup = false;
        bool required = false; // the cloud's Microsoft include: every Microsoft 365 domain needs it
    };
    QList<SpfTermRow> spfTerms(int index) const;
    // Why the SPF step cannot be left yet, or empty.
    QString spfBlockingReason() const;

    // What is published today against what the plan proposes; the weakening changes, and those not confirmed yet.
    RecordState existingState(int index) const;
    RecordState proposedState(int index) const;
    QList<Weakening> weakenings(int index) const;
    QList<Weakening> unconfirmedWeakenings(int index, const QString& record = {}) const;
    void confirmWeakening(int index, const QString& key, bool confirmed);
    // Publishing an SPF record over the 10-lookup limit, confirmed for exactly the record composed now.
    bool overLimitConfirmed(int index) const;
    void confirmOverLimit(int index, bool confirmed);
    // What the SPF page and `mailauth plan` counted live through DNS (SpfLookupBudget) for a record. Only DNS can
    // count, so the model keeps the latest final count for the record it was made for (not saved: a reopened
    // project counts again); a count for another record says nothing about the one composed now.
    void setSpfLookupCount(int index, const QString& record, int lookups);
    std::optional<int> spfLookupCount(int index) const;
    // The record composed now was counted over 10 lookups: receivers return permerror (SPF fails for all mail).
    bool spfOverLimit(int index) const;
    // DKIM
    // Keeps the pasted text; takes the targets only when the output is complete and for this domain (output for
    // another domain is refused, with the reason in problems).
    DkimPastedTargets applyDkimPaste(int index, const QString& text);
    void setDkimLater(int index, bool later);
    // The latest audit shows both selectors pointing at Microsoft with keys behind them.
    bool dkimAlreadyWorking(int index) const;
    // The DKIM key rotation to 2048 bits (DkimRotation): the admin ran pass 1 or 2 at `at`, or takes it back (an
    // invalid `at`; taking back the first pass takes back the second). Refused with the reason when the record would
    // break DkimRotation::validate.
    bool setDkimRotationPass(int index, int pass, const QDateTime& at, QString* error = nullptr);
    // What a key-size check through DNS saw behind the domain's Microsoft selectors.
    void setDkimKeySizes(int index, const DkimKeySizes& sizes);
    // Why the DKIM step cannot be left yet, or empty. A domain counts as done when its targets are read, its DKIM
    // already works, it is parked, or the admin chose "later": one domain never holds up the others.
    QString dkimBlockingReason() const;
    // What the latest test message proved about a domain's signing (DKIM page, "Prove it"); saved with the project.
    void setDkimProof(int index, const DkimProof& proof);
    std::optional<DkimProof> dkimProof(int index) const;
    const DkimProofs& dkimProofs() const { return m_dkimProofs; }
    void restoreDkimProofs(const DkimProofs& proofs);
    // DMARC
    DmarcPlan dmarcPlan(int index) const;
    DmarcComposition composeDmarc(int index) const;
    void setDmarcStart(int index, const QDate& start); // none now, quarantine +4 weeks, reject +8 weeks
    // Each DMARC choice goes through a setter, so that every change is a changed() (autosave) and reaches the record.
    void setDmarcStage(int index, int stage);
    void setAggregateReports(int index, const QStringList& addresses);
    void setDmarcTesting(int index, bool testing);
    void setSubdomainPolicy(int index, std::optional<DmarcPolicy> policy);
    void setNonexistentPolicy(int index, std::optional<DmarcPolicy> policy);
    void setStrictAlignment(int index, bool strict); // adkim and aspf together
    void setStrictDkim(int index, bool strict);
    void setStrictSpf(int index, bool strict);
    // Why the DMARC step cannot be left yet (a domain's record does not compose), or empty.
    QString dmarcBlockingReason() const;

    // The records a step asks the admin to publish.
    QList<DnsRecordSpec> spfRecords(int index) const;
    QList<DnsRecordSpec> dkimRecords(int index) const;
    QList<DnsRecordSpec> dmarcRecords(int index) const;
    // The report-address authorisations (RFC 9990 4) for report mailboxes in another of the plan's domains.
    QList<DnsRecordSpec> dmarcAuthorizationRecords(int index) const;
    // A parked domain's null MX (RFC 7505); nothing for a sending domain (its MX comes from the admin center).
    QList<DnsRecordSpec> mxRecords(int index) const;
    // Every record the plan asks the admin to publish for a domain, in the order of the steps.
    QList<DnsRecordSpec> allRecords(int index) const
    {
        return spfRecords(index) + mxRecords(index) + dkimRecords(index) + dmarcRecords(index) +
               dmarcAuthorizationRecords(index);
    }

    void recordConfirmation(int index, const Confirmation& confirmation);
    // Signing switched on (or off) in Exchange Online, as the admin confirms it; kept with its time.
    void setDkimEnabled(int index, bool enabled);
    // Keeps an audit with the time it was taken: the first one as "before", later final audits as "after".
    void setAudit(const AuditReport& report, bool after, const QDateTime& takenAt = {})
    {
        applyAudit(report, after, takenAt);
    }
    int indexOf(const QString& ace) const;

    // DMARC reports: what the aggregate reports say about moving each domain to its next stage
    // (model/reports/StageReadiness). The verdict itself is never saved: it is judged again from the sums, which the
    // project keeps (reportEvidence). Kept by domain name, so a change to the domain list keeps the verdicts of the
    // domains that stay.
    void setReportReadiness(int index, const StageReadinessResult& readiness);
    // The sums the reports gave for a domain: the verdict is then judged again whenever the domain's stage or test
    // mode changes, so it always speaks of the step from the current stage.
    void setReportStats(int index, const ReportDomainStats& stats);
    void clearReportReadiness(); // also forgets the evidence
    std::optional<StageReadinessResult> reportReadiness(int index) const;
    std::optional<ReportDomainStats> reportStats(int index) const;
    // The report sums so far, kept in the project (ProjectFile → ReportSummaryJson) so a reopened project shows the
    // evidence and new reports add to it. Every sending domain the sums name gets its stats and verdict; `stats`, when
    // given, are the sums' domains already built (by the reading's worker thread), else they are built here.
    void setReportEvidence(std::shared_ptr<const ReportSummaryState> evidence);
    void setReportEvidence(std::shared_ptr<const ReportSummaryState> evidence,
                           const QHash<QString, ReportDomainStats>& stats);
    std::shared_ptr<const ReportSummaryState> reportEvidence() const { return m_reportEvidence; }
    // Moving a sending domain to a later stage than its current one while its reports say "not ready" or "not enough
    // data" needs the admin's explicit yes for that stage. Without reports nothing is asked (there is no verdict to
    // go against); going back or staying never asks. A new verdict withdraws the domain's earlier yeses.
    bool stageAdvanceNeedsConfirmation(int index, int stage) const;
    void confirmStageAdvance(int index, int stage, bool confirmed);
    bool stageAdvanceConfirmed(int index, int stage) const;

Q_SIGNALS:
    void changed();

private:
    // Every change to a domain's choices: drops confirmations that no longer answer a weakening, then changed().
    void domainsChanged();
    QString overLimitKey(int index) const;

    struct SpfCount
    {
        QString record;
        int lookups = 0;
    };
    QHash<QString, SpfCount> m_spfCounts; // by domain (A-label)

    QString m_initialDomain;
    QString m_cloudId = QStringLiteral("worldwide");
    QString m_dnsHostId = QStringLiteral("generic");
    QString m_azureResourceGroup;
    QString m_clientName;
    QString m_consultantName;
    int m_lastPage = 0;
    const TimeBase* m_timeBase = nullptr;
    QList<DomainPlan> m_domains;
    DkimProofs m_dkimProofs;                                // by ace
    QHash<QString, StageReadinessResult> m_reportReadiness; // by ace; not saved
    QHash<QString, ReportDomainStats> m_reportStats;        // by ace; built from m_reportEvidence
    std::shared_ptr<const ReportSummaryState> m_reportEvidence;
    void refreshReportReadiness(int index);
    QHash<QString, QSet<int>> m_confirmedAdvances; // by ace: stages the admin confirmed; not saved
};

} // namespace mailauth
