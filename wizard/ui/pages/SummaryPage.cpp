#include "SummaryPage.h"

#include "RolloutContext.h"
#include "model/AuditTask.h"
#include "ui/widgets/AuditView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailauth {

SummaryPage::SummaryPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("Summary"),
                     tr("Where each domain stands now compared with the start, and what to do next and when."), parent)
{
    m_task = new AuditTask(this);
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

QString recordLabel(const QString& id)
{
    if (id == u"spf") {
        return SummaryPage::tr("SPF record");
    }
    if (id == u"dmarc") {
        return SummaryPage::tr("DMARC record");
    }
    return SummaryPage::tr("DKIM %1 CNAME").arg(id.mid(5));
}

} // namespace

void SummaryPage::refreshDone()
{
    const QLocale locale;
    QStringList lines;
    for (const DomainPlan& d : m_context.plan->domains()) {
        lines.append(d.unicode + u':');
        for (const QString& record : {QStringLiteral("spf"), QStringLiteral("dkim-selector1"),
                                      QStringLiteral("dkim-selector2"), QStringLiteral("dmarc")}) {
            if (const auto c = d.confirmation(record)) {
                lines.append(
                    tr("  ✓ %1 confirmed on %2 by %n server(s)", nullptr, static_cast<int>(c->servers.size()))
                        .arg(recordLabel(record), locale.toString(c->confirmedAt.toLocalTime(), QLocale::ShortFormat)));
            } else if (d.role == DomainRole::Sending || !record.startsWith(QStringLiteral("dkim"))) {
                lines.append(tr("  • %1: not confirmed yet").arg(recordLabel(record)));
            }
        }
        if (d.role == DomainRole::Sending) {
            for (int i = d.currentStage + 1; i < d.stages.size(); ++i) {
                lines.append(tr("  Next: move DMARC to p=%1 on %2, if the reports show all real mail passing.")
                                 .arg(dmarcPolicyKeyword(d.stages[i].policy),
                                      locale.toString(d.stages[i].due, QLocale::LongFormat)));
            }
        }
    }
    m_done->setText(lines.join(u'\n'));
}

} // namespace mailauth
