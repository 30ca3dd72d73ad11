#include "PlanCommand.h"

#include "CheckCommand.h"
#include "CommandLine.h"
#include "ResolverArguments.h"
#include "audit/AuditRunner.h"
#include "core/DomainName.h"
#include "dns/ResolverLookup.h"
#include "model/Catalogue.h"
#include "model/PlanProposal.h"
#include "model/RolloutPlan.h"
#include "model/SpfLimitAdvice.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfLookupBudget.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>

namespace mailauth::cli {

namespace {

constexpr int kParallelDomains = 1000;

} // namespace

PlanCommand::PlanCommand(CliOutput& output)
    : m_output(output)
{
}

void PlanCommand::printText(const DomainProposal& proposal, const QStringList& advice)
{
    // Everything below but the labels comes from DNS answers or is built from them.
    const auto safe = [](const QString& text) { return CliOutput::escaped(text); };
    const QString name = proposal.domainUnicode == proposal.domain
                             ? safe(proposal.domain)
                             : tr("%1 (%2)").arg(safe(proposal.domainUnicode), safe(proposal.domain));
    m_output.out() << "== "
                   << (proposal.role == DomainRole::Parked ? tr("%1: parked (sends and receives no mail)").arg(name)
                                                           : tr("%1: sending").arg(name))
                   << Qt::endl;
    if (proposal.records.isEmpty()) {
        m_output.out() << tr("No record to publish.") << Qt::endl;
    }
    for (const ProposedRecord& r : proposal.records) {
        QString change;
        switch (r.change) {
        case RecordChange::Add:
            change = tr("add");
            break;
        case RecordChange::Replace:
            change = tr("replace");
            break;
        case RecordChange::Keep:
            change = tr("keep");
            break;
        case RecordChange::Remove:
            change = tr("remove");
            break;
        case RecordChange::Unknown:
            change = tr("unknown");
            break;
        }
        m_output.out()
            << tr("%1 %2 %3 \"%4\"").arg(change, recordTypeName(r.spec.type), safe(r.spec.name), safe(r.spec.value))
            << Qt::endl;
        if (r.change == RecordChange::Replace || r.change == RecordChange::Remove) {
            for (const QString& old : r.existing) {
                m_output.out() << "    " << tr("today: \"%1\"").arg(safe(old)) << Qt::endl;
            }
        }
    }
    const bool unknown = std::any_of(proposal.records.begin(), proposal.records.end(),
                                     [](const ProposedRecord& r) { return r.change == RecordChange::Unknown; });
    if (proposal.weakens.isEmpty() && unknown) {
        // Nothing listed is not "nothing weakened" where DNS did not say what is there.
        m_output.out() << tr("What is published could not be read (DNS did not answer): whether this weakens it is "
                             "unknown. Run the plan again.")
                       << Qt::endl;
    } else if (proposal.weakens.isEmpty()) {
        m_output.out() << tr("Weakens nothing that is published today.") << Qt::endl;
    } else {
        m_output.out() << tr("Weakens what is published today:") << Qt::endl;
        for (const Weakening& w : proposal.weakens) {
            m_output.out() << "  " << tr("%1: %2").arg(w.record.toUpper(), safe(w.what)) << Qt::endl;
        }
    }
    printLimit(proposal, advice);
    m_output.printFindings(proposal.findings);
    m_output.out() << Qt::endl;
}

QHash<QString, SpfBudget> PlanCommand::countLookups(RolloutPlan& plan, ResolverLookup& lookup)
{
    QHash<QString, SpfBudget> budgets;
    SpfLookupBudget counter(lookup);
    QEventLoop loop;
    // Re-counted from the start as answers arrive (ARCHITECTURE.md, "Pending and re-run"); the cache makes each
    // re-run ask only the next questions, and every domain's questions travel together.
    auto attempt = [&]() {
        bool pending = false;
        for (int i = 0; i < plan.domains().size(); ++i) {
            const DomainPlan& d = plan.domain(i);
            const SpfComposition spf = plan.composeSpf(i);
            if (d.role == DomainRole::Parked || !spf.ok || spf.record.isEmpty() || budgets.contains(d.ace)) {
                continue;
            }
            const SpfBudget budget = counter.forRecord(spf.record, d.ace);
            if (budget.pending) {
                pending = true;
                continue;
            }
            budgets.insert(d.ace, budget);
            plan.setSpfLookupCount(i, spf.record, budget.totalLookups);
        }
        if (!pending) {
            loop.quit();
        }
        return pending;
    };
    QObject::connect(&lookup, &ResolverLookup::answered, &loop, attempt);
    if (attempt()) {
        loop.exec();
    }
    return budgets;
}

void PlanCommand::printLimit(const DomainProposal& proposal, const QStringList& advice)
{
    if (!proposal.spfLookups) {
        return;
    }
    if (!proposal.spfOverLimit) {
        m_output.out() << tr("SPF record: %1 of 10 DNS lookups.").arg(*proposal.spfLookups) << Qt::endl;
        return;
    }
    m_output.out() << tr("SPF record: %1 DNS lookups, over the limit of 10.").arg(*proposal.spfLookups) << ' '
                   << SpfLimitAdvice::consequence() << Qt::endl;
    for (const QString& line : advice) {
        m_output.out() << "  " << CliOutput::escaped(line) << Qt::endl;
    }
}

int PlanCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audits one or more domains through DNS and shows the records the wizard proposes for each: what every "
           "record adds, replaces or keeps, what it would weaken (nothing by default) and the audit's findings. "
           "Changes nothing; where DNS did not answer, the change is \"unknown\".\n"
           "Exit status: 0 = planned and no errors found, 1 = some audit found errors or a proposed SPF record needs "
           "more than 10 DNS lookups, 2 = the plan could not be made (usage error, unreadable file)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domains"), tr("Sending domains to plan."), tr("DOMAIN..."));
    const QCommandLineOption file(QStringLiteral("domains-file"),
                                  tr("Read more domains from FILE, one per line (# starts a comment)."), tr("FILE"));
    const QCommandLineOption parked(QStringLiteral("parked"),
                                    tr("Plan DOMAIN as parked: it sends and receives no mail (null MX, v=spf1 -all, "
                                       "p=reject, no DKIM)."),
                                    tr("DOMAIN"));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   tr("The Microsoft cloud of the tenant (default worldwide): %1.").arg([] {
                                       QStringList ids;
                                       for (const CloudInfo& c : Catalogue::instance().clouds()) {
                                           ids.append(c.id);
                                       }
                                       return ids.join(QStringLiteral(", "));
                                   }()),
                                   tr("ID"), QStringLiteral("worldwide"));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per domain per line."));
    for (const auto& o : {file, parked, cloud, json}) {
        parser.addOption(o);
    }
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }

    QStringList names = parser.positionalArguments();
    if (parser.isSet(file) && !CheckCommand::readDomainsFile(parser.value(file), names, m_output)) {
        return ExitUsage;
    }
    const QStringList parkedNames = parser.values(parked);
    if (names.isEmpty() && parkedNames.isEmpty()) {
        m_output.err() << tr("Name at least one domain, or use --domains-file or --parked.") << Qt::endl;
        return ExitUsage;
    }
    // A domain is either sending or parked: the two sets of records contradict each other.
    for (const QString& p : parkedNames) {
        const auto parkedName = DomainName::fromUserInput(p);
        for (const QString& n : std::as_const(names)) {
            const auto sendingName = DomainName::fromUserInput(n);
            if (parkedName && sendingName && parkedName->ace() == sendingName->ace()) {
                m_output.err() << tr("%1 is named as a sending domain and with --parked; a domain is one or the "
                                     "other.")
                                      .arg(CliOutput::escaped(parkedName->unicode()))
                               << Qt::endl;
                return ExitUsage;
            }
        }
    }
    RolloutPlan plan;
    if (!plan.setCloud(parser.value(cloud))) {
        m_output.err() << tr("\"%1\" is not a known cloud.").arg(CliOutput::escaped(parser.value(cloud))) << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!plan.setDomains(names + parkedNames, &error)) {
        m_output.err() << CliOutput::escaped(error) << Qt::endl;
        return ExitUsage;
    }
    for (const QString& n : parkedNames) {
        const auto domain = DomainName::fromUserInput(n, &error);
        const int index = domain ? plan.indexOf(domain->ace()) : -1;
        if (index >= 0) {
            plan.setRole(index, DomainRole::Parked);
        }
    }
    plan.resolvers = servers.resolvers;
    plan.authoritative = servers.authoritative;

    // The same requests as the wizard's audit (AuditTask): a parked domain is judged by the parked set.
    QList<AuditRequest> requests;
    for (const DomainPlan& d : plan.domains()) {
        const bool isParked = d.role == DomainRole::Parked;
        requests.append(AuditRequest{d.ace, d.unicode,
                                     isParked ? QStringList{}
                                              : QStringList{QStringLiteral("selector1"), QStringLiteral("selector2")},
                                     isParked});
    }
    ResolverLookup lookup(servers.channels(), servers.maxInFlight);
    AuditRunner runner(lookup, kParallelDomains);
    QHash<QString, AuditReport> reports;
    QObject::connect(&runner, &AuditRunner::reportReady,
                     [&](const AuditReport& report) { reports.insert(report.domain, report); });
    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    runner.start(requests);
    if (runner.isRunning()) {
        loop.exec();
    }

    // Printed in the order given, once every audit is in: the plan of one domain can depend on the others (report
    // authorisations between them).
    for (const AuditReport& report : std::as_const(reports)) {
        plan.applyAudit(report, false);
    }
    // The proposal's lookups, counted live as the SPF page does, so that a record over the limit is never printed
    // as if it could be published.
    const QHash<QString, SpfBudget> budgets = countLookups(plan, lookup);
    bool anyError = false;
    for (int i = 0; i < plan.domains().size(); ++i) {
        const DomainProposal proposal = PlanProposal::build(plan, i);
        anyError = anyError || hasErrors(proposal.findings) || proposal.spfOverLimit;
        QStringList advice;
        if (proposal.spfOverLimit) {
            for (const SpfAdvice& a : SpfLimitAdvice::advise(budgets.value(proposal.domain), proposal.domain,
                                                             Catalogue::instance().senders())) {
                advice.append(tr("%1 (saves %n lookup(s))", nullptr, a.saves).arg(a.text));
            }
        }
        if (parser.isSet(json)) {
            QJsonObject object = proposal.toJson();
            object.insert(QStringLiteral("spf_advice"), QJsonArray::fromStringList(advice));
            m_output.printJson(object);
        } else {
            printText(proposal, advice);
        }
    }
    m_output.err() << tr("%n domain(s) planned with %1 DNS questions.", nullptr, static_cast<int>(requests.size()))
                          .arg(lookup.questionsAsked())
                   << Qt::endl;
    return anyError ? ExitProblem : ExitOk;
}

} // namespace mailauth::cli
