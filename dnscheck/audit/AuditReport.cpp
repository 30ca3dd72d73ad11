#include "AuditReport.h"

#include "core/FindingJson.h"

#include <QJsonArray>

namespace mailauth {

QJsonObject AuditReport::toJson() const
{
    auto orNull = [](const std::optional<QString>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    QJsonObject spf{{QStringLiteral("record"), orNull(spfRecord)},
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
    return o;
}

} // namespace mailauth
