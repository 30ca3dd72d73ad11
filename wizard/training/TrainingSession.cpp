#include "TrainingSession.h"

#include "dns/InMemoryZone.h"
#include "model/AuditTask.h"
#include "model/RolloutPlan.h"
#include "model/WeakeningCheck.h"

#include <QFile>

namespace mailauth {

TrainingSession::TrainingSession(TrainingScenario scenario, QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_world(std::make_unique<TrainingWorld>())
{
    m_reached.fill(false, m_scenario.goals.size());
}

TrainingSession::~TrainingSession() = default;

bool TrainingSession::start(QString* error)
{
    TrainingScenarioParser::registerBuiltInData();
    QFile microsoftFile(QStringLiteral(":/mailauth/data/training/microsoft.world"));
    if (!microsoftFile.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = tr("The training data is missing from this build. Install MailAuth Wizard again.");
        }
        return false;
    }
    const auto microsoft =
        TrainingScenarioParser::parseWorld(microsoftFile.readAll(), QStringLiteral("microsoft.world"), error);
    if (!microsoft) {
        return false;
    }
    m_world->secondaryDelaySeconds = m_scenario.secondaryDelaySeconds;
    m_world->negativeTtlSeconds = static_cast<quint32>(m_scenario.negativeTtlSeconds);
    for (const TrainingScenario* part : {&*microsoft, static_cast<const TrainingScenario*>(&m_scenario)}) {
        for (const QString& zone : part->zones) {
            m_world->addZone(zone);
        }
        for (const DnsRecord& r : part->records) {
            m_world->seed(r);
        }
    }
    for (const ResolverCacheSeed& seed : m_scenario.resolverCache) {
        m_world->seedResolverCache(seed.name, seed.type, seed.secondsBeforeStart);
    }
    m_world->clock().setSpeed(m_scenario.speed);
    m_panel = std::make_unique<DnsHostPanel>(*m_world,
                                             Catalogue::instance().dnsHost(m_scenario.dnsHost).value_or(DnsHostInfo{}));
    // A key pair of this session signs the tenant's simulated mail, and its public half is what the simulated DNS
    // publishes: the learner's test message then verifies exactly as real mail would (resources/training holds no
    // private key to share).
    const auto key = DkimSigningKey::generateRsa(2048, error);
    if (!key) {
        return false;
    }
    m_exchange = std::make_unique<SimulatedExchange>(*m_world, m_scenario.tenant, m_scenario.dkimFormats, *key,
                                                     m_scenario.microsoftDelaySeconds);
    if (!m_world->start(error)) {
        return false;
    }
    m_goalPlan = std::make_unique<RolloutPlan>();
    m_goalPlan->setDomains(m_scenario.domains());
    m_goalPlan->authoritative = {m_world->authoritativeServers().first()};
    m_goalPlan->resolvers = m_goalPlan->authoritative;
    m_goalAudit = new AuditTask(this);
    connect(m_goalAudit, &AuditTask::reportReady, this,
            [this](const AuditReport& report) { m_reports.insert(report.domain, report); });
    connect(m_goalAudit, &AuditTask::finished, this, [this](bool cancelled) {
        if (cancelled) {
            return;
        }
        for (int i = 0; i < m_scenario.goals.size(); ++i) {
            m_reached[i] = reached(m_scenario.goals[i]);
        }
        Q_EMIT goalsChecked();
    });
    return true;
}

void TrainingSession::journal(TrainingAction action)
{
    action.atMs = m_world->clock().nowMs();
    m_journal.append(action);
    Q_EMIT journalChanged();
}

DnsHostPanel::Outcome TrainingSession::saveRecord(const QString& zone, const DnsHostPanel::Entry& entry)
{
    const DnsHostPanel::Outcome outcome = m_panel->save(zone, entry);
    if (outcome.saved) {
        TrainingAction a;
        a.kind = TrainingAction::Kind::SaveRecord;
        a.zone = zone;
        a.entry = entry;
        a.entry.ttl = entry.ttl == 0 ? 3600 : entry.ttl; // as the panel stored it
        journal(a);
    }
    return outcome;
}

bool TrainingSession::removeRecord(const QString& name, RecordType type, const QString& value)
{
    if (m_world->remove(name, type, value) == 0) {
        return false;
    }
    TrainingAction a;
    a.kind = TrainingAction::Kind::RemoveRecord;
    a.name = name;
    a.type = recordTypeName(type);
    a.value = value;
    journal(a);
    return true;
}

QString TrainingSession::runSetup(const QString& domain)
{
    const bool created = !m_exchange->hasConfig(domain);
    const QString output = m_exchange->runSetup(domain);
    if (created) { // a second run only lists the configuration
        journal(TrainingAction::forDomain(TrainingAction::Kind::RunSetup, domain));
    }
    return output;
}

QString TrainingSession::runEnable(const QString& domain)
{
    const bool wasEnabled = m_exchange->isEnabled(domain);
    const QString output = m_exchange->runEnable(domain);
    if (!wasEnabled && m_exchange->isEnabled(domain)) { // CnameMissing changes nothing
        journal(TrainingAction::forDomain(TrainingAction::Kind::RunEnable, domain));
    }
    return output;
}

TrainingSessionState TrainingSession::state() const
{
    TrainingSessionState s;
    const TrainingClock& clock = m_world->clock();
    s.clockStartedAt = clock.startedAt();
    s.nowMs = clock.nowMs();
    s.speed = clock.speed();
    s.paused = clock.isPaused();
    s.journal = m_journal;
    s.resolverCache = m_world->cacheFills();
    return s;
}

bool TrainingSession::apply(const TrainingAction& a, QString* reason)
{
    if (const QString why = a.outsideOf(m_scenario); !why.isEmpty()) {
        *reason = why;
        return false;
    }
    switch (a.kind) {
    case TrainingAction::Kind::SaveRecord: {
        const DnsHostPanel::Outcome outcome = saveRecord(a.zone, a.entry);
        if (!outcome.saved) {
            *reason = tr("the DNS host panel refuses the record again: %1").arg(outcome.error);
        }
        return outcome.saved;
    }
    case TrainingAction::Kind::RemoveRecord:
        if (!removeRecord(a.name, *recordTypeFromName(a.type), a.value)) {
            *reason = tr("there is no record %1 %2 \"%3\" to delete.").arg(a.name, a.type, a.value);
            return false;
        }
        return true;
    case TrainingAction::Kind::RunSetup:
        if (m_exchange->hasConfig(a.domain)) {
            *reason = tr("the key script cannot have created the signing configuration of %1 then.").arg(a.domain);
            return false;
        }
        runSetup(a.domain);
        return true;
    case TrainingAction::Kind::RunEnable:
        runEnable(a.domain);
        if (!m_exchange->isEnabled(a.domain)) {
            *reason = tr("the enable script cannot have switched signing on for %1 then.").arg(a.domain);
            return false;
        }
        return true;
    }
    return false;
}

bool TrainingSession::restore(const TrainingSessionState& state, QString* error)
{
    TrainingClock& clock = m_world->clock();
    if (!state.clockStartedAt.isValid() || state.nowMs < 0) {
        if (error != nullptr) {
            *error = tr("The saved session has no valid simulated time.");
        }
        return false;
    }
    clock.setPaused(true); // each action happens exactly at its saved time
    const QList<TrainingAction>& actions = state.journal.actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].atMs > state.nowMs) {
            if (error != nullptr) {
                *error = tr("Action %1 of the saved session is later than the session's time.").arg(i + 1);
            }
            return false;
        }
        clock.restore(state.clockStartedAt, actions[i].atMs);
        QString reason;
        if (!apply(actions[i], &reason)) {
            if (error != nullptr) {
                *error = tr("Action %1 of the saved session cannot be replayed: %2").arg(i + 1).arg(reason);
            }
            return false;
        }
    }
    clock.restore(state.clockStartedAt, state.nowMs);
    for (const TrainingWorld::CacheFill& fill : state.resolverCache) {
        if (fill.fetchedAtMs <= state.nowMs) {
            m_world->restoreCacheFill(fill);
        }
    }
    clock.setSpeed(state.speed);
    clock.setPaused(state.paused);
    return true;
}

void TrainingSession::applyTo(RolloutPlan& plan) const
{
    plan.setCloud(m_scenario.cloud);
    plan.setDnsHost(m_scenario.dnsHost);
    plan.setClientName(m_scenario.client);
    plan.setInitialDomain(m_scenario.tenant);
    plan.setDomains(m_scenario.domains());
    for (int i = 0; i < plan.domains().size(); ++i) {
        plan.setRole(i,
                     m_scenario.parkedDomains.contains(plan.domain(i).ace) ? DomainRole::Parked : DomainRole::Sending);
    }
    plan.authoritative = m_world->authoritativeServers();
    plan.resolvers = m_world->resolverServers();
    plan.serverNames = m_world->serverNames();
}

void TrainingSession::checkGoals()
{
    if (m_goalAudit != nullptr) {
        m_reports.clear();
        m_goalAudit->start(*m_goalPlan, 4);
    }
}

bool TrainingSession::allGoalsReached() const
{
    return std::all_of(m_reached.begin(), m_reached.end(), [](bool b) { return b; });
}

QStringList TrainingSession::startingTxt(const QString& name, const QString& prefix) const
{
    QStringList out;
    for (const DnsRecord& r : m_scenario.records) {
        const QString text = QString::fromUtf8(r.txtJoined());
        if (r.type == RecordType::TXT && r.name.compare(name, Qt::CaseInsensitive) == 0 &&
            text.startsWith(prefix, Qt::CaseInsensitive)) {
            out.append(text);
        }
    }
    return out;
}

// Read from the world's zones as they are now, like the sender's own "verify" button, which looks only for the names.
bool TrainingSession::publishesSenderDkim(const TrainingGoal& goal) const
{
    const auto sender = Catalogue::instance().sender(goal.sender);
    if (!sender || sender->dkimSelectors.isEmpty()) {
        return false;
    }
    const QList<DnsRecord> records = m_world->currentRecords(m_world->zoneOf(goal.domain));
    return std::all_of(sender->dkimSelectors.begin(), sender->dkimSelectors.end(), [&](const QString& selector) {
        const QString name = InMemoryZone::normalise(selector + QStringLiteral("._domainkey.") + goal.domain);
        return std::any_of(records.begin(), records.end(), [&](const DnsRecord& r) {
            return InMemoryZone::normalise(r.name) == name &&
                   (r.type == RecordType::CNAME ||
                    (r.type == RecordType::TXT && r.txtJoined().contains(QByteArrayLiteral("p="))));
        });
    });
}

bool TrainingSession::reached(const TrainingGoal& goal) const
{
    if (!m_reports.contains(goal.domain)) {
        return false;
    }
    const AuditReport& r = m_reports.value(goal.domain);
    const bool spfErrors = std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) {
        return f.severity == Severity::Error && f.code.startsWith(QStringLiteral("spf."));
    });
    const bool spfOk = r.spfRecord && r.spfValid && !spfErrors &&
                       (r.spfRecord->endsWith(QStringLiteral("-all")) || r.spfRecord->endsWith(QStringLiteral("~all")));
    const bool dmarcHere = r.dmarcRecord && r.dmarcValid && r.dmarcPolicyDomain == goal.domain;
    switch (goal.kind) {
    case TrainingGoalKind::SpfValid:
        return spfOk;
    case TrainingGoalKind::SpfWithinLimit:
        return spfOk && r.spfLookups <= 10;
    case TrainingGoalKind::DkimCnames:
        return r.dkim.size() >= 2 && std::all_of(r.dkim.begin(), r.dkim.end(), [](const DkimSelectorReport& s) {
                   return s.microsoftTarget && s.keyFound;
               });
    case TrainingGoalKind::DkimEnabled:
        return m_exchange->isEnabled(goal.domain);
    case TrainingGoalKind::DmarcPublished:
        return dmarcHere && r.dmarcRecord->contains(QStringLiteral("rua="));
    case TrainingGoalKind::DmarcReportsAuthorized:
        return dmarcHere && !hasFinding(r.findings, QStringLiteral("dmarc.report-authorization-missing"));
    case TrainingGoalKind::ParkedLocked:
        return r.spfRecord && r.spfRecord->simplified() == u"v=spf1 -all" && r.dmarcPolicy == DmarcPolicy::Reject &&
               dmarcHere;
    case TrainingGoalKind::SpfMerged:
        return spfOk && r.spfRecords.size() == 1 &&
               WeakeningCheck::compareSpf(startingTxt(goal.domain, QStringLiteral("v=spf1")), *r.spfRecord).isEmpty();
    case TrainingGoalKind::DmarcNotWeakened:
        return dmarcHere &&
               WeakeningCheck::compareDmarc(
                   startingTxt(QStringLiteral("_dmarc.") + goal.domain, QStringLiteral("v=DMARC1")).value(0),
                   *r.dmarcRecord)
                   .isEmpty();
    case TrainingGoalKind::SenderDkim:
        return publishesSenderDkim(goal);
    }
    return false;
}

} // namespace mailauth
