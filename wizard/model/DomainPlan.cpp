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

std::optional<Confirmation> DomainPlan::confirmationOf(RecordId record, const QString& value) const
{
    auto c = confirmation(record);
    return c && c->value == value ? c : std::nullopt;
}

} // namespace mailauth
