#pragma once

#include "DomainPlan.h"

#include <QCoreApplication>
#include <optional>

namespace mailauth {

// The key sizes behind a domain's two Microsoft 365 selectors, as DNS showed them at one time.
struct DkimKeySizes
{
    int selector1 = 0; // 0: no key seen (none published, not a Microsoft target, or not asked)
    int selector2 = 0;
    QDateTime seenAt;

    bool anyWeak() const;    // a key under 2048 bits
    bool bothStrong() const; // both keys have at least 2048 bits
};

enum class DkimRotationStage
{
    NotNeeded,              // no Microsoft 365 key under 2048 bits is known
    FirstPassDue,           // a key under 2048 bits, nothing run yet
    WaitingAfterFirstPass,  // the first pass ran; the new key takes effect at `due`
    SecondPassDue,          // four days have passed since the first pass
    WaitingAfterSecondPass, // the second pass ran; its key takes effect at `due`
    CheckDue,               // both passes have taken effect: DNS has to confirm 2048 bits on both selectors
    Done                    // DNS shows 2048 bits on both selectors after a rotation
};

struct DkimRotationStatus
{
    DkimRotationStage stage = DkimRotationStage::NotNeeded;
    DkimKeySizes keys;
    QDateTime due; // when the running pass takes effect (the next step is due); invalid when nothing runs
};

// The two-pass upgrade of Microsoft 365 DKIM keys to 2048 bits. New-DkimSigningConfig made 1024-bit keys by default,
// and Rotate-DkimSigningConfig -KeySize 2048 upgrades only the selector that is not signing; the new key signs after
// four days (96 hours), and no other rotation can start meanwhile. So: rotate, wait four days, rotate again, and let
// DNS confirm both keys (Microsoft Learn, "Set up DKIM ...", "Rotate DKIM keys"; reference microsoft365.md 2.3).
class DkimRotation
{
    Q_DECLARE_TR_FUNCTIONS(DkimRotation)

public:
    static constexpr int kTargetBits = 2048;
    static constexpr qint64 kTakesEffectSeconds = 96 * 3600;
    // -KeySize 2048 exists since January 2020: an earlier date cannot be a pass of this rotation.
    static QDateTime earliest();
    // A date later than this after "now" is refused: a clock a little ahead is fine, a date from the future is not.
    static constexpr qint64 kFutureToleranceSeconds = 24 * 3600;
    static constexpr int kMaxKeyBits = 16384;

    // The Microsoft selectors' key sizes in an audit (a selector that is not a Microsoft target counts as no key).
    static DkimKeySizes fromAudit(const AuditReport& report, const QDateTime& takenAt);
    // The newest of what the latest audit and the rotation's own key-size check saw.
    static DkimKeySizes keySizes(const DomainPlan& domain);
    static DkimRotationStatus status(const DomainPlan& domain, const QDateTime& now);

    // Why a record could not have been made by the DKIM page (dates out of order or out of range, sizes that are
    // no key size), or empty.
    static QString validate(const DkimRotationRecord& record, const QDateTime& now);

    // For people: the state in one line ("Second pass due since 2 days (selector1 2048 bits, selector2 1024 bits)"),
    // empty when no rotation is needed.
    static QString describe(const DkimRotationStatus& status, const QDate& today);
    static QString keysText(const DkimKeySizes& keys);
};

} // namespace mailauth
