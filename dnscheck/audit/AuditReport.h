#pragma once

#include "core/Finding.h"
#include "dmarc/DmarcRecord.h"
#include "dns/DnsTypes.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailauth {

struct DkimSelectorReport
{
    QString selector;
    QString cname; // target of selector._domainkey.<domain>, empty when there is none
    bool microsoftTarget = false;
    bool keyFound = false;
    int keyBits = 0;
};

// What DNS says about one domain's mail authentication today, with the engine's findings.
struct AuditReport
{
    QString domain;        // A-label form
    QString domainUnicode; // as people read it
    bool pending = false;  // the DNS source has not answered everything yet

    QStringList nameServers;
    std::optional<SoaData> soa;
    QStringList mx;
    QStringList msVerification;
    QString autodiscover;

    std::optional<QString> spfRecord;
    bool spfValid = false;
    int spfLookups = 0;
    int spfVoidLookups = 0;

    std::optional<QString> dmarcRecord; // the record that applies (at the domain or inherited)
    std::optional<DmarcPolicy> dmarcPolicy;
    bool dmarcValid = false;
    QString dmarcPolicyDomain;
    QString orgDomain;
    QString pslOrgDomain;

    QList<DkimSelectorReport> dkim;
    Findings findings;

    // One line of `mailauth check --json`.
    QJsonObject toJson() const;
    // Reads back toJson() (saved projects keep the audits before and after).
    static AuditReport fromJson(const QJsonObject& json);
};

} // namespace mailauth
