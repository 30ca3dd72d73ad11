#include "AuditReport.h"

#include "core/FindingJson.h"
#include "dkim/M365DkimTarget.h"

#include <QJsonArray>

namespace mailauth {

namespace {

struct PartName
{
    AuditPart part;
    const char* keyword;
};

constexpr PartName kPartNames[] = {{AuditPart::Soa, "soa"},     {AuditPart::NameServers, "ns"},
                                   {AuditPart::Mx, "mx"},       {AuditPart::ApexTxt, "txt"},
                                   {AuditPart::Dmarc, "dmarc"}, {AuditPart::Dkim, "dkim"}};

} // namespace

QString auditPartKeyword(AuditPart part)
{
    for (const PartName& p : kPartNames) {
        if (p.part == part) {
            return QString::fromLatin1(p.keyword);
        }
    }
    return {};
}

std::optional<AuditPart> auditPartFromKeyword(QStringView keyword)
{
    for (const PartName& p : kPartNames) {
        if (keyword == QLatin1String(p.keyword)) {
            return p.part;
        }
    }
    return std::nullopt;
}

QJsonObject AuditReport::toJson() const
{
    auto orNull = [](const std::optional<QString>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject spf{{QStringLiteral("record"), orNull(spfRecord)},
                    {QStringLiteral("records"), QJsonArray::fromStringList(spfRecords)},
                    {QStringLiteral("valid"), spfValid},
                    {QStringLiteral("lookups"), spfLookups},
                    {QStringLiteral("void_lookups"), spfVoidLookups}};
    QJsonObject dmarc{
        {QStringLiteral("record"), orNull(dmarcRecord)},
        {QStringLiteral("policy"), dmarcPolicy ? QJsonValue(dmarcPolicyKeyword(*dmarcPolicy)) : QJsonValue()},
        {QStringLiteral("valid"), dmarcValid},
        {QStringLiteral("policy_domain"), dmarcPolicyDomain.isEmpty() ? QJsonValue() : QJsonValue(dmarcPolicyDomain)},
        {QStringLiteral("org_domain"), orgDomain},
        {QStringLiteral("psl_org_domain"), pslOrgDomain}};
    QJsonArray dkimArray;
    for (const DkimSelectorReport& s : dkim) {
        dkimArray.append(QJsonObject{{QStringLiteral("selector"), s.selector},
                                     {QStringLiteral("cname"), s.cname.isEmpty() ? QJsonValue() : QJsonValue(s.cname)},
                                     {QStringLiteral("key_bits"), s.keyBits},
                                     {QStringLiteral("key_found"), s.keyFound}});
    }
    QJsonObject o{{QStringLiteral("domain"), domain},
                  {QStringLiteral("spf"), spf},
                  {QStringLiteral("dmarc"), dmarc},
                  {QStringLiteral("dkim"), dkimArray},
                  {QStringLiteral("mx"), QJsonArray::fromStringList(mx)},
                  {QStringLiteral("ns"), QJsonArray::fromStringList(nameServers)},
                  {QStringLiteral("findings"), findingsToJson(findings)}};
    if (domainUnicode != domain) {
        o.insert(QStringLiteral("domain_unicode"), domainUnicode);
    }
    if (!autodiscover.isEmpty()) {
        o.insert(QStringLiteral("autodiscover"), autodiscover);
    }
    if (parked) {
        o.insert(QStringLiteral("role"), QStringLiteral("parked"));
    }
    if (!zone.isEmpty() && zone != domain) {
        o.insert(QStringLiteral("zone"), zone);
    }
    if (!unknownParts.isEmpty()) {
        QJsonArray unknown;
        for (AuditPart part : unknownParts) {
            unknown.append(auditPartKeyword(part));
        }
        o.insert(QStringLiteral("unknown"), unknown);
    }
    return o;
}

AuditReport AuditReport::fromJson(const QJsonObject& o)
{
    auto optionalString = [](const QJsonValue& v) { return v.isString() ? std::optional(v.toString()) : std::nullopt; };
    auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& s : v.toArray()) {
            out.append(s.toString());
        }
        return out;
    };
    AuditReport r;
    r.domain = o.value(QStringLiteral("domain")).toString();
    r.domainUnicode = o.value(QStringLiteral("domain_unicode")).toString(r.domain);
    r.autodiscover = o.value(QStringLiteral("autodiscover")).toString();
    r.mx = strings(o.value(QStringLiteral("mx")));
    r.nameServers = strings(o.value(QStringLiteral("ns")));
    const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
    r.spfRecord = optionalString(spf.value(QStringLiteral("record")));
    r.spfRecords = strings(spf.value(QStringLiteral("records")));
    if (r.spfRecords.isEmpty() && r.spfRecord) {
        r.spfRecords = {*r.spfRecord}; // saved before the list existed
    }
    r.parked = o.value(QStringLiteral("role")).toString() == u"parked";
    r.zone = o.value(QStringLiteral("zone")).toString(r.domain);
    for (const QJsonValue& v : o.value(QStringLiteral("unknown")).toArray()) {
        if (const auto part = auditPartFromKeyword(v.toString()); part && !r.unknownParts.contains(*part)) {
            r.unknownParts.append(*part);
        }
    }
    r.spfValid = spf.value(QStringLiteral("valid")).toBool();
    r.spfLookups = spf.value(QStringLiteral("lookups")).toInt();
    r.spfVoidLookups = spf.value(QStringLiteral("void_lookups")).toInt();
    const QJsonObject dmarc = o.value(QStringLiteral("dmarc")).toObject();
    r.dmarcRecord = optionalString(dmarc.value(QStringLiteral("record")));
    r.dmarcPolicy = dmarc.value(QStringLiteral("policy")).isString()
                        ? dmarcPolicyFromKeyword(dmarc.value(QStringLiteral("policy")).toString())
                        : std::nullopt;
    r.dmarcValid = dmarc.value(QStringLiteral("valid")).toBool();
    r.dmarcPolicyDomain = dmarc.value(QStringLiteral("policy_domain")).toString();
    r.orgDomain = dmarc.value(QStringLiteral("org_domain")).toString();
    r.pslOrgDomain = dmarc.value(QStringLiteral("psl_org_domain")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("dkim")).toArray()) {
        const QJsonObject s = v.toObject();
        DkimSelectorReport d;
        d.selector = s.value(QStringLiteral("selector")).toString();
        d.cname = s.value(QStringLiteral("cname")).toString();
        d.keyBits = s.value(QStringLiteral("key_bits")).toInt();
        d.keyFound = s.value(QStringLiteral("key_found")).toBool();
        d.microsoftTarget = !d.cname.isEmpty() && M365DkimTarget::recognise(d.cname).has_value();
        r.dkim.append(d);
    }
    r.findings = findingsFromJson(o.value(QStringLiteral("findings")).toArray());
    return r;
}

} // namespace mailauth
