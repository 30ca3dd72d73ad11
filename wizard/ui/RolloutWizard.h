#pragma once

#include "pages/RolloutContext.h"

#include <QWizard>

namespace mailauth {

// The rollout: welcome, tenant and domains, the audit, SPF, DKIM (skipped when every domain is parked), DMARC and
// the summary. Owns the plan and the watchers; pages only bind widgets to them.
class RolloutWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Page_Welcome,
        Page_Tenant,
        Page_Audit,
        Page_Spf,
        Page_Dkim,
        Page_Dmarc,
        Page_Summary
    };

    explicit RolloutWizard(QWidget* parent = nullptr);
    ~RolloutWizard() override;

    RolloutPlan& plan() { return m_plan; }
    WatchRegistry& watches() { return m_watches; }
    RolloutContext& context() { return m_context; }

    int nextId() const override;

protected:
    void done(int result) override;

private:
    RolloutPlan m_plan;
    WatchRegistry m_watches;
    RolloutContext m_context;
};

} // namespace mailauth
