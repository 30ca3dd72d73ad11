#pragma once

#include "dmarc/DmarcRecord.h"
#include "model/reports/DmarcReportSummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace mailauth {

enum class ReadinessVerdict
{
    Ready,
    NotReady,
    NotEnoughData,
    FinalStage // p=reject without testing: there is no next stage
};

// "ready", "not-ready", "not-enough-data", "final": for --json.
QString readinessVerdictKeyword(ReadinessVerdict verdict);

// A stage of a domain's DMARC plan: the policy and whether it is in testing (t=y).
struct DmarcStep
{
    DmarcPolicy policy = DmarcPolicy::None;
    bool testing = false;
    friend bool operator==(const DmarcStep&, const DmarcStep&) = default;
};

struct StageReadinessResult
{
    ReadinessVerdict verdict = ReadinessVerdict::NotEnoughData;
    DmarcStep from;
    DmarcStep to;                   // the next stage (same as `from` at the final stage)
    QString step;                   // translated: "move from p=none to p=quarantine"
    int days = 0;                   // days of reports, first to last
    quint64 legitimateMessages = 0; // everything but Unknown
    quint64 legitimatePassing = 0;
    quint64 unknownMessages = 0;
    int unknownSources = 0;
    QStringList reasons; // translated: why not ready, or not enough data; empty when ready
    QString caution;     // translated: what quarantine would also stop (the unknown sources), empty without them
    // Translated, empty when they agree: the newest report names another policy than the stage judged from (the
    // plan's), so receivers have not seen the plan's record yet, or it was not published. This is also why
    // `mailauth reports`, which has no plan and judges from the reports' policy, may say something else.
    QString note;

    // Percent of legitimate mail that passes, one decimal rounded down (97.96 shows as 97.9, never as 98.0); 100
    // without legitimate mail.
    double passPercent() const;
    QJsonObject toJson() const;
    friend bool operator==(const StageReadinessResult&, const StageReadinessResult&) = default;
};

// Whether a domain's reports say it may move to the next stage of its DMARC plan (p=none → quarantine → reject, and
// t=y → t=n on the way). The rule (README "Reading DMARC reports"):
//   - at least kMinimumDays days of reports (first to last day, both counted), else "not enough data";
//   - every known sender (Microsoft 365 and each catalogue sender) has at least kRequiredPermille of its messages
//     passing DMARC aligned: a few failures come from forwarding and mangled messages, not from the setup;
//   - at least kRequiredPermille of legitimate mail (every source but Unknown) passes.
// Ready when all hold; otherwise not ready, with a reason for each rule that fails. Integer arithmetic: 97.9% is
// not ready, 98% is.
class StageReadiness
{
    Q_DECLARE_TR_FUNCTIONS(StageReadiness)

public:
    static constexpr int kMinimumDays = 14;
    static constexpr int kRequiredPermille = 980;

    // The stage after `current`: none → quarantine (t kept), a testing stage → the same without testing,
    // quarantine → reject; reject without testing is the last.
    static DmarcStep nextStep(const DmarcStep& current);
    static StageReadinessResult evaluate(const ReportDomainStats& domain, const DmarcStep& current);
    // The step from the policy the reports say is published (ReportDomainStats::policy and testing); p=none when
    // the reports name none.
    static DmarcStep publishedStep(const ReportDomainStats& domain);
    static QString stepText(const DmarcStep& step);
    // The verdict in one sentence for people ("Ready to move from p=none to p=quarantine (99.2% of legitimate mail
    // passes, 21 days of reports)."), shared by the DMARC page, the reports window and `mailauth reports`.
    static QString headline(const StageReadinessResult& result);
    // passing / total >= permille / 1000, exact for any 64-bit counts.
    static bool meetsShare(quint64 passing, quint64 total, int permille);
};

} // namespace mailauth
