#pragma once

#include <QWidget>

class QVBoxLayout;

namespace mailauth {

class RolloutPlan;

// The weakening changes of one record of one domain, each with its own "yes, make this change" box: nothing that
// protects the domain less than today is published without the admin's explicit yes.
class WeakeningList final : public QWidget
{
    Q_OBJECT

public:
    WeakeningList(RolloutPlan& plan, const QString& record, QWidget* parent = nullptr);

    // Rebuilds the list for the plan's domain `index` (hidden when nothing weakens).
    void show(int index);

Q_SIGNALS:
    // The admin ticked or unticked a box (the plan already has it). Sent queued: a page that refreshes on it
    // rebuilds the list, which would otherwise delete the box inside its own signal.
    void confirmationChanged();

private:
    RolloutPlan& m_plan;
    QString m_record;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_items = nullptr;
};

} // namespace mailauth
