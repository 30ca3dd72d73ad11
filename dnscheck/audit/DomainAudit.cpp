#include "DomainAudit.h"

#include "core/FindingCatalog.h"
#include "dkim/DkimKeyRecord.h"
#include "dkim/M365DkimTarget.h"
#include "dmarc/DmarcLinter.h"
#include "dmarc/OrganizationalDomain.h"
#include "spf/SpfLinter.h"
#include "spf/SpfLookupBudget.h"
#include "spf/SpfRecord.h"
#include "spf/SpfRecordSelection.h"

#include <map>

namespace mailauth {

namespace {

QString stripDot(QString name)
{
    if (name.endsWith(u'.') && name.size() > 1) {
        name.chop(1);
    }
    return name;
}

class Auditor
{
public:
    Auditor(const AuditRequest& request, DnsLookup& dns)
        : m_request(request)
        , m_dns(dns)
    {
        m_report.domain = request.domain;
        m_report.domainUnicode = request.domainUnicode.isEmpty() ? request.domain : request.domainUnicode;
        m_report.parked = request.parked;
    }

    AuditReport run();

private:
    DnsAnswer ask(const QString& name, RecordType type)
    {
        DnsAnswer a = m_dns.lookup(name, type);
        if (a.status == DnsStatus::Pending) {
            m_report.pending = true;
        }
        return a;
    }

    // A failure to get an answer is reported as such, never as "record missing".
    bool failed(AuditPart part, const QString& name, RecordType type, const DnsAnswer& answer)
    {
        if (!isFailure(answer.status) || answer.status == DnsStatus::Pending) {
            return answer.status == DnsStatus::Pending;
        }
        if (!m_report.unknownParts.contains(part)) {
            m_report.unknownParts.append(part);
        }
        // One finding per kind of failure: when a server is down every question fails the same way.
        if (const auto seen = m_failureCounts.find(answer.status); seen != m_failureCounts.end()) {
            ++seen->second;
            return true;
        }
        m_failureCounts.emplace(answer.status, 1);
        m_failureFinding.emplace(answer.status, m_report.findings.size());
        const QString what = name + u' ' + recordTypeName(type);
        // The server goes in a sentence of its own, so that each message stays one translatable whole.
        const QString server =
            answer.server.isEmpty() ? QString() : u' ' + DomainAudit::tr("Server asked: %1.").arg(answer.server);
        switch (answer.status) {
        case DnsStatus::ServFail:
            add("dns.servfail",
                DomainAudit::tr("The DNS server failed to answer for %1 (SERVFAIL). This says nothing about whether "
                                "the record exists.")
                        .arg(what) +
                    server,
                DomainAudit::tr("Check again in a few minutes; if it persists, the zone's DNS servers or its DNSSEC "
                                "signatures have a problem."));
            break;
        case DnsStatus::Timeout:
            add("dns.timeout",
                DomainAudit::tr("No answer for %1 in time. This says nothing about whether the record exists.")
                        .arg(what) +
                    server,
                DomainAudit::tr("Check your network connection and try again; if only this domain times out, its DNS "
                                "servers are unreachable."));
            break;
        case DnsStatus::Refused:
            add("dns.refused", DomainAudit::tr("The DNS server refused to answer for %1.").arg(what) + server,
                DomainAudit::tr("The server is not authoritative for this zone or does not answer you; check the "
                                "resolver settings."));
            break;
        case DnsStatus::BadRcode:
            add("dns.bad-rcode",
                DomainAudit::tr("The DNS server answered the question for %1 with the response code %2, which is "
                                "an error. This says nothing about whether the record exists.")
                        .arg(what, answer.rcode >= 0
                                       ? QStringLiteral("%1 (%2)").arg(rcodeName(answer.rcode)).arg(answer.rcode)
                                       : answer.statusKeyword()) +
                    server,
                DomainAudit::tr("Check again later; if it persists, the zone's DNS servers are misconfigured (for "
                                "example a server that is not authoritative for the zone)."));
            break;
        default:
            add("dns.unreachable",
                DomainAudit::tr("The question for %1 could not be asked (%2).").arg(what, answer.detail) + server,
                DomainAudit::tr("Check the network connection and the DNS server settings."));
            break;
        }
        return true;
    }

    void add(const char* code, const QString& message, const QString& fix)
    {
        m_report.findings.append(FindingCatalog::make(code, message, fix));
    }

    void auditMx(const DnsAnswer& mx);
    void auditApexTxt(const DnsAnswer& txt);
    void auditDmarc();
    void auditSelector(const QString& selector, const DnsAnswer& answer);
    void auditParkedMx();

    void summariseFailures()
    {
        for (const auto& [status, count] : m_failureCounts) {
            if (count > 1) {
                Finding& f = m_report.findings[m_failureFinding.at(status)];
                f.message += u' ' + DomainAudit::tr("%n more question(s) failed the same way.", nullptr, count - 1);
            }
        }
    }

    const AuditRequest& m_request;
    DnsLookup& m_dns;
    AuditReport m_report;
    std::map<DnsStatus, int> m_failureCounts;
    std::map<DnsStatus, qsizetype> m_failureFinding;
};

AuditReport Auditor::run()
{
    const QString d = m_request.domain;
    // Every first-level question goes out before anything is judged, so they run in parallel.
    const DnsAnswer soa = ask(d, RecordType::SOA);
    const DnsAnswer ns = ask(d, RecordType::NS);
    const DnsAnswer mx = ask(d, RecordType::MX);
    const DnsAnswer txt = ask(d, RecordType::TXT);
    ask(QStringLiteral("_dmarc.") + d, RecordType::TXT);
    QList<DnsAnswer> selectorAnswers;
    for (const QString& s : m_request.selectors) {
        selectorAnswers.append(ask(s + QStringLiteral("._domainkey.") + d, RecordType::TXT));
    }
    const DnsAnswer autodiscover = ask(QStringLiteral("autodiscover.") + d, RecordType::CNAME);

    if (soa.status == DnsStatus::NxDomain) {
        add("domain.not-found", DomainAudit::tr("The domain %1 does not exist in DNS.").arg(m_report.domainUnicode),
            DomainAudit::tr("Check the spelling; a newly registered domain can take a few hours to appear."));
        return m_report;
    }
    failed(AuditPart::Soa, d, RecordType::SOA, soa);
    for (const DnsRecord& r : soa.recordsOfType(RecordType::SOA)) {
        m_report.soa = r.soa;
        m_report.zone = d;
    }
    // A subdomain that is no zone of its own: its records go into the parent zone named by the negative answer.
    if (m_report.zone.isEmpty() && soa.status == DnsStatus::NoData && !soa.zoneApex.isEmpty() &&
        d.endsWith(u'.' + soa.zoneApex.toLower())) {
        m_report.zone = soa.zoneApex.toLower();
    }
    if (!failed(AuditPart::NameServers, d, RecordType::NS, ns)) {
        for (const DnsRecord& r : ns.recordsOfType(RecordType::NS)) {
            m_report.nameServers.append(stripDot(r.target));
        }
    }
    auditMx(mx);
    auditApexTxt(txt);
    auditDmarc();
    for (int i = 0; i < m_request.selectors.size(); ++i) {
        auditSelector(m_request.selectors[i], selectorAnswers[i]);
    }
    for (const DnsRecord& r : autodiscover.recordsOfType(RecordType::CNAME)) {
        m_report.autodiscover = stripDot(r.target);
    }
    summariseFailures();
    return m_report;
}

void Auditor::auditMx(const DnsAnswer& mx)
{
    if (failed(AuditPart::Mx, m_request.domain, RecordType::MX, mx)) {
        return;
    }
    QList<DnsRecord> records = mx.recordsOfType(RecordType::MX);
    std::sort(records.begin(), records.end(),
              [](const DnsRecord& a, const DnsRecord& b) { return a.preference < b.preference; });
    for (const DnsRecord& r : records) {
        // c-ares expands the root name to "": that is a null MX's exchange "." (RFC 7505).
        const QString target = stripDot(r.target);
        m_report.mx.append(target.isEmpty() ? QStringLiteral(".") : target);
    }
    if (m_request.parked) {
        auditParkedMx();
        return;
    }
    if (m_report.hasNullMx()) {
        add("mx.null-on-sending",
            DomainAudit::tr("%1 has a null MX record (0 .): it declares that it accepts no mail at all, so replies "
                            "and bounces to its senders are lost.")
                .arg(m_report.domainUnicode),
            DomainAudit::tr("If the domain sends mail, replace the null MX with the MX value from the Microsoft 365 "
                            "admin center; if it sends none, mark it as parked."));
        return;
    }
    if (m_report.mx.isEmpty()) {
        add("mx.missing", DomainAudit::tr("%1 has no MX record, so it receives no mail.").arg(m_report.domainUnicode),
            DomainAudit::tr("If the domain should receive mail through Microsoft 365, publish the MX record shown in "
                            "the Microsoft 365 admin center (Settings > Domains)."));
        return;
    }
    const bool microsoft = std::any_of(m_report.mx.begin(), m_report.mx.end(),
                                       [](const QString& h) { return DomainAudit::isMicrosoftMx(h); });
    if (!microsoft) {
        add("m365.mx-not-microsoft",
            DomainAudit::tr("The MX record points to %1, not to Microsoft 365. Microsoft then sends no DMARC aggregate "
                            "reports for this domain, and a gateway in front must be listed in SPF.")
                .arg(m_report.mx.first()),
            DomainAudit::tr(
                "If mail should arrive directly in Microsoft 365, use the MX value from the admin center; otherwise "
                "make sure the gateway's senders are in SPF and enable Enhanced Filtering for Connectors."));
    }
}

void Auditor::auditApexTxt(const DnsAnswer& txt)
{
    if (failed(AuditPart::ApexTxt, m_request.domain, RecordType::TXT, txt)) {
        return;
    }
    QList<QByteArray> joined;
    for (const DnsRecord& r : txt.recordsOfType(RecordType::TXT)) {
        joined.append(r.txtJoined());
        if (r.txtJoined().startsWith("MS=")) {
            m_report.msVerification.append(QString::fromLatin1(r.txtJoined()));
        }
    }
    const SpfRecordSelection selection = SpfRecordSelection::fromAnswer(txt);
    for (int i = 0; i < selection.count(); ++i) {
        m_report.spfRecords.append(selection.recordText(i));
    }
    if (selection.count() == 0 && m_request.parked) {
        add("spf.missing",
            DomainAudit::tr("%1 has no SPF record, so any server can claim to send its mail.")
                .arg(m_report.domainUnicode),
            DomainAudit::tr("The domain sends no mail: publish a TXT record at the domain: v=spf1 -all"));
        return;
    }
    if (selection.count() == 0) {
        add("spf.missing",
            DomainAudit::tr("%1 has no SPF record, so any server can claim to send its mail.")
                .arg(m_report.domainUnicode),
            DomainAudit::tr("Publish a TXT record at the domain: v=spf1 include:spf.protection.outlook.com -all (add "
                            "your other senders before -all)."));
        return;
    }
    m_report.findings += SpfLinter::lintRecordSet(joined);
    if (selection.count() > 1) {
        return;
    }
    m_report.spfRecord = selection.recordText();
    m_report.findings += SpfLinter::lint(selection.strings().first());
    m_report.spfValid = SpfRecord::parse(*m_report.spfRecord).isValid();
    if (m_request.parked && m_report.spfRecord->simplified().toLower() != u"v=spf1 -all") {
        add("parked.spf-allows-senders",
            DomainAudit::tr("%1 is parked (it sends no mail), but its SPF record is %2 instead of v=spf1 -all.")
                .arg(m_report.domainUnicode, *m_report.spfRecord),
            DomainAudit::tr("If the domain really sends no mail, replace the record with: v=spf1 -all"));
    }
    SpfLookupBudget budget(m_dns);
    const SpfBudget b = budget.forDomain(m_request.domain);
    if (b.pending) {
        m_report.pending = true;
    }
    m_report.spfLookups = b.totalLookups;
    m_report.spfVoidLookups = b.voidLookups;
    m_report.findings += b.findings;
}

void Auditor::auditDmarc()
{
    const DmarcDiscovery discovery = OrganizationalDomain::discover(m_request.domain, m_dns);
    if (discovery.pending) {
        m_report.pending = true;
        return;
    }
    m_report.orgDomain = discovery.orgDomain;
    m_report.pslOrgDomain = discovery.pslOrgDomain;
    const QString own = QStringLiteral("_dmarc.") + m_request.domain;
    const DnsAnswer ownAnswer = ask(own, RecordType::TXT);
    if (failed(AuditPart::Dmarc, own, RecordType::TXT, ownAnswer)) {
        return;
    }
    // A step of the tree walk that failed may have hidden the policy that applies (or the psd= tag that moves the
    // organisational domain): report the failure, and never conclude "no DMARC" from it.
    if (discovery.dnsFailure && discovery.policyDomain != m_request.domain) {
        failed(AuditPart::DmarcInherited, discovery.failedQuery, RecordType::TXT, discovery.failure);
        if (!discovery.record) {
            return;
        }
    }
    int ownRecords = 0;
    for (const DnsRecord& r : ownAnswer.recordsOfType(RecordType::TXT)) {
        ownRecords += DmarcRecord::looksLikeDmarc(QString::fromUtf8(r.txtJoined())) ? 1 : 0;
    }
    if (ownRecords > 1) {
        add("dmarc.multiple-records",
            DomainAudit::tr("%1 has %2 DMARC records; receivers then ignore all of them.").arg(own).arg(ownRecords),
            DomainAudit::tr("Keep exactly one TXT record starting with v=DMARC1 at %1.").arg(own));
    }
    if (!discovery.record) {
        // A DMARC record published without the underscore is a common panel mistake.
        const QString noUnderscore = QStringLiteral("dmarc.") + m_request.domain;
        const DnsAnswer wrong = ask(noUnderscore, RecordType::TXT);
        bool misplaced = false;
        for (const DnsRecord& r : wrong.recordsOfType(RecordType::TXT)) {
            misplaced = misplaced || DmarcRecord::looksLikeDmarc(QString::fromUtf8(r.txtJoined()));
        }
        if (wrong.status == DnsStatus::Pending) {
            return;
        }
        if (misplaced) {
            add("dmarc.no-underscore",
                DomainAudit::tr(
                    "A DMARC record was published at %1, without the underscore; receivers only look at %2.")
                    .arg(noUnderscore, own),
                DomainAudit::tr(
                    "Create the record with the host name _dmarc (with the underscore) and delete the one at dmarc."));
        }
        add("dmarc.missing",
            DomainAudit::tr(
                "No DMARC policy applies to %1, so receivers do nothing special with mail that fails SPF and DKIM.")
                .arg(m_report.domainUnicode),
            m_request.parked
                ? DomainAudit::tr("The domain sends no mail: publish a TXT record at %1: v=DMARC1; p=reject; with a "
                                  "report address in a domain that receives mail.")
                      .arg(own)
                : DomainAudit::tr("Publish a TXT record at %1: v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 and "
                                  "tighten it in stages.")
                      .arg(own, m_request.domain));
        return;
    }
    m_report.dmarcPolicyDomain = discovery.policyDomain;
    m_report.dmarcRecord = discovery.record->text();
    const DmarcEvaluation e = DmarcLinter::evaluate(discovery.record->text(), discovery.policyDomain, &m_dns);
    m_report.dmarcValid = e.valid;
    if (e.pending) {
        m_report.pending = true;
    }
    // For a subdomain covered by its organisation's record, sp (or np) is what applies.
    m_report.dmarcPolicy = discovery.policyDomain == m_request.domain ? e.effectivePolicy : e.subdomainPolicy;
    m_report.findings += e.findings;
    if (m_request.parked && m_report.dmarcPolicy != DmarcPolicy::Reject) {
        add("parked.dmarc-not-reject",
            DomainAudit::tr("%1 is parked (it sends no mail), but its DMARC policy is %2 instead of reject.")
                .arg(m_report.domainUnicode,
                     m_report.dmarcPolicy ? dmarcPolicyKeyword(*m_report.dmarcPolicy) : DomainAudit::tr("unreadable")),
            DomainAudit::tr("Publish at _dmarc.%1: v=DMARC1; p=reject; with a report address in a domain that "
                            "receives mail.")
                .arg(m_request.domain));
    }
    if (discovery.policyDomain != m_request.domain) {
        add("dmarc.inherited",
            DomainAudit::tr("%1 has no DMARC record of its own; the record of %2 applies to it.")
                .arg(m_report.domainUnicode, discovery.policyDomain),
            DomainAudit::tr("Nothing to do if %1's policy suits this domain; publish _dmarc.%2 to give it its own.")
                .arg(discovery.policyDomain, m_request.domain));
    }
}

void Auditor::auditSelector(const QString& selector, const DnsAnswer& answer)
{
    const QString name = selector + QStringLiteral("._domainkey.") + m_request.domain;
    DkimSelectorReport s;
    s.selector = selector;
    const QList<DnsRecord> cnames = answer.recordsOfType(RecordType::CNAME);
    // A server that only serves this zone (authoritative mode) refuses the CNAME's target in Microsoft's zone: the
    // CNAME is known, the key behind it simply cannot be checked from here.
    const bool targetRefused = !cnames.isEmpty() && answer.status == DnsStatus::Refused;
    if (!targetRefused && failed(AuditPart::Dkim, name, RecordType::TXT, answer)) {
        m_report.dkim.append(s);
        return;
    }
    const QList<DnsRecord> keys = answer.recordsOfType(RecordType::TXT);
    if (!cnames.isEmpty()) {
        s.cname = stripDot(cnames.first().target);
        s.microsoftTarget = M365DkimTarget::recognise(s.cname).has_value();
        if (!s.microsoftTarget) {
            add("dkim.not-microsoft",
                DomainAudit::tr("%1 points to %2, which is not a Microsoft 365 DKIM target.").arg(name, s.cname),
                DomainAudit::tr("Fine if another service signs with this selector; for Microsoft 365 use the exact "
                                "Selector CNAME values from Get-DkimSigningConfig."));
        }
    }
    if (!keys.isEmpty()) {
        const DkimKeyEvaluation key = DkimKeyRecord::evaluate(QString::fromUtf8(keys.first().txtJoined()));
        s.keyFound = true;
        s.keyBits = key.keyBits;
        Findings keyFindings = key.findings;
        for (Finding& f : keyFindings) {
            // Microsoft 365 rotates one selector at a time: the generic "rotate to 2048" advice would stop halfway.
            if (s.microsoftTarget && f.code == u"dkim.key-1024") {
                f.fix =
                    DomainAudit::tr("Microsoft 365 upgrades one selector per rotation: run Rotate-DkimSigningConfig "
                                    "-Identity %1 -KeySize 2048, wait four days (96 hours) until the new key "
                                    "signs, then run it again for the other selector. The wizard's DKIM page "
                                    "keeps the dates.")
                        .arg(m_request.domain);
            }
        }
        m_report.findings += keyFindings;
        if (cnames.isEmpty() && (selector == u"selector1" || selector == u"selector2")) {
            add("dkim.txt-instead-of-cname",
                DomainAudit::tr(
                    "%1 is a TXT record; Microsoft 365 needs a CNAME there pointing to its own key, which it rotates.")
                    .arg(name),
                DomainAudit::tr("Delete the TXT record and create a CNAME with host %1._domainkey pointing to the "
                                "Selector%2CNAME value from Get-DkimSigningConfig.")
                    .arg(selector, selector.right(1)));
        }
    } else if (!cnames.isEmpty() && !targetRefused) {
        add("dkim.key-missing",
            DomainAudit::tr("%1 points to %2, but no key is published there yet. That is normal until DKIM signing is "
                            "enabled for the domain in Microsoft 365.")
                .arg(name, s.cname),
            DomainAudit::tr("Enable signing (Set-DkimSigningConfig -Identity %1 -Enabled $true); Microsoft then "
                            "publishes the key. If signing is already on, wait a few hours and check again.")
                .arg(m_request.domain));
    } else if (cnames.isEmpty()) {
        const QString doubled = name + u'.' + m_request.domain;
        const DnsAnswer twice = ask(doubled, RecordType::CNAME);
        if (twice.status == DnsStatus::Pending) {
            m_report.dkim.append(s);
            return;
        }
        if (!twice.recordsOfType(RecordType::CNAME).isEmpty()) {
            add("dkim.zone-name-twice",
                DomainAudit::tr(
                    "The selector CNAME was created as %1: the DNS panel added the zone name a second time.")
                    .arg(doubled),
                DomainAudit::tr("Edit the record and enter only \"%1._domainkey\" as the host name.").arg(selector));
        } else {
            add("dkim.cname-missing", DomainAudit::tr("There is no DKIM record at %1.").arg(name),
                DomainAudit::tr("Publish the CNAME %1._domainkey with the Selector%2CNAME value from "
                                "Get-DkimSigningConfig (the DKIM page of the wizard shows it).")
                    .arg(selector, selector.right(1)));
        }
    }
    m_report.dkim.append(s);
}

void Auditor::auditParkedMx()
{
    if (m_report.hasNullMx()) {
        return;
    }
    if (m_report.mx.isEmpty()) {
        add("parked.null-mx-missing",
            DomainAudit::tr("%1 is parked but has no null MX record, so senders retry mail to it for days instead of "
                            "learning at once that it accepts none.")
                .arg(m_report.domainUnicode),
            DomainAudit::tr("Publish an MX record with priority 0 and the host \".\" (a single dot; RFC 7505)."));
        return;
    }
    add("parked.has-mx",
        DomainAudit::tr("%1 is parked (it sends no mail), but its MX record points to %2, so it still receives mail.")
            .arg(m_report.domainUnicode, m_report.mx.join(QStringLiteral(", "))),
        DomainAudit::tr("If no mailbox uses the domain, replace the MX record with a null MX: priority 0, host \".\" "
                        "(RFC 7505)."));
}

} // namespace

AuditReport DomainAudit::run(const AuditRequest& request, DnsLookup& dns)
{
    return Auditor(request, dns).run();
}

bool DomainAudit::isMicrosoftMx(const QString& host)
{
    const QString h = stripDot(host).toLower();
    return h.endsWith(QStringLiteral(".mail.protection.outlook.com")) || h.endsWith(QStringLiteral(".mx.microsoft")) ||
           h.endsWith(QStringLiteral(".mail.protection.office365.us")) ||
           h.endsWith(QStringLiteral(".mail.protection.partner.outlook.cn"));
}

} // namespace mailauth
