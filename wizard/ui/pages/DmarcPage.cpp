#include "DmarcPage.h"

#include "RolloutContext.h"
#include "dmarc/DmarcLinter.h"
#include "model/reports/StageReadiness.h"
#include "training/TrainingSession.h"
#include "ui/reports/DmarcReportsDialog.h"
#include "ui/widgets/FindingsView.h"
#include "ui/widgets/PropagationPanel.h"
#include "ui/widgets/RecordView.h"
#include "ui/widgets/WeakeningList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailauth {

namespace {

// The wrapping text of a check box: a click on it is a click on the box.
class ClickableLabel final : public QLabel
{
    Q_OBJECT

public:
    using QLabel::QLabel;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QLabel::mouseReleaseEvent(event);
        Q_EMIT clicked();
    }
};

} // namespace

DmarcPage::DmarcPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("DMARC: tell receivers what to do with forged mail"),
                     tr("DMARC ties SPF and DKIM to the address people see and asks receivers to report what they "
                        "get. Start with p=none and reports, then tighten to quarantine and reject once the reports "
                        "show that all your real mail passes."),
                     parent)
{
    // The page's widgets are built on first visit: the wizard then starts as fast as its first page.
}

void DmarcPage::build()
{
    m_domain = new QComboBox(this);
    m_start = new QDateEdit(m_context.plan->today(), this);
    m_start->setCalendarPopup(true);
    m_start->setObjectName(QStringLiteral("dmarcStart"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("dmarcStage"));
    m_stage->addItem(tr("Stage 1: p=none (monitor only)"), 0);
    m_stage->addItem(tr("Stage 2: p=quarantine (spam folder)"), 1);
    m_stage->addItem(tr("Stage 3: p=reject (refuse)"), 2);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("dmarcPlanText"));
    m_plan->setWordWrap(true);
    m_plan->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("dmarcReadiness"));
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::PlainText);
    m_readiness->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readReports = new QPushButton(tr("Rea&d aggregate reports…"), this);
    m_readReports->setObjectName(QStringLiteral("dmarcReadReports"));
    m_readReports->setToolTip(tr("Reads the report files you received (.xml, .gz, .zip, .eml, mbox) on this computer "
                                 "and says whether the domain is ready for its next stage."));
    m_rua = new QLineEdit(this);
    m_rua->setObjectName(QStringLiteral("dmarcReports"));
    m_rua->setPlaceholderText(
        tr("dmarc-reports@contoso.com (a shared mailbox works well); several separated by spaces"));
    m_testing = new QCheckBox(tr("Test mode (t=y): receivers apply one level less while you watch the reports"), this);
    m_testing->setObjectName(QStringLiteral("dmarcTesting"));
    m_sp = new QComboBox(this);
    m_sp->setObjectName(QStringLiteral("dmarcSubdomains"));
    m_sp->addItem(tr("same as the domain"), -1);
    m_sp->addItem(tr("none (monitor only)"), static_cast<int>(DmarcPolicy::None));
    m_sp->addItem(tr("quarantine"), static_cast<int>(DmarcPolicy::Quarantine));
    m_sp->addItem(tr("reject"), static_cast<int>(DmarcPolicy::Reject));
    // A check box's own text does not wrap (at 1024 px it pushed the page wider than the window): the text is a
    // wrapping label beside the box, and the box's accessible name; clicking the label toggles the box.
    const QString strictText =
        tr("Strict alignment (adkim=s; aspf=s): subdomains of the domain no longer count as aligned. "
           "Leave off unless you know every sender uses the exact domain.");
    m_strict = new QCheckBox(this);
    m_strict->setAccessibleName(strictText);
    auto* strictLabel = new ClickableLabel(strictText, this);
    strictLabel->setWordWrap(true);
    strictLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(strictLabel, &ClickableLabel::clicked, m_strict, &QCheckBox::click);
    auto* strictRow = new QHBoxLayout;
    strictRow->addWidget(m_strict, 0, Qt::AlignTop);
    strictRow->addWidget(strictLabel, 1);
    m_strict->setObjectName(QStringLiteral("dmarcStrict"));
    m_existing = new QLabel(this);
    m_existing->setObjectName(QStringLiteral("dmarcExisting"));
    m_existing->setWordWrap(true);
    m_existing->setTextFormat(Qt::PlainText);
    m_weakenings = new WeakeningList(*m_context.plan, QStringLiteral("dmarc"), this);
    m_np = new QComboBox(this);
    m_np->setObjectName(QStringLiteral("dmarcNonexistent"));
    m_np->addItem(tr("same as the domain"), -1);
    m_np->addItem(tr("none (monitor only)"), static_cast<int>(DmarcPolicy::None));
    m_np->addItem(tr("quarantine"), static_cast<int>(DmarcPolicy::Quarantine));
    m_np->addItem(tr("reject (recommended: such names never send mail)"), static_cast<int>(DmarcPolicy::Reject));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("dmarcPreview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings = new FindingsView(this);
    m_findings->setMinimumHeight(100);
    m_records = new RecordView(this);
    m_publish = new QPushButton(tr("I have &published it: watch DNS"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_panel = new PropagationPanel(this);
    m_panel->setTimeSource(m_context.plan);
    m_panel->setMinimumHeight(180);

    // A grid, not a QFormLayout: QFormLayout left empty gaps under the rows whose text wraps (the plan, the
    // readiness, strict alignment).
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString& label, QWidget* field, QLayout* fieldLayout = nullptr) {
        if (!label.isEmpty()) {
            auto* buddy = new QLabel(label, this);
            buddy->setBuddy(field);
            form->addWidget(buddy, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        }
        if (fieldLayout != nullptr) {
            form->addLayout(fieldLayout, row, 1);
        } else {
            form->addWidget(field, row, 1);
        }
        ++row;
    };
    addRow(tr("D&omain:"), m_domain);
    addRow(tr("&Start of the plan:"), m_start);
    addRow(tr("Current s&tage:"), m_stage);
    addRow(QString(), m_plan);
    auto* readinessRow = new QHBoxLayout;
    readinessRow->addWidget(m_readiness, 1);
    readinessRow->addWidget(m_readReports, 0, Qt::AlignTop);
    addRow(QString(), m_readiness, readinessRow);
    addRow(tr("R&eports to:"), m_rua);
    addRow(QString(), m_testing);
    addRow(tr("Existing s&ubdomains:"), m_sp);
    addRow(tr("Non-e&xistent subdomains:"), m_np);
    addRow(QString(), m_strict, strictRow);
    // The strict box is made before the non-existent-subdomain box but sits below it: Tab follows the page.
    setTabOrder(m_np, m_strict);
    auto* inner = new QWidget;
    auto* layout = new QVBoxLayout(inner);
    layout->addLayout(form);
    layout->addWidget(m_existing);
    layout->addWidget(new QLabel(tr("<b>The record</b>"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_weakenings);
    layout->addWidget(m_findings);
    layout->addWidget(new QLabel(tr("<b>Publish it at your DNS host</b>"), this));
    layout->addWidget(m_records);
    layout->addWidget(m_publish, 0, Qt::AlignLeft);
    layout->addWidget(m_panel);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    content()->addWidget(scroll, 1);

    connect(m_domain, &QComboBox::currentIndexChanged, this, &DmarcPage::loadDomain);
    connect(m_start, &QDateEdit::dateChanged, this, &DmarcPage::storeAndRefresh);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DmarcPage::storeAndRefresh);
    connect(m_readReports, &QPushButton::clicked, this, &DmarcPage::openReports);
    connect(m_rua, &QLineEdit::textChanged, this, &DmarcPage::storeAndRefresh);
    connect(m_testing, &QCheckBox::toggled, this, &DmarcPage::storeAndRefresh);
    connect(m_np, &QComboBox::currentIndexChanged, this, &DmarcPage::storeAndRefresh);
    connect(m_sp, &QComboBox::currentIndexChanged, this, &DmarcPage::storeAndRefresh);
    // stateChanged, not toggled: a half-checked box (adkim and aspf differ) clicked to checked toggles nothing.
    connect(m_strict, &QCheckBox::stateChanged, this, &DmarcPage::storeAndRefresh);
    // A confirmed weakening unblocks Next and the publish button (and unticking it blocks them again).
    connect(m_weakenings, &WeakeningList::confirmationChanged, this, &DmarcPage::storeAndRefresh);
    connect(m_publish, &QPushButton::clicked, this, &DmarcPage::publish);
    connect(m_context.watches, &WatchRegistry::watcherChanged, this, [this](int index, RecordId record) {
        if (index == current() && record == RecordId::Dmarc) {
            bindWatcher();
        }
    });
}

int DmarcPage::current() const
{
    return domainIndex(m_domain);
}

void DmarcPage::initializePage()
{
    ensureBuilt();
    fillDomainCombo(m_domain, false);
    loadDomain();
}

void DmarcPage::loadDomain()
{
    if (m_loading || m_context.plan->domains().isEmpty()) {
        return;
    }
    m_loading = true;
    const DomainPlan& d = m_context.plan->domain(current());
    const bool parked = d.role == DomainRole::Parked;
    m_start->setDate(d.stages.isEmpty() ? m_context.plan->today() : d.stages.first().due);
    m_stage->setCurrentIndex(d.currentStage);
    m_rua->setText(d.aggregateReports.join(u' '));
    m_testing->setChecked(d.testing);
    const auto choose = [](QComboBox* box, std::optional<DmarcPolicy> policy) {
        box->setCurrentIndex(std::max(0, box->findData(policy ? static_cast<int>(*policy) : -1)));
    };
    choose(m_np, d.nonexistentPolicy);
    choose(m_sp, d.subdomainPolicy);
    // adkim and aspf read from a published record can differ: the box then shows "partly" until the admin chooses.
    m_strict->setTristate(d.strictDkim != d.strictSpf);
    m_strict->setCheckState(d.strictDkim && d.strictSpf   ? Qt::Checked
                            : d.strictDkim || d.strictSpf ? Qt::PartiallyChecked
                                                          : Qt::Unchecked);
    for (QWidget* w : std::initializer_list<QWidget*>{m_start, m_stage, m_testing, m_np, m_sp, m_strict}) {
        w->setEnabled(!parked);
    }
    m_loading = false;
    storeAndRefresh();
    bindWatcher();
}

void DmarcPage::storeAndRefresh()
{
    if (m_loading || m_context.plan->domains().isEmpty()) {
        return;
    }
    RolloutPlan& plan = *m_context.plan;
    const int index = current();
    if (plan.domain(index).stages.isEmpty() || plan.domain(index).stages.first().due != m_start->date()) {
        plan.setDmarcStart(index, m_start->date());
    }
    if (m_stage->currentIndex() != plan.domain(index).currentStage &&
        !askStageAdvance(index, m_stage->currentIndex())) {
        return; // the question is open; the stage stays where it was until the admin says yes
    }
    plan.setDmarcStage(index, m_stage->currentIndex());
    plan.setAggregateReports(index,
                             m_rua->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts));
    plan.setDmarcTesting(index, m_testing->isChecked());
    const auto policyChoice = [](const QComboBox* box) {
        const int value = box->currentData().toInt();
        return value < 0 ? std::nullopt : std::optional<DmarcPolicy>(static_cast<DmarcPolicy>(value));
    };
    plan.setSubdomainPolicy(index, policyChoice(m_sp));
    plan.setNonexistentPolicy(index, policyChoice(m_np));
    if (m_strict->checkState() != Qt::PartiallyChecked) {
        m_strict->setTristate(false);
        plan.setStrictAlignment(index, m_strict->isChecked());
    }
    const DomainPlan& d = plan.domain(index);
    if (!d.existingDmarc.isEmpty()) {
        m_existing->setText(tr("Published today: %1\nThe choices above start from it.").arg(d.existingDmarc));
    } else if (!d.inheritedDmarc.isEmpty()) {
        m_existing->setText(tr("%1 has no DMARC record of its own; its organisation's record applies to it, which "
                               "amounts to: %2\nThe choices above start from it.")
                                .arg(d.unicode, d.inheritedDmarc));
    } else if (!plan.unknownStateReason(index, QStringLiteral("dmarc")).isEmpty()) {
        m_existing->setText(plan.unknownStateReason(index, QStringLiteral("dmarc")));
    } else {
        m_existing->setText(tr("No DMARC record is published at _dmarc.%1 yet; this will be the first.").arg(d.ace));
    }
    m_weakenings->show(index);

    QStringList steps;
    const QLocale locale;
    // From the current stage on: a domain already at reject is not shown a plan that starts at none.
    for (int i = std::max(0, d.currentStage); i < d.stages.size(); ++i) {
        steps.append(tr("%1 from %2")
                         .arg(QStringLiteral("p=") + dmarcPolicyKeyword(d.stages[i].policy),
                              locale.toString(d.stages[i].due, QLocale::ShortFormat)));
    }
    const bool last = d.currentStage >= d.stages.size() - 1;
    m_plan->setText(d.role == DomainRole::Parked
                        ? tr("A parked domain goes straight to p=reject: nothing should send as it.")
                    : last ? tr("p=reject is the last stage: keep it, and keep reading the reports.")
                           : tr("Plan: %1. Move on only when the reports show your real mail passing.")
                                 .arg(steps.join(QStringLiteral(" → "))));
    const DmarcComposition dmarc = plan.composeDmarc(current());
    QString preview = dmarc.record;
    for (const QString& e : dmarc.errors) {
        preview += u'\n' + tr("✗ %1").arg(e);
    }
    m_preview->setText(preview);
    m_findings->setFindings(dmarc.ok() ? DmarcLinter::evaluate(dmarc.record, d.ace).findings : Findings{});
    const bool held = !plan.unconfirmedWeakenings(index, QStringLiteral("dmarc")).isEmpty() ||
                      !plan.unknownStateReason(index, QStringLiteral("dmarc")).isEmpty();
    m_records->setRecords(held ? QList<DnsRecordSpec>{}
                               : plan.dmarcRecords(current()) + plan.dmarcAuthorizationRecords(current()),
                          plan.dnsHost(), plan.azureResourceGroup());
    showReadiness();
    m_publish->setEnabled(dmarc.ok() && plan.unconfirmedWeakenings(index, QStringLiteral("dmarc")).isEmpty() &&
                          plan.unknownStateReason(index, QStringLiteral("dmarc")).isEmpty());
    setBlockingReason(plan.dmarcBlockingReason());
}

void DmarcPage::publish()
{
    const QList<DnsRecordSpec> records = m_context.plan->dmarcRecords(current());
    if (records.isEmpty()) {
        return;
    }
    PropagationExpectation e;
    e.name = records.first().name;
    e.type = RecordType::TXT;
    e.value = records.first().value;
    e.mode = MatchMode::Dmarc;
    e.zone = records.first().zone;
    m_panel->setMessage(tr("Looking up the name servers of %1…").arg(m_context.plan->domain(current()).ace));
    m_context.watches->watch(current(), RecordId::Dmarc, e);
}

void DmarcPage::bindWatcher()
{
    const QList<DnsRecordSpec> records = m_context.plan->dmarcRecords(current());
    const QString earlier = PropagationPanel::confirmedEarlier(m_context.plan->domain(current()), RecordId::Dmarc,
                                                               records.isEmpty() ? QString() : records.first().value);
    m_panel->bind(m_context.watches->watcher(current(), RecordId::Dmarc),
                  m_context.watches->discoveryError(current(), RecordId::Dmarc),
                  earlier.isEmpty() ? tr("After you publish the record, press the button above.") : earlier);
}

void DmarcPage::openReports()
{
    // One window per page, kept while the wizard runs: files dropped in several goes add up.
    if (m_reportsDialog == nullptr) {
        m_reportsDialog = new DmarcReportsDialog(*m_context.plan, current(), this);
        if (m_context.training != nullptr && !m_context.training->scenario().reports.isEmpty()) {
            m_reportsDialog->setTrainingReports(
                TrainingScenarioParser::reportsPath(m_context.training->scenario().reports));
        }
        connect(m_reportsDialog, &DmarcReportsDialog::readingFinished, this, &DmarcPage::showReadiness);
    }
    m_reportsDialog->show();
    m_reportsDialog->raise();
    m_reportsDialog->activateWindow();
}

void DmarcPage::showReadiness()
{
    const int index = current();
    const DomainPlan& d = m_context.plan->domain(index);
    const auto readiness = m_context.plan->reportReadiness(index);
    if (d.role == DomainRole::Parked) {
        m_readiness->setText(tr("A parked domain sends no mail: its reports show only forged mail."));
    } else if (!readiness) {
        m_readiness->setText(
            tr("Reports: none read yet. Read them before you move %1 to the next stage.").arg(d.unicode));
    } else {
        QStringList lines{tr("Reports: %1").arg(StageReadiness::headline(*readiness))};
        for (const QString& reason : readiness->reasons) {
            lines.append(QStringLiteral("• ") + reason);
        }
        if (!readiness->note.isEmpty()) {
            lines.append(readiness->note);
        }
        m_readiness->setText(lines.join(u'\n'));
    }
}

bool DmarcPage::askStageAdvance(int index, int stage)
{
    if (!m_context.plan->stageAdvanceNeedsConfirmation(index, stage)) {
        return true;
    }
    const auto readiness = m_context.plan->reportReadiness(index);
    {
        const QSignalBlocker block(m_stage);
        m_stage->setCurrentIndex(m_context.plan->domain(index).currentStage);
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Move to the next stage?"),
                                tr("The reports say: %1\nMail that fails DMARC will be %2. Move %3 on anyway?")
                                    .arg(readiness ? StageReadiness::headline(*readiness) : QString(),
                                         stage >= 2 ? tr("refused") : tr("put in the spam folder"),
                                         m_context.plan->domain(index).unicode),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("dmarcStageQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, index, stage](int result) {
        if (result == QMessageBox::Yes && index < m_context.plan->domains().size()) {
            m_context.plan->confirmStageAdvance(index, stage, true);
            if (current() == index) {
                m_stage->setCurrentIndex(stage); // now confirmed: stored like any other choice
            }
        }
    });
    box->open();
    return false;
}

bool DmarcPage::isComplete() const
{
    return blockingReason().isEmpty();
}

} // namespace mailauth

#include "DmarcPage.moc"
