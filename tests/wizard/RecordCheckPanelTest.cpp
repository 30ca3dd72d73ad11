#include "ui/RecordCheckPanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

TEST(RecordCheckPanel, JudgesEachKindAndListsFindings)
{
    RecordCheckPanel panel;
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    panel.setKind(RecordCheckPanel::Kind::Spf);
    panel.setRecord(QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
    EXPECT_TRUE(panel.isRecordValid());
    EXPECT_EQ(panel.findingCount(), 0);

    panel.setRecord(QStringLiteral("v=spf1 include: spf.protection.outlook.com ~all"));
    EXPECT_FALSE(panel.isRecordValid());
    EXPECT_GE(panel.findingCount(), 2);

    panel.setKind(RecordCheckPanel::Kind::Dmarc);
    panel.setRecord(QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@contoso.com"));
    EXPECT_TRUE(panel.isRecordValid());

    panel.setKind(RecordCheckPanel::Kind::Dkim);
    panel.setRecord(QStringLiteral("v=DKIM1; k=rsa"));
    EXPECT_FALSE(panel.isRecordValid());
}

TEST(RecordCheckPanel, TypingTriggersADebouncedCheck)
{
    RecordCheckPanel panel;
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &RecordCheckPanel::checked);
    auto* editor = panel.findChild<QPlainTextEdit*>();
    ASSERT_NE(editor, nullptr);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("v=spf1 mx -all"));
    EXPECT_TRUE(spy.wait(2000));
    EXPECT_TRUE(panel.isRecordValid());
    // One check for the whole burst of keystrokes, not one per key.
    EXPECT_LE(spy.count(), 2);
}
