#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace mailauth {

struct RolloutContext;

// Every page: a short "why" in plain language at the top, its own content, and at the bottom the reason Next is
// disabled, when it is.
class WizardPageBase : public QWizardPage
{
    Q_OBJECT

public:
    WizardPageBase(RolloutContext& context, const QString& title, const QString& why, QWidget* parent = nullptr);

    QString blockingReason() const;

protected:
    QVBoxLayout* content() const { return m_content; }
    void setBlockingReason(const QString& reason);
    RolloutContext& m_context;

private:
    QVBoxLayout* m_content = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace mailauth
