#include "FindingsView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QIcon severityIcon(const QWidget* w, Severity s)
{
    switch (s) {
    case Severity::Error:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return w->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

FindingsView::FindingsView(QWidget* parent)
    : QScrollArea(parent)
{
    auto* host = new QWidget;
    m_layout = new QVBoxLayout(host);
    m_layout->addStretch(1);
    setWidgetResizable(true);
    setWidget(host);
    m_emptyText = tr("No findings.");
}

void FindingsView::setEmptyText(const QString& text)
{
    m_emptyText = text;
}

void FindingsView::clearRows()
{
    while (m_layout->count() > 1) {
        QLayoutItem* item = m_layout->takeAt(0);
        if (QLayout* row = item->layout()) { // the item is the row layout itself
            while (QLayoutItem* child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_count = 0;
}

void FindingsView::setFindings(Findings findings)
{
    clearRows();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    if (findings.isEmpty() && !m_emptyText.isEmpty()) {
        auto* label = new QLabel(m_emptyText);
        label->setWordWrap(true);
        m_layout->insertWidget(0, label);
        return;
    }
    QWidget* previous = this;
    for (const Finding& f : findings) {
        auto* row = new QHBoxLayout;
        auto* icon = new QLabel;
        icon->setPixmap(severityIcon(this, f.severity).pixmap(20, 20));
        icon->setAlignment(Qt::AlignTop);
        icon->setToolTip(severityLabel(f.severity));
        icon->setAccessibleName(severityLabel(f.severity));
        auto* label = new QLabel(f.fix.isEmpty() ? f.message : tr("%1\n→ %2").arg(f.message, f.fix));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setToolTip(f.code);
        row->addWidget(icon);
        row->addWidget(label, 1);
        m_layout->insertLayout(m_count++, row);
        QWidget::setTabOrder(previous, label); // in reading order, not after whatever was made since the view
        previous = label;
    }
}

} // namespace mailauth
