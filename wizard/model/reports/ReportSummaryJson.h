#pragma once

#include "model/reports/ReportSummaryState.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace mailauth {

// The DMARC report sums a project keeps (ProjectFile "dmarcReports"): per header_from domain and source address the
// counts, dispositions, reporters, first and last day, the messages per day, and the keys of the reports already
// added, so that a report read again weeks later counts once. Never the reports themselves.
//
// Read back as strictly as everything else in a project: every address parses, every count is a whole number from 0
// to kMaxCount and keeps to what a report can say (passing ≤ messages, aligned ≤ passing), every date is a real day
// from 2012 (when DMARC was published) to 2100, every domain a DNS name, every list within its limit. One bad value
// refuses the whole file with a reason. What toJson() writes is always what fromJson() accepts: beyond a limit it
// keeps the biggest sources and the newest days (the domain's totals stay exact), and leaves out what the checks would
// refuse.
class ReportSummaryJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaryJson)

public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxCount = (qint64(1) << 53) - 1; // exact in a JSON number
    static constexpr int kMaxDomains = 200;
    static constexpr int kMaxSourcesPerDomain = 5000;
    static constexpr int kMaxSources = 20000;
    static constexpr int kMaxDaysPerDomain = 1500;
    static constexpr int kMaxReporters = 10000;
    static constexpr int kMaxReporterLength = 200;
    static constexpr int kMaxClasses = 1000;
    static constexpr int kMaxSeen = 200000;
    static constexpr int kMaxListedReporters = 100; // per domain or source

    static QJsonObject toJson(const ReportSummaryState& state);
    // nullopt with a reason for people ("sources of contoso.com, 3: \"1.2.3\" is not an IP address.").
    static std::optional<ReportSummaryState> fromJson(const QJsonObject& json, QString* error);
};

} // namespace mailauth
