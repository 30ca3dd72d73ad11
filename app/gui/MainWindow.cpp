#include "MainWindow.h"

#include "ui/RecordCheckPanel.h"

#include <QCloseEvent>
#include <QSettings>

namespace mailauth {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("MailAuth Wizard — record check"));
    m_panel = new RecordCheckPanel(this);
    setCentralWidget(m_panel);
    resize(900, 560);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mailauth
