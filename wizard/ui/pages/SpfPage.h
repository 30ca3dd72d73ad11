#pragma once

#include "WizardPageBase.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace mailauth {

class FindingsView;
class PropagationPanel;
class RecordView;
class ResolverLookup;
class WeakeningList;

class SpfPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit SpfPage(RolloutContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void build() override;
    void loadDomain();
    void storeAndRefresh();
    void refreshBudget();
    void publish();
    void bindWatcher();
    int current() const;

    QComboBox* m_domain = nullptr;
    QListWidget* m_senders = nullptr;
    QLineEdit* m_includes = nullptr;
    QLineEdit* m_ip4 = nullptr;
    QLineEdit* m_ip6 = nullptr;
    QRadioButton* m_fail = nullptr;
    QRadioButton* m_softFail = nullptr;
    QLabel* m_existing = nullptr;
    QPushButton* m_replace = nullptr;
    WeakeningList* m_weakenings = nullptr;
    WeakeningList* m_mxWeakenings = nullptr;
    QLabel* m_advice = nullptr;
    QCheckBox* m_overLimit = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_budget = nullptr;
    QTreeWidget* m_budgetTree = nullptr;
    FindingsView* m_findings = nullptr;
    RecordView* m_records = nullptr;
    QPushButton* m_publish = nullptr;
    PropagationPanel* m_panel = nullptr;
    ResolverLookup* m_lookup = nullptr;
    bool m_loading = false;
    bool m_recordOk = false;
};

} // namespace mailauth
