#include "WeakeningList.h"

#include "model/RolloutPlan.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mailauth {

WeakeningList::WeakeningList(RolloutPlan& plan, const QString& record, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_record(record)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>These changes take away part of what is published today</b> (protection, a "
                                "sender, reports or mail delivery). Each one is made only if you tick it:"),
                             this);
    title->setWordWrap(true);
    m_layout->addWidget(title);
    setVisible(false);
}

void WeakeningList::show(int index)
{
    delete m_items;
    m_items = new QWidget(this);
    auto* items = new QVBoxLayout(m_items);
    items->setContentsMargins(12, 0, 0, 0);
    int count = 0;
    for (const Weakening& w : m_plan.weakenings(index)) {
        if (w.record != m_record) {
            continue;
        }
        // A check box's own text does not wrap: the change is a label beside it, and its accessible name.
        auto* row = new QHBoxLayout;
        auto* box = new QCheckBox(tr("Yes, make this change:"), m_items);
        box->setObjectName(QStringLiteral("weakening:") + w.key);
        box->setAccessibleName(tr("Yes, make this change: %1").arg(w.what));
        box->setChecked(m_plan.domain(index).acceptedWeakenings.contains(w.key));
        connect(box, &QCheckBox::toggled, this, [this, index, key = w.key](bool on) {
            m_plan.confirmWeakening(index, key, on);
            QMetaObject::invokeMethod(this, &WeakeningList::confirmationChanged, Qt::QueuedConnection);
        });
        auto* what = new QLabel(w.what, m_items);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(what, 1);
        items->addLayout(row);
        ++count;
    }
    m_layout->addWidget(m_items);
    setVisible(count > 0);
}

} // namespace mailauth
