#pragma once

#include "WizardPageBase.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mailauth {

class DmarcReportsDialog;
class FindingsView;
class WeakeningList;
class PropagationPanel;
class RecordView;

class DmarcPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit DmarcPage(RolloutContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // "Read aggregate reports…": one window per page, kept while the wizard runs.
    void openReports();

private:
    void build() override;
    int current() const;
    void loadDomain();
    void storeAndRefresh();
    void publish();
    void bindWatcher();
    void showReadiness();
    // A later stage chosen while the domain's reports say "not ready": asks, and stays until the admin says yes.
    bool askStageAdvance(int index, int stage);

    QComboBox* m_domain = nullptr;
    QDateEdit* m_start = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_plan = nullptr;
    QLabel* m_readiness = nullptr;
    QPushButton* m_readReports = nullptr;
    QPointer<DmarcReportsDialog> m_reportsDialog;
    QLineEdit* m_rua = nullptr;
    QCheckBox* m_testing = nullptr;
    QComboBox* m_sp = nullptr;
    QComboBox* m_np = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_existing = nullptr;
    WeakeningList* m_weakenings = nullptr;
    QLabel* m_preview = nullptr;
    FindingsView* m_findings = nullptr;
    RecordView* m_records = nullptr;
    QPushButton* m_publish = nullptr;
    PropagationPanel* m_panel = nullptr;
    bool m_loading = false;
};

} // namespace mailauth
