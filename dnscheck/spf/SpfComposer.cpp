#include "SpfComposer.h"

#include "SpfMacroString.h"
#include "SpfRecord.h"

namespace mailauth {

namespace {

QString termKey(const SpfTerm& t)
{
    if (t.kind == SpfTerm::Kind::Modifier) {
        return t.name + u'=' + t.value.toLower();
    }
    QString key = mechanismName(t.mechanism) + u':';
    switch (t.mechanism) {
    case SpfMechanism::Ip4:
        return key + t.network.toString() + u'/' + QString::number(t.cidr4.value_or(32));
    case SpfMechanism::Ip6:
        return key + t.network.toString() + u'/' + QString::number(t.cidr6.value_or(128));
    default: {
        QString spec = t.domainSpec.toLower();
        if (spec.endsWith(u'.')) {
            spec.chop(1);
        }
        return key + spec + u'/' + QString::number(t.cidr4.value_or(-1)) + u'/' + QString::number(t.cidr6.value_or(-1));
    }
    }
}

struct PlanTerms
{
    QStringList terms;
    QStringList errors;
};

PlanTerms planTerms(const SpfPlan& plan)
{
    PlanTerms out;
    auto addNetwork = [&](const QString& value, bool v4) {
        const QString term = (v4 ? QStringLiteral("ip4:") : QStringLiteral("ip6:")) + value.trimmed();
        const SpfRecord probe = SpfRecord::parse(QStringLiteral("v=spf1 ") + term);
        if (!probe.isValid() || probe.terms().size() != 1) {
            out.errors.append(v4 ? SpfComposer::tr("\"%1\" is not an IPv4 address or network.").arg(value)
                                 : SpfComposer::tr("\"%1\" is not an IPv6 address or network.").arg(value));
            return;
        }
        out.terms.append(term);
    };
    for (const QString& a : plan.ip4) {
        addNetwork(a, true);
    }
    for (const QString& a : plan.ip6) {
        addNetwork(a, false);
    }
    for (const QString& include : plan.includes) {
        QString domain = include.trimmed();
        if (domain.startsWith(QStringLiteral("include:"), Qt::CaseInsensitive)) {
            domain = domain.mid(8);
        }
        if (domain.endsWith(u'.')) {
            domain.chop(1); // Microsoft's "trailing dot" mistake; never emit it
        }
        if (!SpfMacroString::parse(domain, MacroContext::DomainSpec) || domain.contains(u'%')) {
            out.errors.append(SpfComposer::tr("\"%1\" is not a domain name that can follow include:.").arg(include));
            continue;
        }
        out.terms.append(QStringLiteral("include:") + domain.toLower());
    }
    return out;
}

QString allTerm(SpfQualifier q)
{
    return q == SpfQualifier::Pass ? QStringLiteral("+all") : qualifierChar(q) + QStringLiteral("all");
}

} // namespace

QString SpfComposer::microsoftIncludeFor(QStringView cloudId)
{
    // Mirrors resources/clouds.json for callers without the catalogue (command line, tests).
    if (cloudId == u"gcchigh" || cloudId == u"dod") {
        return QStringLiteral("spf.protection.office365.us");
    }
    if (cloudId == u"china") {
        return QStringLiteral("spf.protection.partner.outlook.cn");
    }
    return QStringLiteral("spf.protection.outlook.com");
}

SpfComposition SpfComposer::compose(const SpfPlan& plan)
{
    return merge(QString(), plan);
}

SpfComposition SpfComposer::merge(const QString& existing, const SpfPlan& plan)
{
    SpfComposition result;
    const PlanTerms wanted = planTerms(plan);
    result.errors = wanted.errors;
    result.ok = wanted.errors.isEmpty();

    QStringList terms;
    QStringList keys;
    QStringList trailingModifiers;
    bool hasRedirect = false;
    QString oldAll;

    if (!existing.trimmed().isEmpty()) {
        const SpfRecord record = SpfRecord::parse(existing.trimmed());
        if (!record.isValid()) {
            result.ok = false;
            result.errors.append(tr("The existing record cannot be merged until its errors are fixed: %1")
                                     .arg(record.errors().first().message));
            return result;
        }
        const int allIndex = record.allIndex();
        for (int i = 0; i < record.terms().size(); ++i) {
            const SpfTerm& t = record.terms()[i];
            if (t.isMechanism() && t.mechanism == SpfMechanism::All) {
                if (i == allIndex) {
                    oldAll = t.text;
                }
                continue;
            }
            if (allIndex >= 0 && i > allIndex && t.isMechanism()) {
                result.dropped.append(t.text); // never evaluated (after "all")
                continue;
            }
            const QString key = termKey(t);
            if (keys.contains(key)) {
                result.dropped.append(t.text);
                continue;
            }
            if (t.kind == SpfTerm::Kind::Modifier) {
                hasRedirect = hasRedirect || t.name == u"redirect";
                if (t.name == u"redirect" && allIndex >= 0) {
                    result.dropped.append(t.text); // ignored next to "all"
                    continue;
                }
                trailingModifiers.append(t.text);
            } else {
                terms.append(t.text);
            }
            keys.append(key);
            result.kept.append(t.text);
        }
        hasRedirect = hasRedirect && allIndex < 0;
    }

    for (const QString& term : wanted.terms) {
        const SpfRecord probe = SpfRecord::parse(QStringLiteral("v=spf1 ") + term);
        const QString key = termKey(probe.terms().first());
        if (keys.contains(key)) {
            continue;
        }
        keys.append(key);
        terms.append(term);
        result.added.append(term);
    }

    QStringList all{QStringLiteral("v=spf1")};
    all += terms;
    if (!hasRedirect) {
        const QString newAll = allTerm(plan.allQualifier);
        all.append(newAll);
        if (!oldAll.isEmpty() && oldAll != newAll && !(oldAll == u"all" && newAll == u"+all")) {
            result.allChange = oldAll + QStringLiteral(" → ") + newAll;
        }
    }
    all += trailingModifiers;
    result.record = all.join(u' ');
    return result;
}

} // namespace mailauth
