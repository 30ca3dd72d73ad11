#include "ExistingRecords.h"

#include "PlanRules.h"
#include "dmarc/DmarcLinter.h"
#include "spf/SpfRecord.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

} // namespace

std::optional<SpfQualifier> ExistingRecords::strictestAll(const QStringList& records)
{
    std::optional<SpfQualifier> best;
    for (const QString& text : records) {
        const SpfRecord record = SpfRecord::parse(text);
        const int allIndex = record.allIndex();
        if (allIndex < 0) {
            continue;
        }
        const SpfQualifier q = record.terms()[allIndex].qualifier;
        if (!best || qualifierStrictness(q) > qualifierStrictness(*best)) {
            best = q;
        }
    }
    return best;
}

QString ExistingRecords::combinedSpf(const QStringList& records, const QStringList& removedTerms)
{
    if (records.isEmpty()) {
        return {};
    }
    const auto removed = [&](const QString& term) {
        return std::any_of(removedTerms.begin(), removedTerms.end(),
                           [&](const QString& r) { return r.compare(term, Qt::CaseInsensitive) == 0; });
    };
    if (records.size() == 1) {
        const SpfRecord record = SpfRecord::parse(records.first());
        if (!record.isValid() || removedTerms.isEmpty()) {
            return records.first(); // SpfComposer::merge says why a broken record cannot be merged
        }
        QStringList terms{QStringLiteral("v=spf1")};
        for (const SpfTerm& t : record.terms()) {
            if (!removed(t.text)) {
                terms.append(t.text);
            }
        }
        return terms.join(u' ');
    }
    QStringList terms{QStringLiteral("v=spf1")};
    QStringList modifiers;
    for (const QString& text : records) {
        const SpfRecord record = SpfRecord::parse(text);
        if (!record.isValid()) {
            return text; // merging stops at the broken one, with its error
        }
        const int allIndex = record.allIndex();
        for (int i = 0; i < record.terms().size(); ++i) {
            const SpfTerm& t = record.terms()[i];
            if (removed(t.text) || (allIndex >= 0 && i >= allIndex)) {
                continue;
            }
            if (t.isModifier(u"redirect")) {
                // Each record stood for the whole domain: its redirect target authorised servers just like an
                // include does, so those servers stay authorised.
                if (allIndex < 0) {
                    terms.append(QStringLiteral("include:") + t.value);
                }
                continue;
            }
            if (t.kind == SpfTerm::Kind::Modifier) {
                if (t.name != u"exp" && !modifiers.contains(t.text)) {
                    modifiers.append(t.text);
                }
                continue;
            }
            terms.append(t.text);
        }
    }
    if (const auto all = strictestAll(records)) {
        terms.append(*all == SpfQualifier::Pass ? QStringLiteral("+all") : qualifierChar(*all) + QStringLiteral("all"));
    }
    return (terms + modifiers).join(u' ');
}

void ExistingRecords::adoptDmarc(DomainPlan& plan, const QString& record)
{
    const DmarcEvaluation e = DmarcLinter::evaluate(record);
    const DmarcRecord parsed = DmarcRecord::parse(record);
    if (e.effectivePolicy) {
        for (int i = 0; i < plan.stages.size(); ++i) {
            if (plan.stages[i].policy == *e.effectivePolicy) {
                plan.currentStage = i;
                break;
            }
        }
    }
    // sp and np are kept only where the record sets them (left out, they follow p, and np follows sp), as written,
    // even where p itself is missing or broken.
    plan.subdomainPolicy = dmarcPolicyFromKeyword(parsed.value(u"sp").value_or(QString()).trimmed().toLower());
    plan.nonexistentPolicy = dmarcPolicyFromKeyword(parsed.value(u"np").value_or(QString()).trimmed().toLower());
    plan.testing = e.testing;
    plan.strictDkim = parsed.value(u"adkim").value_or(QString()).trimmed().toLower() == u"s";
    plan.strictSpf = parsed.value(u"aspf").value_or(QString()).trimmed().toLower() == u"s";
    const auto addresses = [](const QList<DmarcReportUri>& uris) {
        QStringList out;
        for (const DmarcReportUri& u : uris) {
            // Only what the DMARC page itself would accept: anything else could not be composed again.
            if (u.valid && u.mailto && PlanRules::checkReportAddress(u.address, nullptr) &&
                !out.contains(u.address, Qt::CaseInsensitive)) {
                out.append(u.address);
            }
        }
        return out;
    };
    const QStringList rua = addresses(e.rua);
    if (!rua.isEmpty() || parsed.value(u"rua")) {
        plan.aggregateReports = rua;
    }
    plan.failureReports = addresses(e.ruf);
    // fo as PlanRules accepts it ("1", "0:d"); a value it cannot read is left out (it only shapes failure reports).
    QString fo = parsed.value(u"fo").value_or(QString()).toLower();
    fo.remove(u' ');
    static const QRegularExpression foPattern(QStringLiteral("^[01ds](:[01ds])*$"));
    plan.failureOptions = plan.failureReports.isEmpty() || !foPattern.match(fo).hasMatch() ? QString() : fo;
}

QString ExistingRecords::asInherited(const QString& orgRecord)
{
    const DmarcEvaluation e = DmarcLinter::evaluate(orgRecord);
    if (!e.subdomainPolicy) {
        return {};
    }
    const DmarcRecord parsed = DmarcRecord::parse(orgRecord);
    // For an existing subdomain the organisation's sp (or p) is its policy; its own subdomains get the same.
    const QString p = dmarcPolicyKeyword(*e.subdomainPolicy);
    QStringList tags{QStringLiteral("v=DMARC1"), QStringLiteral("p=") + p, QStringLiteral("sp=") + p};
    if (e.nonexistentPolicy) {
        tags.append(QStringLiteral("np=") + dmarcPolicyKeyword(*e.nonexistentPolicy));
    }
    for (const QString& tag : {QStringLiteral("adkim"), QStringLiteral("aspf")}) {
        if (parsed.value(tag).value_or(QString()).trimmed().toLower() == u"s") {
            tags.append(tag + QStringLiteral("=s"));
        }
    }
    if (e.testing) {
        tags.append(QStringLiteral("t=y"));
    }
    for (const auto& [tag, uris] : {std::pair{QStringLiteral("rua"), e.rua}, std::pair{QStringLiteral("ruf"), e.ruf}}) {
        QStringList values;
        for (const DmarcReportUri& u : uris) {
            if (u.valid && u.mailto && PlanRules::checkReportAddress(u.address, nullptr)) {
                values.append(*DmarcComposer::mailtoUri(u.address));
            }
        }
        if (!values.isEmpty()) {
            tags.append(tag + u'=' + values.join(u','));
        }
    }
    return tags.join(QStringLiteral("; "));
}

void ExistingRecords::adopt(DomainPlan& plan, const AuditReport& report)
{
    // Each part is taken only when DNS answered for it: a timeout for MX says nothing about SPF.
    bool changed = false;
    const QString zone = report.zone.toLower();
    if (zone == plan.ace || plan.ace.endsWith(u'.' + zone)) {
        plan.zone = zone == plan.ace ? QString() : zone;
    }
    if (report.known(AuditPart::ApexTxt)) {
        const bool spfChanged = !plan.spfKnown || plan.existingSpf != report.spfRecords;
        plan.spfKnown = true;
        plan.existingSpf = report.spfRecords;
        if (spfChanged) {
            changed = true;
            plan.removedSpfTerms.clear();
            plan.spfFromScratch = false;
            // Start from today's ending; a +all or ?all (or none) starts at ~all, which refuses nothing new outright.
            if (const auto all = strictestAll(report.spfRecords)) {
                plan.allQualifier = *all == SpfQualifier::Fail ? SpfQualifier::Fail : SpfQualifier::SoftFail;
            } else if (!report.spfRecords.isEmpty()) {
                plan.allQualifier = SpfQualifier::SoftFail;
            }
        }
    }
    if (report.known(AuditPart::Dmarc)) {
        const QString own = report.dmarcRecord && report.dmarcPolicyDomain.compare(plan.ace, Qt::CaseInsensitive) == 0
                                ? *report.dmarcRecord
                                : QString();
        const QString inherited = own.isEmpty() && report.dmarcRecord ? asInherited(*report.dmarcRecord) : QString();
        const bool dmarcChanged = !plan.dmarcKnown || plan.existingDmarc != own || plan.inheritedDmarc != inherited;
        plan.dmarcKnown = true;
        plan.existingDmarc = own;
        plan.inheritedDmarc = inherited;
        if (dmarcChanged) {
            changed = true;
            if (!own.isEmpty() || !inherited.isEmpty()) {
                adoptDmarc(plan, own.isEmpty() ? inherited : own);
            }
        }
    }
    if (report.known(AuditPart::Mx)) {
        changed = changed || !plan.mxKnown || plan.existingMx != report.mx;
        plan.mxKnown = true;
        plan.existingMx = report.mx;
    }
    // DKIM: both selectors already point at Microsoft with keys behind them (signing set up before the takeover).
    // With nothing pasted, the plan keeps those CNAMEs as its own, so exports and the summary show them as kept
    // instead of leaving DKIM out. Pasted output from Exchange Online always wins.
    if (report.known(AuditPart::Dkim) && plan.role == DomainRole::Sending && plan.selector1Target.isEmpty() &&
        plan.selector2Target.isEmpty()) {
        QString targets[2];
        for (const DkimSelectorReport& s : report.dkim) {
            const int slot = s.selector == u"selector1" ? 0 : s.selector == u"selector2" ? 1 : -1;
            if (slot >= 0 && s.microsoftTarget && s.keyFound && !s.cname.isEmpty()) {
                targets[slot] = s.cname.endsWith(u'.') ? s.cname.chopped(1) : s.cname;
            }
        }
        // Held to the rules a project file's targets meet, so a plan that adopted them always saves and reopens.
        QString reason;
        if (!targets[0].isEmpty() && !targets[1].isEmpty() &&
            PlanRules::checkSelectorTarget(targets[0].toLower(), 1, &reason) &&
            PlanRules::checkSelectorTarget(targets[1].toLower(), 2, &reason)) {
            plan.selector1Target = targets[0].toLower();
            plan.selector2Target = targets[1].toLower();
        }
    }
    if (changed) {
        plan.acceptedWeakenings.clear(); // confirmed against records that are no longer there
    }
}

} // namespace mailauth
