#include "WizardPageBase.h"

#include "RolloutContext.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mailauth {

WizardPageBase::WizardPageBase(RolloutContext& context, const QString& title, const QString& why, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setTitle(title);
    setSubTitle(why);
    auto* layout = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("blockingReason"));
    // Italic in the palette's own text colour: palette(dark) vanished on a dark palette.
    m_reason->setStyleSheet(QStringLiteral("font-style: italic;"));
    layout->addWidget(m_reason);
}

void WizardPageBase::setBlockingReason(const QString& reason)
{
    if (m_reason->text() == reason) {
        return;
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    Q_EMIT completeChanged();
}

void WizardPageBase::ensureBuilt()
{
    if (!m_built) {
        m_built = true;
        build();
    }
}

void WizardPageBase::fillDomainCombo(QComboBox* combo, bool sendingOnly) const
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (int i = 0; i < m_context.plan->domains().size(); ++i) {
        const DomainPlan& d = m_context.plan->domain(i);
        if (d.role == DomainRole::Parked && sendingOnly) {
            continue;
        }
        combo->addItem(d.role == DomainRole::Parked ? tr("%1 (parked)").arg(d.unicode) : d.unicode, i);
    }
}

int WizardPageBase::domainIndex(const QComboBox* combo)
{
    return combo->currentData().isValid() ? combo->currentData().toInt() : 0;
}

QString WizardPageBase::blockingReason() const
{
    return m_reason->text();
}

} // namespace mailauth
