#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace mailauth {

class TrainingSession;

// Beside every page in training mode: the unmistakable "training" marker, the scenario, its goals (ticked as the
// simulated world reaches them), hints, the simulated clock with its speed control, and the DNS host panel.
class TrainingSidePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingSidePanel(TrainingSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void hostPanelRequested();
    void scenarioListRequested();

private:
    void refreshGoals();
    void refreshClock();

    TrainingSession& m_session;
    QListWidget* m_goals = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_result = nullptr;
    QComboBox* m_speed = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_check = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace mailauth
