#include "SpfLimitAdvice.h"

#include <QSet>

namespace mailauth {

namespace {

QString bare(QString domain)
{
    domain = domain.toLower();
    if (domain.endsWith(u'.')) {
        domain.chop(1);
    }
    return domain;
}

void collectDomains(const SpfBudgetNode& node, QSet<QString>& out)
{
    for (const SpfBudgetNode& child : node.children) {
        if (!child.domain.isEmpty()) {
            out.insert(bare(child.domain));
        }
        collectDomains(child, out);
    }
}

} // namespace

QString SpfLimitAdvice::consequence()
{
    return tr("Receivers stop at 10 DNS lookups and treat the record as an error (permerror): SPF then fails for all "
              "of the domain's mail, and DMARC passes only where DKIM signs.");
}

int SpfLimitAdvice::totalSaving(const QList<SpfAdvice>& advice)
{
    int total = 0;
    for (const SpfAdvice& a : advice) {
        total += a.saves;
    }
    return total;
}

QList<SpfAdvice> SpfLimitAdvice::advise(const SpfBudget& budget, const QString& domain,
                                        const QList<SenderInfo>& senders)
{
    QList<SpfAdvice> out;
    const QList<SpfBudgetNode>& terms = budget.root.children;
    for (int i = 0; i < terms.size(); ++i) {
        const SpfBudgetNode& node = terms[i];
        const QString term = node.term.toLower();
        if (node.totalLookups == 0) {
            continue; // ip4, ip6, all: free
        }
        // Included again through another term of the record: the servers stay authorised without it.
        QString coveredBy;
        for (int j = 0; j < terms.size() && coveredBy.isEmpty(); ++j) {
            QSet<QString> below;
            collectDomains(terms[j], below);
            if (j != i && !node.domain.isEmpty() && term.startsWith(QStringLiteral("include:")) &&
                below.contains(bare(node.domain))) {
                coveredBy = terms[j].term;
            }
        }
        if (!coveredBy.isEmpty()) {
            out.append(SpfAdvice{
                node.term,
                tr("Remove %1: %2 already includes it, so its servers stay authorised.").arg(node.term, coveredBy),
                node.totalLookups});
            continue;
        }
        // An include whose target has no record authorises no one; a/mx that find no address for one family still
        // work for the other, so they get the "replace by addresses" advice below instead.
        const bool include =
            term.startsWith(QStringLiteral("include:")) || term.startsWith(QStringLiteral("redirect="));
        if (include && (node.voidLookups > 0 || node.noRecord)) {
            out.append(SpfAdvice{node.term,
                                 tr("Remove %1: its lookup finds nothing, so it authorises no server and only uses "
                                    "up the budget.")
                                     .arg(node.term),
                                 node.totalLookups});
            continue;
        }
        if (term == u"ptr" || term.startsWith(QStringLiteral("ptr:"))) {
            out.append(SpfAdvice{node.term,
                                 tr("Remove %1: RFC 7208 advises against ptr; it is slow and many receivers skip it. "
                                    "List the servers' addresses with ip4/ip6 instead.")
                                     .arg(node.term),
                                 node.totalLookups});
            continue;
        }
        if (term == u"a" || term == u"mx" || term.startsWith(QStringLiteral("a:")) ||
            term.startsWith(QStringLiteral("mx:")) || term.startsWith(QStringLiteral("a/")) ||
            term.startsWith(QStringLiteral("mx/"))) {
            out.append(SpfAdvice{node.term,
                                 tr("Replace %1 with the addresses it stands for (ip4:/ip6:), which cost no lookup; "
                                    "update them when those servers change.")
                                     .arg(node.term),
                                 node.totalLookups});
            continue;
        }
        for (const SenderInfo& s : senders) {
            if (s.returnPathSubdomain && term == QStringLiteral("include:") + bare(s.include)) {
                out.append(
                    SpfAdvice{node.term,
                              tr("Move %1 to a subdomain: set it up with its own return-path (bounce) domain such as "
                                 "bounce.%2, whose SPF record holds %3. Its mail then passes SPF there and still "
                                 "aligns for DMARC, and %3 leaves this record.")
                                  .arg(s.name, domain, node.term),
                              node.totalLookups});
            }
        }
    }
    return out;
}

} // namespace mailauth
