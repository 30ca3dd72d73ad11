#include "TrainingJournal.h"

#include "dns/InMemoryZone.h"
#include "model/StrictJson.h"

#include <QJsonObject>
#include <algorithm>

namespace mailauth {

namespace {

struct KindName
{
    TrainingAction::Kind kind;
    const char* name;
};
constexpr KindName kKinds[] = {{TrainingAction::Kind::SaveRecord, "saveRecord"},
                               {TrainingAction::Kind::RemoveRecord, "removeRecord"},
                               {TrainingAction::Kind::RunSetup, "runSetup"},
                               {TrainingAction::Kind::RunEnable, "runEnable"}};

QString kindName(TrainingAction::Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind) {
            return QLatin1String(k.name);
        }
    }
    return {};
}

// The keys each kind carries besides "at" and "action": nothing else is accepted.
QStringList keysOf(TrainingAction::Kind kind)
{
    switch (kind) {
    case TrainingAction::Kind::SaveRecord:
        return {QStringLiteral("zone"), QStringLiteral("host"), QStringLiteral("type"), QStringLiteral("value"),
                QStringLiteral("ttl")};
    case TrainingAction::Kind::RemoveRecord:
        return {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("value")};
    case TrainingAction::Kind::RunSetup:
    case TrainingAction::Kind::RunEnable:
        break;
    }
    return {QStringLiteral("domain")};
}

} // namespace

TrainingAction TrainingAction::forDomain(Kind kind, const QString& domain)
{
    TrainingAction a;
    a.kind = kind;
    a.domain = domain;
    return a;
}

QString TrainingAction::outsideOf(const TrainingScenario& scenario) const
{
    switch (kind) {
    case Kind::SaveRecord:
        return scenario.zones.contains(zone) ? QString() : tr("the zone %1 is not one of this scenario's.").arg(zone);
    case Kind::RemoveRecord: {
        const auto recordType = recordTypeFromName(type);
        const QString n = InMemoryZone::normalise(name);
        const bool inZone = std::any_of(scenario.zones.begin(), scenario.zones.end(),
                                        [&](const QString& z) { return n == z || n.endsWith(u'.' + z); });
        // The panel lists and deletes only the scenario's own records, never NS or SOA.
        return recordType && *recordType != RecordType::NS && *recordType != RecordType::SOA && inZone
                   ? QString()
                   : tr("%1 %2 is not a record the DNS host panel can delete.").arg(name, type);
    }
    case Kind::RunSetup:
        return scenario.domains().contains(domain)
                   ? QString()
                   : tr("the key script cannot have created the signing configuration of %1 then.").arg(domain);
    case Kind::RunEnable:
        return scenario.domains().contains(domain)
                   ? QString()
                   : tr("the enable script cannot have switched signing on for %1 then.").arg(domain);
    }
    return {};
}

bool TrainingAction::operator==(const TrainingAction& other) const
{
    return kind == other.kind && atMs == other.atMs && zone == other.zone && entry.host == other.entry.host &&
           entry.type == other.entry.type && entry.value == other.entry.value && entry.ttl == other.entry.ttl &&
           name == other.name && type == other.type && value == other.value && domain == other.domain;
}

QJsonArray TrainingJournal::toJson() const
{
    QJsonArray out;
    for (const TrainingAction& a : m_actions) {
        QJsonObject o{{QStringLiteral("at"), static_cast<double>(a.atMs)},
                      {QStringLiteral("action"), kindName(a.kind)}};
        switch (a.kind) {
        case TrainingAction::Kind::SaveRecord:
            o.insert(QStringLiteral("zone"), a.zone);
            o.insert(QStringLiteral("host"), a.entry.host);
            o.insert(QStringLiteral("type"), a.entry.type);
            o.insert(QStringLiteral("value"), a.entry.value);
            o.insert(QStringLiteral("ttl"), static_cast<double>(a.entry.ttl));
            break;
        case TrainingAction::Kind::RemoveRecord:
            o.insert(QStringLiteral("name"), a.name);
            o.insert(QStringLiteral("type"), a.type);
            o.insert(QStringLiteral("value"), a.value);
            break;
        case TrainingAction::Kind::RunSetup:
        case TrainingAction::Kind::RunEnable:
            o.insert(QStringLiteral("domain"), a.domain);
            break;
        }
        out.append(o);
    }
    return out;
}

std::optional<TrainingJournal> TrainingJournal::fromJson(const QJsonArray& json, qint64 nowMs, QString* error)
{
    int index = 0;
    auto fail = [&](const QString& message) -> std::optional<TrainingJournal> {
        if (error != nullptr) {
            *error = tr("Action %1 of the session: %2").arg(index + 1).arg(message);
        }
        return std::nullopt;
    };
    if (json.size() > kMaxActions) {
        return fail(tr("the session holds more than %1 actions.").arg(kMaxActions));
    }
    TrainingJournal journal;
    qint64 previous = 0;
    for (; index < json.size(); ++index) {
        if (!json[index].isObject()) {
            return fail(tr("not an action."));
        }
        const QJsonObject o = json[index].toObject();
        TrainingAction a;
        const QString action = o.value(QStringLiteral("action")).toString();
        bool known = false;
        for (const KindName& k : kKinds) {
            if (action == QLatin1String(k.name)) {
                a.kind = k.kind;
                known = true;
            }
        }
        if (!known) {
            return fail(tr("\"%1\" is not an action of the training.").arg(action));
        }
        const QStringList keys = keysOf(a.kind) + QStringList{QStringLiteral("at"), QStringLiteral("action")};
        for (const QString& key : o.keys()) {
            if (!keys.contains(key)) {
                return fail(tr("unknown field \"%1\".").arg(key));
            }
        }
        for (const QString& key : keysOf(a.kind)) {
            if (key == u"ttl") {
                continue;
            }
            const QJsonValue v = o.value(key);
            if (!v.isString() || v.toString().size() > kMaxTextLength) {
                return fail(tr("\"%1\" must be a text of at most %2 characters.").arg(key).arg(kMaxTextLength));
            }
        }
        const auto at = StrictJson::wholeNumber(o.value(QStringLiteral("at")), 0, nowMs);
        if (!at) {
            return fail(tr("its time is not a simulated time of this session."));
        }
        if (*at < previous) {
            return fail(tr("it is older than the action before it."));
        }
        a.atMs = previous = *at;
        switch (a.kind) {
        case TrainingAction::Kind::SaveRecord: {
            a.zone = o.value(QStringLiteral("zone")).toString();
            a.entry.host = o.value(QStringLiteral("host")).toString();
            a.entry.type = o.value(QStringLiteral("type")).toString();
            a.entry.value = o.value(QStringLiteral("value")).toString();
            // The panel's TTL field: 60 seconds to a day.
            const auto ttl = StrictJson::wholeNumber(o.value(QStringLiteral("ttl")), 60, 86400);
            if (!ttl) {
                return fail(tr("the TTL must be a whole number of seconds from 60 to 86400."));
            }
            a.entry.ttl = static_cast<quint32>(*ttl);
            break;
        }
        case TrainingAction::Kind::RemoveRecord:
            a.name = o.value(QStringLiteral("name")).toString();
            a.type = o.value(QStringLiteral("type")).toString();
            a.value = o.value(QStringLiteral("value")).toString();
            break;
        case TrainingAction::Kind::RunSetup:
        case TrainingAction::Kind::RunEnable:
            a.domain = o.value(QStringLiteral("domain")).toString();
            break;
        }
        journal.append(a);
    }
    return journal;
}

} // namespace mailauth
