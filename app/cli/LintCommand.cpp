#include "LintCommand.h"

#include "CommandLine.h"
#include "core/DomainName.h"
#include "core/FindingCatalog.h"
#include "core/FindingJson.h"
#include "dkim/DkimKeyRecord.h"
#include "dmarc/DmarcLinter.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfLinter.h"
#include "spf/SpfRecord.h"
#include "text/TxtStrings.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace mailauth::cli {

LintCommand::LintCommand(CliOutput& output)
    : m_output(output)
{
}

int LintCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks one SPF, DMARC or DKIM key record without asking DNS, and says what is wrong and how to fix it.\n"
           "The record may be given as plain text or as zone-file quoted strings (\"part 1\" \"part 2\")."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), tr("spf, dmarc or dkim"));
    parser.addPositionalArgument(QStringLiteral("record"), tr("The record text; quote it for the shell."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object instead of text."));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          tr("For DMARC: the domain the record is published for (enables the "
                                             "subdomain and third-party report checks)."),
                                          tr("domain"));
    parser.addOption(jsonOption);
    parser.addOption(domainOption);
    if (const auto done = parseCommandLine(parser, arguments, m_output)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        m_output.err() << tr("Usage: mailauth lint spf|dmarc|dkim \"<record text>\" [--domain DOMAIN] [--json]")
                       << Qt::endl;
        return ExitUsage;
    }
    const QString kind = positional[0].toLower();
    const bool json = parser.isSet(jsonOption);
    if (kind == u"spf") {
        return lintSpf(positional[1], json);
    }
    QString domain;
    if (parser.isSet(domainOption)) {
        QString error;
        const auto name = DomainName::fromUserInput(parser.value(domainOption), &error);
        if (!name) {
            m_output.err() << error << Qt::endl;
            return ExitUsage;
        }
        domain = name->ace();
    }
    if (kind == u"dmarc") {
        return lintDmarc(positional[1], domain, json);
    }
    if (kind == u"dkim") {
        return lintDkim(positional[1], json);
    }
    m_output.err() << tr("Unknown record kind \"%1\"; use spf, dmarc or dkim.").arg(CliOutput::escaped(positional[0]))
                   << Qt::endl;
    return ExitUsage;
}

int LintCommand::lintSpf(const QString& text, bool json)
{
    const auto strings = TxtStrings::fromPresentation(text);
    if (!strings) {
        m_output.err() << tr("The quoted strings are not balanced: every string must start and end with \".")
                       << Qt::endl;
        return ExitUsage;
    }
    QByteArray joined;
    for (const QByteArray& s : *strings) {
        joined += s;
    }
    const SpfOfflineEvaluation e = SpfLinter::evaluateOffline(*strings);
    const SpfRecord& record = e.record;
    const Findings& findings = e.findings;
    const int lookups = e.lookups;
    const bool overLimit = e.overLimit;
    const bool valid = e.valid;
    QJsonArray terms;
    for (const SpfTerm& t : record.terms()) {
        QJsonObject o{{QStringLiteral("term"), t.text}, {QStringLiteral("position"), t.position}};
        if (t.isMechanism()) {
            o.insert(QStringLiteral("kind"), QStringLiteral("mechanism"));
            o.insert(QStringLiteral("qualifier"), QString(qualifierChar(t.qualifier)));
            o.insert(QStringLiteral("mechanism"), mechanismName(t.mechanism));
            if (!t.domainSpec.isEmpty()) {
                o.insert(QStringLiteral("domain"), t.domainSpec);
            }
            if (t.mechanism == SpfMechanism::Ip4 || t.mechanism == SpfMechanism::Ip6) {
                o.insert(QStringLiteral("network"), t.network.toString());
            }
            if (t.cidr4) {
                o.insert(QStringLiteral("cidr4"), *t.cidr4);
            }
            if (t.cidr6) {
                o.insert(QStringLiteral("cidr6"), *t.cidr6);
            }
        } else {
            o.insert(QStringLiteral("kind"), QStringLiteral("modifier"));
            o.insert(QStringLiteral("name"), t.name);
            o.insert(QStringLiteral("value"), t.value);
        }
        terms.append(o);
    }
    if (json) {
        m_output.printJson({{QStringLiteral("kind"), QStringLiteral("spf")},
                            {QStringLiteral("record"), QString::fromLatin1(joined)},
                            {QStringLiteral("valid"), valid},
                            {QStringLiteral("lookups"), lookups},
                            {QStringLiteral("terms"), terms},
                            {QStringLiteral("findings"), findingsToJson(findings)}});
    } else {
        m_output.out() << (valid                              ? tr("SPF record: valid")
                           : (!record.isValid() || overLimit) ? tr("SPF record: NOT valid (receivers return permerror)")
                                                              : tr("SPF record: NOT valid (see the errors below)"))
                       << Qt::endl;
        m_output.out() << tr("DNS lookups in this record itself: %1 of 10 (includes are not followed offline; "
                             "use the wizard or \"mailauth check\" for the full count).")
                              .arg(lookups)
                       << Qt::endl;
        m_output.printFindings(findings);
    }
    return valid ? ExitOk : ExitProblem;
}

int LintCommand::lintDmarc(const QString& text, const QString& domain, bool json)
{
    // Zone-file strings are the record exactly as it is published, a space inside the quotes included; plain text
    // is a paste, whose surrounding spaces are trimmed with a note.
    const auto strings =
        text.trimmed().startsWith(u'"') ? TxtStrings::fromPresentation(text) : std::optional<QList<QByteArray>>();
    QString value = text;
    if (strings) {
        value.clear();
        for (const QByteArray& s : *strings) {
            value += QString::fromUtf8(s);
        }
    }
    const DmarcEvaluation e =
        strings ? DmarcLinter::evaluate(value, domain) : DmarcLinter::evaluatePasted(value, domain);
    if (!strings) {
        value = value.trimmed();
    }
    const bool valid = recordVerdictValid(e.valid, e.findings);
    if (json) {
        QJsonObject tags;
        const DmarcRecord record = DmarcRecord::parse(value);
        for (const DmarcTag& t : record.tags()) {
            if (!tags.contains(t.name)) {
                tags.insert(t.name, t.value);
            }
        }
        if (DmarcRecord::looksLikeDmarc(value)) {
            tags.insert(QStringLiteral("v"), QStringLiteral("DMARC1"));
        }
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("dmarc")},
                      {QStringLiteral("record"), value},
                      {QStringLiteral("valid"), valid},
                      {QStringLiteral("tags"), tags},
                      {QStringLiteral("findings"), findingsToJson(e.findings)}};
        o.insert(QStringLiteral("policy"),
                 e.effectivePolicy ? QJsonValue(dmarcPolicyKeyword(*e.effectivePolicy)) : QJsonValue());
        m_output.printJson(o);
    } else {
        m_output.out() << (valid      ? tr("DMARC record: valid")
                           : !e.valid ? tr("DMARC record: NOT valid (receivers ignore it)")
                                      : tr("DMARC record: NOT valid (see the errors below)"))
                       << Qt::endl;
        if (e.effectivePolicy) {
            m_output.out() << tr("Policy receivers apply: %1").arg(dmarcPolicyKeyword(*e.effectivePolicy)) << Qt::endl;
        }
        m_output.printFindings(e.findings);
    }
    return valid ? ExitOk : ExitProblem;
}

int LintCommand::lintDkim(const QString& text, bool json)
{
    const auto strings = TxtStrings::fromPresentation(text);
    QString value = text;
    if (strings) {
        value.clear();
        for (const QByteArray& s : *strings) {
            value += QString::fromUtf8(s);
        }
    }
    const DkimKeyEvaluation e = DkimKeyRecord::evaluate(value);
    const bool valid = recordVerdictValid(e.valid, e.findings);
    if (json) {
        QJsonObject tags;
        for (const DkimTag& t : e.tags) {
            if (!tags.contains(t.name)) {
                tags.insert(t.name, t.value);
            }
        }
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("dkim")},
                      {QStringLiteral("valid"), valid},
                      {QStringLiteral("tags"), tags},
                      {QStringLiteral("key_bits"), e.keyBits},
                      {QStringLiteral("revoked"), e.revoked},
                      {QStringLiteral("findings"), findingsToJson(e.findings)}};
        if (e.keyType) {
            o.insert(QStringLiteral("key_type"),
                     *e.keyType == DkimKeyType::Rsa ? QStringLiteral("rsa") : QStringLiteral("ed25519"));
        }
        m_output.printJson(o);
    } else {
        m_output.out() << (valid      ? tr("DKIM key record: valid")
                           : !e.valid ? tr("DKIM key record: NOT valid (verifiers cannot use it)")
                                      : tr("DKIM key record: NOT valid (see the errors below)"))
                       << Qt::endl;
        if (e.keyBits > 0) {
            m_output.out() << tr("Key: %1, %2 bits (%3)")
                                  .arg(*e.keyType == DkimKeyType::Rsa ? QStringLiteral("RSA")
                                                                      : QStringLiteral("Ed25519"))
                                  .arg(e.keyBits)
                                  .arg(CliOutput::escaped(e.keyEncoding))
                           << Qt::endl;
        }
        m_output.printFindings(e.findings);
    }
    return valid ? ExitOk : ExitProblem;
}

} // namespace mailauth::cli
