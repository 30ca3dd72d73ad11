#include "SpfCommand.h"

#include "CommandLine.h"
#include "ResolverArguments.h"
#include "core/DomainName.h"
#include "dns/ResolverLookup.h"
#include "spf/SpfEvaluator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <algorithm>

namespace mailauth::cli {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

SpfCommand::SpfCommand(CliOutput& output)
    : m_output(output)
{
}

int SpfCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates SPF as a receiving mail server would (RFC 7208 check_host): is this IP address allowed to send "
           "for the sender's domain? With an empty sender (bounces) the HELO name's policy is checked.\n"
           "Exit status: 0 = pass, 1 = any other result, 2 = the check could not run."));
    parser.addHelpOption();
    const QCommandLineOption ip(QStringLiteral("ip"), tr("The sending server's IP address."), tr("ADDRESS"));
    const QCommandLineOption sender(QStringLiteral("sender"), tr("The MAIL FROM address; may be empty (\"\")."),
                                    tr("ADDRESS"));
    const QCommandLineOption helo(QStringLiteral("helo"), tr("The HELO/EHLO name the server gave."), tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    for (const auto& o : {ip, sender, helo, json}) {
        parser.addOption(o);
    }
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }
    QString error;
    const auto address = IpAddress::parse(parser.value(ip).trimmed());
    if (!parser.isSet(ip) || !address) {
        m_output.err() << tr("Give the sending server's address with --ip, e.g. --ip 192.0.2.25.") << Qt::endl;
        return ExitUsage;
    }
    QString mailFrom = parser.value(sender).trimmed();
    QString heloName = parser.value(helo).trimmed();
    if (mailFrom.isEmpty() && heloName.isEmpty()) {
        m_output.err()
            << tr("Give --sender, or --helo when the sender is empty (RFC 7208 2.4 then checks the HELO name).")
            << Qt::endl;
        return ExitUsage;
    }
    // DNS only knows A-labels: bücher.example is asked as xn--bcher-kva.example. The local part stays as given.
    const qsizetype at = mailFrom.lastIndexOf(u'@');
    if (const QString domain = mailFrom.mid(at + 1); !domain.isEmpty() && !isAscii(domain)) {
        const auto name = DomainName::fromUserInput(domain, &error);
        if (!name) {
            m_output.err() << tr("--sender: %1").arg(CliOutput::escaped(error)) << Qt::endl;
            return ExitUsage;
        }
        mailFrom = mailFrom.left(at + 1) + name->ace();
    }
    if (!isAscii(heloName)) {
        const auto name = DomainName::fromUserInput(heloName, &error);
        if (!name) {
            m_output.err() << tr("--helo: %1").arg(CliOutput::escaped(error)) << Qt::endl;
            return ExitUsage;
        }
        heloName = name->ace();
    }

    const QList<AresChannel::Options> channels = servers.channels();
    ResolverLookup lookup(channels, servers.maxInFlight);
    SpfEvaluator evaluator(lookup);
    SpfCheckRequest request{*address, mailFrom, heloName, {}, 0};
    SpfCheckOutcome outcome;
    QEventLoop loop;
    // check_host() is re-run from the start as answers arrive: it is cheap, and the cache makes each re-run ask only
    // the next question.
    auto attempt = [&]() {
        outcome = evaluator.check(request);
        if (!outcome.pending) {
            loop.quit();
        }
    };
    QObject::connect(&lookup, &ResolverLookup::answered, &loop, attempt);
    attempt();
    if (outcome.pending) {
        loop.exec();
    }
    if (parser.isSet(json)) {
        m_output.printJson({{QStringLiteral("result"), spfResultKeyword(outcome.result)},
                            {QStringLiteral("domain"), outcome.domain},
                            {QStringLiteral("explanation"), outcome.explanation},
                            {QStringLiteral("reason"), outcome.reason},
                            {QStringLiteral("lookups"), outcome.lookups},
                            {QStringLiteral("void_lookups"), outcome.voidLookups},
                            {QStringLiteral("questions"), lookup.questionsAsked()}});
    } else {
        // The domain, the reason (which quotes records) and above all the exp= text come from DNS.
        m_output.out() << tr("SPF result for %1 from %2: %3")
                              .arg(CliOutput::escaped(outcome.domain), address->toString(),
                                   spfResultKeyword(outcome.result))
                       << Qt::endl;
        m_output.out() << spfResultDescription(outcome.result) << Qt::endl;
        if (!outcome.reason.isEmpty()) {
            m_output.out() << CliOutput::escaped(outcome.reason) << Qt::endl;
        }
        if (!outcome.explanation.isEmpty()) {
            m_output.out() << tr("Explanation: %1").arg(CliOutput::escaped(outcome.explanation)) << Qt::endl;
        }
        m_output.out()
            << tr("DNS lookups counted: %1 of 10 (void: %2 of 2)").arg(outcome.lookups).arg(outcome.voidLookups)
            << Qt::endl;
    }
    return outcome.result == SpfResult::Pass ? ExitOk : ExitProblem;
}

} // namespace mailauth::cli
