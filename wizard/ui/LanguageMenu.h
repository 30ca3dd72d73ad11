#pragma once

#include <QPushButton>

class QMenu;

namespace mailauth {

// The window's "Language" button: a menu of the languages the application speaks, each in its own name, and
// "System language". A choice switches at once (Translations::use: every widget gets QEvent::LanguageChange) and is
// remembered for the next start.
class LanguageMenu final : public QPushButton
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // Switches as the menu does: "" follows the system.
    static void choose(const QString& language);
    // The button's text in the current language, with "Language" beside it for whoever cannot read that language.
    static QString label();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillMenu();

    QMenu* m_menu = nullptr;
};

} // namespace mailauth
