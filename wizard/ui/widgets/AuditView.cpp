#include "AuditView.h"

#include "FindingsView.h"
#include "audit/AuditFacts.h"

#include <QLabel>
#include <QTabBar>
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

void AuditView::addReport(const AuditReport& report, const QString& note)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!note.isEmpty()) {
        auto* label = new QLabel(note, page);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("font-weight: bold"));
        layout->addWidget(label);
    }
    const QStringList lines = AuditFacts::lines(report);
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
    setTabOrder(tabBar(), findings); // reports arrive after the page's other widgets exist: keep Tab in reading order
}

} // namespace mailauth
