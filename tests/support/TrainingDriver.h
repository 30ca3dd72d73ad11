#pragma once
// Drives a training session through the wizard's own controls, as a learner does: the welcome page's scenario list,
// Next, the training DNS host panel (typing and deleting records) and the side panel.
#include "training/TrainingSession.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace mailauth::test {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

inline QAbstractButton* nextButton(QWizard& w)
{
    return w.button(QWizard::NextButton);
}

// Picks the built-in scenario `id` on the welcome page and starts it.
inline void startScenario(RolloutWizard& wizard, const QString& id)
{
    auto* choice = child<QComboBox>(wizard.currentPage(), "scenarioChoice");
    ASSERT_NE(choice, nullptr);
    const int index = static_cast<int>(TrainingScenarioParser::builtInIds().indexOf(id));
    ASSERT_GE(index, 0) << id.toStdString();
    choice->setCurrentIndex(index);
    QTest::mouseClick(child<QPushButton>(wizard.currentPage(), "startTraining"), Qt::LeftButton);
    ASSERT_NE(wizard.training(), nullptr);
    ASSERT_EQ(wizard.training()->scenario().id, id);
}

inline QDialog* openHostPanel(RolloutWizard& wizard)
{
    QTest::mouseClick(child<QPushButton>(wizard.sideWidget(), "hostPanelButton"), Qt::LeftButton);
    auto* dialog = wizard.findChild<QDialog*>(QStringLiteral("hostPanelDialog"));
    EXPECT_NE(dialog, nullptr);
    return dialog;
}

// The panel manages every zone of the scenario: picks `zone`, else the learner's own domain.
inline void selectZone(RolloutWizard& wizard, QDialog* dialog, const QString& zone)
{
    const QString wanted = zone.isEmpty() ? wizard.plan().domain(0).ace : zone;
    for (QComboBox* box : dialog->findChildren<QComboBox*>()) {
        if (const int index = box->findText(wanted); index >= 0) {
            box->setCurrentIndex(index);
            return;
        }
    }
    ADD_FAILURE() << "the panel does not manage " << wanted.toStdString();
}

// Types one record into the training DNS host panel (in `zone`, when the panel manages several).
inline void typeIntoHostPanel(RolloutWizard& wizard, const QString& host, const QString& type, const QString& value,
                              const QString& zone = QString())
{
    QDialog* dialog = openHostPanel(wizard);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    selectZone(wizard, dialog, zone);
    auto* hostEdit = child<QLineEdit>(dialog, "panelHost");
    hostEdit->clear();
    QTest::keyClicks(hostEdit, host);
    child<QComboBox>(dialog, "panelType")->setCurrentText(type);
    auto* valueEdit = child<QLineEdit>(dialog, "panelValue");
    valueEdit->clear();
    QTest::keyClicks(valueEdit, value);
    QTest::keyClick(valueEdit, Qt::Key_Return);
    const QString status = child<QLabel>(dialog, "panelStatus")->text();
    EXPECT_TRUE(status.startsWith(QStringLiteral("Saved: "))) << status.toStdString() << " for " << value.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("Trainer's note"))) << status.toStdString();
    dialog->close();
}

// Selects every row of the panel's table whose value starts with `valuePrefix` and deletes it; the number deleted.
inline int deleteFromHostPanel(RolloutWizard& wizard, const QString& type, const QString& valuePrefix)
{
    QDialog* dialog = openHostPanel(wizard);
    EXPECT_NE(dialog, nullptr);
    if (dialog == nullptr) {
        return 0;
    }
    selectZone(wizard, dialog, QString());
    auto* table = child<QTableWidget>(dialog, "panelRecords");
    int deleted = 0;
    for (bool found = true; found;) {
        found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == type && table->item(row, 2)->text().startsWith(valuePrefix)) {
                table->setCurrentCell(row, 2);
                QTest::mouseClick(child<QPushButton>(dialog, "panelDelete"), Qt::LeftButton);
                EXPECT_TRUE(child<QLabel>(dialog, "panelStatus")->text().startsWith(QStringLiteral("Deleted: ")));
                ++deleted;
                found = true;
                break;
            }
        }
    }
    dialog->close();
    return deleted;
}

// From the tenant page through the audit to the SPF page.
inline void throughTheAudit(RolloutWizard& wizard)
{
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    ASSERT_TRUE(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return nextButton(wizard)->isEnabled(); }, 20000));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
}

// "Check goals" on the side panel, then waits for the answer.
inline bool allGoalsReachedAfterCheck(RolloutWizard& wizard)
{
    QSignalSpy checked(wizard.training(), &TrainingSession::goalsChecked);
    QTest::mouseClick(child<QPushButton>(wizard.sideWidget(), "checkGoals"), Qt::LeftButton);
    EXPECT_TRUE(checked.wait(20000));
    return wizard.training()->allGoalsReached();
}

} // namespace mailauth::test
