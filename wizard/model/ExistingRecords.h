#pragma once

#include "DomainPlan.h"

#include <QCoreApplication>

namespace mailauth {

// Turns what a domain publishes today into the starting point of its plan: the proposal keeps every SPF sender of
// every published record, and the DMARC choices (stage, sp, np, t, alignment, report addresses) are read from the
// published record, so that following the wizard never lowers what is there.
class ExistingRecords
{
    Q_DECLARE_TR_FUNCTIONS(ExistingRecords)

public:
    // Takes the published state from an audit that had answers. The plan's choices are (re)read from it only when
    // the published records differ from the ones adopted before, so the admin's edits survive a re-check.
    static void adopt(DomainPlan& plan, const AuditReport& report);

    // The published SPF records as one record to merge into: every mechanism of every record (a redirect of a
    // second record becomes an include of the same domain), without the terms the admin removed, ending with the
    // strictest "all" among them. Empty when nothing is published.
    static QString combinedSpf(const QStringList& records, const QStringList& removedTerms);
    // The strictest "all" of the published records (-all before ~all before ?all before +all), if any has one.
    static std::optional<SpfQualifier> strictestAll(const QStringList& records);
    // What an organisational domain's record applies to one of its existing subdomains, as a record of its own.
    static QString asInherited(const QString& orgRecord);
    // The choices of a published DMARC record, written into the plan.
    static void adoptDmarc(DomainPlan& plan, const QString& record);
};

} // namespace mailauth
