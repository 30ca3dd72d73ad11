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

// The panel's verdict is lint's: an error finding or an SPF record over the lookup limit is "not valid", not "Valid…".
TEST(RecordCheckPanel, AnErrorFindingMeansNotValidAsInLint)
{
    RecordCheckPanel panel;

    panel.setKind(RecordCheckPanel::Kind::Dmarc);
    panel.setRecord(QStringLiteral("v=DMARC1; p=none; p=reject; rua=mailto:d@contoso.com"));
    EXPECT_FALSE(panel.isRecordValid());
    EXPECT_FALSE(panel.verdictText().startsWith(QStringLiteral("Valid"))) << panel.verdictText().toStdString();

    QString twelve = QStringLiteral("v=spf1");
    for (int i = 0; i < 12; ++i) {
        twelve += QStringLiteral(" include:s%1.example").arg(i);
    }
    panel.setKind(RecordCheckPanel::Kind::Spf);
    panel.setRecord(twelve + QStringLiteral(" -all"));
    EXPECT_FALSE(panel.isRecordValid());
    EXPECT_FALSE(panel.verdictText().startsWith(QStringLiteral("Valid"))) << panel.verdictText().toStdString();
    EXPECT_TRUE(panel.verdictText().contains(QStringLiteral("permerror"))) << panel.verdictText().toStdString();

    // Ten lookups, the redirect ignored beside `all`: still valid.
    panel.setRecord(QStringLiteral("v=spf1") + QStringLiteral(" a").repeated(10) +
                    QStringLiteral(" -all redirect=x.example"));
    EXPECT_TRUE(panel.isRecordValid()) << panel.verdictText().toStdString();

    panel.setKind(RecordCheckPanel::Kind::Dkim);
    // A usable 1024-bit key, but sha1 only: an error finding.
    panel.setRecord(QStringLiteral(
        "v=DKIM1; h=sha1; p="
        "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDIoeI0CdEF41yiOVZ43HaQD4RRRaO69/"
        "yUfCKt5XtrLOuQJaA1hbfWPimYMFi4WfF+5AhSHUiP"
        "lnSKDpHtANPI1IkFuvFtVzSV36+bn3u8UUdC0tD+IyTg4Hplu/SReGj1YFskzrVeh+rGv7Ij6gIScU2H0jX3sV7oapAGCVhoowIDAQAB"));
    EXPECT_FALSE(panel.isRecordValid());
    EXPECT_FALSE(panel.verdictText().startsWith(QStringLiteral("Valid"))) << panel.verdictText().toStdString();
}

// A pasted DMARC record is read like "mailauth lint dmarc" reads it: the paste's surrounding spaces are trimmed with
// a note, not taken as part of the record.
TEST(RecordCheckPanel, PastedDmarcIsTrimmedWithANote)
{
    RecordCheckPanel panel;
    panel.setKind(RecordCheckPanel::Kind::Dmarc);
    panel.setRecord(QStringLiteral(" \tv=DMARC1; p=reject; rua=mailto:d@contoso.com"));
    EXPECT_TRUE(panel.isRecordValid()) << panel.verdictText().toStdString();
}
