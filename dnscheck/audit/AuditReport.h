#pragma once

#include "core/Finding.h"
#include "dmarc/DmarcRecord.h"
#include "dns/DnsTypes.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailauth {

// The parts of an audit that can fail on their own (a timeout for MX says nothing about SPF).
enum class AuditPart
{
    Soa,
    NameServers,
    Mx,
    ApexTxt,        // SPF and MS= verification
    Dmarc,          // the domain's own _dmarc record
    DmarcInherited, // the organisational domain's record, found by the tree walk
    Dkim
};

QString auditPartKeyword(AuditPart part);
std::optional<AuditPart> auditPartFromKeyword(QStringView keyword);

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
    bool parked = false;   // judged as a domain that sends and receives no mail (null MX, v=spf1 -all, p=reject)
    // Parts whose questions failed (timeout, SERVFAIL, ...): what they hold is unknown, not "none".
    QList<AuditPart> unknownParts;

    QString zone; // the apex of the DNS zone the domain lives in (the domain itself, or a parent for a subdomain)
    QStringList nameServers;
    std::optional<SoaData> soa;
    QStringList mx;
    QStringList msVerification;
    QString autodiscover;

    std::optional<QString> spfRecord; // the one SPF record; unset when there are none or several
    QStringList spfRecords;           // every record starting with v=spf1 (several is an error to merge away)
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

    bool known(AuditPart part) const { return !unknownParts.contains(part); }
    // Some question failed for DNS reasons: the report must not replace one that had answers.
    bool dnsFailed() const { return !unknownParts.isEmpty(); }
    // RFC 7505: a single MX with preference 0 and the root as exchange ("0 ."), kept as "." in mx.
    bool hasNullMx() const { return mx == QStringList{QStringLiteral(".")}; }

    // One line of `mailauth check --json`.
    QJsonObject toJson() const;
    // Reads back toJson() (saved projects keep the audits before and after).
    static AuditReport fromJson(const QJsonObject& json);
};

} // namespace mailauth
