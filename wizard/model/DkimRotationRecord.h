#pragma once

#include <QDateTime>

namespace mailauth {

// What the admin did for the two-pass upgrade of a domain's Microsoft 365 DKIM keys to 2048 bits, and what the
// latest key-size check through DNS saw. Kept in the project (DkimRotationJson); judged by DkimRotation.
struct DkimRotationRecord
{
    QDateTime firstPassAt;  // UTC; invalid until the admin says the first pass ran
    QDateTime secondPassAt; // UTC; invalid until the second pass ran
    QDateTime keysCheckedAt;
    int selector1Bits = 0; // behind the Microsoft selector CNAMEs; 0 when no key was seen
    int selector2Bits = 0;

    bool isEmpty() const { return !firstPassAt.isValid() && !secondPassAt.isValid() && !keysCheckedAt.isValid(); }
    friend bool operator==(const DkimRotationRecord&, const DkimRotationRecord&) = default;
};

} // namespace mailauth
