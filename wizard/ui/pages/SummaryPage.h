#pragma once

#include "WizardPageBase.h"

class QLabel;
class QPushButton;

namespace mailauth {

class AuditTask;
class BackgroundFileWriter;
class AuditView;

// A final audit beside the first one, what is done (with confirmation times) and what comes next, with dates.
class SummaryPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit SummaryPage(RolloutContext& context, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void build() override;
    void refreshDone();
    void exportAs(int format);

    AuditTask* m_task = nullptr;
    AuditView* m_before = nullptr;
    AuditView* m_after = nullptr;
    QLabel* m_done = nullptr;
    QPushButton* m_rerun = nullptr;
    QLabel* m_exportStatus = nullptr;
    BackgroundFileWriter* m_writer = nullptr;
};

} // namespace mailauth
