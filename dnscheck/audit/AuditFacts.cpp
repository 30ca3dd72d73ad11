#include "AuditFacts.h"

namespace mailauth {

QStringList AuditFacts::lines(const AuditReport& report, const std::function<QString(const QString&)>& escape)
{
    const QString unknown = tr("unknown (no answer from DNS)");
    QStringList out;
    QString mx;
    if (!report.known(AuditPart::Mx)) {
        mx = unknown;
    } else if (report.hasNullMx()) {
        mx = tr("null MX (accepts no mail)");
    } else {
        mx = report.mx.isEmpty() ? tr("none") : escape(report.mx.join(QStringLiteral(", ")));
    }
    out.append(tr("MX: %1").arg(mx));
    if (!report.known(AuditPart::ApexTxt)) {
        out.append(tr("SPF: %1").arg(unknown));
    } else if (report.spfRecords.size() > 1) {
        out.append(tr("SPF: %n records (receivers then ignore all of them)", nullptr,
                      static_cast<int>(report.spfRecords.size())));
        for (const QString& r : report.spfRecords) {
            out.append(QStringLiteral("     ") + escape(r));
        }
    } else {
        out.append(tr("SPF: %1").arg(report.spfRecord ? escape(*report.spfRecord) : tr("none")));
        if (report.spfRecord) {
            out.append(tr("SPF lookups: %1 of 10").arg(report.spfLookups));
        }
    }
    QString dmarc = report.dmarcRecord ? escape(*report.dmarcRecord) : tr("none");
    if (!report.known(AuditPart::Dmarc)) {
        dmarc = unknown;
    } else if (!report.dmarcRecord && !report.known(AuditPart::DmarcInherited)) {
        dmarc = tr("none of its own (whether a parent domain's record applies is unknown: DNS did not answer)");
    }
    out.append(tr("DMARC: %1").arg(dmarc));
    for (const DkimSelectorReport& s : report.dkim) {
        QString value = s.cname.isEmpty() ? tr("no CNAME") : escape(s.cname);
        if (!report.known(AuditPart::Dkim) && s.cname.isEmpty()) {
            value = unknown;
        }
        if (s.keyBits > 0) {
            value += u' ' + tr("(key %1 bits)").arg(s.keyBits);
        }
        out.append(tr("DKIM %1: %2").arg(escape(s.selector), value));
    }
    return out;
}

} // namespace mailauth
