#include "DomainPlan.h"

namespace mailauth {

std::optional<Confirmation> DomainPlan::confirmation(RecordId record) const
{
    for (const Confirmation& c : confirmations) {
        if (c.record == record) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace mailauth
