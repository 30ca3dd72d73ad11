#pragma once

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace mailauth {

class RolloutPlan;

struct NextStep
{
    int domainIndex = -1;
    QString text;             // what to do, for people
    std::optional<QDate> due; // DMARC stage changes have a date
    QString dueText;          // "due since 3 days", "due in 12 days", "due today"
    bool overdue = false;
};

// What a rollout still needs, per domain and in order, from the plan alone: unconfirmed records, the DKIM steps and
// the next DMARC stage with its date. Shown when a project is reopened, on the summary and in the hand-over report.
class NextSteps
{
    Q_DECLARE_TR_FUNCTIONS(NextSteps)

public:
    static QList<NextStep> compute(const RolloutPlan& plan, const QDate& today);
    static QString dueText(const QDate& due, const QDate& today);
};

} // namespace mailauth
