// Screen readers: every input and every icon that stands for a state has an accessible name, on every page of a
// wizard walked with real content, in the training side panel, in the record check panel and in the reports window;
// the training goals say their state in words, not by icon alone; and where the app sets colours itself, its text
// stays readable on a dark palette.
#include "PopulatedWizard.h"
#include "model/RolloutPlan.h"
#include "training/TrainingScenario.h"
#include "ui/RecordCheckPanel.h"
#include "ui/RolloutWizard.h"
#include "ui/reports/DmarcReportsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString describe(const QWidget* w)
{
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w)) {
        text = b->text();
    }
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName(), text);
}

// Qt's own parts of a compound widget (the line edit inside a combo box or date edit, a scroll area's bars, a tab
// bar's scroll buttons) are named by the widget they belong to.
bool isInternal(const QWidget* w)
{
    if (w->objectName().startsWith(QStringLiteral("qt_")) ||
        qobject_cast<const QAbstractScrollArea*>(w->parentWidget()) != nullptr) { // headers, scroll bars
        return true;
    }
    for (const QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) != nullptr || qobject_cast<const QAbstractSpinBox*>(p) != nullptr) {
            return true;
        }
    }
    return false;
}

bool needsName(const QWidget* w)
{
    if (auto* label = qobject_cast<const QLabel*>(w)) {
        return label->text().isEmpty() && !label->pixmap().isNull(); // an icon standing for something
    }
    return qobject_cast<const QLineEdit*>(w) != nullptr || qobject_cast<const QComboBox*>(w) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(w) != nullptr || qobject_cast<const QAbstractButton*>(w) != nullptr ||
           qobject_cast<const QAbstractItemView*>(w) != nullptr || qobject_cast<const QPlainTextEdit*>(w) != nullptr ||
           qobject_cast<const QTextEdit*>(w) != nullptr;
}

// The inputs and state icons under `root` that a screen reader could not name.
QStringList unnamed(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window()) || isInternal(w) || !needsName(w)) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (iface == nullptr || iface->text(QAccessible::Name).trimmed().isEmpty()) {
            out.append(describe(w));
        }
    }
    return out;
}

void expectAllNamed(QWidget* root, const QString& where)
{
    for (const QString& w : unnamed(root)) {
        ADD_FAILURE() << where.toStdString() << ": no accessible name: " << w.toStdString();
    }
}

// Tab walks a page in reading order: never to a widget wholly above the one before it, nor wholly to its left on the
// same line.
QStringList tabOrderProblems(QWidget* page)
{
    QList<QWidget*> chain;
    for (QWidget* w = page->nextInFocusChain(); w != page && chain.size() < 2000; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page->window()) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) != 0 && !isInternal(w) && w->focusProxy() == nullptr) {
            chain.append(w);
        }
    }
    QStringList out;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(page, QPoint(0, 0)), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(page, QPoint(0, 0)), chain[i]->size());
        const bool sameLine = b.top() <= a.bottom() && b.bottom() >= a.top();
        if (b.bottom() < a.top() || (sameLine && b.right() < a.left())) {
            out.append(QStringLiteral("Tab goes from %1 back to %2").arg(describe(chain[i - 1]), describe(chain[i])));
        }
    }
    return out;
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour behind `w` as it is drawn: the commonest colour of the rendered widget (a style sheet's background
// does not show in the palette).
QColor background(QWidget* w)
{
    const QImage image = w->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            ++counts[image.pixel(x, y)];
        }
    }
    QRgb commonest = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            commonest = it.key();
        }
    }
    return QColor::fromRgb(commonest);
}

// Text the app colours itself (a style sheet, or a palette of its own) must stay readable (WCAG AA, 4.5:1).
QStringList unreadable(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        auto* label = qobject_cast<QLabel*>(w);
        if (label == nullptr || label->text().isEmpty() || !w->isVisibleTo(root->window())) {
            continue;
        }
        const bool ownColours = !w->styleSheet().isEmpty() || w->testAttribute(Qt::WA_SetPalette);
        if (!ownColours) {
            continue;
        }
        w->ensurePolished();
        const QColor text = w->palette().color(w->foregroundRole());
        const QColor behind = background(w);
        if (const double ratio = contrast(text, behind); ratio < 4.5) {
            out.append(QStringLiteral("%1: %2 on %3 (%4:1)")
                           .arg(describe(w) + u' ' + label->text().left(40), text.name(), behind.name())
                           .arg(ratio, 0, 'f', 1));
        }
    }
    return out;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

TrainingScenario scenario(const char* id)
{
    QString error;
    const auto loaded = TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QLatin1String(id)), &error);
    EXPECT_TRUE(loaded.has_value()) << error.toStdString();
    return loaded.value_or(TrainingScenario{});
}

} // namespace

TEST(Accessibility, EveryInputAndStateIconOnEveryPageHasANameAndTabFollowsTheReadingOrder)
{
    PopulatedWizard world;
    QString error;
    ASSERT_TRUE(world.start(&error)) << error.toStdString();
    int pages = 0;
    ASSERT_TRUE(world.walk(
        QSize(1024, 700),
        [&](RolloutWizard& wizard, const QString& page) {
            ++pages;
            expectAllNamed(wizard.currentPage(), page);
            for (const QString& problem : tabOrderProblems(wizard.currentPage())) {
                ADD_FAILURE() << page.toStdString() << ": " << problem.toStdString();
            }
        },
        &error))
        << error.toStdString();
    EXPECT_EQ(pages, 8);
}

TEST(Accessibility, TheTrainingPanelNamesItsControlsAndSaysEachGoalsState)
{
    RolloutWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QString error;
    ASSERT_TRUE(wizard.startTraining(scenario("fresh-domain"), &error)) << error.toStdString();
    ASSERT_NE(wizard.sideWidget(), nullptr);
    expectAllNamed(wizard.sideWidget(), QStringLiteral("training panel"));
    expectAllNamed(wizard.currentPage(), QStringLiteral("training tenant page"));
    auto* goals = wizard.sideWidget()->findChild<QListWidget*>(QStringLiteral("trainingGoals"));
    ASSERT_NE(goals, nullptr);
    ASSERT_GT(goals->count(), 0);
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(goals);
    ASSERT_NE(list, nullptr);
    ASSERT_GE(list->childCount(), goals->count());
    for (int i = 0; i < goals->count(); ++i) {
        // Nothing is done at the start: every goal says "open" in words and as an unticked state, never only
        // through its icon.
        const QString spoken = list->child(i)->text(QAccessible::Name);
        EXPECT_TRUE(spoken.startsWith(QStringLiteral("Open:"))) << spoken.toStdString();
        EXPECT_EQ(goals->item(i)->checkState(), Qt::Unchecked) << spoken.toStdString();
        EXPECT_FALSE(goals->item(i)->flags() & Qt::ItemIsUserCheckable) << "a learner cannot tick a goal off";
        EXPECT_TRUE(goals->item(i)->icon().isNull()) << "no arrow that reads as done";
    }
}

TEST(Accessibility, TheRecordCheckPanelAndTheReportsWindowNameTheirInputs)
{
    RecordCheckPanel panel;
    panel.resize(800, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    expectAllNamed(&panel, QStringLiteral("record check panel"));
    // With findings, each behind a severity icon.
    panel.findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("v=spf1 +all"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            const QList<QLabel*> labels = panel.findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(),
                               [](const QLabel* l) { return !l->pixmap().isNull() && l->isVisible(); });
        },
        5000));
    expectAllNamed(&panel, QStringLiteral("record check panel with findings"));

    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
    DmarcReportsDialog dialog(plan, 0);
    dialog.resize(1000, 680);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    expectAllNamed(&dialog, QStringLiteral("reports window, empty"));
    QSignalSpy finished(&dialog, &DmarcReportsDialog::readingFinished);
    dialog.readPaths({QStringLiteral(MAILAUTH_REPORTS_DATA)});
    ASSERT_TRUE(finished.wait(60000));
    expectAllNamed(&dialog, QStringLiteral("reports window, read"));
}

TEST(Accessibility, TextTheAppColoursItselfIsReadableOnADarkPalette)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        PopulatedWizard world;
        QString error;
        ASSERT_TRUE(world.start(&error)) << error.toStdString();
        ASSERT_TRUE(world.walk(
            QSize(1024, 700),
            [&](RolloutWizard& wizard, const QString& page) {
                // The reason Next is disabled, on a page where it is shown.
                for (const QString& problem : unreadable(wizard.currentPage())) {
                    ADD_FAILURE() << page.toStdString() << ": " << problem.toStdString();
                }
            },
            &error))
            << error.toStdString();

        RolloutWizard training;
        training.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&training));
        ASSERT_TRUE(training.startTraining(scenario("fresh-domain"), &error)) << error.toStdString();
        for (const QString& problem : unreadable(training.sideWidget())) {
            ADD_FAILURE() << "training panel: " << problem.toStdString();
        }
        // A blocked page shows its reason in the app's own colour: the tenant page without domains.
        for (const QString& problem : unreadable(training.currentPage())) {
            ADD_FAILURE() << "training page: " << problem.toStdString();
        }

        RolloutWizard welcome;
        welcome.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&welcome));
        // The welcome page's error line, coloured by the app.
        EXPECT_FALSE(welcome.openProjectOrShowError(QStringLiteral("/nonexistent/project.mailauth")));
        auto* openError = welcome.currentPage()->findChild<QLabel*>(QStringLiteral("openError"));
        ASSERT_NE(openError, nullptr);
        ASSERT_TRUE(openError->isVisible());
        for (const QString& problem : unreadable(welcome.currentPage())) {
            ADD_FAILURE() << "welcome page: " << problem.toStdString();
        }
    }
    QApplication::setPalette(before);
}
