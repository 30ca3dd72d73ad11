#pragma once

#include <QMainWindow>

namespace mailauth {

class RecordCheckPanel;

// The GUI's top-level window. Window size and position are restored from the last run.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    RecordCheckPanel* recordCheckPanel() const { return m_panel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    RecordCheckPanel* m_panel = nullptr;
};

} // namespace mailauth
