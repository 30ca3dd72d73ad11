// The language is switched at run time from the window's language menu: every page shows its texts in the new
// language at once (English -> German -> French), nothing the user typed or chose is lost, and the choice is kept
// for the next start.
#include "common/Translations.h"
#include "support/TrainingDriver.h"
#include "training/TrainingScenario.h"
#include "training/TrainingSession.h"
#include "ui/LanguageMenu.h"
#include "ui/RolloutWizard.h"
#include "ui/message/MessageAnalysisDialog.h"
#include "ui/reports/DmarcReportsDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

// Every text a person reads in the window: the title, the wizard's buttons and header, and each visible label,
// button and group box of the current page and the side panel.
QStringList visibleTexts(const RolloutWizard& wizard)
{
    QStringList texts{wizard.windowTitle()};
    for (QWidget* w : wizard.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&wizard) || w->window() != &wizard) {
            continue;
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w)) {
            text = label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            text = group->title();
        }
        if (!text.trimmed().isEmpty()) {
            texts.append(text);
        }
    }
    return texts;
}

// The share of `before` that no longer appears in `after`.
double changedShare(const QStringList& before, const QStringList& after)
{
    int changed = 0;
    for (const QString& text : before) {
        changed += after.contains(text) ? 0 : 1;
    }
    return before.isEmpty() ? 0.0 : double(changed) / double(before.size());
}

// Chooses `language` through the menu, as a person would, and waits until the window is back on the same page,
// built again.
void switchTo(RolloutWizard& wizard, const QString& language)
{
    auto* button = wizard.findChild<LanguageMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    QMenu* menu = button->menu();
    Q_EMIT menu->aboutToShow(); // the menu fills itself when it opens
    QAction* choice = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == language && !action->isSeparator()) {
            choice = action;
        }
    }
    ASSERT_NE(choice, nullptr) << language.toStdString();
    const int page = wizard.currentId();
    const QPointer<QWizardPage> before = wizard.currentPage();
    choice->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return before.isNull() && wizard.currentId() == page; }, 30000))
        << "back on page " << page << " in " << language.toStdString() << ", now on " << wizard.currentId();
    QTest::qWait(50); // the side panel and the header follow in the same turn
    EXPECT_EQ(Translations::current(), language);
}

bool frenchIsTranslated()
{
    return QCoreApplication::translate("LanguageMenu", "Language") != u"Language";
}

class LanguageSwitchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("ui/language"));
        Translations::use(QStringLiteral("en"));
    }
    void TearDown() override
    {
        QSettings().remove(QStringLiteral("ui/language"));
        Translations::use(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

} // namespace

TEST_F(LanguageSwitchTest, TheMenuOffersEveryEmbeddedLanguageInItsOwnName)
{
    EXPECT_EQ(Translations::languages(),
              (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    EXPECT_EQ(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

TEST_F(LanguageSwitchTest, EveryPageChangesLanguageAtRunTimeAndKeepsItsState)
{
    RolloutWizard wizard;
    wizard.watches().maxRetryMs = 1000;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QString error;
    const auto scenario =
        TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    ASSERT_TRUE(scenario.has_value()) << error.toStdString();

    const QList<int> pages{RolloutWizard::Page_Welcome, RolloutWizard::Page_Tenant, RolloutWizard::Page_Audit,
                           RolloutWizard::Page_Spf,     RolloutWizard::Page_Dkim,   RolloutWizard::Page_Dmarc,
                           RolloutWizard::Page_Summary};
    for (int page : pages) {
        SCOPED_TRACE(page);
        if (page == RolloutWizard::Page_Tenant) {
            ASSERT_TRUE(wizard.startTraining(*scenario, &error)) << error.toStdString();
        } else if (page != RolloutWizard::Page_Welcome) {
            if (wizard.currentId() == RolloutWizard::Page_Dkim) {
                // DKIM later, as a learner may choose: the way on to DMARC.
                auto* later = wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("dkimLater"));
                ASSERT_NE(later, nullptr);
                later->setChecked(true);
            }
            ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.button(QWizard::NextButton)->isEnabled(); }, 30000))
                << "Next stays disabled on page " << wizard.currentId();
            wizard.next();
        }
        ASSERT_EQ(wizard.currentId(), page);
        if (page == RolloutWizard::Page_Audit) {
            ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentPage()->isComplete(); }, 30000));
        }
        const QStringList english = visibleTexts(wizard);
        ASSERT_GT(english.size(), 4);

        switchTo(wizard, QStringLiteral("de"));
        if (page == RolloutWizard::Page_Audit) {
            ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentPage()->isComplete(); }, 30000));
        }
        const QStringList german = visibleTexts(wizard);
        EXPECT_GT(changedShare(english, german), 0.6)
            << "English: " << english.join(u'|').toStdString() << "\nGerman: " << german.join(u'|').toStdString();
        EXPECT_NE(english.first(), german.first()) << "window title";

        switchTo(wizard, QStringLiteral("fr"));
        if (page == RolloutWizard::Page_Audit) {
            ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentPage()->isComplete(); }, 30000));
        }
        const QStringList french = visibleTexts(wizard);
        // Untranslated French texts fall back to English; either way nothing German is left.
        EXPECT_GT(changedShare(german, french), 0.6)
            << "German: " << german.join(u'|').toStdString() << "\nFrench: " << french.join(u'|').toStdString();
        if (frenchIsTranslated()) {
            EXPECT_GT(changedShare(english, french), 0.6) << "French: " << french.join(u'|').toStdString();
        }
        // Qt's own buttons speak French already.
        EXPECT_NE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));

        switchTo(wizard, QStringLiteral("en"));
        if (page == RolloutWizard::Page_Audit) {
            ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.currentPage()->isComplete(); }, 30000));
        }
        // Back in English, the page reads as before: nothing was lost on the way.
        EXPECT_LT(changedShare(english, visibleTexts(wizard)), 0.1)
            << "before: " << english.join(u'|').toStdString()
            << "\nafter: " << visibleTexts(wizard).join(u'|').toStdString();
        if (page != RolloutWizard::Page_Welcome) {
            ASSERT_NE(wizard.training(), nullptr); // the training session goes on in every language
        }
    }
    EXPECT_TRUE(wizard.plan().domain(0).dkimLater);
    EXPECT_EQ(wizard.plan().domain(0).ace, QStringLiteral("fabrikam.example"));
}

TEST_F(LanguageSwitchTest, WhatIsTypedOnThePageStays)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    QWizardPage* page = wizard.currentPage();
    page->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))->setPlainText(QStringLiteral("contoso.com"));
    // Half typed: not an initial domain yet, so the plan cannot hold it; the page must keep it anyway.
    page->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->setText(QStringLiteral("contoso.onmicro"));
    page->findChild<QLineEdit*>(QStringLiteral("consultantEdit"))->setText(QStringLiteral("Jo Admin"));
    ASSERT_EQ(wizard.plan().domains().size(), 1);

    switchTo(wizard, QStringLiteral("de"));
    page = wizard.currentPage();
    EXPECT_EQ(page->findChild<QPlainTextEdit*>(QStringLiteral("domainsEdit"))->toPlainText(),
              QStringLiteral("contoso.com"));
    EXPECT_EQ(page->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->text(), QStringLiteral("contoso.onmicro"));
    EXPECT_EQ(page->findChild<QLineEdit*>(QStringLiteral("consultantEdit"))->text(), QStringLiteral("Jo Admin"));
    ASSERT_EQ(wizard.plan().domains().size(), 1);
    EXPECT_EQ(wizard.plan().domain(0).ace, QStringLiteral("contoso.com"));

    // The page goes on from there: completing the initial domain unblocks it.
    page->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->setText(QStringLiteral("contoso.onmicrosoft.com"));
    EXPECT_TRUE(page->isComplete());
    // Dates and numbers follow the language too.
    EXPECT_EQ(QLocale().language(), QLocale::German);
}

TEST_F(LanguageSwitchTest, OpenToolWindowsFollowTheLanguageAndKeepWhatTheyHold)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    MessageAnalysisDialog* analysis = wizard.showMessageAnalysis(-1);
    const QString message = QStringLiteral("From: a@contoso.com\r\nSubject: test\r\n\r\nbody\r\n");
    analysis->setMessageText(message);
    const QString held = analysis->messageText(); // as the editor keeps it (line ends normalised)
    ASSERT_TRUE(held.contains(QStringLiteral("Subject: test")));
    const QString analysisTitle = analysis->windowTitle();
    QDialog* check = wizard.showRecordCheck();
    auto* typed = check->findChild<QLineEdit*>();
    ASSERT_NE(typed, nullptr);
    typed->setText(QStringLiteral("_dmarc.contoso.com"));
    const QString checkTitle = check->windowTitle();

    switchTo(wizard, QStringLiteral("de"));
    const auto analyses = wizard.findChildren<MessageAnalysisDialog*>();
    ASSERT_EQ(analyses.size(), 1) << "one window, not the old one beside a new one";
    EXPECT_TRUE(analyses[0]->isVisible());
    EXPECT_NE(analyses[0]->windowTitle(), analysisTitle) << analysisTitle.toStdString();
    EXPECT_EQ(analyses[0]->messageText(), held);
    const auto checks = wizard.findChildren<QDialog*>(QStringLiteral("recordCheckDialog"));
    ASSERT_EQ(checks.size(), 1);
    EXPECT_TRUE(checks[0]->isVisible());
    EXPECT_NE(checks[0]->windowTitle(), checkTitle);
    EXPECT_EQ(checks[0]->findChild<QLineEdit*>()->text(), QStringLiteral("_dmarc.contoso.com"));
}

// Found by a reviewer: the reports window open on the DMARC page crashed the switch.
TEST_F(LanguageSwitchTest, TheReportsWindowFollowsTheLanguageWithItsEvidence)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    test::startScenario(wizard, QStringLiteral("forgotten-sender"));
    test::throughTheAudit(wizard);
    const QString host = wizard.plan().dnsHost().id;
    QTest::mouseClick(test::nextButton(wizard), Qt::LeftButton);
    test::child<QCheckBox>(wizard.currentPage(), "dkimLater")->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return test::nextButton(wizard)->isEnabled(); }, 5000));
    QTest::mouseClick(test::nextButton(wizard), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
    QTest::mouseClick(test::child<QPushButton>(wizard.currentPage(), "dmarcReadReports"), Qt::LeftButton);
    auto* dialog = wizard.findChild<DmarcReportsDialog*>();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy finished(dialog, &DmarcReportsDialog::readingFinished);
    QTest::mouseClick(test::child<QPushButton>(dialog, "reportsTraining"), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    const QString title = dialog->windowTitle();

    switchTo(wizard, QStringLiteral("de"));
    const auto dialogs = wizard.findChildren<DmarcReportsDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs[0]->isVisible());
    EXPECT_NE(dialogs[0]->windowTitle(), title);
    // The evidence is the plan's: shown again without reading the files again.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !dialogs[0]->verdictText().isEmpty(); }, 30000));
    EXPECT_TRUE(dialogs[0]->verdictText().contains(QStringLiteral("Zendesk")))
        << dialogs[0]->verdictText().toStdString();
    // Nothing the plan held was lost on the way (the DNS host chosen on the first page included).
    EXPECT_EQ(wizard.plan().dnsHost().id, host);
    switchTo(wizard, QStringLiteral("en"));
    EXPECT_EQ(wizard.findChildren<DmarcReportsDialog*>().size(), 1);
    EXPECT_EQ(wizard.plan().dnsHost().id, host);
}

TEST_F(LanguageSwitchTest, TheChoiceIsRememberedForTheNextStart)
{
    {
        RolloutWizard wizard;
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        const QString english = wizard.windowTitle();
        switchTo(wizard, QStringLiteral("de"));
        EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        EXPECT_NE(wizard.windowTitle(), english);
    }
    // A new start: English first (as the process would begin), then what main() does.
    Translations::use(QStringLiteral("en"));
    const QString english = RolloutWizard().windowTitle();
    installTranslations(*QCoreApplication::instance(), true);
    EXPECT_EQ(Translations::current(), QStringLiteral("de"));
    RolloutWizard again;
    EXPECT_NE(again.windowTitle(), english);

    // "System language" forgets the choice.
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    switchTo(again, QStringLiteral("en"));
    EXPECT_EQ(Translations::savedChoice(), QStringLiteral("en"));
    LanguageMenu::choose(QString());
    EXPECT_TRUE(Translations::savedChoice().isEmpty());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
}
