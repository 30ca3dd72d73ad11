#pragma once

#include "DomainPlan.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mailauth {

// The DKIM key rotations of a project file: a list "dkimRotations" of {domain, firstPassAt, secondPassAt,
// keysCheckedAt, selector1Bits, selector2Bits}, written only for domains that have one. Read as strictly as the DKIM
// page would have made it: known keys of the right types, dates that parse and make sense (DkimRotation::validate),
// a domain of the project, each domain once.
class DkimRotationJson
{
    Q_DECLARE_TR_FUNCTIONS(DkimRotationJson)

public:
    static constexpr const char* kKey = "dkimRotations";

    // Undefined (nothing to write) when no domain has a rotation record.
    static QJsonValue toJson(const QList<DomainPlan>& domains);
    // Sets the records of `domains` from `value` (undefined or null: none); false with the reason otherwise.
    static bool fromJson(const QJsonValue& value, QList<DomainPlan>& domains, const QDateTime& now, QString* error);
};

} // namespace mailauth
