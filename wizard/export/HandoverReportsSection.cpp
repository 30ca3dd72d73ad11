#include "HandoverReportsSection.h"

#include "model/PercentText.h"

#include <QLocale>
#include <algorithm>

namespace mailauth {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString senderName(const ReportSenderStats& s)
{
    if (!s.senderName.isEmpty()) {
        return s.senderName;
    }
    switch (s.kind) {
    case ReportSourceKind::Forwarder:
        return HandoverReportsSection::tr("Forwarders and mailing lists");
    case ReportSourceKind::Authorized:
        return HandoverReportsSection::tr("Servers your SPF or DKIM allows");
    default:
        return HandoverReportsSection::tr("Unknown sources");
    }
}

} // namespace

QString HandoverReportsSection::html(const RolloutPlan& plan)
{
    const QLocale locale;
    QString out;
    for (int i = 0; i < plan.domains().size(); ++i) {
        const auto stats = plan.reportStats(i);
        if (!stats || stats->counts.messages == 0) {
            continue;
        }
        const DomainPlan& d = plan.domain(i);
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(d.unicode));
        const QString period = stats->first.isValid()
                                   ? tr("%1 to %2 (%n day(s))", nullptr, stats->daySpan())
                                         .arg(stats->first.toString(Qt::ISODate), stats->last.toString(Qt::ISODate))
                                   : tr("no dated reports");
        out += QStringLiteral("<p>%1<br>%2<br>%3</p>\n")
                   .arg(esc(tr("Period: %1").arg(period)),
                        esc(tr("Messages: %1, of which %2 pass DMARC.")
                                .arg(locale.toString(stats->counts.messages),
                                     PercentText::share(stats->counts.dmarcPass, stats->counts.messages, locale))),
                        esc(tr("Reported by: %1").arg(stats->reporters.join(QStringLiteral(", ")))));
        if (const auto readiness = plan.reportReadiness(i)) {
            out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(StageReadiness::headline(*readiness)));
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(esc(tr("Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 "
                                   "messages from %n address(es).",
                                   nullptr, readiness->unknownSources)
                                    .arg(PercentText::format(readiness->passPercent(), locale),
                                         locale.toString(readiness->legitimatePassing),
                                         locale.toString(readiness->legitimateMessages),
                                         locale.toString(readiness->unknownMessages))));
            if (!readiness->reasons.isEmpty()) {
                out += QStringLiteral("<ul>\n");
                for (const QString& reason : readiness->reasons) {
                    out += QStringLiteral("<li>%1</li>\n").arg(esc(reason));
                }
                out += QStringLiteral("</ul>\n");
            }
            if (!readiness->note.isEmpty()) {
                out += QStringLiteral("<p>%1</p>\n").arg(esc(readiness->note));
            }
        }
        QList<const ReportSenderStats*> needFix;
        for (const ReportSenderStats& s : stats->senders) {
            if (!s.fix.isEmpty()) {
                needFix.append(&s);
            }
        }
        std::stable_sort(needFix.begin(), needFix.end(), [](const ReportSenderStats* a, const ReportSenderStats* b) {
            return a->counts.failing() > b->counts.failing();
        });
        if (needFix.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Every sender in the reports passes DMARC.")));
            continue;
        }
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                              "<th width=\"20%\">%1</th><th width=\"10%\">%2</th><th width=\"10%\">%3</th>"
                              "<th>%4</th></tr>\n")
                   .arg(esc(tr("Sender")), esc(tr("Messages")), esc(tr("Passing")), esc(tr("What to do")));
        for (const ReportSenderStats* s : needFix) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                       .arg(esc(senderName(*s)), esc(locale.toString(s->counts.messages)),
                            esc(PercentText::share(s->counts.dmarcPass, s->counts.messages, locale)), esc(s->fix));
        }
        out += QStringLiteral("</table>\n");
    }
    if (out.isEmpty()) {
        return {};
    }
    return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(tr("What the reports show")),
                    esc(tr("From the DMARC aggregate reports read into this project: what receivers saw of mail sent "
                           "as each domain, and what must be fixed before the next stage."))) +
           out;
}

} // namespace mailauth
