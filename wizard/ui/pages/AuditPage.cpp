#include "AuditPage.h"

#include "RolloutContext.h"
#include "model/AuditTask.h"
#include "model/NextSteps.h"
#include "ui/widgets/AuditView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailauth {

AuditPage::AuditPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("What DNS says today"),
                     tr("Before changing anything, the wizard reads your domains' current MX, SPF, DKIM and DMARC "
                        "records and lists what is missing or wrong, with what to do about it."),
                     parent)
{
    // Built on first visit (see WizardPageBase::ensureBuilt): the wizard starts as fast as its first page.
}

void AuditPage::build()
{
    m_task = new AuditTask(this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_rerun = new QPushButton(tr("Check &again"), this);
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_view = new AuditView(this); // made after the buttons above it: Tab follows the page
    m_nextSteps = new QLabel(this);
    m_nextSteps->setObjectName(QStringLiteral("resumeSteps"));
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextFormat(Qt::PlainText);
    m_nextSteps->setFrameShape(QFrame::StyledPanel);
    m_nextSteps->setMargin(6);
    m_nextSteps->hide();
    content()->addWidget(m_nextSteps);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_status);
    row->addWidget(m_rerun);
    row->addWidget(m_cancel);
    content()->addLayout(row);
    content()->addWidget(m_view, 1);

    connect(m_rerun, &QPushButton::clicked, this, &AuditPage::startAudit);
    connect(m_cancel, &QPushButton::clicked, m_task, &AuditTask::cancel);
    connect(m_task, &AuditTask::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2 domains checked").arg(done).arg(total));
    });
    connect(m_task, &AuditTask::reportReady, this, [this](const AuditReport& report) {
        // The first audit of a rollout is its "before"; later ones (a reopened project) are the latest state. The
        // plan then starts from what is published (ExistingRecords).
        const int index = m_context.plan->indexOf(report.domain);
        if (index < 0) {
            return;
        }
        const bool after = m_context.plan->domain(index).auditBefore.has_value();
        if (!m_context.plan->applyAudit(report, after)) {
            // DNS did not answer: the saved audit is still the best knowledge; show it, and say so.
            const AuditSnapshot* saved = m_context.plan->latestAudit(index);
            AuditReport shown = saved->report;
            for (const Finding& f : report.findings) {
                if (f.code.startsWith(QStringLiteral("dns."))) {
                    shown.findings.prepend(f);
                }
            }
            m_view->addReport(shown, tr("DNS did not answer now; this is the check saved on %1.")
                                         .arg(QLocale().toString(saved->takenAt.toLocalTime(), QLocale::ShortFormat)));
            return;
        }
        m_view->addReport(report);
    });
    connect(m_task, &AuditTask::finished, this, [this](bool cancelled) {
        m_done = true;
        m_cancel->setEnabled(false);
        m_rerun->setEnabled(true);
        m_status->setText(cancelled ? tr("Check cancelled; you can go on or check again.") : tr("Check complete."));
        setBlockingReason(QString());
        Q_EMIT completeChanged();
    });
}

void AuditPage::initializePage()
{
    ensureBuilt();
    // A reopened project: say where it stands and what is due before the fresh audit comes in.
    QStringList lines;
    for (const NextStep& step : NextSteps::compute(*m_context.plan, m_context.plan->today())) {
        lines.append(step.dueText.isEmpty() ? QStringLiteral("• ") + step.text
                                            : tr("• %1 (%2)").arg(step.text, step.dueText));
    }
    m_nextSteps->setVisible(m_context.reopenedProject && !lines.isEmpty());
    m_nextSteps->setText(tr("Welcome back. This project's next steps:") + u'\n' + lines.join(u'\n'));
    startAudit();
}

void AuditPage::startAudit()
{
    m_done = false;
    m_view->clearReports();
    m_rerun->setEnabled(false);
    m_cancel->setEnabled(true);
    setBlockingReason(tr("Checking DNS… (you can cancel)"));
    m_task->start(*m_context.plan, m_context.auditParallel);
}

bool AuditPage::isComplete() const
{
    return m_done;
}

} // namespace mailauth
