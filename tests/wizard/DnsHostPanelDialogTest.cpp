// The training DNS host panel: deleting a record. Deleting refreshes the table at once, and reading the selected row
// after that crashed on the last row and named the next record on any other.
#include "ui/training/DnsHostPanelDialog.h"

#include "training/TrainingScenario.h"
#include "training/TrainingSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

struct Row
{
    QString name;
    QString type;
};

QList<Row> rows(QTableWidget* table)
{
    QList<Row> result;
    for (int r = 0; r < table->rowCount(); ++r) {
        result.append({table->item(r, 0)->text(), table->item(r, 1)->text()});
    }
    return result;
}

class DnsHostPanelDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        auto scenario =
            TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
        ASSERT_TRUE(scenario.has_value()) << error.toStdString();
        m_session = std::make_unique<TrainingSession>(*scenario);
        ASSERT_TRUE(m_session->start(&error)) << error.toStdString();
        m_dialog = std::make_unique<DnsHostPanelDialog>(*m_session);
        m_dialog->show();
        m_table = child<QTableWidget>(m_dialog.get(), "panelRecords");
        m_status = child<QLabel>(m_dialog.get(), "panelStatus");
    }

    void add(const QString& host, const QString& type, const QString& value)
    {
        child<QLineEdit>(m_dialog.get(), "panelHost")->setText(host);
        child<QComboBox>(m_dialog.get(), "panelType")->setCurrentText(type);
        child<QLineEdit>(m_dialog.get(), "panelValue")->setText(value);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "panelSave"), Qt::LeftButton);
        ASSERT_TRUE(m_status->text().startsWith(QStringLiteral("Saved: "))) << m_status->text().toStdString();
    }

    void deleteRow(int row)
    {
        m_table->setCurrentCell(row, 0);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "panelDelete"), Qt::LeftButton);
    }

    std::unique_ptr<TrainingSession> m_session;
    std::unique_ptr<DnsHostPanelDialog> m_dialog;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace

TEST_F(DnsHostPanelDialogTest, DeletingTheLastRowNamesItAndRemovesOnlyIt)
{
    add(QStringLiteral("_dmarc"), QStringLiteral("TXT"), QStringLiteral("v=DMARC1; p=none;"));
    const QList<Row> before = rows(m_table);
    ASSERT_GE(before.size(), 2);
    const Row last = before.last();

    deleteRow(static_cast<int>(before.size()) - 1);

    EXPECT_EQ(m_status->text(), QStringLiteral("Deleted: %1 %2").arg(last.name, last.type));
    const QList<Row> after = rows(m_table);
    ASSERT_EQ(after.size(), before.size() - 1);
    for (int i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].name, before[i].name);
        EXPECT_EQ(after[i].type, before[i].type);
    }
}

TEST_F(DnsHostPanelDialogTest, DeletingAnEarlierRowNamesThatRecordNotTheNextOne)
{
    const QList<Row> before = rows(m_table);
    ASSERT_GE(before.size(), 2);
    // The scenario's zone has records of different types (MX, TXT, CNAME), so naming the next one would show.
    int row = -1;
    for (int i = 0; i + 1 < before.size(); ++i) {
        if (before[i].type != before[i + 1].type) {
            row = i;
            break;
        }
    }
    ASSERT_GE(row, 0);

    deleteRow(row);

    EXPECT_EQ(m_status->text(), QStringLiteral("Deleted: %1 %2").arg(before[row].name, before[row].type));
    EXPECT_EQ(rows(m_table).size(), before.size() - 1);
}

TEST_F(DnsHostPanelDialogTest, DeletingEveryRecordOneByOneFromTheBottomLeavesAnEmptyTable)
{
    while (m_table->rowCount() > 0) {
        const int count = m_table->rowCount();
        deleteRow(count - 1);
        ASSERT_EQ(m_table->rowCount(), count - 1) << m_status->text().toStdString();
    }
    deleteRow(-1);
    EXPECT_EQ(m_status->text(), QStringLiteral("Select a record first."));
}
