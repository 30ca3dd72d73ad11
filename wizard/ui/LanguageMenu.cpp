#include "LanguageMenu.h"

#include "common/Translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>

namespace mailauth {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_menu = new QMenu(this);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &LanguageMenu::fillMenu);
    retranslate();
}

void LanguageMenu::choose(const QString& language)
{
    Translations::saveChoice(language);
    Translations::use(language);
}

void LanguageMenu::fillMenu()
{
    m_menu->clear();
    auto* group = new QActionGroup(m_menu);
    const QString chosen = Translations::savedChoice();
    auto add = [this, group, &chosen](const QString& text, const QString& language) {
        QAction* action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        group->addAction(action);
        // Queued: the switch rebuilds the window, which should not happen inside the menu's own signal.
        connect(action, &QAction::triggered, this, [language]() {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [language]() { choose(language); }, Qt::QueuedConnection);
        });
    };
    add(tr("System language (%1)").arg(Translations::nativeName(QLocale::system().name().section(u'_', 0, 0))),
        QString());
    m_menu->addSeparator();
    for (const QString& language : Translations::languages()) {
        add(Translations::nativeName(language), language);
    }
}

QString LanguageMenu::label()
{
    // Always also the word in English: whoever cannot read the current language still finds the way back.
    const QString word = tr("Language");
    return word == u"Language" ? word : QStringLiteral("%1 / Language").arg(word);
}

void LanguageMenu::retranslate()
{
    setText(label());
    setToolTip(tr("Show MailAuth Wizard in another language, at once; remembered for the next start."));
    setAccessibleName(tr("Language"));
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QPushButton::changeEvent(event);
}

} // namespace mailauth
