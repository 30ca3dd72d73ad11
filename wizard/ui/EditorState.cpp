#include "EditorState.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextEdit>

namespace mailauth {

namespace {

enum Pass
{
    Selections,
    Choices,
    Texts
};

// The editable widgets of `root` with a key that names the same widget in a tree built again: class, object name
// and how many such widgets came before it.
QList<std::pair<QString, QWidget*>> keyed(const QWidget* root)
{
    QList<std::pair<QString, QWidget*>> out;
    QHash<QString, int> seen;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // The line edit inside a spin box or an editable combo box is theirs.
        if (qobject_cast<QLineEdit*>(w) != nullptr && (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) != nullptr ||
                                                       qobject_cast<QComboBox*>(w->parentWidget()) != nullptr)) {
            continue;
        }
        const QString base = QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName();
        out.append({base + u'#' + QString::number(seen[base]++), w});
    }
    return out;
}

} // namespace

EditorState EditorState::capture(const QWidget* root)
{
    EditorState state;
    for (const auto& [key, w] : keyed(root)) {
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            state.m_entries.append({key, QVariantList{combo->count(), combo->currentIndex()}, Selections});
        } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            state.m_entries.append({key, QVariantList{tabs->count(), tabs->currentIndex()}, Selections});
        } else if (auto* button = qobject_cast<QAbstractButton*>(w); button != nullptr && button->isCheckable()) {
            state.m_entries.append({key, button->isChecked(), Choices});
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            state.m_entries.append({key, spin->value(), Choices});
        } else if (auto* line = qobject_cast<QLineEdit*>(w); line != nullptr && !line->isReadOnly()) {
            state.m_entries.append({key, line->text(), Texts});
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w); plain != nullptr && !plain->isReadOnly()) {
            state.m_entries.append({key, plain->toPlainText(), Texts});
        } else if (auto* rich = qobject_cast<QTextEdit*>(w); rich != nullptr && !rich->isReadOnly()) {
            state.m_entries.append({key, rich->toPlainText(), Texts});
        }
    }
    return state;
}

void EditorState::restore(QWidget* root) const
{
    QHash<QString, QWidget*> widgets;
    for (const auto& [key, w] : keyed(root)) {
        widgets.insert(key, w);
    }
    for (int pass : {Selections, Choices, Texts}) {
        for (const Entry& e : m_entries) {
            QWidget* w = widgets.value(e.key);
            if (e.pass != pass || w == nullptr) {
                continue;
            }
            // Each setter acts only on a difference, as typing would: the page stores it in the plan.
            if (auto* combo = qobject_cast<QComboBox*>(w)) {
                const QVariantList v = e.value.toList();
                if (combo->count() == v[0].toInt() && combo->currentIndex() != v[1].toInt()) {
                    combo->setCurrentIndex(v[1].toInt());
                }
            } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                const QVariantList v = e.value.toList();
                if (tabs->count() == v[0].toInt()) {
                    tabs->setCurrentIndex(v[1].toInt());
                }
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                if (button->isChecked() != e.value.toBool() && button->isEnabled()) {
                    button->setChecked(e.value.toBool());
                }
            } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
                spin->setValue(e.value.toInt());
            } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
                if (line->text() != e.value.toString()) {
                    line->setText(e.value.toString());
                }
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
                if (plain->toPlainText() != e.value.toString()) {
                    plain->setPlainText(e.value.toString());
                }
            } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
                if (rich->toPlainText() != e.value.toString()) {
                    rich->setPlainText(e.value.toString());
                }
            }
        }
    }
}

} // namespace mailauth
