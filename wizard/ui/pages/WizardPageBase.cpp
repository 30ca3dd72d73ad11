#include "WizardPageBase.h"

#include "RolloutContext.h"

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
    m_reason->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic;"));
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

QString WizardPageBase::blockingReason() const
{
    return m_reason->text();
}

} // namespace mailauth
