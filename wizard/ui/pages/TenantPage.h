#pragma once

#include "WizardPageBase.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace mailauth {

class TenantPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit TenantPage(RolloutContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void revalidate();
    void refreshHostWarnings();

    QLineEdit* m_client = nullptr;
    QLineEdit* m_consultant = nullptr;
    QPlainTextEdit* m_domains = nullptr;
    QListWidget* m_parsed = nullptr;
    QLineEdit* m_tenant = nullptr;
    QComboBox* m_cloud = nullptr;
    QComboBox* m_host = nullptr;
    QLabel* m_hostWarnings = nullptr;
    bool m_valid = false;
};

} // namespace mailauth
