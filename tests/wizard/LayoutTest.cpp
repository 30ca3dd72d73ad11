// Every wizard page fits the smallest window the wizard is laid out for (1024x700), in every language the build
// embeds, with the pages' real content: no text wider than its widget, no word-wrapped text taller than its label, no
// widget reaching past the right edge of the window or of its scroll area, no horizontal scroll bar, no table wider
// than its view, and the wizard's own buttons inside the window. ctest runs it a second time with QT_SCALE_FACTOR=2
// (layout_test_200): the scale must be set before QApplication exists, so it is a process of its own.
#include "PopulatedWizard.h"
#include "support/TrainingDriver.h"
#include "training/TrainingScenario.h"
#include "ui/RolloutWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStyle>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

const QSize kWindow(1024, 700);

QString describe(const QWidget* w)
{
    QString text;
    if (auto* l = qobject_cast<const QLabel*>(w)) {
        text = l->text();
    } else if (auto* b = qobject_cast<const QAbstractButton*>(w)) {
        text = b->text();
    } else if (auto* e = qobject_cast<const QLineEdit*>(w)) {
        text = e->text().isEmpty() ? e->placeholderText() : e->text();
    }
    text.replace(u'\n', u' ');
    if (text.size() > 60) {
        text = text.left(57) + QStringLiteral("...");
    }
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName(), text);
}

// The width a single-line text needs, without mnemonic markers; rich text as QLabel lays it out.
int textWidth(const QWidget* w, const QString& text, bool rich)
{
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(w->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        return qCeil(doc.idealWidth());
    }
    QString shown = text;
    shown.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    int widest = 0;
    for (const QString& line : shown.split(u'\n')) {
        widest = std::max(widest, w->fontMetrics().horizontalAdvance(line));
    }
    return widest;
}

// The widget that clips `w` on the right: the viewport of the scroll area it sits in, or the window.
const QWidget* clipper(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(p->parentWidget()) != nullptr &&
            static_cast<const QAbstractScrollArea*>(p->parentWidget())->viewport() == p) {
            return p;
        }
        if (p->isWindow()) {
            return p;
        }
    }
    return w->window();
}

void checkWidget(const QWidget* w, QStringList& problems)
{
    const int slack = 1;
    // Reaching past the right edge: off-screen buttons, or content a scroll area would have to scroll sideways to.
    if (const QWidget* clip = clipper(w); clip != w) {
        const int right = w->mapTo(clip, QPoint(w->width(), 0)).x();
        if (right > clip->width() + slack) {
            problems.append(QStringLiteral("%1 reaches %2 px past the right edge of %3")
                                .arg(describe(w))
                                .arg(right - clip->width())
                                .arg(QString::fromLatin1(clip->metaObject()->className())));
        }
    }
    if (auto* label = qobject_cast<const QLabel*>(w)) {
        if (label->text().isEmpty() || !label->pixmap().isNull()) {
            return;
        }
        const QRect box = label->contentsRect();
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + slack) {
                problems.append(QStringLiteral("%1 needs %2 px height at its width, has %3")
                                    .arg(describe(w))
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->height()));
            }
            // A single word wider than the label is clipped even when wrapped.
            if (label->minimumSizeHint().width() > label->width() + slack) {
                problems.append(QStringLiteral("%1 has a word of %2 px in %3 px")
                                    .arg(describe(w))
                                    .arg(label->minimumSizeHint().width())
                                    .arg(label->width()));
            }
        } else if (const int need = textWidth(w, label->text(), rich); need > box.width() + slack) {
            problems.append(QStringLiteral("%1 is %2 px wide in %3 px").arg(describe(w)).arg(need).arg(box.width()));
        }
        return;
    }
    if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
        if (button->text().isEmpty()) {
            return;
        }
        // The style's size hint is what the text, icon and indicator need; a button squeezed below it cuts its text.
        if (const int need = button->sizeHint().width(); need > button->width() + slack) {
            problems.append(
                QStringLiteral("%1 needs %2 px, has %3 px").arg(describe(w)).arg(need).arg(button->width()));
        }
        return;
    }
    if (auto* edit = qobject_cast<const QLineEdit*>(w)) {
        const QString shown = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        const QMargins margins = edit->textMargins();
        // QLineEdit's own padding: the frame and two pixels each side.
        const int room = edit->contentsRect().width() - margins.left() - margins.right() - 4 -
                         2 * w->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, w);
        if (const int need = w->fontMetrics().horizontalAdvance(shown); need > room + slack) {
            problems.append(QStringLiteral("%1 is %2 px wide in %3 px").arg(describe(w)).arg(need).arg(room));
        }
        return;
    }
    if (auto* area = qobject_cast<const QAbstractScrollArea*>(w)) {
        if (area->horizontalScrollBar()->isVisible()) {
            problems.append(QStringLiteral("%1 shows a horizontal scroll bar").arg(describe(w)));
        }
        // A list that hides its scroll bar must still fit its rows (wrapped, not cut off).
        if (auto* list = qobject_cast<const QListView*>(w)) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QRect rect = list->visualRect(list->model()->index(row, 0));
                if (rect.right() > list->viewport()->width() + slack) {
                    problems.append(QStringLiteral("%1: row %2 is %3 px wide in %4 px")
                                        .arg(describe(w))
                                        .arg(row)
                                        .arg(rect.right())
                                        .arg(list->viewport()->width()));
                }
            }
        }
        if (auto* view = qobject_cast<const QAbstractItemView*>(w)) {
            const auto* header = view->findChild<QHeaderView*>();
            if (header != nullptr && header->orientation() == Qt::Horizontal && !header->isHidden() &&
                header->length() > view->viewport()->width() + slack) {
                problems.append(QStringLiteral("%1: its columns are %2 px wide in %3 px")
                                    .arg(describe(w))
                                    .arg(header->length())
                                    .arg(view->viewport()->width()));
            }
        }
    }
}

// Every problem on what the wizard shows now: the page, the side panel and the wizard's buttons.
QStringList problemsOnScreen(RolloutWizard& wizard)
{
    QStringList problems;
    if (wizard.width() > kWindow.width() || wizard.height() > kWindow.height()) {
        problems.append(QStringLiteral("the window is %1x%2 (minimum %3x%4), larger than %5x%6")
                            .arg(wizard.width())
                            .arg(wizard.height())
                            .arg(wizard.minimumSizeHint().width())
                            .arg(wizard.minimumSizeHint().height())
                            .arg(kWindow.width())
                            .arg(kWindow.height()));
    }
    QList<QWidget*> roots{wizard.currentPage()};
    if (wizard.sideWidget() != nullptr) {
        roots.append(wizard.sideWidget());
    }
    for (QWidget* root : roots) {
        for (const QWidget* w : root->findChildren<QWidget*>()) {
            if (w->isVisibleTo(&wizard) && w->width() > 0 && w->height() > 0) {
                checkWidget(w, problems);
            }
        }
    }
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                        QWizard::CancelButton, QWizard::CustomButton1, QWizard::CustomButton2}) {
        QAbstractButton* button = wizard.button(which);
        if (button == nullptr || !button->isVisibleTo(&wizard)) {
            continue;
        }
        const QRect inWindow(button->mapTo(&wizard, QPoint(0, 0)), button->size());
        if (!QRect(QPoint(0, 0), kWindow).contains(inWindow)) {
            problems.append(QStringLiteral("the wizard's button %1 lies outside the window").arg(describe(button)));
        }
        checkWidget(button, problems);
    }
    return problems;
}

// The languages the build embeds, as the application finds them (app/CMakeLists.txt puts every .qm under :/i18n).
QStringList embeddedLanguages()
{
    QStringList languages;
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mailauth_*.qm")})) {
        languages.append(file.mid(9, file.size() - 12));
    }
    return languages;
}

class Language
{
public:
    explicit Language(const QString& name)
    {
        const QLocale locale(name);
        QLocale::setDefault(locale);
        if (m_own.load(QStringLiteral(":/i18n/mailauth_%1.qm").arg(name))) {
            QCoreApplication::installTranslator(&m_own);
        }
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&m_qt);
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QTranslator m_own;
    QTranslator m_qt;
};

} // namespace

TEST(Layout, TheBuildEmbedsEnglishAndGerman)
{
    const QStringList languages = embeddedLanguages();
    EXPECT_TRUE(languages.contains(QStringLiteral("en"))) << languages.join(u' ').toStdString();
    EXPECT_TRUE(languages.contains(QStringLiteral("de"))) << languages.join(u' ').toStdString();
}

TEST(Layout, EveryPageFitsTheSmallestWindowInEveryLanguage)
{
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")) {
        // The 200% run: make sure the scale really applies, or this run tests nothing new.
        QWidget probe;
        EXPECT_DOUBLE_EQ(probe.devicePixelRatioF(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    }
    PopulatedWizard world;
    QString error;
    ASSERT_TRUE(world.start(&error)) << error.toStdString();
    for (const QString& language : embeddedLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const Language installed(language);
        int pages = 0;
        const bool walked = world.walk(
            kWindow,
            [&](RolloutWizard& wizard, const QString& page) {
                ++pages;
                // For review: MAILAUTH_LAYOUT_SHOTS=DIR saves what each page looks like.
                if (const QString shots = qEnvironmentVariable("MAILAUTH_LAYOUT_SHOTS"); !shots.isEmpty()) {
                    QDir().mkpath(shots);
                    wizard.grab().save(QStringLiteral("%1/%2-%3x-%4.png")
                                           .arg(shots, language)
                                           .arg(wizard.devicePixelRatioF())
                                           .arg(page));
                }
                for (const QString& problem : problemsOnScreen(wizard)) {
                    ADD_FAILURE() << "[" << language.toStdString() << "] page " << page.toStdString() << ": "
                                  << problem.toStdString();
                }
            },
            &error);
        EXPECT_TRUE(walked) << error.toStdString();
        EXPECT_EQ(pages, 8) << "every page, the DKIM page with both routes";
    }
}

// The training side panel (its width is its own, whatever the window's): long hints and goals wrap, nothing in it
// scrolls sideways or is cut off, in every language.
TEST(Layout, TheTrainingPanelWrapsItsTextsInEveryLanguage)
{
    for (const QString& language : embeddedLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const Language installed(language);
        for (const char* id : {"fresh-domain", "spf-over-limit"}) {
            QString error;
            const auto scenario =
                TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QLatin1String(id)), &error);
            ASSERT_TRUE(scenario.has_value()) << error.toStdString();
            RolloutWizard wizard;
            wizard.resize(kWindow);
            wizard.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
            ASSERT_TRUE(wizard.startTraining(*scenario, &error)) << error.toStdString();
            QTest::qWait(100);
            QStringList problems;
            for (const QWidget* w : wizard.sideWidget()->findChildren<QWidget*>()) {
                if (w->isVisibleTo(&wizard) && w->width() > 0 && w->height() > 0) {
                    checkWidget(w, problems);
                }
            }
            for (const QString& problem : problems) {
                ADD_FAILURE() << "[" << language.toStdString() << "] training panel (" << id
                              << "): " << problem.toStdString();
            }
        }
    }
}

// A training window on a 1366x768 classroom laptop: the DMARC page (the widest) beside the side panel, in every
// language, needs no horizontal scroll bar (a reviewer saw the French one cut off at the old training width).
TEST(Layout, TheDmarcPageFitsBesideTheTrainingPanelOnAClassroomLaptop)
{
    for (const QString& language : embeddedLanguages()) {
        SCOPED_TRACE(language.toStdString());
        const Language installed(language);
        RolloutWizard wizard;
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        test::startScenario(wizard, QStringLiteral("forgotten-sender"));
        wizard.resize(1320, 700); // what startTraining asks for where the screen has room
        test::throughTheAudit(wizard);
        QTest::mouseClick(test::nextButton(wizard), Qt::LeftButton);
        test::child<QCheckBox>(wizard.currentPage(), "dkimLater")->setChecked(true);
        ASSERT_TRUE(QTest::qWaitFor([&]() { return test::nextButton(wizard)->isEnabled(); }, 5000));
        QTest::mouseClick(test::nextButton(wizard), Qt::LeftButton);
        ASSERT_EQ(wizard.currentId(), RolloutWizard::Page_Dmarc);
        QTest::qWait(100);
        QStringList problems;
        for (const QWidget* w : wizard.currentPage()->findChildren<QWidget*>()) {
            if (w->isVisibleTo(&wizard) && w->width() > 0 && w->height() > 0) {
                checkWidget(w, problems);
            }
        }
        for (const QString& problem : problems) {
            ADD_FAILURE() << "[" << language.toStdString()
                          << "] DMARC page beside the training panel: " << problem.toStdString();
        }
    }
}

// Opened for the first time (no saved geometry), the window fits the smallest screen it is laid out for.
TEST(Layout, TheWindowOpensInsideTheSmallestScreen)
{
    RolloutWizard wizard;
    EXPECT_LE(wizard.width(), kWindow.width());
    EXPECT_LE(wizard.height(), kWindow.height());
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    EXPECT_LE(wizard.height(), kWindow.height()) << "the pages' minimum size must not grow it";
}
