#pragma once

#include "WizardPageBase.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mailauth {

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

private:
    void build() override;
    int current() const;
    void loadDomain();
    void storeAndRefresh();
    void publish();
    void bindWatcher();

    QComboBox* m_domain = nullptr;
    QDateEdit* m_start = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_plan = nullptr;
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
