#include "CheckCommand.h"

#include "CommandLine.h"
#include "ResolverArguments.h"
#include "audit/AuditFacts.h"
#include "audit/AuditRunner.h"
#include "core/DomainName.h"
#include "dns/ResolverLookup.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>

namespace mailauth::cli {

namespace {

// An upper bound only: domains start while the in-flight cap has room, which is what normally limits them.
constexpr int kDefaultParallel = 1000;

} // namespace

CheckCommand::CheckCommand(CliOutput& output)
    : m_output(output)
{
}

bool CheckCommand::readDomainsFile(const QString& path, QStringList& names, CliOutput& output)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        output.err() << tr("Cannot read \"%1\": %2").arg(CliOutput::escaped(path), f.errorString()) << Qt::endl;
        return false;
    }
    // Read in chunks with a cap on the line and on the whole, so that /dev/zero, a device or a binary file given by
    // mistake ends with a message instead of filling the memory.
    QByteArray line;
    int number = 1;
    qint64 total = 0;
    const auto takeLine = [&]() {
        const QString text = QString::fromUtf8(line).section(u'#', 0, 0).trimmed();
        if (!text.isEmpty()) {
            names.append(text);
        }
        line.clear();
        ++number;
    };
    for (;;) {
        const QByteArray chunk = f.read(64 * 1024);
        if (chunk.isEmpty()) {
            break;
        }
        total += chunk.size();
        if (total > kMaxDomainsFileBytes) {
            output.err() << tr("\"%1\" is larger than %2 MiB; split the list into smaller files.")
                                .arg(CliOutput::escaped(path), QString::number(kMaxDomainsFileBytes / (1024 * 1024)))
                         << Qt::endl;
            return false;
        }
        for (const char c : chunk) {
            if (c == '\n') {
                takeLine();
                continue;
            }
            line += c;
            if (line.size() > kMaxDomainsFileLineBytes) {
                output.err() << tr("Line %1 of \"%2\" is longer than %3 bytes; each line holds one domain name "
                                   "and an optional # comment.")
                                    .arg(QString::number(number), CliOutput::escaped(path),
                                         QString::number(kMaxDomainsFileLineBytes))
                             << Qt::endl;
                return false;
            }
        }
    }
    if (f.error() != QFileDevice::NoError) {
        output.err() << tr("Cannot read \"%1\": %2").arg(CliOutput::escaped(path), f.errorString()) << Qt::endl;
        return false;
    }
    takeLine();
    return true;
}

int CheckCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audits the mail authentication of one or more domains through DNS: MX, SPF (with its lookup count), "
           "DMARC, the DKIM selectors and more, with findings and fixes.\n"
           "Exit status: 0 = no errors found, 1 = errors found, 2 = the check could not run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domains"), tr("Domains to check."), tr("DOMAIN..."));
    const QCommandLineOption file(QStringLiteral("domains-file"),
                                  tr("Read more domains from FILE, one per line (# starts a comment)."), tr("FILE"));
    const QCommandLineOption selector(QStringLiteral("selector"),
                                      tr("Also check this DKIM selector (selector1 and selector2 always are)."),
                                      tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per domain per line."));
    const QCommandLineOption parked(QStringLiteral("parked"),
                                    tr("Check DOMAIN as parked, by the parked set: it should send and receive no mail "
                                       "(null MX, v=spf1 -all, p=reject, no DKIM)."),
                                    tr("DOMAIN"));
    const QCommandLineOption parallel(
        QStringLiteral("parallel"),
        tr("Check at most N domains at once (default %1); a new one starts only while --max-in-flight leaves room.")
            .arg(kDefaultParallel),
        tr("N"), QString::number(kDefaultParallel));
    for (const auto& o : {file, selector, json, parked, parallel}) {
        parser.addOption(o);
    }
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }
    QString error;

    QStringList names = parser.positionalArguments();
    if (parser.isSet(file) && !readDomainsFile(parser.value(file), names, m_output)) {
        return ExitUsage;
    }
    const QStringList parkedNames = parser.values(parked);
    if (names.isEmpty() && parkedNames.isEmpty()) {
        m_output.err() << tr("Name at least one domain, or use --domains-file or --parked.") << Qt::endl;
        return ExitUsage;
    }
    QStringList selectors{QStringLiteral("selector1"), QStringLiteral("selector2")};
    for (const QString& s : parser.values(selector)) {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
        if (!valid.match(s).hasMatch()) {
            m_output.err() << tr("\"%1\" is not a valid selector name.").arg(s) << Qt::endl;
            return ExitUsage;
        }
        if (!selectors.contains(s)) {
            selectors.append(s);
        }
    }
    QList<AuditRequest> requests;
    for (const QString& n : names) {
        const auto domain = DomainName::fromUserInput(n, &error);
        if (!domain) {
            m_output.err() << CliOutput::escaped(error) << Qt::endl;
            return ExitUsage;
        }
        requests.append(AuditRequest{domain->ace(), domain->unicode(), selectors});
    }
    for (const QString& n : parkedNames) {
        const auto domain = DomainName::fromUserInput(n, &error);
        if (!domain) {
            m_output.err() << CliOutput::escaped(error) << Qt::endl;
            return ExitUsage;
        }
        // A domain is either sending or parked: the two judge by contradicting sets.
        if (std::any_of(requests.begin(), requests.end(),
                        [&](const AuditRequest& r) { return r.domain == domain->ace(); })) {
            m_output.err() << tr("%1 is named as a sending domain and with --parked; a domain is one or the other.")
                                  .arg(CliOutput::escaped(domain->unicode()))
                           << Qt::endl;
            return ExitUsage;
        }
        requests.append(AuditRequest{domain->ace(), domain->unicode(), {}, true});
    }
    bool okParallel = false;
    const int parallelDomains = parser.value(parallel).toInt(&okParallel);
    if (!okParallel || parallelDomains < 1) {
        m_output.err() << tr("--parallel takes a whole number of at least 1.") << Qt::endl;
        return ExitUsage;
    }

    const QList<AresChannel::Options> channels = servers.channels();
    ResolverLookup lookup(channels, servers.maxInFlight);
    AuditRunner runner(lookup, parallelDomains);
    const bool asJson = parser.isSet(json);
    bool anyError = false;
    QObject::connect(&runner, &AuditRunner::reportReady, [&](const AuditReport& report) {
        anyError = anyError || hasErrors(report.findings);
        if (asJson) {
            m_output.printJson(report.toJson());
            return;
        }
        // Everything below but the labels comes from DNS answers.
        const auto safe = [](const QString& text) { return CliOutput::escaped(text); };
        m_output.out() << "== "
                       << (report.domainUnicode == report.domain
                               ? safe(report.domain)
                               : tr("%1 (%2)").arg(safe(report.domainUnicode), safe(report.domain)))
                       << Qt::endl;
        for (const QString& line : AuditFacts::lines(report, safe)) {
            m_output.out() << line << Qt::endl;
        }
        if (!report.pslOrgDomain.isEmpty() && report.pslOrgDomain != report.orgDomain) {
            m_output.out()
                << tr("Organisational domain: %1 by the RFC 9989 DNS tree walk, %2 by the public suffix list "
                      "(RFC 7489 receivers)")
                       .arg(safe(report.orgDomain), safe(report.pslOrgDomain))
                << Qt::endl;
        }
        m_output.printFindings(report.findings);
        m_output.out() << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    runner.start(requests);
    if (runner.isRunning()) {
        loop.exec();
    }
    m_output.err() << tr("%n domain(s) checked with %1 DNS questions.", nullptr, static_cast<int>(requests.size()))
                          .arg(lookup.questionsAsked())
                   << Qt::endl;
    return anyError ? ExitProblem : ExitOk;
}

} // namespace mailauth::cli
