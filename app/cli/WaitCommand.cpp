#include "WaitCommand.h"

#include "CommandLine.h"
#include "ResolverArguments.h"
#include "core/DomainName.h"
#include "dns/ResolverLookup.h"
#include "watch/PropagationWatcher.h"
#include "watch/VantagePointDiscovery.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace mailauth::cli {

WaitCommand::WaitCommand(CliOutput& output)
    : m_output(output)
{
}

int WaitCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Waits until a record is visible at every authoritative server of its zone and at the resolvers, and "
           "shows each server's state while it waits.\n"
           "Exit status: 0 = confirmed, 1 = the time ran out, 2 = an error (usage, or no servers found)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), tr("The record's full name, e.g. _dmarc.contoso.com."));
    const QCommandLineOption type(QStringLiteral("type"), tr("TXT, CNAME or MX (default TXT)."), tr("TYPE"),
                                  QStringLiteral("TXT"));
    const QCommandLineOption expect(QStringLiteral("expect"), tr("The value the record must have."), tr("VALUE"));
    const QCommandLineOption match(
        QStringLiteral("match"),
        tr("exact, contains, spf (same terms in the same order) or dmarc (same tags in any order); default exact."),
        tr("MODE"), QStringLiteral("exact"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Give up after this many seconds (default 3600)."),
                                     tr("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption noPublic(
        QStringLiteral("no-public-resolvers"),
        tr("Do not ask the public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222)."));
    for (const auto& o : {type, expect, match, timeout, json, noPublic}) {
        parser.addOption(o);
    }
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }
    QString error;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(expect)) {
        m_output.err()
            << tr("Usage: mailauth wait NAME --type TXT|CNAME|MX --expect VALUE [--match MODE] [--timeout SECONDS]")
            << Qt::endl;
        return ExitUsage;
    }
    PropagationExpectation expectation;
    QString name = parser.positionalArguments().first().trimmed();
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    // Everything up to the last label that starts with "_" (_dmarc, selector1._domainkey) is not a host name; the
    // rest is checked and converted with IDNA.
    const QStringList labels = name.split(u'.');
    qsizetype firstHost = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i].startsWith(u'_')) {
            firstHost = i + 1;
        }
    }
    const auto host = DomainName::fromUserInput(labels.mid(firstHost).join(u'.'), &error);
    if (!host || !DomainName::isValidDnsName(name)) {
        m_output.err() << (error.isEmpty() ? tr("\"%1\" is not a valid DNS name.").arg(name) : error) << Qt::endl;
        return ExitUsage;
    }
    expectation.name = (labels.mid(0, firstHost) + QStringList{host->ace()}).join(u'.');
    const auto recordType = recordTypeFromName(parser.value(type));
    if (!recordType ||
        (*recordType != RecordType::TXT && *recordType != RecordType::CNAME && *recordType != RecordType::MX)) {
        m_output.err() << tr("--type must be TXT, CNAME or MX.") << Qt::endl;
        return ExitUsage;
    }
    expectation.type = *recordType;
    expectation.value = parser.value(expect);
    const auto mode = matchModeFromKeyword(parser.value(match));
    if (!mode) {
        m_output.err() << tr("--match must be exact, contains, spf or dmarc.") << Qt::endl;
        return ExitUsage;
    }
    expectation.mode = *mode;
    // Any whole number of seconds from 1 up is accepted; beyond what the watcher waits for it is cut down (with a
    // note) rather than refused, and it can never overflow the timer.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString timeoutText = parser.value(timeout).trimmed();
    bool ok = false;
    const qulonglong requested = timeoutText.toULongLong(&ok);
    if (!digits.match(timeoutText).hasMatch() || (ok && requested < 1)) {
        m_output.err() << tr("--timeout takes a whole number of seconds, at least 1.") << Qt::endl;
        return ExitUsage;
    }
    int seconds = PropagationWatcher::kMaxTimeLimitSeconds;
    if (ok && requested <= static_cast<qulonglong>(PropagationWatcher::kMaxTimeLimitSeconds)) {
        seconds = static_cast<int>(requested);
    } else {
        m_output.err() << tr("--timeout %1 is longer than caches keep any record (7 days); waiting at most %2 s.")
                              .arg(timeoutText)
                              .arg(PropagationWatcher::kMaxTimeLimitSeconds)
                       << Qt::endl;
    }

    QList<VantagePoint> points;
    if (!servers.authoritative.isEmpty()) {
        for (const DnsServerAddress& s : servers.authoritative) {
            points.append(VantagePoint::authoritative(QString(), s));
        }
    } else {
        ResolverLookup lookup(servers.resolverChannels(), servers.maxInFlight);
        VantagePointDiscoveryResult found;
        QEventLoop loop;
        auto attempt = [&]() {
            found = VantagePointDiscovery::run(expectation.name, lookup);
            if (!found.pending) {
                loop.quit();
            }
        };
        QObject::connect(&lookup, &ResolverLookup::answered, &loop, attempt);
        attempt();
        if (found.pending) {
            loop.exec();
        }
        if (found.points.isEmpty()) {
            m_output.err() << CliOutput::escaped(found.error) << Qt::endl;
            return ExitUsage;
        }
        points += found.points;
        expectation.zone = found.zone; // where a doubled name would end up
    }
    if (servers.resolvers.isEmpty()) {
        points.append(VantagePoint::system());
        if (!parser.isSet(noPublic)) {
            points += VantagePoint::publicResolvers();
        }
    } else {
        for (const DnsServerAddress& s : servers.resolvers) {
            points.append(VantagePoint::custom(s));
        }
    }

    PropagationWatcher watcher(expectation, points);
    watcher.setTimeLimit(seconds);
    QObject::connect(&watcher, &PropagationWatcher::statusChanged, [&](int index) {
        const VantageStatus& s = watcher.statuses()[index];
        // What a server answers (and its error details) is outside data.
        QString line = tr("[%1 s] %2 (%3): %4")
                           .arg(watcher.elapsedMs() / 1000)
                           .arg(CliOutput::escaped(s.point.label), VantagePoint::kindLabel(s.point.kind),
                                vantageStateLabel(s.state));
        if (!s.valueSeen.isEmpty() && s.state != VantageState::Matches) {
            line += u' ' + tr("sees \"%1\"").arg(CliOutput::escaped(s.valueSeen));
        }
        if (s.etaSeconds > 0) {
            line += u' ' + tr("(expected in %1 s)").arg(s.etaSeconds);
        }
        if (s.state == VantageState::Error) {
            line += u' ' + tr("(%1)").arg(CliOutput::escaped(s.reason));
        }
        m_output.err() << line << Qt::endl;
    });
    QObject::connect(&watcher, &PropagationWatcher::misplacementChanged, [&]() {
        for (const MisplacementFinding& f : watcher.misplacements()) {
            // The diagnosis quotes what DNS holds: outside data.
            m_output.err() << tr("[%1 s] Found in the wrong place: %2")
                                  .arg(watcher.elapsedMs() / 1000)
                                  .arg(CliOutput::escaped(f.diagnosis))
                           << Qt::endl;
        }
    });
    bool confirmed = false;
    QEventLoop loop;
    QObject::connect(&watcher, &PropagationWatcher::finished, &loop, [&](bool ok2, const QString& summary) {
        confirmed = ok2;
        m_output.err() << CliOutput::escaped(summary) << Qt::endl;
        loop.quit();
    });
    watcher.start();
    loop.exec();

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const VantageStatus& s : watcher.statuses()) {
            QJsonObject o{{QStringLiteral("server"), s.point.label},
                          {QStringLiteral("kind"), VantagePoint::kindKeyword(s.point.kind)},
                          {QStringLiteral("state"), vantageStateKeyword(s.state)},
                          {QStringLiteral("value"), s.valueSeen},
                          {QStringLiteral("questions"), s.questions}};
            if (s.etaSeconds >= 0) {
                o.insert(QStringLiteral("eta_seconds"), s.etaSeconds);
            }
            if (!s.reason.isEmpty()) {
                o.insert(QStringLiteral("reason"), s.reason);
            }
            list.append(o);
        }
        QJsonArray misplaced;
        for (const MisplacementFinding& f : watcher.misplacements()) {
            misplaced.append(QJsonObject{{QStringLiteral("kind"), f.kind == Misplacement::ZoneNameTwice
                                                                      ? QStringLiteral("zone-name-twice")
                                                                      : QStringLiteral("wrong-type")},
                                         {QStringLiteral("name"), f.name},
                                         {QStringLiteral("type"), recordTypeName(f.type)},
                                         {QStringLiteral("value"), f.value},
                                         {QStringLiteral("diagnosis"), f.diagnosis}});
        }
        m_output.printJson({{QStringLiteral("name"), expectation.name},
                            {QStringLiteral("type"), recordTypeName(expectation.type)},
                            {QStringLiteral("confirmed"), confirmed},
                            {QStringLiteral("elapsed_ms"), watcher.elapsedMs()},
                            {QStringLiteral("summary"), watcher.summary()},
                            {QStringLiteral("servers"), list},
                            {QStringLiteral("misplaced"), misplaced}});
    }
    return confirmed ? ExitOk : ExitProblem;
}

} // namespace mailauth::cli
