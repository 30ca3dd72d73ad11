#pragma once

#include "RolloutPlan.h"
#include "audit/AuditReport.h"

#include <QObject>
#include <memory>

namespace mailauth {

class AuditRunner;
class ResolverLookup;

// Audits every domain of the plan in the background (on the event loop; nothing blocks), through the resolvers the
// plan names (or the system's). Can be cancelled and started again.
class AuditTask final : public QObject
{
    Q_OBJECT

public:
    explicit AuditTask(QObject* parent = nullptr);
    ~AuditTask() override;

    void start(const RolloutPlan& plan, int parallelDomains = 8);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void reportReady(const mailauth::AuditReport& report);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    std::unique_ptr<ResolverLookup> m_lookup;
    std::unique_ptr<AuditRunner> m_runner;
    bool m_running = false;
};

} // namespace mailauth
