// Everything works with the keyboard alone: on every page (training mode, so the side panel counts too, in English
// and German) each mnemonic (Alt+letter) is unique, so it acts instead of cycling focus; and a short walk driven only
// by key events gets from the welcome page to a confirmed SPF record.
#include "training/TrainingScenario.h"
#include "training/TrainingSession.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// Mnemonic -> the texts that use it, for the widgets of `root` that are not hidden below `root`.
void collect(QWidget* root, QMultiHash<QChar, QString>& out)
{
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled()) {
            continue;
        }
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            text = b->text();
        } else if (auto* l = qobject_cast<QLabel*>(w); l != nullptr && l->buddy() != nullptr) {
            text = l->text();
        } else if (auto* g = qobject_cast<QGroupBox*>(w); g != nullptr && g->isCheckable()) {
            text = g->title();
        }
        if (const QChar m = mnemonic(text); !m.isNull()) {
            out.insert(m, text);
        }
    }
}

void expectUniqueMnemonics(const char* language)
{
    SCOPED_TRACE(language);
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QString error;
    const auto scenario =
        TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    ASSERT_TRUE(scenario.has_value()) << error.toStdString();
    for (int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        page->initializePage(); // builds the lazily built pages
        if (id == RolloutWizard::Page_Tenant) {
            ASSERT_TRUE(wizard.startTraining(*scenario, &error)) << error.toStdString();
        }
        QMultiHash<QChar, QString> used;
        collect(page, used);
        if (wizard.sideWidget() != nullptr) {
            collect(wizard.sideWidget(), used);
        }
        for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CustomButton1,
                                        QWizard::CustomButton2, QWizard::CustomButton3}) {
            if (const QChar m = mnemonic(wizard.buttonText(b)); !m.isNull()) {
                used.insert(m, wizard.buttonText(b));
            }
        }
        for (const QChar key : used.uniqueKeys()) {
            EXPECT_EQ(used.count(key), 1) << "page " << id << ": Alt+" << QString(key).toStdString() << " is used by "
                                          << used.values(key).join(QStringLiteral(" | ")).toStdString();
        }
    }
}

} // namespace

TEST(Keyboard, EveryMnemonicIsUniqueOnItsPageInEnglish)
{
    expectUniqueMnemonics("en");
}

TEST(Keyboard, EveryMnemonicIsUniqueOnItsPageInGerman)
{
    // The wizard's own buttons (Weiter, Zurück) come from Qt's German translation, as in the app.
    QTranslator german;
    QTranslator qtGerman;
    ASSERT_TRUE(german.load(QStringLiteral(MAILAUTH_QM_DIR "/mailauth_de.qm")));
    ASSERT_TRUE(qtGerman.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(&german);
    QCoreApplication::installTranslator(&qtGerman);
    expectUniqueMnemonics("de");
    QCoreApplication::removeTranslator(&qtGerman);
    QCoreApplication::removeTranslator(&german);
}

TEST(Keyboard, KeysAloneReachAConfirmedSpfRecordInTraining)
{
    RolloutWizard wizard;
    wizard.watches().maxRetryMs = 1000;
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    // A mnemonic "animates" the button: the click lands a moment after the key.
    auto alt = [](QWidget* window, char key) {
        QTest::keyClick(window, key, Qt::AltModifier);
        QTest::qWait(250);
    };

    alt(&wizard, 't'); // Start training (fresh-domain is the first scenario)
    ASSERT_NE(wizard.training(), nullptr);
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Tenant);
    alt(&wizard, 'n');
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Audit);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    alt(&wizard, 'n');
    ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Spf);

    // The DNS host panel, all by keys: Alt+H opens it, Alt+H/Alt+V pick the fields, Enter adds, Escape closes.
    alt(&wizard, 'h');
    QWidget* panel = QApplication::activeWindow();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return (panel = QApplication::activeWindow()) != &wizard; }, 2000));
    alt(panel, 'h');
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("@"));
    alt(panel, 'v');
    QTest::keyClicks(QApplication::focusWidget(), wizard.plan().composeSpf(0).record);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(panel, Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !panel->isVisible(); }, 2000));
    // A window manager gives focus back to the wizard; the offscreen platform has none.
    QApplication::setActiveWindow(&wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));

    alt(&wizard, 'p'); // I have published it
    ASSERT_TRUE(
        QTest::qWaitFor([&]() { return wizard.plan().domain(0).confirmation(RecordId::Spf).has_value(); }, 30000));
    alt(&wizard, 'n');
    EXPECT_EQ(wizard.currentId(), RolloutWizard::Page_Dkim);
}
