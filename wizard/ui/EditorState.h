#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QWidget;

namespace mailauth {

// What a person has typed or chosen in a widget tree (line and text edits, combo boxes, spin boxes, check and radio
// buttons, tabs), captured before the tree is built again (a language switch) and put back into the new tree where
// it differs: a half-typed value the page could not yet store in the plan, or which domain a page shows. Widgets are
// matched by class, object name and order, so both trees must come from the same code and the same plan.
class EditorState
{
public:
    static EditorState capture(const QWidget* root);
    void restore(QWidget* root) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        QString key;
        QVariant value;
        int pass = 0; // selections first (they decide what the edits belong to), then the edits
    };
    QList<Entry> m_entries;
};

} // namespace mailauth
