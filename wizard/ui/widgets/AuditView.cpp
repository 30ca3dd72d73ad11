#include "AuditView.h"

#include "FindingsView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailauth {

AuditView::AuditView(QWidget* parent)
    : QTabWidget(parent)
{
}

void AuditView::clearReports()
{
    while (count() > 0) {
        QWidget* w = widget(0);
        removeTab(0);
        delete w;
    }
}

void AuditView::addReport(const AuditReport& report)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    QStringList lines;
    lines.append(tr("MX: %1").arg(report.mx.isEmpty() ? tr("none") : report.mx.join(QStringLiteral(", "))));
    lines.append(tr("SPF: %1").arg(report.spfRecord.value_or(tr("none"))));
    if (report.spfRecord) {
        lines.append(tr("SPF lookups: %1 of 10").arg(report.spfLookups));
    }
    lines.append(tr("DMARC: %1").arg(report.dmarcRecord.value_or(tr("none"))));
    for (const DkimSelectorReport& s : report.dkim) {
        lines.append(tr("DKIM %1: %2").arg(s.selector, s.cname.isEmpty() ? tr("no CNAME") : s.cname));
    }
    auto* facts = new QLabel(lines.join(u'\n'), page);
    facts->setTextFormat(Qt::PlainText);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* findings = new FindingsView(page);
    findings->setEmptyText(tr("Nothing to fix."));
    findings->setFindings(report.findings);
    layout->addWidget(facts);
    layout->addWidget(findings, 1);
    const int errors = static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                                      [](const Finding& f) { return f.severity == Severity::Error; }));
    const QString title = report.domainUnicode.isEmpty() ? report.domain : report.domainUnicode;
    addTab(page, errors > 0 ? tr("%1 (%n error(s))", nullptr, errors).arg(title) : title);
}

} // namespace mailauth
