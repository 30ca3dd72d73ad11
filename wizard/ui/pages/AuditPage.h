#pragma once

#include "WizardPageBase.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace mailauth {

class AuditTask;
class AuditView;

// The current state of every domain, audited in the background; "Check again" re-runs it. Also used for the final
// audit on the summary page.
class AuditPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit AuditPage(RolloutContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void startAudit();

private:
    void build() override;
    AuditTask* m_task = nullptr;
    AuditView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_rerun = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_nextSteps = nullptr;
    bool m_done = false;
};

} // namespace mailauth
