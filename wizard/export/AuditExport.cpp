#include "AuditExport.h"

#include <QJsonArray>

namespace mailauth {

namespace {

QJsonValue snapshot(const std::optional<AuditSnapshot>& s)
{
    if (!s) {
        return QJsonValue();
    }
    return QJsonObject{{QStringLiteral("takenAt"), s->takenAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("report"), s->report.toJson()}};
}

} // namespace

QJsonObject AuditExport::toJson(const RolloutPlan& plan, const QDateTime& generatedAt)
{
    QJsonArray domains;
    for (const DomainPlan& d : plan.domains()) {
        domains.append(QJsonObject{{QStringLiteral("domain"), d.ace},
                                   {QStringLiteral("role"), d.role == DomainRole::Parked ? QStringLiteral("parked")
                                                                                         : QStringLiteral("sending")},
                                   {QStringLiteral("before"), snapshot(d.auditBefore)},
                                   {QStringLiteral("after"), snapshot(d.auditAfter)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("mailauth-audit")},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("client"), plan.clientName()},
                       {QStringLiteral("tenant"), plan.initialDomain()},
                       {QStringLiteral("cloud"), plan.cloud().id},
                       {QStringLiteral("domains"), domains}};
}

} // namespace mailauth
