#include "NextSteps.h"

#include "DkimRotation.h"
#include "RolloutPlan.h"

namespace mailauth {

QString NextSteps::dueText(const QDate& due, const QDate& today)
{
    const auto days = static_cast<int>(today.daysTo(due));
    if (days == 0) {
        return tr("due today");
    }
    return days < 0 ? tr("due since %n day(s)", nullptr, -days) : tr("due in %n day(s)", nullptr, days);
}

QList<NextStep> NextSteps::compute(const RolloutPlan& plan, const QDate& today)
{
    QList<NextStep> steps;
    for (int i = 0; i < plan.domains().size(); ++i) {
        const DomainPlan& d = plan.domain(i);
        auto add = [&](const QString& text) { steps.append(NextStep{i, text, std::nullopt, {}, false}); };
        if (!d.confirmation(RecordId::Spf)) {
            add(tr("%1: publish the SPF record and let the wizard confirm it.").arg(d.unicode));
        }
        if (d.role == DomainRole::Sending) {
            if (d.selector1Target.isEmpty() || d.selector2Target.isEmpty()) {
                add(tr("%1: run the DKIM script in Exchange Online and paste its output.").arg(d.unicode));
            } else if (!d.confirmation(RecordId::DkimSelector1) || !d.confirmation(RecordId::DkimSelector2)) {
                add(tr("%1: publish both DKIM CNAME records and let the wizard confirm them.").arg(d.unicode));
            } else if (!d.dkimEnabled) {
                add(tr("%1: switch DKIM signing on in Exchange Online.").arg(d.unicode));
            }
            // Waiting or due makes no difference here: the step and its date are the same, only the due text moves.
            const DkimRotationStatus rotation = DkimRotation::status(d, today.startOfDay());
            const QDate due = rotation.due.toLocalTime().date();
            switch (rotation.stage) {
            case DkimRotationStage::FirstPassDue:
                add(tr("%1: the DKIM keys have fewer than 2048 bits: run the first pass of the key rotation (DKIM "
                       "page).")
                        .arg(d.unicode));
                break;
            case DkimRotationStage::WaitingAfterFirstPass:
            case DkimRotationStage::SecondPassDue:
                steps.append(NextStep{
                    i, tr("%1: run the second pass of the DKIM key rotation to 2048 bits (DKIM page).").arg(d.unicode),
                    due, dueText(due, today), due <= today});
                break;
            case DkimRotationStage::WaitingAfterSecondPass:
            case DkimRotationStage::CheckDue:
                steps.append(NextStep{
                    i, tr("%1: check that both DKIM keys have 2048 bits (DKIM page, Check key sizes).").arg(d.unicode),
                    due, dueText(due, today), due <= today});
                break;
            case DkimRotationStage::NotNeeded:
            case DkimRotationStage::Done:
                break;
            }
        }
        if (!d.confirmation(RecordId::Dmarc)) {
            add(tr("%1: publish the DMARC record and let the wizard confirm it.").arg(d.unicode));
        } else if (d.role == DomainRole::Sending && d.currentStage + 1 < d.stages.size()) {
            // Parked domains start at p=reject; only sending domains walk the stages.
            const DmarcStage& next = d.stages[d.currentStage + 1];
            steps.append(NextStep{i,
                                  tr("%1: move DMARC to p=%2 if the reports show all real mail passing.")
                                      .arg(d.unicode, dmarcPolicyKeyword(next.policy)),
                                  next.due, dueText(next.due, today), next.due <= today});
        }
    }
    return steps;
}

} // namespace mailauth
