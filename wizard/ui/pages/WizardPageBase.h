#pragma once

#include <QWizardPage>

class QComboBox;
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
    // Heavy pages build their widgets on first visit (start-up cost): they override build() and call ensureBuilt()
    // at the top of initializePage().
    virtual void build() {}
    void ensureBuilt();
    // Lists the plan's domains in `combo` with the plan index as item data; parked ones marked, or left out.
    void fillDomainCombo(QComboBox* combo, bool sendingOnly) const;
    // The plan index of the domain chosen in `combo`.
    static int domainIndex(const QComboBox* combo);
    void setBlockingReason(const QString& reason);
    RolloutContext& m_context;

private:
    QVBoxLayout* m_content = nullptr;
    bool m_built = false;
    QLabel* m_reason = nullptr;
};

} // namespace mailauth
