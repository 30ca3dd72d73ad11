#include "TrainingSessionFile.h"

#include "core/DomainName.h"
#include "dns/InMemoryZone.h"
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"
#include "model/StrictJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QStandardPaths>

namespace mailauth {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kMaxSessionMs = 3660 * kDayMs; // ten years of simulated time: far more than any lesson
constexpr int kMaxCacheFills = 100000;

// The first key of `o` that is not in `allowed`, or an empty string.
QString unknownKey(const QJsonObject& o, const QStringList& allowed)
{
    for (const QString& key : o.keys()) {
        if (!allowed.contains(key)) {
            return key;
        }
    }
    return {};
}

} // namespace

QByteArray TrainingSessionFile::toBytes(const TrainingSession& session, const RolloutPlan& plan,
                                        const QDateTime& savedAt)
{
    const TrainingSessionState state = session.state();
    QJsonArray cache;
    for (const TrainingWorld::CacheFill& fill : state.resolverCache) {
        cache.append(QJsonObject{{QStringLiteral("resolver"), fill.resolver},
                                 {QStringLiteral("name"), fill.name},
                                 {QStringLiteral("type"), recordTypeName(fill.type)},
                                 {QStringLiteral("fetchedAt"), static_cast<double>(fill.fetchedAtMs)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scenario"),
         QJsonObject{{QStringLiteral("source"), session.scenario().sourceName},
                     {QStringLiteral("text"), QString::fromUtf8(session.scenario().sourceText)}}},
        {QStringLiteral("clock"),
         QJsonObject{{QStringLiteral("startedAt"), state.clockStartedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("now"), static_cast<double>(state.nowMs)},
                     {QStringLiteral("speed"), state.speed},
                     {QStringLiteral("paused"), state.paused}}},
        {QStringLiteral("actions"), state.journal.toJson()},
        {QStringLiteral("resolverCache"), cache},
        {QStringLiteral("plan"), ProjectFile::toJson(plan)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<SavedTrainingSession> TrainingSessionFile::parse(const QByteArray& bytes, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<SavedTrainingSession> {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    if (bytes.size() > kMaxFileSize) {
        return fail(tr("The saved training session is too large (over %1 MiB).").arg(kMaxFileSize / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(tr("The saved training session is damaged."));
    }
    if (const auto duplicate = StrictJson::findDuplicateKey(bytes)) {
        return fail(tr("The saved training session is damaged (the key \"%1\" appears twice in the same object).")
                        .arg(duplicate->key));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return fail(tr("This is not a saved MailAuth Wizard training session."));
    }
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (version.isDouble() && version.toDouble() > kSchemaVersion) {
        return fail(tr("This training session was saved by a newer version of MailAuth Wizard."));
    }
    if (!StrictJson::wholeNumber(version, 1, kSchemaVersion)) {
        return fail(tr("The saved training session has no valid format version."));
    }
    if (const QString key =
            unknownKey(root, {QStringLiteral("format"), QStringLiteral("schemaVersion"), QStringLiteral("savedAt"),
                              QStringLiteral("scenario"), QStringLiteral("clock"), QStringLiteral("actions"),
                              QStringLiteral("resolverCache"), QStringLiteral("plan")});
        !key.isEmpty()) {
        return fail(tr("The saved training session has an unknown field \"%1\".").arg(key));
    }
    SavedTrainingSession saved;
    saved.savedAt = QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (!saved.savedAt.isValid()) {
        return fail(tr("The saved training session has no valid save time."));
    }

    // The scenario, from its own text, through the parser that reads a trainer's file.
    const QJsonObject scenario = root.value(QStringLiteral("scenario")).toObject();
    const QString source = scenario.value(QStringLiteral("source")).toString();
    const QString text = scenario.value(QStringLiteral("text")).toString();
    if (!unknownKey(scenario, {QStringLiteral("source"), QStringLiteral("text")}).isEmpty() || source.isEmpty() ||
        source.size() > 4096 || source.contains(u'\n') || text.toUtf8().size() > TrainingScenarioParser::kMaxFileSize) {
        return fail(tr("The saved training session has no valid scenario."));
    }
    QString reason;
    auto parsed = TrainingScenarioParser::parse(text.toUtf8(), source, &reason);
    if (!parsed) {
        return fail(tr("The saved training session's scenario is not valid: %1").arg(reason));
    }
    saved.scenario = std::move(*parsed);

    const QJsonObject clock = root.value(QStringLiteral("clock")).toObject();
    TrainingSessionState& state = saved.state;
    state.clockStartedAt =
        QDateTime::fromString(clock.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const auto now = StrictJson::wholeNumber(clock.value(QStringLiteral("now")), 0, kMaxSessionMs);
    const auto speed = StrictJson::wholeNumber(clock.value(QStringLiteral("speed")), 1, 60);
    if (!unknownKey(clock, {QStringLiteral("startedAt"), QStringLiteral("now"), QStringLiteral("speed"),
                            QStringLiteral("paused")})
             .isEmpty() ||
        !state.clockStartedAt.isValid() || !now || !speed || (*speed != 1 && *speed != 10 && *speed != 60) ||
        !clock.value(QStringLiteral("paused")).isBool()) {
        return fail(tr("The saved training session's clock is not valid."));
    }
    state.nowMs = *now;
    state.speed = static_cast<int>(*speed);
    state.paused = clock.value(QStringLiteral("paused")).toBool();

    if (!root.value(QStringLiteral("actions")).isArray()) {
        return fail(tr("The saved training session has no list of actions."));
    }
    auto journal = TrainingJournal::fromJson(root.value(QStringLiteral("actions")).toArray(), state.nowMs, &reason);
    if (!journal) {
        return fail(tr("The saved training session is not valid: %1").arg(reason));
    }
    state.journal = std::move(*journal);
    // What can be judged without building the world is judged here, so the welcome page never offers a session whose
    // replay is bound to fail (the replay checks the rest: what the panel refuses, a record that is not there).
    const QList<TrainingAction>& actions = state.journal.actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (const QString why = actions[i].outsideOf(saved.scenario); !why.isEmpty()) {
            return fail(
                tr("Action %1 of the saved training session does not belong to its scenario: %2").arg(i + 1).arg(why));
        }
    }

    const QJsonArray cache = root.value(QStringLiteral("resolverCache")).toArray();
    if (!root.value(QStringLiteral("resolverCache")).isArray() || cache.size() > kMaxCacheFills) {
        return fail(tr("The saved training session's resolver caches are not valid."));
    }
    for (const QJsonValue& v : cache) {
        const QJsonObject o = v.toObject();
        const auto resolver =
            StrictJson::wholeNumber(o.value(QStringLiteral("resolver")), 0, TrainingWorld::kResolverCount - 1);
        // Scenarios seed answers fetched up to a day before the start.
        const auto at = StrictJson::wholeNumber(o.value(QStringLiteral("fetchedAt")), -kDayMs, state.nowMs);
        const QString name = InMemoryZone::normalise(o.value(QStringLiteral("name")).toString());
        const auto type = recordTypeFromName(o.value(QStringLiteral("type")).toString());
        if (!v.isObject() ||
            !unknownKey(o, {QStringLiteral("resolver"), QStringLiteral("name"), QStringLiteral("type"),
                            QStringLiteral("fetchedAt")})
                 .isEmpty() ||
            !resolver || !at || !type || !DomainName::isValidDnsName(name)) {
            return fail(tr("The saved training session's resolver caches are not valid."));
        }
        state.resolverCache.append(TrainingWorld::CacheFill{static_cast<int>(*resolver), name, *type, *at});
    }

    // The plan is a project, checked as one, and it must be this scenario's.
    saved.plan = root.value(QStringLiteral("plan")).toObject();
    RolloutPlan check;
    if (!ProjectFile::fromJson(saved.plan, check, &reason)) {
        return fail(tr("The saved training session's plan is not valid: %1").arg(reason));
    }
    QSet<QString> planDomains;
    for (const DomainPlan& d : check.domains()) {
        planDomains.insert(d.ace);
    }
    const QStringList scenarioDomains = saved.scenario.domains();
    if (planDomains != QSet<QString>(scenarioDomains.begin(), scenarioDomains.end())) {
        return fail(tr("The saved training session's plan is not for the domains of its scenario."));
    }
    return saved;
}

std::optional<SavedTrainingSession> TrainingSessionFile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    // Never more than the limit is read, whatever the file is.
    auto saved = parse(file.read(kMaxFileSize + 1), error);
    if (saved) {
        saved->path = path;
    }
    return saved;
}

QString TrainingSessionFile::folder()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/training");
    QDir().mkpath(folder);
    return folder;
}

QString TrainingSessionFile::newPath()
{
    const QString stem = folder() + QStringLiteral("/session-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + QLatin1String(kSuffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(lockPath(path)); ++n) {
        path = stem + u'-' + QString::number(n) + QLatin1String(kSuffix);
    }
    return path;
}

QStringList TrainingSessionFile::interrupted()
{
    QStringList out;
    const QFileInfoList files = QDir(folder()).entryInfoList({u'*' + QLatin1String(kSuffix)}, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        QLockFile lock(lockPath(file.absoluteFilePath()));
        lock.setStaleLockTime(0); // a lesson holds its lock for hours; only a dead owner frees it
        if (lock.tryLock(0)) {
            lock.unlock();
            out.append(file.absoluteFilePath());
        }
    }
    return out;
}

} // namespace mailauth
