#include "HeadersCommand.h"

#include "CommandLine.h"
#include "ResolverArguments.h"
#include "dkim/DkimKeyRecord.h"
#include "dkim/DkimPublicKey.h"
#include "dns/ResolverLookup.h"
#include "message/MessageAnalysis.h"
#include "text/TxtStrings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <cstdio>

namespace mailauth::cli {

namespace {

constexpr qsizetype kMaxKeyFileBytes = 64 * 1024;

QString esc(const QString& text)
{
    return CliOutput::escaped(text);
}

QJsonObject methodJson(const AuthResultMethod& m)
{
    QJsonObject properties;
    for (const AuthResultProperty& p : m.properties) {
        properties.insert(p.key(), p.value);
    }
    QJsonObject o{{QStringLiteral("method"), m.method},
                  {QStringLiteral("result"), m.result},
                  {QStringLiteral("reason"), m.reason},
                  {QStringLiteral("properties"), properties},
                  {QStringLiteral("comments"), QJsonArray::fromStringList(m.comments)}};
    if (m.version) {
        o.insert(QStringLiteral("version"), *m.version);
    }
    return o;
}

QJsonObject resultsJson(const AuthenticationResults& r)
{
    QJsonArray methods;
    for (const AuthResultMethod& m : r.methods) {
        methods.append(methodJson(m));
    }
    QJsonObject o{{QStringLiteral("authserv_id"), r.authservId},
                  {QStringLiteral("none"), r.none},
                  {QStringLiteral("methods"), methods},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
    if (r.version) {
        o.insert(QStringLiteral("version"), *r.version);
    }
    if (r.arcInstance) {
        o.insert(QStringLiteral("instance"), *r.arcInstance);
    }
    return o;
}

QString methodText(const AuthResultMethod& m)
{
    QString line = m.method + u'=' + m.result;
    if (!m.reason.isEmpty()) {
        line += QStringLiteral(" reason=\"%1\"").arg(m.reason);
    }
    for (const AuthResultProperty& p : m.properties) {
        line += u' ' + p.key() + u'=' + p.value;
    }
    for (const QString& c : m.comments) {
        line += QStringLiteral(" (%1)").arg(c);
    }
    return line;
}

QString delayText(qint64 seconds)
{
    if (seconds < 0) {
        return HeadersCommand::tr("%1 s (clocks disagree)").arg(seconds);
    }
    if (seconds < 120) {
        return HeadersCommand::tr("%1 s").arg(seconds);
    }
    if (seconds < 7200) {
        return HeadersCommand::tr("%1 min").arg(seconds / 60);
    }
    return HeadersCommand::tr("%1 h").arg(seconds / 3600);
}

} // namespace

HeadersCommand::HeadersCommand(CliOutput& output)
    : m_output(output)
{
}

std::optional<QString> HeadersCommand::keyRecordFromFile(const QByteArray& content, QString* error)
{
    const QString text = QString::fromUtf8(content).trimmed();
    static const QRegularExpression pem(
        QStringLiteral("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----"));
    if (const auto m = pem.match(text); m.hasMatch()) {
        QString body = m.captured(1);
        body.remove(QRegularExpression(QStringLiteral("\\s")));
        const QByteArray der = QByteArray::fromBase64(body.toLatin1());
        if (DkimPublicKey::decode(DkimKeyType::Rsa, der).decoded) {
            return QStringLiteral("v=DKIM1; k=rsa; p=") + body;
        }
        // An Ed25519 SubjectPublicKeyInfo is a fixed 12-octet prefix and the 32 raw octets (RFC 8410).
        static const QByteArray ed25519Prefix = QByteArray::fromHex("302a300506032b6570032100");
        if (der.size() == 44 && der.startsWith(ed25519Prefix)) {
            return QStringLiteral("v=DKIM1; k=ed25519; p=") + QString::fromLatin1(der.mid(12).toBase64());
        }
        *error = tr("The PEM public key is neither RSA nor Ed25519.");
        return std::nullopt;
    }
    QString record = text;
    // Zone-file style: quoted strings, possibly after an owner name and "IN TXT" and inside parentheses.
    if (const qsizetype quote = text.indexOf(u'"'); quote >= 0) {
        QString quoted = text.mid(quote);
        quoted.remove(QRegularExpression(QStringLiteral("[()]\\s*$")));
        quoted.replace(QRegularExpression(QStringLiteral("\"\\s*\\)")), QStringLiteral("\""));
        const auto strings = TxtStrings::fromPresentation(quoted.trimmed());
        if (!strings) {
            *error = tr("The quotes in the key file do not match.");
            return std::nullopt;
        }
        record = QString::fromUtf8(strings->join());
    }
    const DkimKeyEvaluation key = DkimKeyRecord::evaluate(record);
    if (key.keyBits == 0 && !key.revoked) {
        *error = tr("The key file holds no DKIM key record (v=DKIM1; k=rsa; p=...) and no PEM public key.");
        return std::nullopt;
    }
    return record;
}

int HeadersCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a received message (.eml, or the headers pasted from Outlook, OWA or Gmail's \"Show original\") and "
           "tells whether DKIM signing works for the sender's domain: every DKIM signature verified (key from DNS or "
           "--key-file), its alignment with the From domain, what the receiver saw (SPF, DKIM, DMARC, Microsoft's "
           "compauth and anti-spam stamps) and the route with the delay at each hop.\n"
           "Exit status: 0 = an aligned DKIM signature passes, 1 = not, 2 = the command could not run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The message or headers, or - for standard input."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     tr("Verify with this key instead of DNS (offline): a DKIM key record or a PEM "
                                        "public key."),
                                     tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(keyFile);
    parser.addOption(json);
    ResolverArguments servers;
    servers.addTo(parser);
    if (const auto done = parseCommandLine(parser, arguments, m_output, &servers)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        m_output.err() << tr("Usage: mailauth headers FILE|- [--resolver IP[:PORT]]... [--key-file F] [--json]")
                       << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened =
        path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        m_output.err() << tr("Cannot read \"%1\": %2").arg(esc(path), file.errorString()) << Qt::endl;
        return ExitUsage;
    }
    const QByteArray content = file.read(MessageHeaders::kMaxMessageBytes + 1);
    DkimVerifierOptions options;
    if (parser.isSet(keyFile)) {
        QFile key(parser.value(keyFile));
        if (!key.open(QIODevice::ReadOnly)) {
            m_output.err() << tr("Cannot read \"%1\": %2").arg(esc(key.fileName()), key.errorString()) << Qt::endl;
            return ExitUsage;
        }
        QString error;
        options.keyRecord = keyRecordFromFile(key.read(kMaxKeyFileBytes), &error);
        if (!options.keyRecord) {
            m_output.err() << tr("--key-file: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }

    const MessageHeaders message = MessageHeaders::parse(content);
    if (!message.ok) {
        m_output.err() << message.error << Qt::endl;
        return ExitUsage;
    }
    MessageAnalysis analysis;
    if (options.keyRecord) {
        analysis = MessageAnalysis::run(message, nullptr, options); // offline: no DNS at all
    } else {
        ResolverLookup lookup(servers.channels(), servers.maxInFlight);
        QEventLoop loop;
        // Cheap to re-run: the message is read once, the answers come from the lookup's cache.
        auto attempt = [&]() {
            analysis = MessageAnalysis::run(message, &lookup, options);
            if (!analysis.pending) {
                loop.quit();
            }
        };
        QObject::connect(&lookup, &ResolverLookup::answered, &loop, attempt);
        attempt();
        if (analysis.pending) {
            loop.exec();
        }
    }
    if (parser.isSet(json)) {
        printJson(analysis);
    } else {
        printText(analysis);
    }
    return analysis.alignedPass() ? ExitOk : ExitProblem;
}

void HeadersCommand::printText(const MessageAnalysis& a)
{
    QTextStream& out = m_output.out();
    out << esc(a.headline) << Qt::endl;
    for (const QString& step : a.nextSteps) {
        out << tr("Next: %1").arg(esc(step)) << Qt::endl;
    }
    out << Qt::endl;
    out << tr("From domain: %1").arg(a.fromDomain.isEmpty() ? tr("(none)") : esc(a.fromDomain)) << Qt::endl;
    if (a.headersOnly) {
        out << tr("Only the header was given: body hashes cannot be checked.") << Qt::endl;
    }

    out << Qt::endl << tr("DKIM signatures (%1):").arg(a.dkim.size()) << Qt::endl;
    int n = 0;
    for (const DkimSignatureReport& s : a.dkim) {
        const DkimVerification& v = s.verification;
        const DkimSignature& sig = v.signature;
        out << QStringLiteral("  %1. ").arg(++n)
            << tr("d=%1 s=%2 a=%3 c=%4: %5, %6")
                   .arg(esc(sig.domain), esc(sig.selector), esc(sig.algorithmText), esc(sig.canonicalizationText),
                        dkimResultKeyword(v.result), s.aligned ? tr("aligned") : tr("not aligned"));
        if (v.keyBits > 0) {
            out << tr(", %1-bit key").arg(v.keyBits);
        }
        out << Qt::endl;
        out << QStringLiteral("     ") << esc(v.reason) << Qt::endl;
        if (!sig.signedHeaders.isEmpty()) {
            out << QStringLiteral("     h=") << esc(sig.signedHeaders.join(u':')) << Qt::endl;
        }
        QStringList extra;
        if (sig.bodyLength) {
            extra << QStringLiteral("l=%1").arg(*sig.bodyLength);
        }
        if (sig.timestamp) {
            extra << QStringLiteral("t=%1 (%2)")
                         .arg(*sig.timestamp)
                         .arg(QDateTime::fromSecsSinceEpoch(*sig.timestamp, Qt::UTC).toString(Qt::ISODate));
        }
        if (sig.expiration) {
            extra << QStringLiteral("x=%1 (%2)")
                         .arg(*sig.expiration)
                         .arg(QDateTime::fromSecsSinceEpoch(*sig.expiration, Qt::UTC).toString(Qt::ISODate));
        }
        if (!extra.isEmpty()) {
            out << QStringLiteral("     ") << extra.join(u' ') << Qt::endl;
        }
        if (!v.keyCname.isEmpty()) {
            out << QStringLiteral("     ") << tr("key: %1 → CNAME %2").arg(esc(v.keyName), esc(v.keyCname)) << Qt::endl;
        }
        for (const QString& w : v.warnings) {
            out << QStringLiteral("     ") << tr("Warning: %1").arg(esc(w)) << Qt::endl;
        }
    }

    const ReceiverView& r = a.receiver;
    out << Qt::endl
        << tr("What the receiver saw (%1):").arg(r.authservId.isEmpty() ? tr("no authserv-id") : esc(r.authservId))
        << Qt::endl;
    auto line = [&](const QString& label, const QString& value, const QString& detail) {
        out << QStringLiteral("  %1: %2").arg(label, value.isEmpty() ? tr("(not stated)") : esc(value));
        if (!detail.isEmpty()) {
            out << QStringLiteral(" (%1)").arg(esc(detail));
        }
        out << Qt::endl;
    };
    line(QStringLiteral("SPF"), r.spf,
         r.spfDomain.isEmpty() ? QString() : QStringLiteral("smtp.mailfrom=") + r.spfDomain);
    line(QStringLiteral("DKIM"), r.dkim,
         r.dkimDomain.isEmpty() ? QString() : QStringLiteral("header.d=") + r.dkimDomain);
    QStringList dmarcDetail;
    if (!r.dmarcAction.isEmpty()) {
        dmarcDetail << QStringLiteral("action=") + r.dmarcAction;
    }
    if (!r.dmarcPolicy.isEmpty()) {
        dmarcDetail << r.dmarcPolicy;
    }
    line(QStringLiteral("DMARC"), r.dmarc, dmarcDetail.join(QStringLiteral(", ")));
    if (!r.compauth.isEmpty()) {
        line(QStringLiteral("compauth"), r.compauth,
             r.compauthReason.isEmpty() ? QString() : tr("reason %1: %2").arg(r.compauthReason, r.compauthMeaning));
    }
    if (!r.receivedSpfDetail.isEmpty()) {
        line(QStringLiteral("Received-SPF"), r.receivedSpf, r.receivedSpfDetail);
    }

    if (!a.authenticationResults.isEmpty() || !a.arcAuthenticationResults.isEmpty()) {
        out << Qt::endl << tr("Authentication-Results, top first:") << Qt::endl;
        for (const AuthenticationResults& ar : a.authenticationResults) {
            out << QStringLiteral("  [%1]").arg(ar.authservId.isEmpty() ? tr("no authserv-id") : esc(ar.authservId))
                << Qt::endl;
            for (const AuthResultMethod& m : ar.methods) {
                out << QStringLiteral("    ") << esc(methodText(m)) << Qt::endl;
            }
        }
        for (const AuthenticationResults& ar : a.arcAuthenticationResults) {
            out << QStringLiteral("  ARC i=%1 [%2]").arg(ar.arcInstance.value_or(0)).arg(esc(ar.authservId))
                << Qt::endl;
            for (const AuthResultMethod& m : ar.methods) {
                out << QStringLiteral("    ") << esc(methodText(m)) << Qt::endl;
            }
        }
    }

    if (a.microsoft.present) {
        out << Qt::endl << tr("Microsoft anti-spam stamps:") << Qt::endl;
        for (const AntispamField& f : a.microsoft.forefront) {
            if (f.meaning.isEmpty() && f.name != u"SFV" && f.name != u"CAT") {
                continue; // SFS, SRV, ARA: internal rule numbers, not for people
            }
            out << QStringLiteral("  %1:%2").arg(esc(f.name), esc(f.value));
            if (!f.meaning.isEmpty()) {
                out << QStringLiteral("  ") << f.meaning;
            }
            out << Qt::endl;
        }
        if (a.microsoft.bcl) {
            out << QStringLiteral("  BCL:%1  %2").arg(*a.microsoft.bcl).arg(a.microsoft.bclMeaning) << Qt::endl;
        }
    }

    if (!a.hops.isEmpty()) {
        out << Qt::endl << tr("Route, first hop first:") << Qt::endl;
        int i = 0;
        for (const ReceivedHop& h : a.hops) {
            QString text = QStringLiteral("  %1. ").arg(++i);
            text += tr("from %1").arg(h.from.isEmpty() ? tr("(unnamed)") : esc(h.from));
            if (!h.fromIp.isEmpty()) {
                text += QStringLiteral(" [%1]").arg(esc(h.fromIp));
            }
            if (!h.by.isEmpty()) {
                text += u' ' + tr("by %1").arg(esc(h.by));
            }
            if (!h.with.isEmpty()) {
                text += u' ' + tr("with %1").arg(esc(h.with));
            }
            if (h.time.isValid()) {
                text += QStringLiteral(", ") + h.time.toString(Qt::ISODate);
            }
            if (h.delaySeconds) {
                text += QStringLiteral(" (+%1)").arg(delayText(*h.delaySeconds));
            }
            out << text << Qt::endl;
        }
    }
    for (const QString& note : a.notes) {
        out << tr("Note: %1").arg(esc(note)) << Qt::endl;
    }
}

void HeadersCommand::printJson(const MessageAnalysis& a)
{
    QJsonArray dkim;
    for (const DkimSignatureReport& s : a.dkim) {
        const DkimVerification& v = s.verification;
        const DkimSignature& sig = v.signature;
        QJsonObject o{{QStringLiteral("domain"), sig.domain},
                      {QStringLiteral("selector"), sig.selector},
                      {QStringLiteral("algorithm"), sig.algorithmText},
                      {QStringLiteral("canonicalization"), sig.canonicalizationText},
                      {QStringLiteral("result"), dkimResultKeyword(v.result)},
                      {QStringLiteral("reason"), v.reason},
                      {QStringLiteral("aligned"), s.aligned},
                      {QStringLiteral("key_bits"), v.keyBits},
                      {QStringLiteral("key_type"), v.keyType},
                      {QStringLiteral("key_name"), v.keyName},
                      {QStringLiteral("key_cname"), v.keyCname},
                      {QStringLiteral("key_from_file"), v.keyFromFile},
                      {QStringLiteral("headers"), QJsonArray::fromStringList(sig.signedHeaders)},
                      {QStringLiteral("identity"), sig.identity},
                      {QStringLiteral("body_checked"), v.bodyChecked},
                      {QStringLiteral("body_hash_matches"), v.bodyHashMatches},
                      {QStringLiteral("unsigned_body_octets"), v.unsignedBodyOctets},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(v.warnings)}};
        o.insert(QStringLiteral("header_signature"),
                 v.headerSignatureVerifies ? QJsonValue(*v.headerSignatureVerifies) : QJsonValue());
        o.insert(QStringLiteral("body_length"), sig.bodyLength ? QJsonValue(*sig.bodyLength) : QJsonValue());
        o.insert(QStringLiteral("timestamp"), sig.timestamp ? QJsonValue(*sig.timestamp) : QJsonValue());
        o.insert(QStringLiteral("expiration"), sig.expiration ? QJsonValue(*sig.expiration) : QJsonValue());
        dkim.append(o);
    }
    QJsonArray results;
    for (const AuthenticationResults& r : a.authenticationResults) {
        results.append(resultsJson(r));
    }
    QJsonArray arcResults;
    for (const AuthenticationResults& r : a.arcAuthenticationResults) {
        arcResults.append(resultsJson(r));
    }
    QJsonArray hops;
    for (const ReceivedHop& h : a.hops) {
        QJsonObject o{{QStringLiteral("from"), h.from},
                      {QStringLiteral("from_ip"), h.fromIp},
                      {QStringLiteral("by"), h.by},
                      {QStringLiteral("with"), h.with},
                      {QStringLiteral("time"), h.time.isValid() ? h.time.toString(Qt::ISODate) : QString()}};
        o.insert(QStringLiteral("delay_seconds"), h.delaySeconds ? QJsonValue(*h.delaySeconds) : QJsonValue());
        hops.append(o);
    }
    QJsonObject fields;
    for (const AntispamField& f : a.microsoft.forefront) {
        fields.insert(f.name, QJsonObject{{QStringLiteral("value"), f.value}, {QStringLiteral("meaning"), f.meaning}});
    }
    const ReceiverView& r = a.receiver;
    QJsonObject microsoft{{QStringLiteral("present"), a.microsoft.present},
                          {QStringLiteral("forefront"), fields},
                          {QStringLiteral("bcl_meaning"), a.microsoft.bclMeaning},
                          {QStringLiteral("compauth"), QJsonObject{{QStringLiteral("result"), r.compauth},
                                                                   {QStringLiteral("reason"), r.compauthReason},
                                                                   {QStringLiteral("meaning"), r.compauthMeaning}}}};
    microsoft.insert(QStringLiteral("scl"), a.microsoft.scl ? QJsonValue(*a.microsoft.scl) : QJsonValue());
    microsoft.insert(QStringLiteral("bcl"), a.microsoft.bcl ? QJsonValue(*a.microsoft.bcl) : QJsonValue());
    m_output.printJson(
        {{QStringLiteral("verdict"), MessageAnalysis::verdictKeyword(a.verdict)},
         {QStringLiteral("headline"), a.headline},
         {QStringLiteral("next_steps"), QJsonArray::fromStringList(a.nextSteps)},
         {QStringLiteral("from_domain"), a.fromDomain},
         {QStringLiteral("from_org_domain"), a.fromOrgDomain},
         {QStringLiteral("headers_only"), a.headersOnly},
         {QStringLiteral("dkim"), dkim},
         {QStringLiteral("authentication_results"), results},
         {QStringLiteral("arc_authentication_results"), arcResults},
         {QStringLiteral("spf"), QJsonObject{{QStringLiteral("result"), r.spf},
                                             {QStringLiteral("domain"), r.spfDomain},
                                             {QStringLiteral("received_spf"), r.receivedSpf},
                                             {QStringLiteral("received_spf_detail"), r.receivedSpfDetail}}},
         {QStringLiteral("dmarc"), QJsonObject{{QStringLiteral("result"), r.dmarc},
                                               {QStringLiteral("action"), r.dmarcAction},
                                               {QStringLiteral("policy"), r.dmarcPolicy},
                                               {QStringLiteral("header_from"), r.dmarcFrom},
                                               {QStringLiteral("strict_alignment"), a.strictAlignment}}},
         {QStringLiteral("hops"), hops},
         {QStringLiteral("microsoft"), microsoft},
         {QStringLiteral("notes"), QJsonArray::fromStringList(a.notes)}});
}

} // namespace mailauth::cli
