#pragma once

#include "audit/AuditReport.h"

namespace mailauth::test {

// An audit that found these records (every part answered), for plans that start from what a domain publishes.
inline AuditReport publishedAudit(const QString& domain, const QStringList& spf, const QString& dmarc,
                                  const QStringList& mx = {QStringLiteral("contoso-com.mail.protection.outlook.com")})
{
    AuditReport r;
    r.domain = domain;
    r.domainUnicode = domain;
    r.spfRecords = spf;
    if (spf.size() == 1) {
        r.spfRecord = spf.first();
    }
    if (!dmarc.isEmpty()) {
        r.dmarcRecord = dmarc;
        r.dmarcPolicyDomain = domain;
    }
    r.mx = mx;
    return r;
}

} // namespace mailauth::test
