#include "ReportsCommand.h"

#include "CommandLine.h"
#include "ResolverArguments.h"
#include "core/DomainName.h"
#include "dns/ResolverLookup.h"
#include "model/Catalogue.h"
#include "model/reports/DmarcReportSummary.h"
#include "model/reports/ReportSourceClassifier.h"
#include "model/reports/ReportSourceLookupTask.h"
#include "model/reports/StageReadiness.h"
#include "reports/ReportReader.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mailauth::cli {

namespace {

QString percent(quint64 part, quint64 whole)
{
    if (whole == 0) {
        return QStringLiteral("-");
    }
    // Rounded down to one decimal, as StageReadiness shows it: 97.96 never reads as 98.0.
    __extension__ using Wide = unsigned __int128;
    const auto tenths = static_cast<quint64>(Wide(part) * 1000 / whole);
    return QStringLiteral("%1.%2%").arg(tenths / 10).arg(tenths % 10);
}

QString senderKey(const ReportSourceStats& s)
{
    return s.senderId.isEmpty() ? reportSourceKindKeyword(s.kind) : s.senderId;
}

QString kindLabel(const ReportSourceStats& s)
{
    switch (s.kind) {
    case ReportSourceKind::Microsoft365:
    case ReportSourceKind::KnownSender:
        return s.senderName;
    case ReportSourceKind::Forwarder:
        return ReportsCommand::tr("forwarder");
    case ReportSourceKind::Authorized:
        return ReportsCommand::tr("your SPF/DKIM");
    case ReportSourceKind::Unknown:
        break;
    }
    return ReportsCommand::tr("unknown");
}

QJsonObject countsJson(const ReportCounts& c)
{
    return QJsonObject{{QStringLiteral("messages"), static_cast<double>(c.messages)},
                       {QStringLiteral("dmarc_pass"), static_cast<double>(c.dmarcPass)},
                       {QStringLiteral("spf_aligned"), static_cast<double>(c.spfAligned)},
                       {QStringLiteral("dkim_aligned"), static_cast<double>(c.dkimAligned)}};
}

QJsonObject domainJson(const ReportDomainStats& d, const StageReadinessResult& readiness)
{
    QJsonObject o = countsJson(d.counts);
    o.insert(QStringLiteral("domain"), d.domain);
    o.insert(QStringLiteral("first"), d.first.toString(Qt::ISODate));
    o.insert(QStringLiteral("last"), d.last.toString(Qt::ISODate));
    o.insert(QStringLiteral("policy"), d.policy);
    o.insert(QStringLiteral("testing"), d.testing);
    o.insert(QStringLiteral("reporters"), QJsonArray::fromStringList(d.reporters));
    QJsonObject dispositions;
    for (auto it = d.counts.dispositions.constBegin(); it != d.counts.dispositions.constEnd(); ++it) {
        dispositions.insert(it.key(), static_cast<double>(it.value()));
    }
    o.insert(QStringLiteral("dispositions"), dispositions);
    QJsonArray sources;
    for (const ReportSourceStats& s : d.sources) {
        QJsonObject source = countsJson(s.counts);
        source.insert(QStringLiteral("ip"), s.ip);
        source.insert(QStringLiteral("kind"), reportSourceKindKeyword(s.kind));
        source.insert(QStringLiteral("sender"), senderKey(s));
        source.insert(QStringLiteral("sender_name"), s.senderName);
        source.insert(QStringLiteral("verdict"), s.verdict);
        source.insert(QStringLiteral("fix"), s.fix);
        source.insert(QStringLiteral("name"), s.name.isEmpty() ? QJsonValue() : QJsonValue(s.name));
        source.insert(QStringLiteral("name_confirmed"), s.nameConfirmed);
        source.insert(QStringLiteral("spf_result"), s.spfResult.isEmpty() ? QJsonValue() : QJsonValue(s.spfResult));
        source.insert(QStringLiteral("spf_authority"),
                      s.spfAuthority.isEmpty() ? QJsonValue() : QJsonValue(s.spfAuthority));
        source.insert(QStringLiteral("spf_reason"), s.spfReason.isEmpty() ? QJsonValue() : QJsonValue(s.spfReason));
        source.insert(QStringLiteral("first"), s.first.toString(Qt::ISODate));
        source.insert(QStringLiteral("last"), s.last.toString(Qt::ISODate));
        source.insert(QStringLiteral("reporters"), QJsonArray::fromStringList(s.reporters));
        sources.append(source);
    }
    o.insert(QStringLiteral("sources"), sources);
    QJsonArray days;
    for (const ReportDay& day : d.days) {
        days.append(QJsonObject{{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                                {QStringLiteral("passing"), static_cast<double>(day.passing)},
                                {QStringLiteral("failing"), static_cast<double>(day.failing)}});
    }
    o.insert(QStringLiteral("days"), days);
    o.insert(QStringLiteral("fixes"), QJsonArray::fromStringList(d.fixes));
    o.insert(QStringLiteral("readiness"), readiness.toJson());
    return o;
}

// A domain the user asked for, or one of its subdomains.
bool selected(const QString& domain, const QStringList& wanted)
{
    return wanted.isEmpty() || std::any_of(wanted.begin(), wanted.end(), [&](const QString& w) {
               return ReportSourceClassifier::isWithin(domain, w);
           });
}

} // namespace

ReportsCommand::ReportsCommand(CliOutput& output)
    : m_output(output)
{
}

void ReportsCommand::printText(const ReportDomainStats& d, const StageReadinessResult& readiness)
{
    // Everything but the labels comes from the report files: escaped.
    const auto safe = [](const QString& text) { return CliOutput::escaped(text); };
    QTextStream& out = m_output.out();
    const QString published =
        d.policy.isEmpty() ? tr("policy unknown") : StageReadiness::stepText(StageReadiness::publishedStep(d));
    out << "== " << safe(d.domain) << "  "
        << (d.daySpan() > 0 ? tr("%1 to %2 (%n day(s)), published %3", nullptr, d.daySpan())
                                  .arg(d.first.toString(Qt::ISODate), d.last.toString(Qt::ISODate), published)
                            : tr("reports without dates, published %1").arg(published))
        << Qt::endl;
    out << tr("Reporters: %1").arg(safe(d.reporters.join(QStringLiteral(", ")))) << Qt::endl;
    out << tr("%L1 messages: %2 pass DMARC, %3 with aligned SPF, %4 with aligned DKIM")
               .arg(d.counts.messages)
               .arg(percent(d.counts.dmarcPass, d.counts.messages), percent(d.counts.spfAligned, d.counts.messages),
                    percent(d.counts.dkimAligned, d.counts.messages))
        << Qt::endl
        << Qt::endl;

    // The table: columns as wide as their widest cell; NAME and SPF only when they were looked up (--names).
    const bool names = std::any_of(d.sources.begin(), d.sources.end(), [](const ReportSourceStats& s) {
        return !s.name.isEmpty() || !s.spfAuthority.isEmpty();
    });
    QStringList header{tr("SOURCE"), tr("NAME"), tr("MESSAGES"), tr("PASS"), tr("SENDER"), tr("SPF"), tr("VERDICT")};
    QList<bool> numeric{false, false, true, true, false, false, false};
    QList<QStringList> rows;
    for (int i = 0; i < d.sources.size() && i < kTextSources; ++i) {
        const ReportSourceStats& s = d.sources[i];
        const QString name = s.name.isEmpty()  ? QStringLiteral("-")
                             : s.nameConfirmed ? safe(s.name)
                                               : tr("%1 (unconfirmed)").arg(safe(s.name));
        rows.append({safe(s.ip), name, QStringLiteral("%L1").arg(s.counts.messages),
                     percent(s.counts.dmarcPass, s.counts.messages), kindLabel(s),
                     s.spfAuthority.isEmpty() ? QStringLiteral("-") : safe(s.spfAuthority), s.verdict});
    }
    if (!names) {
        for (const int column : {5, 1}) {
            header.removeAt(column);
            numeric.removeAt(column);
            for (QStringList& row : rows) {
                row.removeAt(column);
            }
        }
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList& row : QList<QStringList>{header} + rows) {
        for (int c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], static_cast<int>(row[c].size()));
        }
    }
    for (const QStringList& row : QList<QStringList>{header} + rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            line += (numeric[c] ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c])) +
                    (c + 1 < row.size() ? QStringLiteral("  ") : QString());
        }
        out << line.trimmed() << Qt::endl;
    }
    if (d.sources.size() > kTextSources) {
        out << tr("... and %n more source(s) (--json lists every one)", nullptr,
                  static_cast<int>(d.sources.size() - kTextSources))
            << Qt::endl;
    }
    out << Qt::endl;

    out << tr("Verdict: %1").arg(StageReadiness::headline(readiness)) << Qt::endl;
    for (const QString& reason : readiness.reasons) {
        out << "  - " << safe(reason) << Qt::endl;
    }
    // The unknown sources are in the to-do list already; beside "ready" they are the one thing to look at first.
    if (readiness.verdict == ReadinessVerdict::Ready && !readiness.caution.isEmpty()) {
        out << "  " << safe(readiness.caution) << Qt::endl;
    }
    if (!d.fixes.isEmpty()) {
        out << tr("To do:") << Qt::endl;
        for (const QString& fix : d.fixes) {
            out << "  - " << safe(fix) << Qt::endl;
        }
    }
    out << Qt::endl;
}

int ReportsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads DMARC aggregate reports (files or folders: .xml, .xml.gz, .zip, the report mails as .eml, mbox) "
           "and shows per domain who sends as it, what passes, what to fix, and whether the domain may move to the "
           "next stage of its DMARC plan (at least %1 days of reports, every known sender aligned, %2% of "
           "legitimate mail passing). Nothing goes to the network unless --names is given.\n"
           "Exit status: 0 = every file was read, 1 = some file was skipped (listed on stderr and in --json), "
           "2 = usage error.")
            .arg(StageReadiness::kMinimumDays)
            .arg(StageReadiness::kRequiredPermille / 10));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Report files or folders (read recursively)."),
                                 tr("PATH..."));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    tr("Show only DOMAIN and its subdomains (repeat for several)."), tr("DOMAIN"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Leave out reports that end before DATE."),
                                   tr("YYYY-MM-DD"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    tr("The tenant's initial domain (contoso.onmicrosoft.com): only its DKIM "
                                       "signatures count as Microsoft 365's."),
                                    tr("NAME"));
    const QCommandLineOption names(QStringLiteral("names"),
                                   tr("Look up through DNS the PTR name of every source (forward-confirmed) and "
                                      "which term of its domain's SPF record authorises it."));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object with every domain and source."));
    for (const auto& o : {domain, since, tenant, names, json}) {
        parser.addOption(o);
    }
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }

    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        m_output.err() << tr("Name at least one report file or folder.") << Qt::endl;
        return ExitUsage;
    }
    QStringList wanted;
    for (const QString& value : parser.values(domain)) {
        QString error;
        const auto name = DomainName::fromUserInput(value, &error);
        if (!name) {
            m_output.err() << tr("--domain %1: %2").arg(CliOutput::escaped(value), CliOutput::escaped(error))
                           << Qt::endl;
            return ExitUsage;
        }
        wanted.append(name->ace());
    }
    QDate periodStart;
    if (parser.isSet(since)) {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString value = parser.value(since);
        periodStart = isoDate.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!periodStart.isValid()) {
            m_output.err() << tr("--since takes a date as YYYY-MM-DD, not \"%1\".").arg(CliOutput::escaped(value))
                           << Qt::endl;
            return ExitUsage;
        }
    }
    QString tenantDomain;
    if (parser.isSet(tenant)) {
        QString error;
        const auto name = DomainName::fromUserInput(parser.value(tenant), &error);
        if (!name) {
            m_output.err() << tr("--tenant: %1").arg(CliOutput::escaped(error)) << Qt::endl;
            return ExitUsage;
        }
        tenantDomain = name->ace();
    }

    // Read: the summary keeps sums only, so any number of reports fits.
    DmarcReportSummary summary(Catalogue::instance());
    summary.setTenantDomain(tenantDomain);
    summary.setPeriodStart(periodStart);
    ReportReader reader;
    const ReportReadTotals totals = reader.read(paths, [&](const AggregateReport& report) { summary.add(report); });
    for (const SkippedReportFile& s : totals.skipped) {
        m_output.err() << tr("Skipped %1: %2").arg(CliOutput::escaped(s.file), CliOutput::escaped(s.reason))
                       << Qt::endl;
    }

    QStringList domains;
    for (const QString& d : summary.domains()) {
        if (selected(d, wanted)) {
            domains.append(d);
        }
    }

    if (parser.isSet(names)) {
        // PTR names and the SPF term that authorises each source, through the resolvers (never the zone's
        // authoritative servers: these are other people's addresses).
        ReportSourceLookupTask::DomainSources sources;
        for (const QString& d : std::as_const(domains)) {
            QStringList ips;
            for (const ReportSourceStats& s : summary.domain(d).sources) {
                ips.append(s.ip);
            }
            sources.append({d, ips});
        }
        ReportSourceLookupTask lookup(servers.resolverChannels(), servers.maxInFlight);
        QEventLoop loop;
        QObject::connect(&lookup, &ReportSourceLookupTask::finished, &loop, &QEventLoop::quit);
        lookup.start(sources);
        loop.exec();
        int looked = 0;
        for (const auto& [d, ips] : std::as_const(sources)) {
            for (const QString& ip : ips) {
                if (const auto name = lookup.name(ip); name && !name->name.isEmpty()) {
                    summary.setSourceName(ip, name->name, name->confirmed);
                }
                if (const auto spf = lookup.spf(d, ip)) {
                    summary.setSourceSpf(d, ip, spfResultKeyword(spf->result), SourceSpfAuthority::text(*spf),
                                         spf->reason);
                }
                ++looked;
            }
        }
        m_output.err()
            << tr("%n source(s) looked up with %1 DNS questions.", nullptr, looked).arg(lookup.questionsAsked())
            << Qt::endl;
    }

    if (parser.isSet(json)) {
        QJsonArray skipped;
        for (const SkippedReportFile& s : totals.skipped) {
            skipped.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("reason"), s.reason}});
        }
        // One object, written a domain at a time: a year of reports from a big tenant holds hundreds of thousands
        // of sources, and one QJsonDocument of all of them would take gigabytes.
        QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("files"), totals.files},
                                                    {QStringLiteral("reports"), totals.reports},
                                                    {QStringLiteral("duplicates"), totals.duplicates},
                                                    {QStringLiteral("outside_period"), summary.reportsOutsidePeriod()},
                                                    {QStringLiteral("skipped"), skipped}})
                              .toJson(QJsonDocument::Compact);
        head.chop(1); // the closing brace: "domains" follows
        QTextStream& out = m_output.out();
        out << QString::fromUtf8(head) << QStringLiteral(",\"domains\":[");
        for (int i = 0; i < domains.size(); ++i) {
            const ReportDomainStats stats = summary.domain(domains[i]);
            const QJsonObject o =
                domainJson(stats, StageReadiness::evaluate(stats, StageReadiness::publishedStep(stats)));
            out << (i > 0 ? QStringLiteral(",") : QString())
                << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        out << QStringLiteral("]}") << Qt::endl;
    } else {
        if (domains.isEmpty()) {
            m_output.out() << (wanted.isEmpty() ? tr("No messages in the reports read.")
                                                : tr("No messages for the domains asked for."))
                           << Qt::endl;
        }
        for (const QString& d : std::as_const(domains)) {
            const ReportDomainStats stats = summary.domain(d);
            printText(stats, StageReadiness::evaluate(stats, StageReadiness::publishedStep(stats)));
        }
    }
    m_output.err() << tr("%n report(s) read from %1 file(s)", nullptr, totals.reports).arg(totals.files)
                   << tr("; %n duplicate(s) left out", nullptr, totals.duplicates)
                   << tr("; %n outside the period", nullptr, summary.reportsOutsidePeriod())
                   << tr("; %n file(s) skipped.", nullptr, static_cast<int>(totals.skipped.size())) << Qt::endl;
    return totals.skipped.isEmpty() ? ExitOk : ExitProblem;
}

} // namespace mailauth::cli
