#include "SummaryPage.h"

#include "RolloutContext.h"
#include "export/ProjectExport.h"
#include "model/AuditTask.h"
#include "model/DkimRotation.h"
#include "model/NextSteps.h"
#include "model/PlanProposal.h"
#include "ui/io/BackgroundFileWriter.h"
#include "ui/widgets/AuditView.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mailauth {

SummaryPage::SummaryPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("Summary"),
                     tr("Where each domain stands now compared with the start, and what to do next and when."), parent)
{
    // Built on first visit (see WizardPageBase::ensureBuilt): the wizard starts as fast as its first page.
}

void SummaryPage::build()
{
    m_task = new AuditTask(this);
    m_writer = new BackgroundFileWriter(this);
    m_before = new AuditView(this);
    m_after = new AuditView(this);
    m_done = new QLabel(this);
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rerun = new QPushButton(tr("Check &again"), this);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Before</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Now</b>"), this), 0, 1);
    grid->addWidget(m_before, 1, 0);
    grid->addWidget(m_after, 1, 1);
    content()->addWidget(m_done);
    content()->addLayout(grid, 1);
    content()->addWidget(m_rerun, 0, Qt::AlignLeft);

    // Hand-over: the same files `mailauth generate` writes.
    auto* exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:"), this));
    const QList<std::pair<QString, ExportFormat>> buttons{{tr("&PowerShell bundle…"), ExportFormat::PowerShell},
                                                          {tr("DNS re&cords…"), ExportFormat::Zone},
                                                          {tr("Report (HT&ML)…"), ExportFormat::Html},
                                                          {tr("Report (P&DF)…"), ExportFormat::Pdf},
                                                          {tr("Audit (&JSON)…"), ExportFormat::Json}};
    for (const auto& [label, format] : buttons) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("export-") + ProjectExport::fileSuffix(format));
        connect(button, &QPushButton::clicked, this, [this, f = format]() { exportAs(static_cast<int>(f)); });
        exports->addWidget(button);
    }
    exports->addStretch(1);
    content()->addLayout(exports);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextFormat(Qt::PlainText);
    content()->addWidget(m_exportStatus);
    connect(m_rerun, &QPushButton::clicked, this, &SummaryPage::initializePage);
    connect(m_task, &AuditTask::reportReady, this, [this](const AuditReport& report) {
        m_context.plan->setAudit(report, true);
        m_after->addReport(report);
    });
    connect(m_task, &AuditTask::finished, this, [this]() { m_rerun->setEnabled(true); });
    connect(m_context.watches, &WatchRegistry::recordConfirmed, this, &SummaryPage::refreshDone);
}

void SummaryPage::initializePage()
{
    ensureBuilt();
    m_before->clearReports();
    for (const DomainPlan& d : m_context.plan->domains()) {
        if (d.auditBefore) {
            m_before->addReport(d.auditBefore->report);
        }
    }
    m_after->clearReports();
    m_rerun->setEnabled(false);
    m_task->start(*m_context.plan, m_context.auditParallel);
    refreshDone();
}

namespace {

QString recordLabel(RecordId id)
{
    switch (id) {
    case RecordId::Spf:
        return SummaryPage::tr("SPF record");
    case RecordId::Dmarc:
        return SummaryPage::tr("DMARC record");
    case RecordId::DkimSelector1:
        return SummaryPage::tr("DKIM %1 CNAME").arg(QStringLiteral("selector1"));
    case RecordId::DkimSelector2:
    case RecordId::DkimEnabled:
        break;
    }
    return SummaryPage::tr("DKIM %1 CNAME").arg(QStringLiteral("selector2"));
}

} // namespace

void SummaryPage::exportAs(int formatValue)
{
    auto format = static_cast<ExportFormat>(formatValue);
    QString filter;
    switch (format) {
    case ExportFormat::Zone:
        filter = tr("BIND zone lines (*.zone);;CSV for import (*.csv);;Windows DNS Server commands (*.ps1);;Azure DNS "
                    "commands (*.ps1)");
        break;
    case ExportFormat::PowerShell:
        filter = tr("PowerShell scripts (*.ps1)");
        break;
    case ExportFormat::Html:
        filter = tr("Web pages (*.html)");
        break;
    case ExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    default:
        filter = tr("JSON files (*.json)");
        break;
    }
    QString chosenFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), ProjectExport::suggestedFileName(*m_context.plan, format), filter, &chosenFilter);
    if (path.isEmpty()) {
        return;
    }
    if (format == ExportFormat::Zone) {
        const QStringList filters = filter.split(QStringLiteral(";;"));
        const QList<ExportFormat> kinds{ExportFormat::Zone, ExportFormat::Csv, ExportFormat::WindowsDns,
                                        ExportFormat::Azure};
        format = kinds.value(static_cast<int>(filters.indexOf(chosenFilter)), ExportFormat::Zone);
    }
    QString error;
    const auto bytes = ProjectExport::render(*m_context.plan, format, {}, &error);
    if (!bytes) {
        m_exportStatus->setText(error);
        return;
    }
    // The write runs off the UI thread: a slow or network drive must not freeze the wizard.
    m_exportStatus->setText(tr("Saving %1…").arg(path));
    m_writer->write(path, *bytes, [this, path](const QString& problem) {
        m_exportStatus->setText(problem.isEmpty() ? tr("Saved %1.").arg(path) : problem);
    });
}

void SummaryPage::refreshDone()
{
    const QLocale locale;
    QStringList lines;
    for (const DomainPlan& d : m_context.plan->domains()) {
        lines.append(d.unicode + u':');
        for (const RecordId record :
             {RecordId::Spf, RecordId::DkimSelector1, RecordId::DkimSelector2, RecordId::Dmarc}) {
            if (const auto c = d.confirmation(record)) {
                lines.append(
                    tr("  ✓ %1 confirmed on %2 by %n server(s)", nullptr, static_cast<int>(c->servers.size()))
                        .arg(recordLabel(record), locale.toString(c->confirmedAt.toLocalTime(), QLocale::ShortFormat)));
            } else if (d.role == DomainRole::Parked &&
                       (record == RecordId::DkimSelector1 || record == RecordId::DkimSelector2)) {
                continue;
            } else if (PlanProposal::alreadyPublished(*m_context.plan, m_context.plan->indexOf(d.ace), record)) {
                lines.append(tr("  ✓ %1 already published (found by the latest check)").arg(recordLabel(record)));
            } else {
                lines.append(tr("  • %1: not confirmed yet").arg(recordLabel(record)));
            }
        }
        if (d.role == DomainRole::Sending) {
            const auto proof = m_context.plan->dkimProof(m_context.plan->indexOf(d.ace));
            lines.append(proof ? tr("  %1 DKIM test message of %2: %3")
                                     .arg(proof->works() ? QStringLiteral("✓") : QStringLiteral("•"),
                                          locale.toString(proof->checkedAt.toLocalTime(), QLocale::ShortFormat),
                                          proof->headline)
                               : tr("  • DKIM: no test message checked yet (DKIM page, step 6)"));
        }
        const QString rotation =
            DkimRotation::describe(DkimRotation::status(d, m_context.plan->now()), m_context.plan->today());
        if (!rotation.isEmpty()) {
            lines.append(QStringLiteral("  • ") + rotation);
        }
    }
    lines.append(tr("Next:"));
    for (const NextStep& step : NextSteps::compute(*m_context.plan, m_context.plan->today())) {
        lines.append(
            step.due
                ? tr("  • %1 On %2 (%3).").arg(step.text, locale.toString(*step.due, QLocale::LongFormat), step.dueText)
                : QStringLiteral("  • ") + step.text);
    }
    m_done->setText(lines.join(u'\n'));
}

} // namespace mailauth
