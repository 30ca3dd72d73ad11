#pragma once

#include "WizardPageBase.h"

class QComboBox;
class QFormLayout;
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
    void applyResourceGroup();
    void updateBlocking();

    QLineEdit* m_client = nullptr;
    QLineEdit* m_consultant = nullptr;
    QPlainTextEdit* m_domains = nullptr;
    QListWidget* m_parsed = nullptr;
    QLineEdit* m_tenant = nullptr;
    QComboBox* m_cloud = nullptr;
    QComboBox* m_host = nullptr;
    QLineEdit* m_resourceGroup = nullptr; // Azure DNS only
    QLabel* m_hostWarnings = nullptr;
    QFormLayout* m_form = nullptr;
    QString m_domainsError;       // domains, tenant
    QString m_resourceGroupError; // Azure DNS only
    bool m_valid = false;
};

} // namespace mailauth
