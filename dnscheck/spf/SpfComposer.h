#pragma once

#include "SpfTerm.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

// What the admin wants the domain's SPF record to say.
struct SpfPlan
{
    QStringList includes; // e.g. "spf.protection.outlook.com", then other senders' includes
    QStringList ip4;      // addresses or networks, "192.0.2.10" or "192.0.2.0/24"
    QStringList ip6;
    SpfQualifier allQualifier = SpfQualifier::Fail;
};

struct SpfComposition
{
    QString record;
    bool ok = true;
    QStringList errors;  // plan entries that were rejected (invalid address, invalid domain)
    QStringList added;   // terms the plan added
    QStringList kept;    // terms kept from the existing record
    QStringList dropped; // duplicates removed
    QString allChange;   // "~all → -all", empty when unchanged
};

class SpfComposer
{
    Q_DECLARE_TR_FUNCTIONS(SpfComposer)

public:
    // A new record from the plan: ip4/ip6 first (free), then includes, then all.
    static SpfComposition compose(const SpfPlan& plan);
    // Merge the plan into an existing record: keep everything that was there, in order, add what is missing before
    // "all", drop exact duplicates, and say what changed. An existing redirect= is kept and no "all" is added,
    // because "all" would silently disable it.
    static SpfComposition merge(const QString& existing, const SpfPlan& plan);

    static QString microsoftIncludeFor(QStringView cloudId);
};

} // namespace mailauth
