#pragma once

#include "model/RolloutPlan.h"

#include <QCoreApplication>

namespace mailauth {

// The report a consultant hands to the client: who, for which tenant, the records published and when each was
// confirmed and by which servers, the audit before and after, and the next steps with dates. HTML kept to what
// QTextDocument renders, so the PDF (Qt's own writer) looks like the HTML and both print in black on white.
class HandoverReport
{
    Q_DECLARE_TR_FUNCTIONS(HandoverReport)

public:
    static QString html(const RolloutPlan& plan, const QDateTime& generatedAt);
    // Needs a QGuiApplication (fonts). false with a reason.
    static bool writePdf(const QString& html, const QString& path, QString* error);
    static QByteArray pdf(const QString& html);

private:
    static QString findingsTable(const std::optional<AuditSnapshot>& snapshot);
};

} // namespace mailauth
