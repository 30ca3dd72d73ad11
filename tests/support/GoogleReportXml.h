#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace mailauth::test {

// One row of an aggregate report: a source address, its messages and what the receiver saw.
struct ReportRow
{
    QString ip;
    int count = 0;
    QString dkim; // policy_evaluated
    QString spf;
    QString dkimDomain; // auth_results, empty: none
    QString selector;
    QString spfDomain;
    QString spfResult;
    QString headerFrom = QStringLiteral("contoso.com");
};

// What the report says was published, and which report it is.
struct ReportPolicy
{
    QString domain = QStringLiteral("contoso.com");
    QString p = QStringLiteral("none");
    QString sp;       // empty: same as p
    QString reportId; // empty: one per day
};

// One aggregate report as Google writes it (RFC 7489 appendix C, no namespace) for one UTC day, written out as text
// so that the tests read it the way the reader reads real files.
inline QByteArray googleReportXml(const QDate& day, const QList<ReportRow>& rows, const ReportPolicy& policy = {})
{
    const qint64 begin = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n"
                       "  <report_metadata><org_name>google.com</org_name>"
                       "<email>noreply-dmarc-support@google.com</email><report_id>%1</report_id>"
                       "<date_range><begin>%2</begin><end>%3</end></date_range></report_metadata>\n"
                       "  <policy_published><domain>%4</domain><adkim>r</adkim><aspf>r</aspf>"
                       "<p>%5</p><sp>%6</sp><pct>100</pct></policy_published>\n")
            .arg(policy.reportId.isEmpty() ? QStringLiteral("1182073144%1").arg(day.toJulianDay()) : policy.reportId)
            .arg(begin)
            .arg(begin + 86399)
            .arg(policy.domain, policy.p, policy.sp.isEmpty() ? policy.p : policy.sp);
    for (const ReportRow& r : rows) {
        xml += QStringLiteral("  <record><row><source_ip>%1</source_ip><count>%2</count><policy_evaluated>"
                              "<disposition>none</disposition><dkim>%3</dkim><spf>%4</spf></policy_evaluated></row>"
                              "<identifiers><header_from>%5</header_from></identifiers><auth_results>")
                   .arg(r.ip)
                   .arg(r.count)
                   .arg(r.dkim, r.spf, r.headerFrom);
        if (!r.dkimDomain.isEmpty()) {
            xml += QStringLiteral("<dkim><domain>%1</domain><result>pass</result><selector>%2</selector></dkim>")
                       .arg(r.dkimDomain, r.selector);
        }
        xml += QStringLiteral("<spf><domain>%1</domain><result>%2</result></spf></auth_results></record>\n")
                   .arg(r.spfDomain, r.spfResult);
    }
    xml += QStringLiteral("</feedback>\n");
    return xml.toUtf8();
}

} // namespace mailauth::test
