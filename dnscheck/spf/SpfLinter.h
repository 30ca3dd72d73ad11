#pragma once

#include "SpfRecord.h"
#include "core/Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace mailauth {

// An SPF record judged without DNS.
struct SpfOfflineEvaluation
{
    SpfRecord record;
    Findings findings; // SpfLinter::lint's, plus spf.too-many-lookups when the record's own terms pass the limit
    int lookups = 0;   // the record's own terms that count against the limit (SpfRecord::countsTowardLookupLimit)
    bool overLimit = false;
    bool valid = false; // recordVerdictValid: parses, no error finding
};

// Judges an SPF record the way a person needs it judged: syntax errors with their position, and advice that is not
// a syntax matter (+all, ptr, Microsoft's common mistakes, sizes). No DNS: see SpfLookupBudget for the limits.
class SpfLinter
{
    Q_DECLARE_TR_FUNCTIONS(SpfLinter)

public:
    // Findings for one record as published: `strings` are its TXT character-strings (one string when typed in).
    static Findings lint(const QList<QByteArray>& strings);
    static Findings lint(const SpfRecord& record);
    // The verdict for one record checked offline (lint, the wizard's paste checker): the includes cannot be followed,
    // but the record's own terms are a lower bound; over the limit already, every receiver returns permerror.
    static SpfOfflineEvaluation evaluateOffline(const QList<QByteArray>& strings);
    // Several TXT records at one name: more than one SPF record is a permerror (RFC 7208 4.5).
    static Findings lintRecordSet(const QList<QByteArray>& joinedTexts);

    static constexpr int kMaxStringLength = 255;
    // RFC 7208 3.4: keep the record small enough for a 512-octet UDP answer; 450 octets is the advice.
    static constexpr int kRecommendedMaxLength = 450;
};

} // namespace mailauth
