#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mailauth {

class AuditTask;
class RolloutPlan;

// The DKIM key upgrade to 2048 bits for one domain (model/DkimRotation): the script of the pass that is due, "I ran
// it" (which records the date), when the next pass is due, and a key-size check through DNS that runs in the
// background. Hidden while no Microsoft 365 key under 2048 bits is known.
class DkimRotationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DkimRotationPanel(RolloutPlan& plan, QWidget* parent = nullptr);

    void setDomain(int index);

private:
    void refresh();
    int scriptPass() const;
    void recordPass();
    void undoPass();
    void checkKeys();

    RolloutPlan& m_plan;
    int m_index = -1;
    QString m_checking; // the domain (A-label) the running key-size check is for
    QLabel* m_state = nullptr;
    QLabel* m_scriptLabel = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_ran = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_keys = nullptr;
    AuditTask* m_task = nullptr;
};

} // namespace mailauth
