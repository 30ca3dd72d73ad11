#include "SpfLinter.h"

#include "SpfEvaluator.h"
#include "SpfMacroString.h"
#include "SpfRecordSelection.h"
#include "core/FindingCatalog.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

QString recordWith(const SpfRecord& record, const SpfTerm& term, const QString& replacement)
{
    QString text = record.text();
    return text.replace(term.position, term.text.size(), replacement);
}

} // namespace

SpfOfflineEvaluation SpfLinter::evaluateOffline(const QList<QByteArray>& strings)
{
    SpfOfflineEvaluation e;
    QByteArray joined;
    for (const QByteArray& s : strings) {
        joined += s;
    }
    e.record = SpfRecord::parse(QString::fromLatin1(joined));
    e.findings = lint(strings);
    for (int i = 0; i < e.record.terms().size(); ++i) {
        e.lookups += e.record.countsTowardLookupLimit(i) ? 1 : 0;
    }
    // The includes add more, but over the limit already, every receiver returns permerror whatever they hold.
    e.overLimit = e.lookups > SpfEvaluator::kLookupLimit;
    if (e.overLimit) {
        e.findings.append(FindingCatalog::make(
            "spf.too-many-lookups",
            tr("The record itself has %1 terms that need a DNS lookup (include, a, mx, ptr, exists, redirect); "
               "receivers stop at %2 and return permerror, so SPF fails for all mail. The includes add more.")
                .arg(e.lookups)
                .arg(SpfEvaluator::kLookupLimit),
            tr("Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a "
               "subdomain with its own SPF record. Do not flatten Microsoft's include: its addresses change.")));
    }
    e.valid = recordVerdictValid(e.record.isValid(), e.findings);
    return e;
}

Findings SpfLinter::lint(const QList<QByteArray>& strings)
{
    Findings findings;
    QByteArray joined;
    for (const QByteArray& s : strings) {
        joined += s;
        if (s.size() > kMaxStringLength) {
            findings.append(FindingCatalog::make(
                "spf.string-too-long",
                tr("One string of the record is %1 characters long; a DNS TXT string holds at most %2.")
                    .arg(s.size())
                    .arg(kMaxStringLength),
                tr("Publish the record as several quoted strings of at most %1 characters each, for example "
                   "\"v=spf1 ... \" \"include:... -all\". Receivers join them with nothing in between.")
                    .arg(kMaxStringLength)));
        }
    }
    if (joined.size() > kRecommendedMaxLength) {
        findings.append(FindingCatalog::make(
            "spf.too-long-for-udp",
            tr("The record is %1 characters long. Over %2, the DNS answer may not fit in one UDP packet and some "
               "receivers fail to fetch it.")
                .arg(joined.size())
                .arg(kRecommendedMaxLength),
            tr("Shorten the record: remove senders you no longer use, or move bulk senders to a subdomain with its "
               "own SPF record.")));
    }
    findings += lint(SpfRecord::parse(QString::fromLatin1(joined)));
    return findings;
}

Findings SpfLinter::lint(const SpfRecord& record)
{
    Findings findings;
    const QString& text = record.text();

    // Microsoft's "space after include:" mistake: say it plainly rather than only "unknown mechanism".
    static const QRegularExpression spaceAfterColon(
        QStringLiteral("(?:^|\\s)([+?~-]?(?:include|a|mx|ptr|exists|ip4|ip6|redirect|exp))([:=]) +(\\S+)"),
        QRegularExpression::CaseInsensitiveOption);
    bool reportedSpace = false;
    for (auto it = spaceAfterColon.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString fixed = m.captured(1) + m.captured(2) + m.captured(3);
        findings.append(FindingCatalog::make(
            "spf.space-after-colon",
            tr("There is a space after \"%1%2\", so \"%3\" is read as a separate, unknown term.")
                .arg(m.captured(1), m.captured(2), m.captured(3)),
            tr("Remove the space: write \"%1\".").arg(fixed), static_cast<int>(m.capturedStart(1))));
        reportedSpace = true;
    }

    for (const SpfSyntaxError& e : record.errors()) {
        // The space mistake already explains the follow-on errors it causes.
        if (reportedSpace && (e.code == u"spf.unknown-mechanism" || e.code == u"spf.syntax")) {
            continue;
        }
        QString fix;
        if (e.code == u"spf.not-spf") {
            fix =
                tr("Start the record with \"v=spf1\", for example \"v=spf1 include:spf.protection.outlook.com -all\".");
        } else if (e.code == u"spf.non-ascii") {
            fix = tr("Type the record again by hand or paste it from a plain-text editor.");
        } else if (e.code == u"spf.duplicate-modifier") {
            fix = tr("Keep only one of them.");
        } else if (e.code == u"spf.unknown-mechanism") {
            fix = tr("Check the spelling; a sender's own documentation gives the exact term (usually include:...).");
        } else {
            fix = tr("Correct the term at position %1; receivers reject the whole record (permerror) while it is "
                     "there.")
                      .arg(e.position + 1);
        }
        findings.append(FindingCatalog::make(e.code.toLatin1().constData(), e.message, fix, e.position));
    }
    if (record.errors().size() == 1 && record.errors().first().code == u"spf.not-spf") {
        return findings;
    }
    if (!record.errors().isEmpty() && record.errors().first().code == u"spf.non-ascii") {
        return findings;
    }

    const int allIndex = record.allIndex();
    const SpfTerm* redirect = record.modifier(u"redirect");
    if (allIndex >= 0) {
        const SpfTerm& all = record.terms()[allIndex];
        switch (all.qualifier) {
        case SpfQualifier::Pass:
            findings.append(FindingCatalog::make(
                "spf.pass-all",
                tr("\"%1\" allows every server on the Internet to send mail as this domain.").arg(all.text),
                tr("Replace it with \"-all\": %1").arg(recordWith(record, all, QStringLiteral("-all"))), all.position));
            break;
        case SpfQualifier::Neutral:
            findings.append(FindingCatalog::make(
                "spf.neutral-all", tr("\"?all\" says nothing about servers not listed; it is meant for testing only."),
                tr("Use \"-all\" (Microsoft's recommendation with DKIM and DMARC): %1")
                    .arg(recordWith(record, all, QStringLiteral("-all"))),
                all.position));
            break;
        case SpfQualifier::SoftFail:
            findings.append(FindingCatalog::make(
                "spf.softfail-all",
                tr("\"~all\" marks mail from unlisted servers as suspicious but asks receivers to accept it. "
                   "Without a DKIM signature, DMARC then cannot act on SPF failures."),
                tr("Once every sender is listed and DKIM is on, switch to \"-all\": %1")
                    .arg(recordWith(record, all, QStringLiteral("-all"))),
                all.position));
            break;
        case SpfQualifier::Fail:
            break;
        }
        for (int i = allIndex + 1; i < record.terms().size(); ++i) {
            const SpfTerm& t = record.terms()[i];
            if (t.isMechanism()) {
                findings.append(FindingCatalog::make(
                    "spf.terms-after-all", tr("\"%1\" comes after \"all\", so receivers never look at it.").arg(t.text),
                    tr("Move \"%1\" in front of \"%2\".").arg(t.text, all.text), t.position));
            }
        }
        if (redirect != nullptr) {
            findings.append(FindingCatalog::make(
                "spf.redirect-with-all",
                tr("The record has both \"all\" and \"%1\"; with \"all\" present the redirect is ignored.")
                    .arg(redirect->text),
                tr("Remove \"%1\", or remove \"all\" if the redirect target should decide.").arg(redirect->text),
                redirect->position));
        }
    } else if (redirect == nullptr && record.isValid()) {
        findings.append(FindingCatalog::make(
            "spf.no-all",
            tr("The record ends without \"all\" or \"redirect=\", so servers that are not listed get \"neutral\": "
               "nothing is said about them."),
            tr("End the record with \"-all\": %1 -all").arg(text.trimmed())));
    }

    for (const SpfTerm& t : record.terms()) {
        if (t.isMechanism() && t.mechanism == SpfMechanism::Ptr) {
            findings.append(FindingCatalog::make(
                "spf.ptr",
                tr("\"%1\" uses reverse DNS, which is slow, unreliable and discouraged by RFC 7208; many receivers "
                   "ignore it.")
                    .arg(t.text),
                tr("Replace \"%1\" with the servers' addresses (ip4:/ip6:) or an include from the provider.")
                    .arg(t.text),
                t.position));
        }
        if (t.isMechanism() && t.mechanism == SpfMechanism::Include && t.domainSpec.endsWith(u'.')) {
            QString fixed = t.text;
            fixed.chop(1);
            findings.append(FindingCatalog::make(
                "spf.include-trailing-dot",
                tr("\"%1\" ends with a dot. Microsoft lists this as a common mistake; some checkers treat it as an "
                   "error.")
                    .arg(t.text),
                tr("Write \"%1\".").arg(fixed), t.position));
        }
        if (t.isMechanism() && t.mechanism == SpfMechanism::Include &&
            t.domainSpec.compare(u"spf.protection.outlook.de", Qt::CaseInsensitive) == 0) {
            findings.append(FindingCatalog::make(
                "spf.legacy-microsoft-include",
                tr("\"%1\" belongs to Microsoft Cloud Deutschland, which closed in October 2021.").arg(t.text),
                tr("Use include:spf.protection.outlook.com, the include of the worldwide service that migrated "
                   "tenants now use."),
                t.position));
        }
        if (t.kind != SpfTerm::Kind::Modifier || t.name == u"redirect" || t.name == u"exp") {
            continue;
        }
        static const QStringList mechanismNames = {
            QStringLiteral("include"), QStringLiteral("a"),   QStringLiteral("mx"),  QStringLiteral("ptr"),
            QStringLiteral("exists"),  QStringLiteral("ip4"), QStringLiteral("ip6"), QStringLiteral("all")};
        if (mechanismNames.contains(t.name)) {
            findings.append(FindingCatalog::make(
                "spf.include-equals",
                tr("\"%1\" uses \"=\" where SPF needs \":\"; receivers read it as an unknown modifier and ignore it, "
                   "so these senders are not authorised.")
                    .arg(t.text),
                tr("Write \"%1:%2\".").arg(t.name, t.value), t.position));
        } else {
            findings.append(FindingCatalog::make(
                "spf.unknown-modifier", tr("\"%1\" is not a modifier SPF defines; receivers ignore it.").arg(t.text),
                tr("Remove it unless a provider asked for it."), t.position));
        }
    }
    return findings;
}

Findings SpfLinter::lintRecordSet(const QList<QByteArray>& joinedTexts)
{
    Findings findings;
    const SpfRecordSelection selection = SpfRecordSelection::fromTexts(joinedTexts);
    if (selection.count() > 1) {
        QStringList records;
        for (const QByteArray& r : selection.records()) {
            records.append(QString::fromLatin1(r));
        }
        findings.append(FindingCatalog::make(
            "spf.multiple-records",
            tr("The name has %1 SPF records. Receivers then return permerror and ignore all of them: %2")
                .arg(selection.count())
                .arg(records.join(QStringLiteral(" | "))),
            tr("Merge them into one record (the wizard's SPF page does this) and delete the others.")));
    }
    return findings;
}

} // namespace mailauth
