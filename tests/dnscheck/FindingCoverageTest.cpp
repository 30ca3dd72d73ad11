// Every finding code in the catalogue has an input that produces it and a close one that does not.
#include "audit/DomainAudit.h"
#include "core/FindingCatalog.h"
#include "dkim/DkimKeyRecord.h"
#include "dmarc/DmarcLinter.h"
#include "dns/InMemoryZone.h"
#include "spf/SpfLinter.h"
#include "spf/SpfLookupBudget.h"
#include "support/TestKeys.h"

#include <gtest/gtest.h>

using namespace mailauth;
using mailauth::test::TestKeys;

namespace {

enum class Kind
{
    SpfLint,      // SpfLinter::lint on one string
    SpfSet,       // SpfLinter::lintRecordSet, records separated by " | "
    SpfBudget,    // SpfLookupBudget::forRecord over the zone below
    DmarcLint,    // DmarcLinter::evaluate at contoso.com, offline
    DmarcSubLint, // at sub.contoso.com, offline
    DmarcDns,     // at contoso.com with the zone below
    DmarcPasted,  // DmarcLinter::evaluatePasted at contoso.com
    DkimLint,
};

struct CoverageCase
{
    const char* code;
    Kind kind;
    QString trigger;
    QString clean;
};

void buildZone(InMemoryZone& zone)
{
    for (char c = 'a'; c <= 'k'; ++c) {
        zone.addTxt(QStringLiteral("%1.senders.example").arg(QLatin1Char(c)),
                    QStringLiteral("v=spf1 ip4:192.0.2.1 -all"));
    }
    zone.addName(QStringLiteral("nospf.example"));
    zone.setFailure(QStringLiteral("broken.example"), RecordType::TXT, DnsStatus::ServFail);
    zone.addTxt(QStringLiteral("loop1.example"), QStringLiteral("v=spf1 include:loop2.example -all"));
    zone.addTxt(QStringLiteral("loop2.example"), QStringLiteral("v=spf1 include:loop1.example -all"));
    for (int i = 0; i < 11; ++i) {
        zone.addMx(QStringLiteral("manymx.example"), static_cast<quint16>(i),
                   QStringLiteral("mx%1.manymx.example").arg(i));
    }
    for (int i = 0; i < 3; ++i) {
        zone.addMx(QStringLiteral("fewmx.example"), static_cast<quint16>(i),
                   QStringLiteral("mx%1.fewmx.example").arg(i));
    }
    zone.addA(QStringLiteral("host.example"), QStringLiteral("192.0.2.7"));
    // Both families: an a: term naming a host with IPv4 addresses only is a void lookup for IPv6 clients.
    zone.addA(QStringLiteral("dual.example"), QStringLiteral("192.0.2.8"));
    zone.addA(QStringLiteral("dual.example"), QStringLiteral("2001:db8::8"));
    zone.addTxt(QStringLiteral("contoso.com._report._dmarc.authorised.example"), QStringLiteral("v=DMARC1;"));
}

QString includes(int count)
{
    QString record = QStringLiteral("v=spf1");
    for (int i = 0; i < count; ++i) {
        record += QStringLiteral(" include:%1.senders.example").arg(QLatin1Char(static_cast<char>('a' + i)));
    }
    return record + QStringLiteral(" -all");
}

QString dkim(const QString& tags, const QString& key)
{
    return QString(tags).replace(QStringLiteral("{KEY}"), key);
}

const QList<CoverageCase>& cases()
{
    static const QString k2048 = TestKeys::rsaSpki(2048);
    static const QString k1024 = TestKeys::rsaSpki(1024);
    static const QString k512 = TestKeys::rsaSpki(512);
    static const QList<CoverageCase> list = {
        {"spf.not-spf", Kind::SpfLint, QStringLiteral("spf1 include:spf.protection.outlook.com -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.syntax", Kind::SpfLint, QStringLiteral("v=spf1 ip4:192.0.2.300 -all"),
         QStringLiteral("v=spf1 ip4:192.0.2.30 -all")},
        {"spf.unknown-mechanism", Kind::SpfLint, QStringLiteral("v=spf1 inclde:spf.protection.outlook.com -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.non-ascii", Kind::SpfLint, QStringLiteral("v=spf1 include:spf.protection.outlook.com \u2013all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.duplicate-modifier", Kind::SpfLint, QStringLiteral("v=spf1 redirect=a.example redirect=b.example"),
         QStringLiteral("v=spf1 redirect=a.example")},
        {"spf.redirect-with-all", Kind::SpfLint, QStringLiteral("v=spf1 mx redirect=a.example -all"),
         QStringLiteral("v=spf1 mx redirect=a.example")},
        {"spf.terms-after-all", Kind::SpfLint, QStringLiteral("v=spf1 -all include:spf.protection.outlook.com"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.pass-all", Kind::SpfLint, QStringLiteral("v=spf1 mx +all"), QStringLiteral("v=spf1 mx -all")},
        {"spf.neutral-all", Kind::SpfLint, QStringLiteral("v=spf1 mx ?all"), QStringLiteral("v=spf1 mx -all")},
        {"spf.softfail-all", Kind::SpfLint, QStringLiteral("v=spf1 mx ~all"), QStringLiteral("v=spf1 mx -all")},
        {"spf.no-all", Kind::SpfLint, QStringLiteral("v=spf1 mx"), QStringLiteral("v=spf1 mx -all")},
        {"spf.ptr", Kind::SpfLint, QStringLiteral("v=spf1 ptr -all"), QStringLiteral("v=spf1 a -all")},
        {"spf.include-trailing-dot", Kind::SpfLint, QStringLiteral("v=spf1 include:spf.protection.outlook.com. -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.include-equals", Kind::SpfLint, QStringLiteral("v=spf1 include=spf.protection.outlook.com -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.space-after-colon", Kind::SpfLint, QStringLiteral("v=spf1 include: spf.protection.outlook.com -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.unknown-modifier", Kind::SpfLint, QStringLiteral("v=spf1 mx -all foo=bar"),
         QStringLiteral("v=spf1 mx -all")},
        {"spf.legacy-microsoft-include", Kind::SpfLint, QStringLiteral("v=spf1 include:spf.protection.outlook.de -all"),
         QStringLiteral("v=spf1 include:spf.protection.outlook.com -all")},
        {"spf.multiple-records", Kind::SpfSet,
         QStringLiteral("v=spf1 mx -all | v=spf1 include:spf.protection.outlook.com -all"),
         QStringLiteral("v=spf1 mx include:spf.protection.outlook.com -all | MS=ms12345678")},
        {"spf.string-too-long", Kind::SpfLint,
         QStringLiteral("v=spf1") + QStringLiteral(" ip4:192.0.2.1").repeated(20) + QStringLiteral(" -all"),
         QStringLiteral("v=spf1") + QStringLiteral(" ip4:192.0.2.1").repeated(17) + QStringLiteral(" -all")},
        {"spf.too-long-for-udp", Kind::SpfSet, QString(), QString()}, // checked separately: needs split strings
        {"spf.too-many-lookups", Kind::SpfBudget, includes(11), includes(10)},
        {"spf.lookups-near-limit", Kind::SpfBudget, includes(8), includes(7)},
        {"spf.void-lookups", Kind::SpfBudget, QStringLiteral("v=spf1 a:nx1.example a:nx2.example a:nx3.example -all"),
         QStringLiteral("v=spf1 a:nx1.example a:nx2.example a:dual.example -all")},
        {"spf.too-many-mx-names", Kind::SpfBudget, QStringLiteral("v=spf1 mx:manymx.example -all"),
         QStringLiteral("v=spf1 mx:fewmx.example -all")},
        {"spf.include-loop", Kind::SpfBudget, QStringLiteral("v=spf1 include:loop1.example -all"),
         QStringLiteral("v=spf1 include:a.senders.example -all")},
        {"spf.include-missing", Kind::SpfBudget, QStringLiteral("v=spf1 include:nospf.example -all"),
         QStringLiteral("v=spf1 include:a.senders.example -all")},
        {"spf.lookup-failed", Kind::SpfBudget, QStringLiteral("v=spf1 include:broken.example -all"),
         QStringLiteral("v=spf1 include:b.senders.example -all")},

        {"dmarc.not-dmarc", Kind::DmarcLint, QStringLiteral("v=dmarc1; p=none; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com")},
        {"dmarc.syntax", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=none; rua mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com")},
        {"dmarc.missing-semicolon", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.quoted-value", Kind::DmarcLint, QStringLiteral("\"v=DMARC1; p=none; rua=mailto:d@contoso.com\""),
         QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com")},
        {"dmarc.duplicate-tag", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=none; p=reject; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.policy-missing", Kind::DmarcLint, QStringLiteral("v=DMARC1; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com")},
        {"dmarc.invalid-policy", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=block; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.policy-none", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=none; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=quarantine; rua=mailto:d@contoso.com")},
        {"dmarc.invalid-value", Kind::DmarcLint,
         QStringLiteral("v=DMARC1; p=reject; adkim=x; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; adkim=s; rua=mailto:d@contoso.com")},
        {"dmarc.sp-on-subdomain", Kind::DmarcSubLint,
         QStringLiteral("v=DMARC1; p=reject; sp=reject; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.legacy-pct", Kind::DmarcLint,
         QStringLiteral("v=DMARC1; p=quarantine; pct=25; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=quarantine; t=y; rua=mailto:d@contoso.com")},
        {"dmarc.legacy-tag", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; ri=3600; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.unknown-tag", Kind::DmarcLint,
         QStringLiteral("v=DMARC1; p=reject; rue=mailto:d@contoso.com; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.no-rua", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.uri-not-mailto", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; rua=d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.invalid-uri", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; rua=mailto:contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.uri-size-limit", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com!10m"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.external-reports", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; rua=mailto:r@vendor.example"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:r@reports.contoso.com")},
        {"dmarc.report-authorization-missing", Kind::DmarcDns,
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:r@vendor.example"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:r@authorised.example")},
        {"dmarc.ruf-not-sent-by-microsoft", Kind::DmarcLint,
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com; ruf=mailto:f@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com")},
        {"dmarc.fo-without-ruf", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; fo=1; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; fo=1; rua=mailto:d@contoso.com; ruf=mailto:f@contoso.com")},
        {"dmarc.test-mode", Kind::DmarcLint, QStringLiteral("v=DMARC1; p=reject; t=y; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; t=n; rua=mailto:d@contoso.com")},
        {"dmarc.pasted-whitespace-trimmed", Kind::DmarcPasted,
         QStringLiteral(" \tv=DMARC1; p=reject; rua=mailto:d@contoso.com"),
         QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com \n")},

        {"dkim.syntax", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=rsa; garbage; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.duplicate-tag", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=rsa; k=rsa; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.version", Kind::DkimLint, dkim(QStringLiteral("v=DKIM2; k=rsa; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.unknown-key-type", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=dsa; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.missing-key", Kind::DkimLint, QStringLiteral("v=DKIM1; k=rsa"),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.key-undecodable", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048.left(200)),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.key-too-short", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k512),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k1024)},
        {"dkim.key-1024", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k1024),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.key-revoked", Kind::DkimLint, QStringLiteral("v=DKIM1; k=rsa; p="),
         dkim(QStringLiteral("v=DKIM1; k=rsa; p={KEY}"), k2048)},
        {"dkim.testing", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; t=y; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; t=s; p={KEY}"), k2048)},
        {"dkim.sha1-only", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; h=sha1; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; h=sha1:sha256; p={KEY}"), k2048)},
        {"dkim.service-not-email", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; s=tlsrpt; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; s=email; p={KEY}"), k2048)},
        {"dkim.unknown-tag", Kind::DkimLint, dkim(QStringLiteral("v=DKIM1; x=1; p={KEY}"), k2048),
         dkim(QStringLiteral("v=DKIM1; n=note; p={KEY}"), k2048)},
    };
    return list;
}

Findings run(Kind kind, const QString& input)
{
    InMemoryZone zone;
    buildZone(zone);
    switch (kind) {
    case Kind::SpfLint:
        return SpfLinter::lint(QList<QByteArray>{input.toUtf8()});
    case Kind::SpfSet: {
        QList<QByteArray> texts;
        for (const QString& t : input.split(QStringLiteral(" | "))) {
            texts.append(t.toUtf8());
        }
        return SpfLinter::lintRecordSet(texts);
    }
    case Kind::SpfBudget:
        return SpfLookupBudget(zone).forRecord(input, QStringLiteral("contoso.example")).findings;
    case Kind::DmarcLint:
        return DmarcLinter::evaluate(input, QStringLiteral("contoso.com")).findings;
    case Kind::DmarcSubLint:
        return DmarcLinter::evaluate(input, QStringLiteral("sub.contoso.com")).findings;
    case Kind::DmarcDns:
        return DmarcLinter::evaluate(input, QStringLiteral("contoso.com"), &zone).findings;
    case Kind::DmarcPasted:
        return DmarcLinter::evaluatePasted(input, QStringLiteral("contoso.com")).findings;
    case Kind::DkimLint:
        return DkimKeyRecord::evaluate(input).findings;
    }
    return {};
}

QString codesOf(const Findings& findings)
{
    QStringList codes;
    for (const Finding& f : findings) {
        codes.append(f.code);
    }
    return codes.join(QStringLiteral(", "));
}

// A healthy Microsoft 365 domain; each audit case changes one thing about it.
struct DomainWorld
{
    bool mx = true;
    QString mxHost = QStringLiteral("contoso-com.mail.protection.outlook.com");
    bool spf = true;
    int dmarcRecords = 1;
    bool dmarcWithoutUnderscore = false;
    QString dmarcPolicy = QStringLiteral("reject");
    bool parked = false; // audited as a domain that sends and receives no mail
    enum class Selector
    {
        Cname,
        CnameNoKey,
        Txt,
        Missing,
        ZoneTwice,
        OtherProvider
    } selector = Selector::Cname;
    std::optional<std::pair<RecordType, DnsStatus>> failure;

    void build(InMemoryZone& zone) const
    {
        const QString d = QStringLiteral("contoso.com");
        DnsRecord soa;
        soa.name = d;
        soa.type = RecordType::SOA;
        soa.soa.mname = QStringLiteral("ns1.contoso.com");
        soa.soa.minimum = 300;
        zone.addRecord(soa);
        DnsRecord ns;
        ns.name = d;
        ns.type = RecordType::NS;
        ns.target = QStringLiteral("ns1.contoso.com");
        zone.addRecord(ns);
        if (mx) {
            zone.addMx(d, 0, mxHost);
        }
        zone.addTxt(d, QStringLiteral("MS=ms12345678"));
        if (spf) {
            zone.addTxt(d, QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
        }
        zone.addTxt(QStringLiteral("spf.protection.outlook.com"), QStringLiteral("v=spf1 ip4:40.92.0.0/15 -all"));
        for (int i = 0; i < dmarcRecords; ++i) {
            zone.addTxt(QStringLiteral("_dmarc.contoso.com"),
                        QStringLiteral("v=DMARC1; p=%1; rua=mailto:d%2@contoso.com").arg(dmarcPolicy).arg(i));
        }
        if (dmarcWithoutUnderscore) {
            zone.addTxt(QStringLiteral("dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=none"));
        }
        zone.addName(QStringLiteral("mail.contoso.com"));
        const QString key = QStringLiteral("v=DKIM1; k=rsa; p=") + TestKeys::rsaSpki(2048);
        for (const QString& sel : {QStringLiteral("selector1"), QStringLiteral("selector2")}) {
            const QString host = sel + QStringLiteral("._domainkey.contoso.com");
            const QString target = sel + QStringLiteral("-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft");
            switch (selector) {
            case Selector::Cname:
                zone.addCname(host, target);
                zone.addTxt(target, key);
                break;
            case Selector::CnameNoKey:
                zone.addCname(host, target);
                zone.addName(target);
                break;
            case Selector::Txt:
                zone.addTxt(host, key);
                break;
            case Selector::Missing:
                break;
            case Selector::ZoneTwice:
                zone.addCname(host + QStringLiteral(".contoso.com"), target);
                break;
            case Selector::OtherProvider:
                zone.addCname(host, sel + QStringLiteral(".dkim.vendor.example"));
                zone.addTxt(sel + QStringLiteral(".dkim.vendor.example"), key);
                break;
            }
        }
        zone.addCname(QStringLiteral("autodiscover.contoso.com"), QStringLiteral("autodiscover.outlook.com"));
        if (failure) {
            zone.setFailure(d, failure->first, failure->second);
        }
    }
};

struct AuditCase
{
    const char* code;
    QString domain;
    std::function<void(DomainWorld&)> change;
};

const QList<AuditCase>& auditCases()
{
    static const QList<AuditCase> list = {
        {"domain.not-found", QStringLiteral("fabrikam.com"), [](DomainWorld&) {}},
        {"dns.servfail", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.failure = std::pair{RecordType::MX, DnsStatus::ServFail};
         }},
        {"dns.timeout", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.failure = std::pair{RecordType::TXT, DnsStatus::Timeout};
         }},
        {"dns.refused", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.failure = std::pair{RecordType::NS, DnsStatus::Refused};
         }},
        {"dns.unreachable", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.failure = std::pair{RecordType::MX, DnsStatus::Unreachable};
         }},
        // NOTAUTH and the other codes c-ares does not name are errors, not "no record".
        {"dns.bad-rcode", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.failure = std::pair{RecordType::TXT, DnsStatus::BadRcode};
         }},
        {"mx.missing", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.mx = false; }},
        {"mx.null-on-sending", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.mxHost = QStringLiteral("."); }},
        {"parked.null-mx-missing", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.parked = true;
             w.mx = false;
         }},
        {"parked.has-mx", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.parked = true; }},
        {"parked.spf-allows-senders", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.parked = true; }},
        {"parked.dmarc-not-reject", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.parked = true;
             w.dmarcPolicy = QStringLiteral("quarantine");
         }},
        {"m365.mx-not-microsoft", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.mxHost = QStringLiteral("mx.gateway.example"); }},
        {"spf.missing", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.spf = false; }},
        {"dmarc.missing", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.dmarcRecords = 0; }},
        {"dmarc.multiple-records", QStringLiteral("contoso.com"), [](DomainWorld& w) { w.dmarcRecords = 2; }},
        {"dmarc.no-underscore", QStringLiteral("contoso.com"),
         [](DomainWorld& w) {
             w.dmarcRecords = 0;
             w.dmarcWithoutUnderscore = true;
         }},
        {"dmarc.inherited", QStringLiteral("mail.contoso.com"), [](DomainWorld&) {}},
        {"dkim.cname-missing", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.selector = DomainWorld::Selector::Missing; }},
        {"dkim.txt-instead-of-cname", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.selector = DomainWorld::Selector::Txt; }},
        {"dkim.key-missing", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.selector = DomainWorld::Selector::CnameNoKey; }},
        {"dkim.zone-name-twice", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.selector = DomainWorld::Selector::ZoneTwice; }},
        {"dkim.not-microsoft", QStringLiteral("contoso.com"),
         [](DomainWorld& w) { w.selector = DomainWorld::Selector::OtherProvider; }},
    };
    return list;
}

Findings audit(const QString& domain, const DomainWorld& world)
{
    InMemoryZone zone;
    world.build(zone);
    AuditRequest request;
    request.domain = domain;
    request.parked = world.parked;
    if (world.parked) {
        request.selectors.clear(); // no DKIM for a parked domain
    }
    return DomainAudit::run(request, zone).findings;
}

TEST(FindingCoverage, EveryCatalogueCodeHasACase)
{
    for (const FindingCode& c : FindingCatalog::all()) {
        const auto& list = cases();
        const auto& audits = auditCases();
        const bool covered =
            std::any_of(list.begin(), list.end(),
                        [&](const CoverageCase& k) { return QLatin1String(k.code) == QLatin1String(c.code); }) ||
            std::any_of(audits.begin(), audits.end(),
                        [&](const AuditCase& k) { return QLatin1String(k.code) == QLatin1String(c.code); });
        EXPECT_TRUE(covered) << "no coverage case for " << c.code;
    }
}

TEST(FindingCoverage, HealthyDomainAuditHasNoErrorsOrWarnings)
{
    const Findings findings = audit(QStringLiteral("contoso.com"), DomainWorld{});
    for (const Finding& f : findings) {
        EXPECT_EQ(f.severity, Severity::Info) << f.code.toStdString() << ": " << f.message.toStdString();
    }
}

TEST(FindingCoverage, AuditCasesProduceTheirCodeAndTheHealthyDomainDoesNot)
{
    const Findings healthy = audit(QStringLiteral("contoso.com"), DomainWorld{});
    for (const AuditCase& c : auditCases()) {
        DomainWorld world;
        c.change(world);
        const Findings triggered = audit(c.domain, world);
        EXPECT_TRUE(hasFinding(triggered, QLatin1String(c.code)))
            << c.code << " (got: " << codesOf(triggered).toStdString() << ")";
        EXPECT_FALSE(hasFinding(healthy, QLatin1String(c.code))) << c.code;
    }
}

TEST(FindingCoverage, TriggerProducesCodeAndCleanDoesNot)
{
    for (const CoverageCase& c : cases()) {
        if (c.trigger.isEmpty()) {
            continue;
        }
        const QString code = QLatin1String(c.code);
        const Findings triggered = run(c.kind, c.trigger);
        EXPECT_TRUE(hasFinding(triggered, code)) << c.code << " not produced by: " << c.trigger.toStdString()
                                                 << " (got: " << codesOf(triggered).toStdString() << ")";
        const Findings clean = run(c.kind, c.clean);
        EXPECT_FALSE(hasFinding(clean, code)) << c.code << " wrongly produced by: " << c.clean.toStdString();
        for (const Finding& f : triggered) {
            if (f.code == code) {
                EXPECT_EQ(f.severity, FindingCatalog::severityOf(code));
                EXPECT_FALSE(f.message.isEmpty()) << c.code;
                EXPECT_FALSE(f.fix.isEmpty()) << c.code;
            }
        }
    }
}

TEST(FindingCoverage, TooLongForUdpNeedsSplitStrings)
{
    // 480 characters in strings of at most 255: fine for DNS, too long for a comfortable UDP answer.
    const QByteArray body = QByteArray("v=spf1") + QByteArray(" ip4:192.0.2.1").repeated(33) + QByteArray(" -all");
    ASSERT_GT(body.size(), SpfLinter::kRecommendedMaxLength);
    const Findings longOne = SpfLinter::lint(QList<QByteArray>{body.left(250), body.mid(250)});
    EXPECT_TRUE(hasFinding(longOne, QStringLiteral("spf.too-long-for-udp")));
    EXPECT_FALSE(hasFinding(longOne, QStringLiteral("spf.string-too-long")));
    const QByteArray shortBody = QByteArray("v=spf1") + QByteArray(" ip4:192.0.2.1").repeated(10) + QByteArray(" -all");
    EXPECT_FALSE(hasFinding(SpfLinter::lint(QList<QByteArray>{shortBody}), QStringLiteral("spf.too-long-for-udp")));
}

TEST(FindingCoverage, CatalogueCodesAreUniqueAndWellFormed)
{
    QStringList seen;
    for (const FindingCode& c : FindingCatalog::all()) {
        const QString code = QLatin1String(c.code);
        EXPECT_FALSE(seen.contains(code)) << c.code;
        seen.append(code);
        EXPECT_TRUE(code.contains(u'.')) << c.code;
        EXPECT_EQ(code, code.toLower()) << c.code;
    }
}

} // namespace

TEST(FindingCoverage, AParkedDomainWithTheParkedSetHasNothingToFix)
{
    InMemoryZone zone;
    DomainWorld world;
    world.build(zone);
    InMemoryZone parked;
    parked.addMx(QStringLiteral("fabrikam.com"), 0, QStringLiteral("."));
    parked.addTxt(QStringLiteral("fabrikam.com"), QStringLiteral("v=spf1 -all"));
    parked.addTxt(QStringLiteral("_dmarc.fabrikam.com"),
                  QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@fabrikam.com"));
    AuditRequest request;
    request.domain = QStringLiteral("fabrikam.com");
    request.selectors.clear();
    request.parked = true;
    const AuditReport report = DomainAudit::run(request, parked);
    EXPECT_TRUE(report.hasNullMx());
    for (const Finding& f : report.findings) {
        EXPECT_EQ(f.severity, Severity::Info) << f.code.toStdString() << ": " << f.message.toStdString();
    }
    EXPECT_TRUE(report.dkim.isEmpty());
}
