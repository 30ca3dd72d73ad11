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

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>

namespace mailauth::cli {

namespace {

constexpr int kParallelDomains = 1000;

} // namespace

PlanCommand::PlanCommand(CliOutput& output)
    : m_output(output)
{
}

void PlanCommand::printText(const DomainProposal& proposal)
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
    m_output.printFindings(proposal.findings);
    m_output.out() << Qt::endl;
}

int PlanCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audits one or more domains through DNS and shows the records the wizard proposes for each: what every "
           "record adds, replaces or keeps, what it would weaken (nothing by default) and the audit's findings. "
           "Changes nothing; where DNS did not answer, the change is \"unknown\".\n"
           "Exit status: 0 = planned and no errors found, 1 = some audit found errors, 2 = the plan could not be "
           "made (usage error, unreadable file)."));
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
    bool anyError = false;
    for (int i = 0; i < plan.domains().size(); ++i) {
        const DomainProposal proposal = PlanProposal::build(plan, i);
        anyError = anyError || hasErrors(proposal.findings);
        if (parser.isSet(json)) {
            m_output.printJson(proposal.toJson());
        } else {
            printText(proposal);
        }
    }
    m_output.err() << tr("%n domain(s) planned with %1 DNS questions.", nullptr, static_cast<int>(requests.size()))
                          .arg(lookup.questionsAsked())
                   << Qt::endl;
    return anyError ? ExitProblem : ExitOk;
}

} // namespace mailauth::cli
