#pragma once

#include "audit/AuditReport.h"

#include <QTabWidget>

namespace mailauth {

// One tab per domain: what was found (SPF, DMARC, DKIM, MX) and the findings as a checklist.
class AuditView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);
    void clearReports();
    // `note` is shown above the facts (for example: this is a saved audit, DNS did not answer now).
    void addReport(const AuditReport& report, const QString& note = {});
};

} // namespace mailauth
