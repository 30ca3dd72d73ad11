#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace mailauth {

class TrainingSession;

// The training DNS host's control panel: a zone's records, a form to add one, and delete. It behaves like a web
// panel (see DnsHostPanel): what the trainee types is stored as typed.
class DnsHostPanelDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DnsHostPanelDialog(TrainingSession& session, QWidget* parent = nullptr);

private:
    void refresh();
    void save();
    void removeSelected();

    TrainingSession& m_session;
    QComboBox* m_zone = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_host = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_value = nullptr;
    QSpinBox* m_ttl = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mailauth
