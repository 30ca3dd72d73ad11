#include "WeakeningCheck.h"

#include "dmarc/DmarcLinter.h"
#include "spf/SpfRecord.h"

#include <QSet>

namespace mailauth {

namespace {

// How much an "all" refuses: -all > ~all > ?all (or none) > +all.
// The strictness of a record's ending: its first "all", or a redirect (judged by its target, not here), or the
// implicit ?all of a record that ends without either (RFC 7208 4.7).
std::optional<int> endingStrictness(const SpfRecord& record)
{
    const int allIndex = record.allIndex();
    if (allIndex >= 0) {
        return qualifierStrictness(record.terms()[allIndex].qualifier);
    }
    for (const SpfTerm& t : record.terms()) {
        if (t.isModifier(u"redirect")) {
            return std::nullopt;
        }
    }
    return qualifierStrictness(SpfQualifier::Neutral);
}

// The terms that let a server pass: mechanisms before "all" with a pass qualifier, and a redirect without "all".
QStringList passingTerms(const SpfRecord& record)
{
    QStringList out;
    const int allIndex = record.allIndex();
    for (int i = 0; i < record.terms().size(); ++i) {
        const SpfTerm& t = record.terms()[i];
        if (allIndex >= 0 && i >= allIndex) {
            break;
        }
        // Every mechanism before "all" decides for some servers (a -ip4: refuses what a later ip4: range allows).
        if ((t.isMechanism() && t.mechanism != SpfMechanism::All) || (allIndex < 0 && t.isModifier(u"redirect"))) {
            out.append(spfTermKey(t.text));
        }
    }
    return out;
}

int policyRank(std::optional<DmarcPolicy> p)
{
    return p ? static_cast<int>(*p) : -1;
}

QString policyText(std::optional<DmarcPolicy> p)
{
    return p ? dmarcPolicyKeyword(*p) : WeakeningCheck::tr("(none)");
}

bool strict(const DmarcRecord& record, QStringView tag)
{
    return record.value(tag).value_or(QString()).trimmed().toLower() == u"s";
}

} // namespace

QList<Weakening> WeakeningCheck::compareSpf(const QStringList& existing, const QString& proposed)
{
    QList<Weakening> out;
    if (existing.isEmpty()) {
        return out;
    }
    const auto add = [&](const QString& key, const QString& what) {
        out.append(Weakening{QStringLiteral("spf"), key, what});
    };
    if (proposed.trimmed().isEmpty()) {
        add(QStringLiteral("spf.removed"),
            tr("The SPF record published today is removed: any server can then send mail as the domain."));
        return out;
    }
    const SpfRecord next = SpfRecord::parse(proposed);
    const QStringList nextTerms = passingTerms(next);
    // Includes reached through a redirect still authorise their servers.
    QSet<QString> kept(nextTerms.begin(), nextTerms.end());
    std::optional<int> strictest;
    bool anyRedirectOnly = false;
    QStringList removed;
    for (const QString& text : existing) {
        const SpfRecord record = SpfRecord::parse(text);
        if (!record.isValid()) {
            continue; // receivers reject it today (permerror): it authorises no one
        }
        for (const QString& term : passingTerms(record)) {
            QString alternative = term;
            if (term.startsWith(QStringLiteral("redirect="))) {
                alternative = QStringLiteral("include:") + term.mid(9); // the same servers, as an include
            }
            if (!kept.contains(term) && !kept.contains(alternative) && !removed.contains(term)) {
                removed.append(term);
            }
        }
        const std::optional<int> ending = endingStrictness(record);
        if (ending) {
            strictest = std::max(strictest.value_or(0), *ending);
        } else {
            anyRedirectOnly = true;
        }
    }
    for (const QString& term : removed) {
        add(QStringLiteral("spf.term:") + term,
            term.startsWith(u'-') || term.startsWith(u'~') || term.startsWith(u'?')
                ? tr("%1 is removed from SPF: the servers it refused are then judged by the rest of the record.")
                      .arg(term)
                : tr("%1 is removed from SPF: mail its servers send as the domain then fails SPF.").arg(term));
    }
    const std::optional<int> nextEnding = endingStrictness(next);
    if (strictest && nextEnding && *nextEnding < *strictest && !anyRedirectOnly) {
        add(QStringLiteral("spf.all:") +
                (next.allIndex() >= 0 ? next.terms()[next.allIndex()].text.toLower() : QStringLiteral("?all")),
            tr("The record ends more permissively than today's (%1 instead of %2): servers that are not listed are "
               "refused less firmly.")
                .arg(next.allIndex() >= 0 ? next.terms()[next.allIndex()].text : QStringLiteral("?all"),
                     *strictest == 3   ? QStringLiteral("-all")
                     : *strictest == 2 ? QStringLiteral("~all")
                                       : QStringLiteral("?all")));
    }
    return out;
}

QList<Weakening> WeakeningCheck::compareDmarc(const QString& existing, const QString& proposed)
{
    QList<Weakening> out;
    if (!DmarcRecord::looksLikeDmarc(existing)) {
        return out;
    }
    const auto add = [&](const QString& key, const QString& what) {
        out.append(Weakening{QStringLiteral("dmarc"), key, what});
    };
    const DmarcEvaluation before = DmarcLinter::evaluate(existing);
    if (!DmarcRecord::looksLikeDmarc(proposed)) {
        add(QStringLiteral("dmarc.removed"),
            tr("The DMARC record published today is removed: receivers then apply no policy to mail that fails."));
        return out;
    }
    const DmarcEvaluation after = DmarcLinter::evaluate(proposed);
    const struct
    {
        const char* key;
        const char* tag;
        std::optional<DmarcPolicy> was;
        std::optional<DmarcPolicy> will;
    } policies[] = {{"dmarc.p", "p", before.effectivePolicy, after.effectivePolicy},
                    {"dmarc.sp", "sp", before.subdomainPolicy, after.subdomainPolicy},
                    {"dmarc.np", "np", before.nonexistentPolicy, after.nonexistentPolicy}};
    for (const auto& p : policies) {
        if (policyRank(p.will) < policyRank(p.was)) {
            // The key names the new value: a yes to quarantine is no yes to none.
            add(QString::fromLatin1(p.key) + u':' + (p.will ? dmarcPolicyKeyword(*p.will) : QStringLiteral("unset")),
                tr("%1 is lowered from %2 to %3: receivers act less firmly on mail "
                   "that fails DMARC.")
                    .arg(QString::fromLatin1(p.tag), policyText(p.was), policyText(p.will)));
        }
    }
    if (after.testing && !before.testing) {
        add(QStringLiteral("dmarc.t"),
            tr("t=y is added: receivers apply the next lower policy while the record says it is being tested."));
    }
    const DmarcRecord was = DmarcRecord::parse(existing);
    const DmarcRecord will = DmarcRecord::parse(proposed);
    for (const QString& tag : {QStringLiteral("adkim"), QStringLiteral("aspf")}) {
        if (strict(was, tag) && !strict(will, tag)) {
            add(QStringLiteral("dmarc.") + tag,
                tr("%1 goes from strict to relaxed: mail from subdomains then aligns too.").arg(tag));
        }
    }
    const auto addresses = [](const QList<DmarcReportUri>& uris) {
        QStringList list;
        for (const DmarcReportUri& u : uris) {
            if (u.valid && !(u.mailto && u.address.isEmpty())) { // an address that never worked is not lost
                list.append(u.mailto ? u.address.toLower() : u.uri.toLower());
            }
        }
        return list;
    };
    for (const auto& [tag, wasUris, willUris] : {std::tuple{QStringLiteral("rua"), before.rua, after.rua},
                                                 std::tuple{QStringLiteral("ruf"), before.ruf, after.ruf}}) {
        const QStringList next = addresses(willUris);
        for (const QString& address : addresses(wasUris)) {
            if (!next.contains(address)) {
                add(QStringLiteral("dmarc.%1:%2").arg(tag, address),
                    tr("The report address %1 (%2) is removed: whoever reads those reports stops receiving them.")
                        .arg(address, tag));
            }
        }
    }
    return out;
}

QList<Weakening> WeakeningCheck::compareMx(const QStringList& existing, const QStringList& proposed)
{
    const bool working = !existing.isEmpty() && existing != QStringList{QStringLiteral(".")};
    if (working && proposed == QStringList{QStringLiteral(".")}) {
        return {Weakening{QStringLiteral("mx"), QStringLiteral("mx.null"),
                          tr("The MX record (%1) is replaced by a null MX: mail sent to the domain is refused from "
                             "then on. Delete those MX records: the null MX must be the only one.")
                              .arg(existing.join(QStringLiteral(", ")))}};
    }
    return {};
}

QList<Weakening> WeakeningCheck::compare(const RecordState& existing, const RecordState& proposed)
{
    return compareSpf(existing.spf, proposed.spf.value(0)) + compareDmarc(existing.dmarc, proposed.dmarc) +
           compareMx(existing.mx, proposed.mx);
}

} // namespace mailauth
