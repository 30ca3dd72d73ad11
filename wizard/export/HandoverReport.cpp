#include "HandoverReport.h"

#include "HandoverReportsSection.h"
#include "model/AtomicFileWrite.h"
#include "model/DkimRotation.h"
#include "model/NextSteps.h"
#include "model/PlanProposal.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mailauth {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString recordName(RecordId id)
{
    switch (id) {
    case RecordId::Spf:
        return HandoverReport::tr("SPF");
    case RecordId::Dmarc:
        return HandoverReport::tr("DMARC");
    case RecordId::DkimEnabled:
        return HandoverReport::tr("DKIM signing switched on");
    case RecordId::DkimSelector1:
        return HandoverReport::tr("DKIM %1").arg(QStringLiteral("selector1"));
    case RecordId::DkimSelector2:
        break;
    }
    return HandoverReport::tr("DKIM %1").arg(QStringLiteral("selector2"));
}

// Admins copy record values from the hand-over, so a value never breaks inside a word: QTextDocument (like
// browsers) would break after a hyphen ("-all", "r-v1") or anywhere in a too-narrow cell. Values are set in a
// full-width monospace block that does not wrap by itself, split here into lines only at spaces; a single word
// longer than a line (none of the records the wizard writes) is the only thing cut.
constexpr int kValueColumns = 80;

QString unbrokenLines(const QString& value)
{
    QStringList lines;
    QString line;
    for (QString word : value.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() <= kValueColumns) {
            line += u' ' + word;
            continue;
        }
        if (!line.isEmpty()) {
            lines.append(line);
        }
        while (word.size() > kValueColumns) {
            lines.append(word.left(kValueColumns));
            word.remove(0, kValueColumns);
        }
        line = word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return QStringLiteral("<pre class=\"value\">%1</pre>").arg(esc(lines.join(u'\n')));
}

} // namespace

QString HandoverReport::findingsTable(const std::optional<AuditSnapshot>& snapshot)
{
    if (!snapshot) {
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No audit recorded.")));
    }
    QString out = QStringLiteral("<p>%1</p>").arg(esc(tr("Audit of %1").arg(stamp(snapshot->takenAt))));
    if (snapshot->report.findings.isEmpty()) {
        return out + QStringLiteral("<p>%1</p>").arg(esc(tr("No findings.")));
    }
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th>"
                          "<th>%2</th><th>%3</th></tr>")
               .arg(esc(tr("Severity")), esc(tr("Finding")), esc(tr("What to do")));
    for (const Finding& f : snapshot->report.findings) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                   .arg(esc(severityLabel(f.severity)), esc(f.message), esc(f.fix));
    }
    return out + QStringLiteral("</table>");
}

QString HandoverReport::html(const RolloutPlan& plan, const QDateTime& generatedAt)
{
    const QString client = plan.clientName().isEmpty() ? plan.initialDomain() : plan.clientName();
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                 "<style>body { font-family: sans-serif; font-size: 10pt; color: black; "
                                 "background: white; } th { text-align: left; background: #e0e0e0; } "
                                 "td, th { vertical-align: top; } pre.value { font-family: monospace; font-size: 9pt; "
                                 "white-space: pre; margin: 0; }</style>"
                                 "</head><body>\n")
                      .arg(esc(tr("Mail authentication hand-over: %1").arg(client)));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Mail authentication hand-over: %1").arg(client)));
    out += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>\n")
               .arg(esc(tr("Prepared by: %1")
                            .arg(plan.consultantName().isEmpty() ? tr("(not named)") : plan.consultantName())),
                    esc(tr("Date: %1").arg(stamp(generatedAt))),
                    esc(tr("Microsoft 365 tenant: %1 (%2)")
                            .arg(plan.initialDomain(), Catalogue::displayName(plan.cloud()))),
                    esc(tr("DNS hosted at: %1").arg(Catalogue::displayName(plan.dnsHost()))));

    // Overview first: what a reader needs on the first page.
    out += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                          "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
               .arg(esc(tr("Overview")), esc(tr("Domain")), esc(tr("SPF")), esc(tr("DKIM")), esc(tr("DMARC")));
    for (int i = 0; i < plan.domains().size(); ++i) {
        const DomainPlan& d = plan.domain(i);
        auto state = [&](RecordId id) {
            const auto c = d.confirmation(id);
            if (c) {
                return tr("confirmed %1").arg(stamp(c->confirmedAt));
            }
            return PlanProposal::alreadyPublished(plan, i, id) ? tr("already published") : tr("not confirmed");
        };
        const QString dkim = d.role == DomainRole::Parked ? tr("not needed (parked)")
                             : d.dkimEnabled              ? tr("signing on")
                                                          : state(RecordId::DkimSelector1);
        const QString policy = QStringLiteral("p=") + dmarcPolicyKeyword(plan.dmarcPlan(i).policy);
        out +=
            QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                .arg(esc(d.unicode),
                     d.role == DomainRole::Parked ? QStringLiteral(" ") + esc(tr("(parked)")) : QString(),
                     esc(state(RecordId::Spf)), esc(dkim), esc(policy + QStringLiteral(", ") + state(RecordId::Dmarc)));
    }
    out += QStringLiteral("</table>\n");
    out += HandoverReportsSection::html(plan);

    const QList<NextStep> steps = NextSteps::compute(plan, generatedAt.toUTC().date());
    for (int i = 0; i < plan.domains().size(); ++i) {
        const DomainPlan& d = plan.domain(i);
        out += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(d.unicode));
        if (d.unicode != d.ace) {
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("In DNS: %1").arg(d.ace)));
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Records published")));
        const QList<DnsRecordSpec> records = plan.allRecords(i);
        // Name and type on one row, the value on the full width of the next.
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                              "<th>%1</th><th width=\"12%\">%2</th></tr><tr><th colspan=\"2\">%3</th></tr>\n")
                   .arg(esc(tr("Name")), esc(tr("Type")), esc(tr("Value")));
        for (const DnsRecordSpec& r : records) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n<tr><td colspan=\"2\">%3</td></tr>\n")
                       .arg(unbrokenLines(r.name), unbrokenLines(recordTypeName(r.type)), unbrokenLines(r.value));
        }
        out += QStringLiteral("</table>\n<h3>%1</h3>\n").arg(esc(tr("Confirmations")));
        if (d.confirmations.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Nothing confirmed yet.")));
        } else {
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                                  "<th>%1</th><th>%2</th><th>%3</th></tr>\n")
                       .arg(esc(tr("Record")), esc(tr("Confirmed")), esc(tr("Seen by")));
            for (const Confirmation& c : d.confirmations) {
                out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                           .arg(esc(recordName(c.record)), esc(stamp(c.confirmedAt)),
                                esc(c.servers.join(QStringLiteral(", "))));
            }
            out += QStringLiteral("</table>\n");
        }
        if (const auto proof = plan.dkimProof(i); proof && d.role == DomainRole::Sending) {
            out += QStringLiteral("<h3>%1</h3>\n<p>%2<br>%3</p>\n")
                       .arg(esc(tr("DKIM test message")), esc(tr("Checked: %1").arg(stamp(proof->checkedAt))),
                            esc(proof->headline));
        }
        const QString rotation =
            DkimRotation::describe(DkimRotation::status(d, generatedAt), generatedAt.toLocalTime().date());
        if (!rotation.isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n").arg(esc(rotation));
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Before")));
        out += findingsTable(d.auditBefore);
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("After")));
        out += findingsTable(d.auditAfter);
        out += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(tr("Next steps")));
        bool any = false;
        for (const NextStep& step : steps) {
            if (step.domainIndex != i) {
                continue;
            }
            any = true;
            out += step.due ? QStringLiteral("<li>%1 %2</li>\n")
                                  .arg(esc(step.text),
                                       esc(tr("Date: %1 (%2).")
                                               .arg(QLocale().toString(*step.due, QLocale::LongFormat), step.dueText)))
                            : QStringLiteral("<li>%1</li>\n").arg(esc(step.text));
        }
        if (!any) {
            out += QStringLiteral("<li>%1</li>\n").arg(esc(tr("Nothing left: keep an eye on the DMARC reports.")));
        }
        out += QStringLiteral("</ul>\n");
    }
    return out + QStringLiteral("</body></html>\n");
}

QByteArray HandoverReport::pdf(const QString& html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("Mail authentication hand-over"));
    writer.setCreator(QStringLiteral("MailAuth Wizard"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    buffer.close();
    return bytes;
}

bool HandoverReport::writePdf(const QString& html, const QString& path, QString* error)
{
    QString cause;
    if (!AtomicFileWrite::write(path, pdf(html), &cause)) {
        if (error != nullptr) {
            *error = tr("Cannot write %1: %2").arg(path, cause);
        }
        return false;
    }
    return true;
}

} // namespace mailauth
