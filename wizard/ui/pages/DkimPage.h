#pragma once

#include "WizardPageBase.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace mailauth {

class PropagationPanel;
class AuditTask;
class BackgroundFileWriter;
class DkimRotationPanel;
class RecordView;

// DKIM: the PowerShell that creates the keys (or, for admins who cannot run scripts, the same steps in the Defender
// portal), the paste-back of Microsoft's answer, the two CNAMEs, watching them spread, and only then switching
// signing on.
class MessageAnalysisDialog;

class DkimPage final : public WizardPageBase
{
    Q_OBJECT

public:
    explicit DkimPage(RolloutContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Step 6, "Prove it": the message analysis for domain `index`, whose proof this page shows.
    MessageAnalysisDialog* openProof(int index);

private:
    void build() override;
    int current() const;
    void loadDomain();
    void parsePaste();
    void publish();
    void bindWatchers();
    void refreshEnableStep();
    void saveScript(const QString& script, const QString& suggestedName);
    void runInTrainingTenant(bool enable);
    bool portalRoute() const;
    void refreshRoute();
    void refreshProof();

    QComboBox* m_domain = nullptr;
    QTabWidget* m_route = nullptr; // PowerShell | Defender portal
    QLabel* m_portalSteps = nullptr;
    QPushButton* m_openPortal = nullptr;
    QLabel* m_pasteLabel = nullptr;
    QPushButton* m_copyEnable = nullptr;
    QPlainTextEdit* m_setupScript = nullptr;
    QPlainTextEdit* m_paste = nullptr;
    QLabel* m_pasteStatus = nullptr;
    RecordView* m_records = nullptr;
    QPushButton* m_publish = nullptr;
    PropagationPanel* m_panel1 = nullptr;
    PropagationPanel* m_panel2 = nullptr;
    QLabel* m_enableText = nullptr;
    QPlainTextEdit* m_enableScript = nullptr;
    QPushButton* m_checkKeys = nullptr;
    QLabel* m_keyStatus = nullptr;
    QPushButton* m_prove = nullptr;
    QLabel* m_proofStatus = nullptr;
    QCheckBox* m_signingOn = nullptr;
    QCheckBox* m_later = nullptr;
    QWidget* m_training = nullptr; // training mode: the simulated Exchange Online
    QPlainTextEdit* m_trainingOutput = nullptr;
    AuditTask* m_keyCheck = nullptr;
    DkimRotationPanel* m_rotation = nullptr;
    BackgroundFileWriter* m_writer = nullptr;
    bool m_loading = false;
};

} // namespace mailauth
