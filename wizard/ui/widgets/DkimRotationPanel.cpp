#include "DkimRotationPanel.h"

#include "generators/DkimRotationPowerShell.h"
#include "model/AuditTask.h"
#include "model/DkimRotation.h"
#include "model/NextSteps.h"
#include "model/RolloutPlan.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QLabel* wrapped(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DkimRotationPanel::DkimRotationPanel(RolloutPlan& plan, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("rotationPanel"));
    m_state = wrapped(this, "rotationState");
    m_scriptLabel = wrapped(this, "rotationScriptLabel");
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("rotationScript"));
    m_script->setReadOnly(true);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setMinimumHeight(130);
    m_copy = new QPushButton(tr("Cop&y rotation script"), this);
    m_copy->setObjectName(QStringLiteral("rotationCopy"));
    m_ran = new QPushButton(this);
    m_ran->setObjectName(QStringLiteral("rotationRan"));
    m_undo = new QPushButton(tr("&Undo: I did not run it"), this);
    m_undo->setObjectName(QStringLiteral("rotationUndo"));
    m_check = new QPushButton(tr("Check key si&zes"), this);
    m_check->setObjectName(QStringLiteral("rotationCheck"));
    m_keys = wrapped(this, "rotationKeys");
    m_task = new AuditTask(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>7. Upgrade the keys to 2048 bits</b> (two passes, four days apart):"), this));
    layout->addWidget(m_state);
    layout->addWidget(m_scriptLabel);
    layout->addWidget(m_script);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_ran);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* check = new QHBoxLayout;
    check->addWidget(m_check);
    check->addStretch(1);
    layout->addLayout(check);
    layout->addWidget(m_keys);

    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_script->toPlainText()); });
    connect(m_ran, &QPushButton::clicked, this, &DkimRotationPanel::recordPass);
    connect(m_undo, &QPushButton::clicked, this, &DkimRotationPanel::undoPass);
    connect(m_check, &QPushButton::clicked, this, &DkimRotationPanel::checkKeys);
    connect(&m_plan, &RolloutPlan::changed, this, &DkimRotationPanel::refresh);
    // The check asks DNS asynchronously (AuditTask over c-ares): the UI thread never waits for it.
    connect(m_task, &AuditTask::reportReady, this, [this](const AuditReport& report) {
        const int index = m_plan.indexOf(m_checking);
        if (index < 0 || report.domain != m_checking) {
            return;
        }
        if (report.pending || !report.known(AuditPart::Dkim)) {
            m_keys->setText(tr("DNS did not answer for the DKIM selectors of %1; check again in a few minutes.")
                                .arg(report.domainUnicode));
            return;
        }
        const DkimKeySizes sizes = DkimRotation::fromAudit(report, m_plan.now());
        m_plan.setDkimKeySizes(index, sizes);
        m_keys->setText(sizes.bothStrong() ? tr("Both keys have 2048 bits: %1.").arg(DkimRotation::keysText(sizes))
                                           : tr("Keys in DNS now: %1.").arg(DkimRotation::keysText(sizes)));
    });
    connect(m_task, &AuditTask::finished, this, [this]() { m_check->setEnabled(true); });
}

void DkimRotationPanel::setDomain(int index)
{
    m_index = index;
    m_keys->clear();
    refresh();
}

int DkimRotationPanel::scriptPass() const
{
    const DkimRotationStatus s = DkimRotation::status(m_plan.domain(m_index), m_plan.now());
    return s.stage == DkimRotationStage::FirstPassDue ? 1 : 2;
}

void DkimRotationPanel::refresh()
{
    if (m_index < 0 || m_index >= m_plan.domains().size()) {
        setVisible(false);
        return;
    }
    const DomainPlan& d = m_plan.domain(m_index);
    const QDateTime now = m_plan.now();
    const QDate today = now.toLocalTime().date();
    const DkimRotationStatus s = DkimRotation::status(d, now);
    setVisible(s.stage != DkimRotationStage::NotNeeded);
    const QString keys = DkimRotation::keysText(s.keys);
    const QString due = s.due.isValid() ? NextSteps::dueText(s.due.toLocalTime().date(), today) : QString();
    QString text;
    switch (s.stage) {
    case DkimRotationStage::NotNeeded:
        break;
    case DkimRotationStage::FirstPassDue:
        text = tr("A key behind the Microsoft 365 selectors of %1 has fewer than 2048 bits (%2). Microsoft 365 "
                  "upgrades only the selector that is not signing, and the new key signs after four days (96 hours): "
                  "run the first pass now and the second one four days later.")
                   .arg(d.unicode, keys);
        break;
    case DkimRotationStage::WaitingAfterFirstPass:
        text = tr("First pass run on %1. Its new key signs from %2; the second pass is due then (%3).")
                   .arg(when(d.dkimRotation.firstPassAt), when(s.due), due);
        break;
    case DkimRotationStage::SecondPassDue:
        text = tr("First pass run on %1. The second pass is %2: run the script below, it upgrades the other "
                  "selector.")
                   .arg(when(d.dkimRotation.firstPassAt), due);
        break;
    case DkimRotationStage::WaitingAfterSecondPass:
        text = tr("Second pass run on %1. Its new key signs from %2; check the key sizes then (%3).")
                   .arg(when(d.dkimRotation.secondPassAt), when(s.due), due);
        break;
    case DkimRotationStage::CheckDue:
        text = tr("Both passes have taken effect: check the key sizes. Keys seen last: %1.").arg(keys);
        break;
    case DkimRotationStage::Done:
        text = DkimRotation::describe(s, today);
        break;
    }
    m_state->setText(text);

    const bool scriptShown = s.stage != DkimRotationStage::Done;
    const int pass = scriptPass();
    QString error;
    m_script->setPlainText(
        DkimRotationPowerShell::passScript({d.ace, m_plan.cloud(), {}}, pass, &error).value_or(error));
    m_scriptLabel->setText(pass == 1 ? tr("Pass 1, in Exchange Online PowerShell:")
                                     : tr("Pass 2, in Exchange Online PowerShell (only after the first pass has "
                                          "taken effect):"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_scriptLabel), static_cast<QWidget*>(m_script), static_cast<QWidget*>(m_copy)}) {
        w->setVisible(scriptShown);
    }
    const bool awaitingPass = s.stage == DkimRotationStage::FirstPassDue ||
                              s.stage == DkimRotationStage::WaitingAfterFirstPass ||
                              s.stage == DkimRotationStage::SecondPassDue;
    m_ran->setVisible(awaitingPass);
    m_ran->setText(pass == 1 ? tr("I &ran the first pass") : tr("I &ran the second pass"));
    // Exchange Online refuses a rotation while one is running: the second pass counts only once it is due.
    m_ran->setEnabled(s.stage == DkimRotationStage::FirstPassDue || s.stage == DkimRotationStage::SecondPassDue);
    m_undo->setVisible(d.dkimRotation.firstPassAt.isValid() && s.stage != DkimRotationStage::Done);
}

void DkimRotationPanel::recordPass()
{
    QString error;
    if (!m_plan.setDkimRotationPass(m_index, scriptPass(), m_plan.now(), &error)) {
        m_state->setText(error);
    }
}

void DkimRotationPanel::undoPass()
{
    const DkimRotationRecord& r = m_plan.domain(m_index).dkimRotation;
    m_plan.setDkimRotationPass(m_index, r.secondPassAt.isValid() ? 2 : 1, QDateTime());
}

void DkimRotationPanel::checkKeys()
{
    m_check->setEnabled(false);
    m_keys->setText(tr("Checking…"));
    m_checking = m_plan.domain(m_index).ace;
    m_task->start(m_plan, 1, m_index);
}

} // namespace mailauth
