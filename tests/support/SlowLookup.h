#pragma once

#include "dns/InMemoryZone.h"

#include <QSet>

namespace mailauth::test {

// Answers every question "Pending" the first time it is asked, then from the zone, like ResolverLookup with an
// empty cache; counts what it was asked. For the model's "Pending and re-run" classes.
class SlowLookup final : public DnsLookup
{
public:
    explicit SlowLookup(InMemoryZone& zone)
        : m_zone(zone)
    {
    }
    DnsAnswer lookup(const QString& name, RecordType type) override
    {
        ++asked;
        const QString key = name + u'/' + recordTypeName(type);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            DnsAnswer pending;
            pending.status = DnsStatus::Pending;
            return pending;
        }
        return m_zone.lookup(name, type);
    }
    int asked = 0;

private:
    InMemoryZone& m_zone;
    QSet<QString> m_seen;
};

} // namespace mailauth::test
