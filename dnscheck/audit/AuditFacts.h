#pragma once

#include "AuditReport.h"

#include <QCoreApplication>
#include <functional>

namespace mailauth {

// The facts of an audit as people read them ("MX: none", "SPF: unknown (no answer)"), one line each, for the wizard
// and the command line alike. A part whose questions failed is "unknown", never "none".
class AuditFacts
{
    Q_DECLARE_TR_FUNCTIONS(AuditFacts)

public:
    // `escape` is applied to every value that came from DNS (the command line escapes control characters).
    static QStringList lines(
        const AuditReport& report,
        const std::function<QString(const QString&)>& escape = [](const QString& s) { return s; });
};

} // namespace mailauth
