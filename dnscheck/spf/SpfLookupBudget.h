#pragma once

#include "SpfEvaluator.h"
#include "core/Finding.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mailauth {

struct SpfTerm;

// One term's share of the DNS lookup budget, with the terms nested below it (include and redirect targets).
struct SpfBudgetNode
{
    QString term;                 // as written, e.g. "include:spf.protection.outlook.com"; the domain for the root
    QString domain;               // the domain whose record this node stands for (root, include, redirect)
    QString record;               // that record's text, when one was fetched
    int ownLookups = 0;           // this term itself: 1 for include, a, mx, ptr, exists, redirect
    int totalLookups = 0;         // this term and everything below it
    int voidLookups = 0;          // this term's own lookups that found nothing (for the worse client family)
    int mxNames = 0;              // mx: the number of exchanges whose addresses are looked up
    bool dependsOnSender = false; // the target uses macros, so it can only be known per message
    QString problem;              // loop, missing record, DNS failure, ... (for people)
    bool noRecord = false;        // the target answered but publishes no SPF record: it authorises no one
    QList<SpfBudgetNode> children;
};

struct SpfBudget
{
    SpfBudgetNode root;
    int totalLookups = 0;
    int voidLookups = 0;
    bool pending = false;   // an asynchronous DNS source has not answered everything yet
    bool truncated = false; // counting stopped a little past the limit: totalLookups is a lower bound
    QString overLimitTerm;  // the term of the record itself whose lookups cross the limit of 10
    Findings findings;
};

// Counts the DNS-querying terms of an SPF record the way RFC 7208 4.6.4 does, following include and redirect,
// worst case (every term evaluated), and says which include costs what.
class SpfLookupBudget
{
    Q_DECLARE_TR_FUNCTIONS(SpfLookupBudget)

public:
    static constexpr int kWarnAt = 8;
    // Receivers give up at the limits; counting goes a little further, so the breakdown still shows what is over, but
    // never further: an include graph that fans out would otherwise be expanded path by path (2^n of them).
    static constexpr int kCountUpTo = SpfEvaluator::kLookupLimit + 5;
    static constexpr int kVoidCountUpTo = SpfEvaluator::kVoidLookupLimit + 3;

    explicit SpfLookupBudget(DnsLookup& dns);

    // The record published at `domain`.
    SpfBudget forDomain(const QString& domain);
    // A record not yet published (a draft), as if it stood at `domain`.
    SpfBudget forRecord(const QString& recordText, const QString& domain);

private:
    void expand(SpfBudgetNode& node, const QString& recordText, QStringList& path);
    void fetchAndExpand(SpfBudgetNode& node, QStringList& path);
    void summarise(SpfBudget& budget);
    void reset(const SpfBudgetNode* root);
    // Counts one more DNS-querying term; false once counting has gone as far as it ever goes.
    bool count(const SpfBudgetNode& node, const SpfTerm& term);
    // Void lookups of one term, counted for an IPv4 client and for an IPv6 client.
    struct VoidCount
    {
        int v4 = 0;
        int v6 = 0;
    };
    VoidCount mxVoidLookups(const QList<DnsRecord>& exchanges);
    void addVoid(SpfBudgetNode& node, VoidCount count);
    bool voidLimitReached() const;

    DnsLookup& m_dns;
    bool m_pending = false;
    Findings m_findings;
    const SpfBudgetNode* m_root = nullptr;
    QString m_topTerm; // the root's term being expanded
    QString m_overLimitTerm;
    int m_counted = 0; // over the whole record, in evaluation order
    // Per client family: receivers look up only the client's family (A or AAAA), so the worst case is the larger.
    int m_voidV4 = 0;
    int m_voidV6 = 0;
    bool m_truncated = false;
};

} // namespace mailauth
