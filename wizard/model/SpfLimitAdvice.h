#pragma once

#include "Catalogue.h"
#include "spf/SpfLookupBudget.h"

#include <QCoreApplication>

namespace mailauth {

// One way to bring a record back under the 10-lookup limit. Never applied on its own: the admin decides.
struct SpfAdvice
{
    QString term;  // the term of the record it concerns
    QString text;  // what to do and why
    int saves = 0; // lookups it saves
};

// Proposes how a record over the RFC 7208 limit gets under it: drop terms that find nothing or are already included
// through another, move a sender to its own return-path subdomain, replace a/mx/ptr by addresses. Works on the live
// budget the SPF page counts, so it is tested with a zone, without widgets.
class SpfLimitAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SpfLimitAdvice)

public:
    static QList<SpfAdvice> advise(const SpfBudget& budget, const QString& domain, const QList<SenderInfo>& senders);
    // What a record over the limit breaks, in one sentence for the confirmation box.
    static QString consequence();
    static int totalSaving(const QList<SpfAdvice>& advice);
};

} // namespace mailauth
