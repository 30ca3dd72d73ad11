#pragma once

#include "DnsTypes.h"

namespace mailauth {

// The record engine asks its questions through this interface, so the same SPF, DMARC and DKIM code runs on an
// in-memory zone (tests, training) and on real DNS. A source that answers asynchronously returns
// DnsStatus::Pending and the caller re-runs its (cheap, deterministic) evaluation once the answer is in.
class DnsLookup
{
public:
    DnsLookup() = default;
    DnsLookup(const DnsLookup&) = delete;
    DnsLookup& operator=(const DnsLookup&) = delete;
    virtual ~DnsLookup() = default;

    virtual DnsAnswer lookup(const QString& name, RecordType type) = 0;
};

} // namespace mailauth
