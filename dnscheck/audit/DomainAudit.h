#pragma once

#include "AuditReport.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>

namespace mailauth {

struct AuditRequest
{
    QString domain;        // A-label form
    QString domainUnicode; // for display; defaults to domain
    QStringList selectors{QStringLiteral("selector1"), QStringLiteral("selector2")};
    // A domain that sends and receives no mail: judged by the parked set (null MX, v=spf1 -all, p=reject, no DKIM).
    bool parked = false;
};

// The audit of one domain: NS, SOA, MX, apex TXT (SPF, MS=), DMARC (with the organisational domain's policy when the
// domain has none), DKIM selectors and autodiscover, judged by the record engine plus Microsoft 365 rules.
// Deterministic over a DnsLookup: with an asynchronous source it returns a report marked pending after asking every
// question it can, and is simply run again when answers arrive.
class DomainAudit
{
    Q_DECLARE_TR_FUNCTIONS(DomainAudit)

public:
    static AuditReport run(const AuditRequest& request, DnsLookup& dns);
    static bool isMicrosoftMx(const QString& host);
};

} // namespace mailauth
