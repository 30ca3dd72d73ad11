#include "DkimRotation.h"

#include "NextSteps.h"

namespace mailauth {

namespace {

bool weak(int bits)
{
    return bits > 0 && bits < DkimRotation::kTargetBits;
}

QString day(const QDateTime& at)
{
    return at.toLocalTime().date().toString(Qt::ISODate);
}

} // namespace

bool DkimKeySizes::anyWeak() const
{
    return weak(selector1) || weak(selector2);
}

bool DkimKeySizes::bothStrong() const
{
    return selector1 >= DkimRotation::kTargetBits && selector2 >= DkimRotation::kTargetBits;
}

QDateTime DkimRotation::earliest()
{
    return QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
}

DkimKeySizes DkimRotation::fromAudit(const AuditReport& report, const QDateTime& takenAt)
{
    DkimKeySizes sizes;
    sizes.seenAt = takenAt;
    for (const DkimSelectorReport& s : report.dkim) {
        const int bits = s.microsoftTarget && s.keyFound ? s.keyBits : 0;
        if (s.selector == u"selector1") {
            sizes.selector1 = bits;
        } else if (s.selector == u"selector2") {
            sizes.selector2 = bits;
        }
    }
    return sizes;
}

DkimKeySizes DkimRotation::keySizes(const DomainPlan& domain)
{
    const DkimRotationRecord& r = domain.dkimRotation;
    const DkimKeySizes checked{r.selector1Bits, r.selector2Bits, r.keysCheckedAt};
    const std::optional<AuditSnapshot>& audit = domain.auditAfter ? domain.auditAfter : domain.auditBefore;
    if (!audit) {
        return checked;
    }
    const DkimKeySizes audited = fromAudit(audit->report, audit->takenAt);
    return checked.seenAt.isValid() && checked.seenAt >= audited.seenAt ? checked : audited;
}

DkimRotationStatus DkimRotation::status(const DomainPlan& domain, const QDateTime& now)
{
    DkimRotationStatus s;
    if (domain.role == DomainRole::Parked) {
        return s;
    }
    s.keys = keySizes(domain);
    const DkimRotationRecord& r = domain.dkimRotation;
    if (!r.firstPassAt.isValid()) {
        s.stage = s.keys.anyWeak() ? DkimRotationStage::FirstPassDue : DkimRotationStage::NotNeeded;
        return s;
    }
    // Only DNS can say a rotation is finished: both keys at 2048 bits, whatever the dates say (when the 1024-bit key
    // was the one not signing, a single pass is enough).
    if (s.keys.bothStrong()) {
        s.stage = DkimRotationStage::Done;
        return s;
    }
    if (!r.secondPassAt.isValid()) {
        s.due = r.firstPassAt.addSecs(kTakesEffectSeconds);
        s.stage = now < s.due ? DkimRotationStage::WaitingAfterFirstPass : DkimRotationStage::SecondPassDue;
    } else {
        s.due = r.secondPassAt.addSecs(kTakesEffectSeconds);
        s.stage = now < s.due ? DkimRotationStage::WaitingAfterSecondPass : DkimRotationStage::CheckDue;
    }
    return s;
}

QString DkimRotation::validate(const DkimRotationRecord& record, const QDateTime& now)
{
    const QDateTime latest = now.addSecs(kFutureToleranceSeconds);
    const auto inRange = [&](const QDateTime& at) { return at >= earliest() && at <= latest; };
    for (const auto& [at, name] : {std::pair{record.firstPassAt, QStringLiteral("firstPassAt")},
                                   std::pair{record.secondPassAt, QStringLiteral("secondPassAt")},
                                   std::pair{record.keysCheckedAt, QStringLiteral("keysCheckedAt")}}) {
        if (at.isValid() && !inRange(at)) {
            return tr("%1: %2 is not a date between %3 and today.")
                .arg(name, at.toUTC().toString(Qt::ISODate), earliest().date().toString(Qt::ISODate));
        }
    }
    if (record.secondPassAt.isValid() &&
        (!record.firstPassAt.isValid() || record.secondPassAt < record.firstPassAt.addSecs(kTakesEffectSeconds))) {
        return tr("The second rotation pass can only follow the first one by at least four days.");
    }
    for (const int bits : {record.selector1Bits, record.selector2Bits}) {
        if (bits != 0 && (bits < 256 || bits > kMaxKeyBits || !record.keysCheckedAt.isValid())) {
            return tr("%1 is not the size of a checked DKIM key.").arg(bits);
        }
    }
    return {};
}

QString DkimRotation::keysText(const DkimKeySizes& keys)
{
    const auto one = [](int bits) { return bits > 0 ? tr("%1 bits").arg(bits) : tr("no key seen"); };
    QString text = tr("selector1: %1, selector2: %2").arg(one(keys.selector1), one(keys.selector2));
    if (keys.anyWeak() && (keys.selector1 >= kTargetBits || keys.selector2 >= kTargetBits)) {
        text += u' ' + tr("(one to go)");
    }
    return text;
}

QString DkimRotation::describe(const DkimRotationStatus& status, const QDate& today)
{
    const bool keysKnown = status.keys.selector1 > 0 || status.keys.selector2 > 0;
    const QString keys = keysKnown ? u' ' + tr("Keys in DNS: %1.").arg(keysText(status.keys)) : QString();
    switch (status.stage) {
    case DkimRotationStage::NotNeeded:
        return {};
    case DkimRotationStage::FirstPassDue:
        return tr("DKIM key rotation to 2048 bits: the first pass is due.") + keys;
    case DkimRotationStage::WaitingAfterFirstPass:
    case DkimRotationStage::SecondPassDue:
        return tr("DKIM key rotation to 2048 bits: second pass %1 (on %2).")
                   .arg(NextSteps::dueText(status.due.toLocalTime().date(), today), day(status.due)) +
               keys;
    case DkimRotationStage::WaitingAfterSecondPass:
    case DkimRotationStage::CheckDue:
        return tr("DKIM key rotation to 2048 bits: both passes ran; key check %1 (on %2).")
                   .arg(NextSteps::dueText(status.due.toLocalTime().date(), today), day(status.due)) +
               keys;
    case DkimRotationStage::Done:
        return tr("DKIM keys rotated: 2048 bits on both selectors (checked on %1).").arg(day(status.keys.seenAt));
    }
    return {};
}

} // namespace mailauth
