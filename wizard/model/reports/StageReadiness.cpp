#include "StageReadiness.h"

#include "model/PercentText.h"

#include <QJsonArray>
#include <QLocale>
#include <limits>

namespace mailauth {

namespace {

__extension__ using Wide = unsigned __int128; // counts times 1000 do not fit 64 bits

void addSaturating(quint64& total, quint64 amount)
{
    const quint64 room = std::numeric_limits<quint64>::max() - total;
    total = amount > room ? std::numeric_limits<quint64>::max() : total + amount;
}

} // namespace

QString readinessVerdictKeyword(ReadinessVerdict verdict)
{
    switch (verdict) {
    case ReadinessVerdict::Ready:
        return QStringLiteral("ready");
    case ReadinessVerdict::NotReady:
        return QStringLiteral("not-ready");
    case ReadinessVerdict::FinalStage:
        return QStringLiteral("final");
    case ReadinessVerdict::NotEnoughData:
        break;
    }
    return QStringLiteral("not-enough-data");
}

bool StageReadiness::meetsShare(quint64 passing, quint64 total, int permille)
{
    return Wide(passing) * 1000 >= Wide(total) * static_cast<unsigned>(permille);
}

double StageReadinessResult::passPercent() const
{
    if (legitimateMessages == 0) {
        return 100.0;
    }
    const Wide tenths = Wide(legitimatePassing) * 1000 / legitimateMessages;
    return static_cast<double>(static_cast<quint64>(tenths)) / 10.0;
}

DmarcStep StageReadiness::nextStep(const DmarcStep& current)
{
    if (current.policy == DmarcPolicy::None) {
        return DmarcStep{DmarcPolicy::Quarantine, current.testing};
    }
    if (current.testing) {
        return DmarcStep{current.policy, false};
    }
    if (current.policy == DmarcPolicy::Quarantine) {
        return DmarcStep{DmarcPolicy::Reject, false};
    }
    return current;
}

DmarcStep StageReadiness::publishedStep(const ReportDomainStats& domain)
{
    return DmarcStep{dmarcPolicyFromKeyword(domain.policy).value_or(DmarcPolicy::None), domain.testing};
}

QString StageReadiness::headline(const StageReadinessResult& result)
{
    switch (result.verdict) {
    case ReadinessVerdict::Ready:
        return tr("Ready to %1 (%2 of legitimate mail passes, %n day(s) of reports).", nullptr, result.days)
            .arg(result.step, PercentText::format(result.passPercent()));
    case ReadinessVerdict::NotReady:
        return tr("Not ready to %1.").arg(result.step);
    case ReadinessVerdict::NotEnoughData:
        return tr("Not enough data to %1.").arg(result.step);
    case ReadinessVerdict::FinalStage:
        return tr("%1 is the last stage.").arg(stepText(result.from));
    }
    return {};
}

QString StageReadiness::stepText(const DmarcStep& step)
{
    const QString policy = QStringLiteral("p=") + dmarcPolicyKeyword(step.policy);
    return step.testing ? tr("%1 with t=y").arg(policy) : policy;
}

StageReadinessResult StageReadiness::evaluate(const ReportDomainStats& domain, const DmarcStep& current)
{
    StageReadinessResult r;
    r.from = current;
    r.to = nextStep(current);
    r.step = r.to == r.from ? tr("stay at %1 (the last stage)").arg(stepText(r.from))
                            : tr("move from %1 to %2").arg(stepText(r.from), stepText(r.to));
    r.days = domain.daySpan();
    if (!domain.policy.isEmpty() && publishedStep(domain) != current) {
        r.note = tr("The newest report says receivers applied %1, but this verdict is for the plan's stage, %2: "
                    "receivers have not seen that record yet, or it is not published.")
                     .arg(stepText(publishedStep(domain)), stepText(current));
    }
    for (const ReportSenderStats& s : domain.senders) {
        if (s.kind == ReportSourceKind::Unknown) {
            addSaturating(r.unknownMessages, s.counts.messages);
            r.unknownSources += s.sources;
            continue;
        }
        addSaturating(r.legitimateMessages, s.counts.messages);
        addSaturating(r.legitimatePassing, s.counts.dmarcPass);
    }
    if (r.unknownMessages > 0) {
        r.caution = tr("%L1 messages from %n source(s) that nothing authorises failed: quarantine and reject will "
                       "stop them. If a server of yours is among them, authorise it first.",
                       nullptr, r.unknownSources)
                        .arg(r.unknownMessages);
    }
    if (r.to == r.from) {
        r.verdict = ReadinessVerdict::FinalStage;
        return r;
    }
    if (r.days < kMinimumDays) {
        r.verdict = ReadinessVerdict::NotEnoughData;
        r.reasons.append(tr("The reports cover %n day(s); at least %1 are needed to see every sender, including "
                            "the ones that send once a week or once a month.",
                            nullptr, r.days)
                             .arg(kMinimumDays));
        return r;
    }
    for (const ReportSenderStats& s : domain.senders) {
        if ((s.kind == ReportSourceKind::Microsoft365 || s.kind == ReportSourceKind::KnownSender) &&
            !meetsShare(s.counts.dmarcPass, s.counts.messages, kRequiredPermille)) {
            r.reasons.append(tr("%1 is not aligned: %L2 of its %L3 messages pass DMARC (at least %4 must).")
                                 .arg(s.senderName)
                                 .arg(s.counts.dmarcPass)
                                 .arg(s.counts.messages)
                                 .arg(PercentText::whole(kRequiredPermille / 10)));
        }
    }
    if (!meetsShare(r.legitimatePassing, r.legitimateMessages, kRequiredPermille)) {
        r.reasons.append(tr("%1 of legitimate mail passes DMARC (%L2 of %L3 messages); at least %4 must.")
                             .arg(PercentText::format(r.passPercent()))
                             .arg(r.legitimatePassing)
                             .arg(r.legitimateMessages)
                             .arg(PercentText::whole(kRequiredPermille / 10)));
    }
    r.verdict = r.reasons.isEmpty() ? ReadinessVerdict::Ready : ReadinessVerdict::NotReady;
    return r;
}

QJsonObject StageReadinessResult::toJson() const
{
    const auto stepJson = [](const DmarcStep& s) {
        return QJsonObject{{QStringLiteral("policy"), dmarcPolicyKeyword(s.policy)},
                           {QStringLiteral("testing"), s.testing}};
    };
    return QJsonObject{
        {QStringLiteral("verdict"), readinessVerdictKeyword(verdict)},
        {QStringLiteral("from"), stepJson(from)},
        {QStringLiteral("to"), stepJson(to)},
        {QStringLiteral("step"), step},
        {QStringLiteral("days"), days},
        {QStringLiteral("legitimate_messages"), static_cast<double>(legitimateMessages)},
        {QStringLiteral("legitimate_passing"), static_cast<double>(legitimatePassing)},
        {QStringLiteral("pass_percent"), passPercent()},
        {QStringLiteral("unknown_messages"), static_cast<double>(unknownMessages)},
        {QStringLiteral("unknown_sources"), unknownSources},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("caution"), caution},
        {QStringLiteral("note"), note},
    };
}

} // namespace mailauth
