#include "DmarcLinter.h"

#include "OrganizationalDomain.h"
#include "core/DomainName.h"
#include "core/FindingCatalog.h"

#include <QRegularExpression>
#include <QUrl>

namespace mailauth {

namespace {

const QStringList& knownTags()
{
    static const QStringList tags = {QStringLiteral("p"),   QStringLiteral("sp"),    QStringLiteral("np"),
                                     QStringLiteral("psd"), QStringLiteral("t"),     QStringLiteral("rua"),
                                     QStringLiteral("ruf"), QStringLiteral("adkim"), QStringLiteral("aspf"),
                                     QStringLiteral("fo")};
    return tags;
}

bool isPolicyKeyword(const QString& v)
{
    return dmarcPolicyFromKeyword(v).has_value();
}

} // namespace

QString DmarcLinter::authorizationName(const QString& policyDomain, const QString& reportHost)
{
    return policyDomain.toLower() + QStringLiteral("._report._dmarc.") + reportHost.toLower();
}

QList<DmarcReportUri> DmarcLinter::parseUris(const QString& value)
{
    QList<DmarcReportUri> uris;
    for (const QString& piece : value.split(u',')) {
        DmarcReportUri u;
        u.uri = piece.trimmed();
        if (u.uri.isEmpty()) {
            continue;
        }
        QString uri = u.uri;
        const qsizetype bang = uri.indexOf(u'!');
        if (bang >= 0) {
            uri.truncate(bang); // the obsolete !size suffix; reporters ignore it
        }
        static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.+)$"));
        const auto m = scheme.match(uri);
        if (!m.hasMatch()) {
            uris.append(u);
            continue;
        }
        u.mailto = m.captured(1).compare(u"mailto", Qt::CaseInsensitive) == 0;
        if (!u.mailto) {
            u.valid = QUrl(uri, QUrl::StrictMode).isValid();
            uris.append(u);
            continue;
        }
        QString address = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        const qsizetype query = address.indexOf(u'?');
        if (query >= 0) {
            address.truncate(query);
        }
        const qsizetype at = address.lastIndexOf(u'@');
        if (at > 0 && !address.contains(u' ')) {
            const auto host = DomainName::fromUserInput(address.mid(at + 1));
            if (host) {
                u.address = address;
                u.host = host->ace();
                u.valid = true;
            }
        }
        uris.append(u);
    }
    return uris;
}

DmarcEvaluation DmarcLinter::evaluatePasted(const QString& text, const QString& domain)
{
    const QString trimmed = text.trimmed();
    DmarcEvaluation e = evaluate(trimmed, domain);
    if (!trimmed.isEmpty() && !text.startsWith(trimmed)) {
        e.findings.prepend(FindingCatalog::make(
            "dmarc.pasted-whitespace-trimmed",
            tr("The spaces or tabs before the pasted record were removed before checking it. Published in DNS with "
               "them, the record would not start with v=DMARC1 and receivers would ignore it."),
            tr("Make sure the value in your DNS panel starts with v=DMARC1, with nothing before it.")));
    }
    return e;
}

DmarcEvaluation DmarcLinter::evaluate(const QString& input, const QString& domain, DnsLookup* dns)
{
    DmarcEvaluation e;
    // Only the end is trimmed: whitespace before "v=DMARC1" makes receivers discard the record (RFC 9989 4.10).
    QString text = input;
    while (!text.isEmpty() && text.back().isSpace()) {
        text.chop(1);
    }
    auto add = [&](const char* code, const QString& message, const QString& fix, int pos = -1) {
        e.findings.append(FindingCatalog::make(code, message, fix, pos));
    };

    if (text.startsWith(u'"')) {
        add("dmarc.quoted-value",
            tr("The record value starts with a quotation mark. The DNS panel stored the quotes as part of the value, "
               "so receivers do not recognise the record."),
            tr("Enter the value without quotation marks: %1").arg(QString(text).remove(u'"')));
    }
    const DmarcRecord record = DmarcRecord::parse(text);
    if (!record.hasVersion()) {
        const bool wrongCase = text.contains(QStringLiteral("v=dmarc1"), Qt::CaseInsensitive) &&
                               !text.contains(QStringLiteral("v=DMARC1"));
        const bool leadingSpace = DmarcRecord::looksLikeDmarc(text.trimmed());
        add("dmarc.not-dmarc",
            leadingSpace ? tr("The record starts with a space or tab before \"v=DMARC1\"; receivers only accept a "
                              "record that starts with v=DMARC1, so they ignore this one.")
            : wrongCase  ? tr("The version must be written exactly \"v=DMARC1\" (upper case); receivers ignore this "
                               "record.")
                         : tr("A DMARC record must begin with \"v=DMARC1\"; receivers ignore this record."),
            tr("Start the record with \"v=DMARC1; \", for example \"v=DMARC1; p=none; rua=mailto:dmarc@%1\".")
                .arg(domain.isEmpty() ? QStringLiteral("contoso.com") : domain));
        return e;
    }

    for (const DmarcRecord::SyntaxProblem& p : record.problems()) {
        add("dmarc.syntax", tr("\"%1\" is not of the form tag=value; receivers ignore it.").arg(p.text),
            tr("Write each setting as tag=value and separate settings with \";\"."), p.position);
    }

    static const QRegularExpression swallowed(QStringLiteral("\\s+([A-Za-z]+)\\s*=\\s*\\S"));
    QStringList seen;
    for (const DmarcTag& t : record.tags()) {
        if (seen.contains(t.name)) {
            add("dmarc.duplicate-tag", tr("\"%1\" appears more than once; receivers may use either value.").arg(t.name),
                tr("Keep one \"%1=\" and delete the others.").arg(t.name), t.position);
        }
        seen.append(t.name);
        if (const auto m = swallowed.match(t.value); m.hasMatch()) {
            const QString before = t.value.left(m.capturedStart(0)).trimmed();
            add("dmarc.missing-semicolon",
                tr("A \";\" is missing after \"%1=%2\": receivers read \"%3\" as part of the %1 value.")
                    .arg(t.name, before, t.value.mid(m.capturedStart(1))),
                tr("Put \"; \" between the settings: \"%1=%2; %3\".")
                    .arg(t.name, before, t.value.mid(m.capturedStart(1))),
                t.position);
        }
        if (t.value.contains(u'"') || t.value.contains(u'\'')) {
            add("dmarc.quoted-value", tr("The value of \"%1\" contains quotation marks.").arg(t.name),
                tr("Remove the quotation marks: %1=%2").arg(t.name, QString(t.value).remove(u'"').remove(u'\'')),
                t.position);
        }
        if (t.name == u"pct") {
            const bool partial = t.value != u"100";
            add("dmarc.legacy-pct",
                partial ? tr("\"pct\" was removed by RFC 9989 (May 2026); current receivers ignore it, so pct=%1 "
                             "now means the policy applies to all mail.")
                              .arg(t.value)
                        : tr("\"pct\" was removed by RFC 9989 (May 2026); current receivers ignore it."),
                partial ? tr("Remove pct=%1. To soften the policy while testing, add \"t=y\" (receivers apply one "
                             "level lower: reject acts as quarantine, quarantine as none).")
                              .arg(t.value)
                        : tr("Remove pct=100; it has no effect."),
                t.position);
        } else if (t.name == u"rf" || t.name == u"ri") {
            add("dmarc.legacy-tag", tr("\"%1\" was removed by RFC 9989; receivers ignore it.").arg(t.name),
                tr("Remove %1=%2.").arg(t.name, t.value), t.position);
        } else if (!knownTags().contains(t.name)) {
            add("dmarc.unknown-tag", tr("\"%1\" is not a DMARC tag; receivers ignore it.").arg(t.name),
                tr("Check the spelling (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) or remove it."), t.position);
        }
    }

    // Values of the single-letter switches: invalid ones fall back to their defaults (RFC 9989 4.8).
    auto checkChoice = [&](const char* tag, const QStringList& allowed, const QString& meaning) {
        const auto v = record.value(QString::fromLatin1(tag));
        if (v && !allowed.contains(v->toLower())) {
            add("dmarc.invalid-value",
                tr("\"%1=%2\" is not valid (%3); receivers use the default instead.")
                    .arg(QLatin1String(tag), *v, meaning),
                tr("Use one of: %1.").arg(allowed.join(QStringLiteral(", "))));
        }
    };
    checkChoice("adkim", {QStringLiteral("r"), QStringLiteral("s")}, tr("r = relaxed, s = strict"));
    checkChoice("aspf", {QStringLiteral("r"), QStringLiteral("s")}, tr("r = relaxed, s = strict"));
    checkChoice("t", {QStringLiteral("y"), QStringLiteral("n")}, tr("y = test mode, n = normal"));
    checkChoice("psd", {QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("u")}, tr("y, n or u"));
    if (const auto fo = record.value(u"fo")) {
        const QStringList options = fo->split(u':');
        const bool allValid = std::all_of(options.begin(), options.end(), [](const QString& o) {
            return QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"), QStringLiteral("s")}
                .contains(o.trimmed().toLower());
        });
        const bool exclusive = options.contains(QStringLiteral("0")) && options.contains(QStringLiteral("1"));
        if (!allValid || exclusive) {
            add("dmarc.invalid-value",
                tr("\"fo=%1\" is not valid: use 0, 1, d or s separated by \":\", and not 0 and 1 together.").arg(*fo),
                tr("For example fo=1 (report any failure) or remove fo."));
        }
    }

    // Policies (RFC 9989 4.10.1): an invalid p, sp or np voids the record unless rua gives a fallback to p=none.
    e.rua = parseUris(record.value(u"rua").value_or(QString()));
    e.ruf = parseUris(record.value(u"ruf").value_or(QString()));
    const bool ruaUsable = std::any_of(e.rua.begin(), e.rua.end(), [](const DmarcReportUri& u) { return u.valid; });
    bool policyBroken = false;
    const auto p = record.value(u"p");
    if (!p) {
        policyBroken = true;
        add("dmarc.policy-missing",
            ruaUsable ? tr("The record has no policy (p=); receivers treat it as p=none and only send reports.")
                      : tr("The record has no policy (p=) and no report address; receivers ignore it."),
            tr("Add a policy right after the version: \"v=DMARC1; p=none; ...\"."));
    } else if (!isPolicyKeyword(*p)) {
        policyBroken = true;
        add("dmarc.invalid-policy", tr("\"p=%1\" is not a policy; only none, quarantine and reject are.").arg(*p),
            tr("Write p=none, p=quarantine or p=reject."));
    } else {
        e.effectivePolicy = dmarcPolicyFromKeyword(*p);
    }
    for (const char* tag : {"sp", "np"}) {
        const auto v = record.value(QString::fromLatin1(tag));
        if (!v) {
            continue;
        }
        if (!isPolicyKeyword(*v)) {
            policyBroken = true;
            add("dmarc.invalid-policy",
                tr("\"%1=%2\" is not a policy; only none, quarantine and reject are. Receivers then ignore the "
                   "record's policy altogether.")
                    .arg(QLatin1String(tag), *v),
                tr("Write %1=none, %1=quarantine or %1=reject, or remove it.").arg(QLatin1String(tag)));
        }
    }
    if (policyBroken) {
        e.valid = ruaUsable;
        e.effectivePolicy = ruaUsable ? std::optional<DmarcPolicy>(DmarcPolicy::None) : std::nullopt;
    } else {
        e.valid = true;
        e.subdomainPolicy = dmarcPolicyFromKeyword(record.value(u"sp").value_or(*p));
        e.nonexistentPolicy = dmarcPolicyFromKeyword(record.value(u"np").value_or(record.value(u"sp").value_or(*p)));
    }
    e.testing = record.value(u"t").value_or(QString()).toLower() == u"y";

    if (e.effectivePolicy == DmarcPolicy::None && !policyBroken) {
        add("dmarc.policy-none",
            tr("p=none only monitors: mail that fails DMARC is still delivered, so the domain can still be spoofed."),
            tr("Read the aggregate reports for two to four weeks; when all legitimate senders pass, move to "
               "p=quarantine, then p=reject."));
    }
    if (e.testing) {
        add("dmarc.test-mode",
            tr("t=y (test mode): receivers apply one level less than the policy (reject acts as quarantine, "
               "quarantine as none)."),
            tr("Remove t=y when the reports show that legitimate mail passes."));
    }

    if (domain.isEmpty() == false && record.value(u"sp")) {
        const QString org = OrganizationalDomain::fromPublicSuffixList(domain);
        if (org.compare(domain, Qt::CaseInsensitive) != 0) {
            add("dmarc.sp-on-subdomain",
                tr("sp= in the record of %1 has no effect: receivers use sp only from the organisational domain "
                   "(%2).")
                    .arg(domain, org),
                tr("Remove sp= here; set sp= in the record at _dmarc.%1 instead.").arg(org));
        }
    }

    if (e.rua.isEmpty()) {
        add("dmarc.no-rua",
            tr("No report address (rua=): you will not learn who sends mail as this domain, which you need before "
               "enforcing."),
            tr("Add rua=mailto:dmarc-reports@%1 (a shared mailbox works well).")
                .arg(domain.isEmpty() ? QStringLiteral("contoso.com") : domain));
    }
    const QString policyDomain = domain.toLower();
    const QString policyOrg = domain.isEmpty() ? QString() : OrganizationalDomain::fromPublicSuffixList(domain);
    QStringList checkedHosts;
    for (const auto& [tag, list] : {std::pair<QString, QList<DmarcReportUri>>{QStringLiteral("rua"), e.rua},
                                    std::pair<QString, QList<DmarcReportUri>>{QStringLiteral("ruf"), e.ruf}}) {
        for (const DmarcReportUri& u : list) {
            if (u.uri.contains(u'!')) {
                add("dmarc.uri-size-limit",
                    tr("\"%1\" has a size limit (!…), which RFC 9989 made obsolete; reporters ignore it.").arg(u.uri),
                    tr("Remove the \"!\" and what follows it."));
            }
            if (!u.valid && !u.mailto && !u.uri.contains(u':')) {
                add("dmarc.uri-not-mailto",
                    tr("\"%1\" in %2 is not a URI; receivers will not send reports to it.").arg(u.uri, tag),
                    tr("Write %1=mailto:%2").arg(tag, u.uri));
                continue;
            }
            if (!u.mailto) {
                add("dmarc.uri-not-mailto",
                    tr("\"%1\" in %2 is not a mailto: address; receivers only send reports by e-mail.").arg(u.uri, tag),
                    tr("Use a mailbox: %1=mailto:dmarc-reports@%2")
                        .arg(tag, domain.isEmpty() ? QStringLiteral("contoso.com") : domain));
                continue;
            }
            if (!u.valid) {
                add("dmarc.invalid-uri", tr("\"%1\" in %2 is not a valid e-mail address.").arg(u.uri, tag),
                    tr("Write it as mailto:name@example.com; percent-encode \",\" and \"!\" inside the address."));
                continue;
            }
            if (policyDomain.isEmpty() || checkedHosts.contains(u.host)) {
                continue;
            }
            checkedHosts.append(u.host);
            if (OrganizationalDomain::fromPublicSuffixList(u.host) == policyOrg) {
                continue;
            }
            const QString authName = authorizationName(policyDomain, u.host);
            const QString authRecord = tr("%1 TXT \"v=DMARC1;\"").arg(authName);
            const DnsAnswer answer = dns != nullptr ? dns->lookup(authName, RecordType::TXT) : DnsAnswer{};
            if (answer.status == DnsStatus::Pending) {
                e.pending = true; // judged when the answer is in; saying nothing yet beats a wrong finding
                continue;
            }
            if (dns == nullptr || isFailure(answer.status)) {
                add("dmarc.external-reports",
                    tr("Reports go to %1, another organisation's domain. Receivers send them only if %1 publishes "
                       "an authorisation record.")
                        .arg(u.host),
                    tr("Ask the owner of %1 (your report provider) to publish: %2").arg(u.host, authRecord));
                continue;
            }
            bool authorised = false;
            for (const DnsRecord& r : answer.recordsOfType(RecordType::TXT)) {
                authorised = authorised || DmarcRecord::looksLikeDmarc(QString::fromUtf8(r.txtJoined()));
            }
            if (!authorised && !isFailure(answer.status)) {
                // RFC 9990 4 allows a wildcard authorisation for every domain.
                const DnsAnswer wildcard = dns->lookup(QStringLiteral("*._report._dmarc.") + u.host, RecordType::TXT);
                if (wildcard.status == DnsStatus::Pending) {
                    e.pending = true;
                    continue;
                }
                for (const DnsRecord& r : wildcard.recordsOfType(RecordType::TXT)) {
                    authorised = authorised || DmarcRecord::looksLikeDmarc(QString::fromUtf8(r.txtJoined()));
                }
            }
            if (!authorised) {
                add("dmarc.report-authorization-missing",
                    tr("Reports for %1 go to %2, but %2 has not authorised them, so receivers drop them silently.")
                        .arg(policyDomain, u.host),
                    tr("The owner of %1 (not you) must publish: %2").arg(u.host, authRecord));
            } else {
                add("dmarc.external-reports",
                    tr("Reports go to %1, another organisation's domain, which has authorised them.").arg(u.host),
                    tr("Nothing to do."));
            }
        }
    }
    if (!e.ruf.isEmpty()) {
        add("dmarc.ruf-not-sent-by-microsoft",
            tr("ruf= asks for failure reports. Microsoft 365 and most large receivers never send them."),
            tr("Keep it if you want them from the few receivers that do; rely on rua= aggregate reports."));
    }
    if (record.value(u"fo") && e.ruf.isEmpty()) {
        add("dmarc.fo-without-ruf", tr("fo= only affects failure reports, and the record asks for none (no ruf=)."),
            tr("Remove fo=, or add ruf= if you want failure reports."));
    }
    return e;
}

} // namespace mailauth
