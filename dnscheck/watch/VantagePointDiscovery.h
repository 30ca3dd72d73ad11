#pragma once

#include "VantagePoint.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>

namespace mailauth {

struct VantagePointDiscoveryResult
{
    bool pending = false;
    QString zone;               // the zone apex that holds the name
    QList<VantagePoint> points; // one per address of each name server
    QString error;              // for people, when nothing could be found
};

// Finds the authoritative servers of the zone a name lives in: NS of the name or its nearest parent that has them,
// then each name server's IPv4 and IPv6 addresses. Re-run while pending (asynchronous lookup).
class VantagePointDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(VantagePointDiscovery)

public:
    static VantagePointDiscoveryResult run(const QString& name, DnsLookup& dns);
};

} // namespace mailauth
