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

    // All domains of the plan, or only the one at `onlyDomain`.
    void start(const RolloutPlan& plan, int parallelDomains = 8, int onlyDomain = -1);
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
