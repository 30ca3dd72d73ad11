#pragma once

#include "model/MessageProof.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace mailauth {

class MessageAnalysisTask;
class RolloutPlan;
struct RolloutContext;

// "Analyze a message": paste a header (or a whole message), or drop or open a .eml, and read what it proves: the
// verdict and what to do next, SPF and DMARC as the receiver saw them, every DKIM signature verified, the
// Authentication-Results, Microsoft's anti-spam stamps and the route with its delays. Opened for a domain (the DKIM
// page's "Prove it"), a final verdict about that domain is kept in the plan as its proof.
class MessageAnalysisDialog final : public QDialog
{
    Q_OBJECT

public:
    // domainIndex < 0: the standalone tool, nothing is recorded.
    MessageAnalysisDialog(RolloutPlan& plan, int domainIndex, QWidget* parent = nullptr);
    ~MessageAnalysisDialog() override;

    // Opens a dialog that deletes itself on close; in training mode it can fetch the simulated tenant's message.
    static MessageAnalysisDialog* open(RolloutContext& context, int domainIndex, QWidget* parent);

    // Training mode: a button that fills in a message the simulated tenant sent from this domain.
    void setTestMessageSource(std::function<QByteArray(const QString& domainAce)> source);

    void setMessageText(const QString& text);
    QString messageText() const;
    int domainIndex() const { return m_domain; }
    void loadFile(const QString& path);
    bool isAnalysing() const;
    QString verdictText() const;
    const MessageProof& proof() const { return m_proof; }

Q_SIGNALS:
    void analysed(); // a final verdict is shown
    void proofRecorded(int domainIndex);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void analyseNow();
    void startAnalysis(const QByteArray& message);
    void showAnalysis(const MessageAnalysis& analysis);
    void clearDetails();
    QString domainAce() const;

    RolloutPlan& m_plan;
    int m_domain = -1;
    std::function<QByteArray(const QString&)> m_testSource;
    QPlainTextEdit* m_input = nullptr;
    QLabel* m_source = nullptr;
    QPushButton* m_testMessage = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_receiver = nullptr;
    QLabel* m_recorded = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_dkim = nullptr;
    QTreeWidget* m_results = nullptr;
    QTreeWidget* m_microsoft = nullptr;
    QTreeWidget* m_hops = nullptr;
    QTimer* m_debounce = nullptr;
    MessageAnalysisTask* m_task = nullptr;
    QByteArray m_fileBytes; // a loaded file, analysed as it is (never shown in the paste box)
    MessageProof m_proof;
};

} // namespace mailauth
