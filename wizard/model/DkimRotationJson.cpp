#include "DkimRotationJson.h"

#include "DkimRotation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace mailauth {

namespace {

QJsonValue stamp(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

const QSet<QString>& allowedKeys()
{
    static const QSet<QString> keys{QStringLiteral("domain"),        QStringLiteral("firstPassAt"),
                                    QStringLiteral("secondPassAt"),  QStringLiteral("keysCheckedAt"),
                                    QStringLiteral("selector1Bits"), QStringLiteral("selector2Bits")};
    return keys;
}

} // namespace

QJsonValue DkimRotationJson::toJson(const QList<DomainPlan>& domains)
{
    QJsonArray list;
    for (const DomainPlan& d : domains) {
        const DkimRotationRecord& r = d.dkimRotation;
        if (r.isEmpty()) {
            continue;
        }
        QJsonObject o{{QStringLiteral("domain"), d.ace}};
        for (const auto& [key, at] : {std::pair{QStringLiteral("firstPassAt"), r.firstPassAt},
                                      std::pair{QStringLiteral("secondPassAt"), r.secondPassAt},
                                      std::pair{QStringLiteral("keysCheckedAt"), r.keysCheckedAt}}) {
            if (at.isValid()) {
                o.insert(key, stamp(at));
            }
        }
        if (r.keysCheckedAt.isValid()) {
            o.insert(QStringLiteral("selector1Bits"), r.selector1Bits);
            o.insert(QStringLiteral("selector2Bits"), r.selector2Bits);
        }
        list.append(o);
    }
    return list.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(list);
}

bool DkimRotationJson::fromJson(const QJsonValue& value, QList<DomainPlan>& domains, const QDateTime& now,
                                QString* error)
{
    auto fail = [&](const QString& message) {
        if (error != nullptr) {
            *error = message;
        }
        return false;
    };
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        return fail(tr("%1: the value does not have the expected form.").arg(QLatin1String(kKey)));
    }
    QList<DkimRotationRecord> records(domains.size());
    QSet<QString> seen;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(kKey)).arg(i);
        if (!list[i].isObject()) {
            return fail(tr("%1: the value does not have the expected form.").arg(where));
        }
        const QJsonObject o = list[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowedKeys().contains(it.key())) {
                return fail(tr("%1: \"%2\" is not a field of a DKIM key rotation.").arg(where, it.key()));
            }
        }
        const QString domain = o.value(QStringLiteral("domain")).toString();
        const auto index =
            std::find_if(domains.cbegin(), domains.cend(), [&](const DomainPlan& d) { return d.ace == domain; }) -
            domains.cbegin();
        if (domain.isEmpty() || index >= domains.size()) {
            return fail(tr("%1: \"%2\" is not a domain of this project.").arg(where, domain));
        }
        if (seen.contains(domain)) {
            return fail(tr("%1: the DKIM key rotation of %2 is listed twice.").arg(where, domain));
        }
        seen.insert(domain);
        DkimRotationRecord r;
        for (const auto& [key, target] : {std::pair{QStringLiteral("firstPassAt"), &r.firstPassAt},
                                          std::pair{QStringLiteral("secondPassAt"), &r.secondPassAt},
                                          std::pair{QStringLiteral("keysCheckedAt"), &r.keysCheckedAt}}) {
            if (!o.contains(key)) {
                continue;
            }
            const QJsonValue v = o.value(key);
            // Only what toJson() writes: a UTC time in ISO 8601 with its zone, so the day never shifts.
            const QString text = v.toString();
            *target = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!v.isString() || !target->isValid() || !text.endsWith(u'Z')) {
                return fail(tr("%1: %2 is not a date and time.").arg(where, key));
            }
        }
        for (const auto& [key, target] : {std::pair{QStringLiteral("selector1Bits"), &r.selector1Bits},
                                          std::pair{QStringLiteral("selector2Bits"), &r.selector2Bits}}) {
            if (!o.contains(key)) {
                continue;
            }
            const QJsonValue v = o.value(key);
            const double bits = v.toDouble(-1);
            if (!v.isDouble() || bits != std::floor(bits) || bits < 0 || bits > DkimRotation::kMaxKeyBits) {
                return fail(tr("%1: %2 is not a key size.").arg(where, key));
            }
            *target = static_cast<int>(bits);
        }
        if (r.isEmpty()) {
            return fail(tr("%1: the DKIM key rotation of %2 holds no date.").arg(where, domain));
        }
        if (const QString reason = DkimRotation::validate(r, now); !reason.isEmpty()) {
            return fail(tr("%1 (%2): %3").arg(where, domain, reason));
        }
        records[index] = r;
    }
    for (qsizetype i = 0; i < domains.size(); ++i) {
        domains[i].dkimRotation = records[i];
    }
    return true;
}

} // namespace mailauth
