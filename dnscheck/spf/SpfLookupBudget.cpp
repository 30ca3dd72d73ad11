#include "SpfLookupBudget.h"

#include "SpfEvaluator.h"
#include "SpfMacroString.h"
#include "SpfRecord.h"
#include "SpfRecordSelection.h"
#include "core/FindingCatalog.h"

#include <algorithm>

namespace mailauth {

namespace {

QString canonical(QString name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name.toLower();
}

int sumLookups(const SpfBudgetNode& node)
{
    int total = node.ownLookups;
    for (const SpfBudgetNode& child : node.children) {
        total += sumLookups(child);
    }
    return total;
}

void fillTotals(SpfBudgetNode& node)
{
    for (SpfBudgetNode& child : node.children) {
        fillTotals(child);
    }
    node.totalLookups = sumLookups(node);
}

} // namespace

SpfLookupBudget::SpfLookupBudget(DnsLookup& dns)
    : m_dns(dns)
{
}

void SpfLookupBudget::reset(const SpfBudgetNode* root)
{
    m_pending = false;
    m_findings.clear();
    m_root = root;
    m_topTerm.clear();
    m_overLimitTerm.clear();
    m_counted = 0;
    m_voidV4 = 0;
    m_voidV6 = 0;
    m_truncated = false;
}

bool SpfLookupBudget::count(const SpfBudgetNode& node, const SpfTerm& term)
{
    if (&node == m_root) {
        m_topTerm = term.text;
    }
    if (m_counted >= kCountUpTo || voidLimitReached()) {
        m_truncated = true;
        return false;
    }
    ++m_counted;
    if (m_counted == SpfEvaluator::kLookupLimit + 1) {
        m_overLimitTerm = m_topTerm;
    }
    return true;
}

SpfLookupBudget::VoidCount SpfLookupBudget::mxVoidLookups(const QList<DnsRecord>& exchanges)
{
    // 4.6.4: the address lookups of the exchanges are this term's queries too. A receiver asks only for the client's
    // family (A for IPv4, AAAA for IPv6), so each family is counted on its own: an exchange with addresses of one
    // family only is void for clients of the other, and the budget reports the worse family (voidLimitReached(),
    // summarise()). Counting "void only when both are empty" would miss a record that fails for every IPv6 sender.
    VoidCount found;
    for (const DnsRecord& exchange : exchanges.mid(0, SpfEvaluator::kNameLimit)) {
        const QString host = canonical(exchange.target);
        if (host.isEmpty()) {
            continue; // null MX (RFC 7505)
        }
        const DnsAnswer a = m_dns.lookup(host, RecordType::A);
        const DnsAnswer aaaa = m_dns.lookup(host, RecordType::AAAA);
        if (a.status == DnsStatus::Pending || aaaa.status == DnsStatus::Pending) {
            m_pending = true;
            continue;
        }
        found.v4 += isNegative(a.status) ? 1 : 0;
        found.v6 += isNegative(aaaa.status) ? 1 : 0;
    }
    return found;
}

void SpfLookupBudget::addVoid(SpfBudgetNode& node, VoidCount count)
{
    node.voidLookups += std::max(count.v4, count.v6); // the worse family, for this term
    m_voidV4 += count.v4;
    m_voidV6 += count.v6;
}

bool SpfLookupBudget::voidLimitReached() const
{
    return std::max(m_voidV4, m_voidV6) >= kVoidCountUpTo;
}

SpfBudget SpfLookupBudget::forDomain(const QString& domain)
{
    SpfBudget budget;
    reset(&budget.root);
    budget.root.term = domain;
    budget.root.domain = domain;
    QStringList path;
    fetchAndExpand(budget.root, path);
    summarise(budget);
    return budget;
}

SpfBudget SpfLookupBudget::forRecord(const QString& recordText, const QString& domain)
{
    SpfBudget budget;
    reset(&budget.root);
    budget.root.term = domain;
    budget.root.domain = domain;
    budget.root.record = recordText;
    QStringList path{canonical(domain)};
    expand(budget.root, recordText, path);
    summarise(budget);
    return budget;
}

void SpfLookupBudget::fetchAndExpand(SpfBudgetNode& node, QStringList& path)
{
    const QString key = canonical(node.domain);
    if (path.contains(key)) {
        node.problem =
            tr("Loop: %1 is already being evaluated (%2).").arg(node.domain, path.join(QStringLiteral(" → ")));
        m_findings.append(FindingCatalog::make(
            "spf.include-loop",
            tr("The records include each other in a loop: %1 → %2. Receivers give up with permerror.")
                .arg(path.join(QStringLiteral(" → ")), node.domain),
            tr("Remove the include or redirect that points back to %1.").arg(node.domain)));
        return;
    }
    const DnsAnswer answer = m_dns.lookup(node.domain, RecordType::TXT);
    if (answer.status == DnsStatus::Pending) {
        m_pending = true;
        return;
    }
    if (isFailure(answer.status)) {
        node.problem = tr("The TXT lookup failed (%1).").arg(answer.statusKeyword());
        m_findings.append(FindingCatalog::make(
            "spf.lookup-failed",
            tr("The SPF record of %1 could not be fetched (%2), so its lookups are not counted.")
                .arg(node.domain, answer.statusKeyword()),
            tr("Check again later; if it persists, the DNS servers of %1 have a problem.").arg(node.domain)));
        return;
    }
    if (isNegative(answer.status)) {
        addVoid(node, {1, 1});
    }
    const SpfRecordSelection selection = SpfRecordSelection::fromAnswer(answer);
    if (selection.count() != 1) {
        if (!path.isEmpty()) { // the root's own absence is the audit's business, not the budget's
            node.problem = selection.count() == 0 ? tr("No SPF record.") : tr("More than one SPF record.");
            node.noRecord = selection.count() == 0;
            m_findings.append(FindingCatalog::make(
                "spf.include-missing",
                selection.count() == 0
                    ? tr("%1 (used by \"%2\") has no SPF record, so receivers return permerror for the whole record.")
                          .arg(node.domain, node.term)
                    : tr("%1 (used by \"%2\") has more than one SPF record, so receivers return permerror.")
                          .arg(node.domain, node.term),
                tr("Check the spelling against the provider's documentation, or remove \"%1\".").arg(node.term)));
        }
        return;
    }
    node.record = selection.recordText();
    path.append(key);
    expand(node, node.record, path);
    path.removeLast();
}

void SpfLookupBudget::expand(SpfBudgetNode& node, const QString& recordText, QStringList& path)
{
    const SpfRecord record = SpfRecord::parse(recordText);
    if (!record.isValid()) {
        node.problem = tr("Syntax error: %1").arg(record.errors().first().message);
        return;
    }
    SpfMacroValues noSender;
    noSender.domain = node.domain;

    auto targetOf = [&](const QString& spec, SpfBudgetNode& child) -> QString {
        if (spec.isEmpty()) {
            return node.domain;
        }
        const auto parsed = SpfMacroString::parse(spec, MacroContext::DomainSpec);
        if (!parsed) {
            return {};
        }
        // %{d} alone is known statically; anything else depends on the message.
        bool onlyDomain = true;
        for (const auto& t : parsed->tokens()) {
            if (t.kind == SpfMacroString::Token::Kind::Macro && t.letter != u'd') {
                onlyDomain = false;
            }
        }
        if (!onlyDomain) {
            child.dependsOnSender = true;
            return {};
        }
        return parsed->expandDomain(noSender);
    };

    for (int i = 0; i < record.terms().size(); ++i) {
        const SpfTerm& term = record.terms()[i];
        const bool isRedirect = term.isModifier(u"redirect");
        if (!record.countsTowardLookupLimit(i)) {
            continue;
        }
        if (!count(node, term)) {
            node.problem = voidLimitReached()
                               ? tr("Not counted further: lookups that found nothing are already past their limit.")
                               : tr("Not counted further: the record is already past the limit.");
            break;
        }
        SpfBudgetNode child;
        child.term = term.text;
        child.ownLookups = 1;
        const QString target = targetOf(isRedirect ? term.value : term.domainSpec, child);
        child.domain = target;
        VoidCount voids;
        if (!child.dependsOnSender && !target.isEmpty()) {
            if (isRedirect || term.mechanism == SpfMechanism::Include) {
                fetchAndExpand(child, path);
            } else if (term.mechanism == SpfMechanism::Mx) {
                const DnsAnswer mx = m_dns.lookup(target, RecordType::MX);
                if (mx.status == DnsStatus::Pending) {
                    m_pending = true;
                } else if (isNegative(mx.status)) {
                    voids = {1, 1};
                } else if (mx.status == DnsStatus::NoError) {
                    child.mxNames = static_cast<int>(mx.recordsOfType(RecordType::MX).size());
                    voids = mxVoidLookups(mx.recordsOfType(RecordType::MX));
                    if (child.mxNames > SpfEvaluator::kNameLimit) {
                        child.problem =
                            tr("%1 MX names; at most %2 are allowed.")
                                .arg(QString::number(child.mxNames), QString::number(SpfEvaluator::kNameLimit));
                        m_findings.append(FindingCatalog::make(
                            "spf.too-many-mx-names",
                            tr("\"%1\" points at %2 mail servers; SPF allows at most %3, so receivers return "
                               "permerror.")
                                .arg(term.text, QString::number(child.mxNames),
                                     QString::number(SpfEvaluator::kNameLimit)),
                            tr("Replace \"%1\" with ip4:/ip6: ranges for those servers.").arg(term.text)));
                    }
                }
            } else if (term.mechanism == SpfMechanism::A || term.mechanism == SpfMechanism::Exists) {
                const DnsAnswer a = m_dns.lookup(target, RecordType::A);
                const DnsAnswer aaaa = term.mechanism == SpfMechanism::A ? m_dns.lookup(target, RecordType::AAAA) : a;
                if (a.status == DnsStatus::Pending || aaaa.status == DnsStatus::Pending) {
                    m_pending = true;
                } else {
                    // a asks for the client's family only (5.3); exists always asks for A (5.7), so aaaa is a.
                    voids = {isNegative(a.status) ? 1 : 0, isNegative(aaaa.status) ? 1 : 0};
                }
            }
            addVoid(child, voids);
        }
        node.children.append(child);
    }
}

void SpfLookupBudget::summarise(SpfBudget& budget)
{
    fillTotals(budget.root);
    budget.totalLookups = budget.root.totalLookups;
    budget.voidLookups = std::max(m_voidV4, m_voidV6); // the worse client family over the whole record
    budget.pending = m_pending;
    budget.truncated = m_truncated;
    budget.overLimitTerm = m_overLimitTerm;
    budget.findings = m_findings;

    QStringList costly;
    for (const SpfBudgetNode& child : budget.root.children) {
        if (child.totalLookups > 1) {
            costly.append(tr("%1 (%2)").arg(child.term, QString::number(child.totalLookups)));
        }
    }
    const QString breakdown =
        costly.isEmpty() ? QString() : tr(" The largest: %1.").arg(costly.join(QStringLiteral(", ")));
    if (budget.totalLookups > SpfEvaluator::kLookupLimit) {
        budget.findings.append(FindingCatalog::make(
            "spf.too-many-lookups",
            tr("The record needs %1 DNS lookups; receivers stop at %2 and return permerror, so SPF fails for all "
               "mail.%3")
                    .arg(QString::number(budget.totalLookups), QString::number(SpfEvaluator::kLookupLimit), breakdown) +
                (budget.overLimitTerm.isEmpty()
                     ? QString()
                     : u' ' + tr("\"%1\" is where the count passes %2.")
                                  .arg(budget.overLimitTerm, QString::number(SpfEvaluator::kLookupLimit))) +
                (budget.truncated ? u' ' + tr("Counting stopped at %1.").arg(budget.totalLookups) : QString()),
            tr("Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a "
               "subdomain with its own SPF record. Do not flatten Microsoft's include: its addresses change.")));
    } else if (budget.totalLookups >= kWarnAt) {
        budget.findings.append(FindingCatalog::make(
            "spf.lookups-near-limit",
            tr("The record needs %1 of the %2 allowed DNS lookups; one more sender could break it.%3")
                .arg(QString::number(budget.totalLookups), QString::number(SpfEvaluator::kLookupLimit), breakdown),
            tr("Before adding senders, remove unused ones or move bulk senders to a subdomain.")));
    }
    if (budget.voidLookups > SpfEvaluator::kVoidLookupLimit) {
        budget.findings.append(FindingCatalog::make(
            "spf.void-lookups",
            tr("%1 lookups of this record find nothing; receivers allow %2 and then return permerror.")
                .arg(QString::number(budget.voidLookups), QString::number(SpfEvaluator::kVoidLookupLimit)),
            tr("Remove the terms that point at names without records (see the breakdown).")));
    }
}

} // namespace mailauth
