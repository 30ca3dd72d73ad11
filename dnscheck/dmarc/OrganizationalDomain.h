#pragma once

#include "DmarcRecord.h"
#include "dns/DnsLookup.h"

#include <QStringList>

namespace mailauth {

// Where DMARC policy comes from and which domain counts as "organisational" for relaxed alignment.
// RFC 9989 replaced the public suffix list with a DNS tree walk; RFC 7489 receivers still use the PSL, so both are
// computed and shown when they differ.
struct DmarcDiscovery
{
    QString domain;                    // the author domain that was asked about
    QString policyDomain;              // where the record that applies was found; empty when none applies
    QString orgDomain;                 // RFC 9989 tree walk
    QString pslOrgDomain;              // RFC 7489: public suffix + one label
    std::optional<DmarcRecord> record; // the record that applies
    QStringList queried;               // every _dmarc name asked, in order
    bool dnsFailure = false;           // a lookup failed: the result may be incomplete
    QString failedQuery;               // the first _dmarc name whose lookup failed
    DnsAnswer failure;                 // and its answer (status, server, rcode)
    bool pending = false;
};

class OrganizationalDomain
{
public:
    // Public suffix list (libpsl, the system's list when installed, else libpsl's built-in copy).
    static QString fromPublicSuffixList(const QString& domain);
    // RFC 9989 4.10: the names the tree walk asks about, at most 8, longest first.
    static QStringList treeWalkNames(const QString& domain);
    // Policy discovery (4.10.1) and organisational domain (4.10.2) through DNS.
    static DmarcDiscovery discover(const QString& domain, DnsLookup& dns);
};

} // namespace mailauth
