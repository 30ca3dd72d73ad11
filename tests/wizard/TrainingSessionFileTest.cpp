// A training session saved and resumed: the learner's actions replayed into a new world at their simulated times,
// the clock, the resolvers' caches and the plan as they were; and a saved file checked as strictly as the pages.
#include "training/TrainingSessionFile.h"

#include "dns/ResolverLookup.h"
#include "model/ProjectFile.h"
#include "model/RolloutPlan.h"
#include "training/TrainingSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

const QString kDomain = QStringLiteral("fabrikam.example");

TrainingScenario freshDomain()
{
    QString error;
    auto s = TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    EXPECT_TRUE(s.has_value()) << error.toStdString();
    return s.value_or(TrainingScenario{});
}

void askResolver(const DnsServerAddress& server, const QString& name, RecordType type)
{
    ResolverLookup lookup({AresChannel::Options{server, false, 1000, 2}});
    EXPECT_TRUE(QTest::qWaitFor([&]() { return lookup.lookup(name, type).status != DnsStatus::Pending; }, 5000));
}

// Every record a zone has held, as text, with the times it appeared and went: the zone's whole history.
std::string history(TrainingWorld& world, const QString& zone, const QList<qint64>& times)
{
    QStringList out;
    // The selectors' TXT would follow the CNAME to Microsoft's key, which a resumed world makes anew.
    const QList<std::pair<QString, RecordType>> questions{
        {zone, RecordType::TXT},
        {QStringLiteral("_dmarc.") + zone, RecordType::TXT},
        {QStringLiteral("selector1._domainkey.") + zone, RecordType::CNAME},
        {QStringLiteral("selector2._domainkey.") + zone, RecordType::CNAME}};
    for (qint64 at : times) {
        for (const auto& [name, type] : questions) {
            for (const DnsRecord& r : world.answerAt(name, type, at).recordsOfType(type)) {
                out.append(QStringLiteral("%1 %2 %3 %4 %5")
                               .arg(at)
                               .arg(r.name, recordTypeName(r.type), TrainingWorld::valueText(r))
                               .arg(r.ttl));
            }
        }
    }
    return out.join(u'\n').toStdString();
}

QList<std::tuple<int, QString, int, qint64>> fills(const TrainingWorld& world)
{
    QList<std::tuple<int, QString, int, qint64>> out;
    for (const auto& f : world.cacheFills()) {
        out.append({f.resolver, f.name, static_cast<int>(f.type), f.fetchedAtMs});
    }
    return out;
}

// A session with a learner's morning in it: an SPF record, DKIM set up and switched on, a record deleted and typed
// again, the speed changed and the resolvers asked.
struct Morning
{
    TrainingSession session{freshDomain()};
    RolloutPlan plan;
    QList<qint64> times;

    Morning()
    {
        QString error;
        EXPECT_TRUE(session.start(&error)) << error.toStdString();
        TrainingClock& clock = session.world().clock();
        clock.setPaused(true);
        session.applyTo(plan);
        plan.setTimeBase(&clock);
        const auto save = [this](const QString& host, const QString& type, const QString& value) {
            const auto outcome = session.saveRecord(kDomain, {host, type, value, 600});
            EXPECT_TRUE(outcome.saved) << outcome.error.toStdString();
            times.append(session.world().clock().nowMs());
        };
        save(QStringLiteral("@"), QStringLiteral("TXT"),
             QStringLiteral("v=spf1 include:spf.protection.outlook.com ~all"));
        clock.skip(600);
        session.runSetup(kDomain);
        session.runSetup(kDomain); // a second run only lists the config: nothing to replay
        for (int s : {1, 2}) {
            save(QStringLiteral("selector%1._domainkey").arg(s), QStringLiteral("CNAME"),
                 session.exchange().selectorTarget(kDomain, s));
        }
        clock.skip(2 * 86400);
        EXPECT_TRUE(session.runEnable(kDomain).contains(QStringLiteral("Valid")));
        times.append(clock.nowMs());
        askResolver(session.world().resolverServers().first(), kDomain, RecordType::TXT);
        clock.skip(1800);
        EXPECT_TRUE(session.removeRecord(kDomain, RecordType::TXT,
                                         QStringLiteral("v=spf1 include:spf.protection.outlook.com ~all")));
        times.append(clock.nowMs());
        clock.skip(60);
        save(QStringLiteral("@"), QStringLiteral("TXT"),
             QStringLiteral("v=spf1 include:spf.protection.outlook.com -all"));
        askResolver(session.world().resolverServers().last(), QStringLiteral("_dmarc.") + kDomain, RecordType::TXT);
        clock.skip(30);
        clock.setSpeed(10);
        times.append(clock.nowMs());
        plan.setConsultantName(QStringLiteral("Ada Trainer"));
        plan.setLastPage(4);
    }
};

SavedTrainingSession roundTrip(const Morning& m)
{
    QString error;
    auto saved = TrainingSessionFile::parse(
        TrainingSessionFile::toBytes(m.session, m.plan, QDateTime::currentDateTimeUtc()), &error);
    EXPECT_TRUE(saved.has_value()) << error.toStdString();
    return saved.value_or(SavedTrainingSession{});
}

} // namespace

TEST(TrainingSessionFile, ResumingRebuildsTheWorldTheClockTheCachesAndThePlan)
{
    Morning m;
    // Only changes are journaled: the SPF, the key script once, two CNAMEs, the enable, the delete and the new SPF.
    ASSERT_EQ(m.session.journal().actions().size(), 7);
    const SavedTrainingSession saved = roundTrip(m);
    EXPECT_EQ(saved.scenario.id, QStringLiteral("fresh-domain"));
    EXPECT_EQ(saved.state.journal.actions(), m.session.journal().actions());

    TrainingSession resumed(saved.scenario);
    QString error;
    ASSERT_TRUE(resumed.start(&error)) << error.toStdString();
    ASSERT_TRUE(resumed.restore(saved.state, &error)) << error.toStdString();

    // The zones hold the same records and had them at the same simulated times.
    QList<qint64> times = m.times;
    times.append({0, m.times.first() + 1, m.times.last() - 1});
    EXPECT_EQ(history(resumed.world(), kDomain, times), history(m.session.world(), kDomain, times));
    EXPECT_NE(history(resumed.world(), kDomain, times).find("CNAME"), std::string::npos);
    EXPECT_TRUE(resumed.exchange().isEnabled(kDomain));
    EXPECT_EQ(resumed.exchange().selectorTarget(kDomain, 1), m.session.exchange().selectorTarget(kDomain, 1));
    // The replay journals the same actions again, so the next save is the same session.
    EXPECT_EQ(resumed.journal().actions(), m.session.journal().actions());

    // The clock: the same start date, time elapsed and speed; paused as it was.
    const TrainingClock& clock = resumed.world().clock();
    EXPECT_EQ(clock.startedAt(), m.session.world().clock().startedAt());
    EXPECT_EQ(clock.nowMs(), m.session.world().clock().nowMs());
    EXPECT_EQ(clock.speed(), 10);
    EXPECT_TRUE(clock.isPaused());

    // The resolvers hold what they had fetched, fetched at the same times.
    EXPECT_EQ(fills(resumed.world()), fills(m.session.world()));
    EXPECT_GE(fills(m.session.world()).size(), 2);

    // The plan, as a project.
    RolloutPlan plan;
    resumed.applyTo(plan);
    ASSERT_TRUE(ProjectFile::fromJson(saved.plan, plan, &error)) << error.toStdString();
    EXPECT_EQ(plan.consultantName(), QStringLiteral("Ada Trainer"));
    EXPECT_EQ(plan.lastPage(), 4);
    EXPECT_EQ(plan.resolvers, resumed.world().resolverServers()); // the new world's servers, not the old ports
}

TEST(TrainingSessionFile, ResumedDkimSignsWithTheNewWorldsKey)
{
    Morning m;
    const SavedTrainingSession saved = roundTrip(m);
    TrainingSession resumed(saved.scenario);
    QString error;
    ASSERT_TRUE(resumed.start(&error));
    ASSERT_TRUE(resumed.restore(saved.state, &error)) << error.toStdString();
    // The key records behind the selectors were published again with this world's key, which signs its mail.
    const QString keyName = resumed.exchange().selectorTarget(kDomain, 1);
    const DnsAnswer key = resumed.world().answerAt(keyName, RecordType::TXT, resumed.world().clock().nowMs());
    ASSERT_EQ(key.recordsOfType(RecordType::TXT).size(), 1);
    const QByteArray message = resumed.exchange().testMessage(kDomain);
    EXPECT_TRUE(message.contains(QByteArray("d=" + kDomain.toLatin1())));
    const DnsAnswer oldKey = m.session.world().answerAt(keyName, RecordType::TXT, m.session.world().clock().nowMs());
    EXPECT_NE(key.recordsOfType(RecordType::TXT).first().txtJoined(),
              oldKey.recordsOfType(RecordType::TXT).first().txtJoined());
}

TEST(TrainingSessionFile, ReplayRefusesActionsThatDoNotApplyToTheScenario)
{
    Morning m;
    const SavedTrainingSession saved = roundTrip(m);
    struct Case
    {
        const char* what;
        std::function<void(TrainingAction&)> change;
        const char* reason;
    };
    const QList<Case> cases{
        {"a record that was never there is deleted",
         [](TrainingAction& a) {
             a.kind = TrainingAction::Kind::RemoveRecord;
             a.name = kDomain;
             a.type = QStringLiteral("TXT");
             a.value = QStringLiteral("v=spf1 a -all");
         },
         "no record"},
        {"a record is typed into Microsoft's zone", [](TrainingAction& a) { a.zone = QStringLiteral("outlook.com"); },
         "not one of this scenario"},
        {"the panel refuses the host name", [](TrainingAction& a) { a.entry.host = QStringLiteral("bad host!"); },
         "refuses"},
        {"signing is switched on before the CNAMEs exist",
         [](TrainingAction& a) {
             const qint64 at = a.atMs;
             a = TrainingAction::forDomain(TrainingAction::Kind::RunEnable, kDomain);
             a.atMs = at;
         },
         "cannot have switched signing on"},
        {"the key script runs for a domain outside the scenario",
         [](TrainingAction& a) {
             const qint64 at = a.atMs;
             a = TrainingAction::forDomain(TrainingAction::Kind::RunSetup, QStringLiteral("x.example"));
             a.atMs = at;
         },
         "cannot have created"},
    };
    for (const Case& c : cases) {
        TrainingSessionState state = saved.state;
        QList<TrainingAction> actions = state.journal.actions();
        c.change(actions.first());
        state.journal = TrainingJournal{};
        for (const TrainingAction& a : actions) {
            state.journal.append(a);
        }
        TrainingSession resumed(saved.scenario);
        QString error;
        ASSERT_TRUE(resumed.start(&error));
        EXPECT_FALSE(resumed.restore(state, &error)) << c.what;
        EXPECT_TRUE(error.contains(QLatin1String(c.reason))) << c.what << ": " << error.toStdString();
        EXPECT_TRUE(error.startsWith(QStringLiteral("Action 1 "))) << error.toStdString();
    }
}

TEST(TrainingSessionFile, RefusesFilesThePagesWouldNotHaveWritten)
{
    Morning m;
    const QByteArray good = TrainingSessionFile::toBytes(m.session, m.plan, QDateTime::currentDateTimeUtc());
    const QJsonObject root = QJsonDocument::fromJson(good).object();
    struct Case
    {
        const char* what;
        std::function<void(QJsonObject&)> change;
        const char* reason;
    };
    const auto action = [](QJsonObject& o, int i, const QString& key, const QJsonValue& value) {
        QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
        QJsonObject a = actions[i].toObject();
        a.insert(key, value);
        actions[i] = a;
        o.insert(QStringLiteral("actions"), actions);
    };
    const auto clock = [](QJsonObject& o, const QString& key, const QJsonValue& value) {
        QJsonObject c = o.value(QStringLiteral("clock")).toObject();
        c.insert(key, value);
        o.insert(QStringLiteral("clock"), c);
    };
    const QList<Case> cases{
        {"a project file", [](QJsonObject& o) { o = o.value(QStringLiteral("plan")).toObject(); }, "not a saved"},
        {"a newer format", [](QJsonObject& o) { o.insert(QStringLiteral("schemaVersion"), 2); }, "newer version"},
        {"an unknown field", [](QJsonObject& o) { o.insert(QStringLiteral("extra"), 1); }, "unknown field \"extra\""},
        {"a speed the panel does not offer", [&](QJsonObject& o) { clock(o, QStringLiteral("speed"), 7); }, "clock"},
        {"a negative time", [&](QJsonObject& o) { clock(o, QStringLiteral("now"), -1); }, "clock"},
        {"a fractional time", [&](QJsonObject& o) { clock(o, QStringLiteral("now"), 1.5); }, "clock"},
        {"an action after the session's time",
         [&](QJsonObject& o) {
             action(o, 6, QStringLiteral("at"),
                    o.value(QStringLiteral("clock")).toObject().value(QStringLiteral("now")).toDouble() + 1);
         },
         "not a simulated time"},
        {"actions out of order",
         [&](QJsonObject& o) {
             action(o, 1, QStringLiteral("at"), 0.0);
             action(o, 0, QStringLiteral("at"), 5.0);
         },
         "older than the action before"},
        {"a TTL the panel does not allow", [&](QJsonObject& o) { action(o, 0, QStringLiteral("ttl"), 59); }, "TTL"},
        {"a record typed into a zone the scenario does not have",
         [&](QJsonObject& o) { action(o, 0, QStringLiteral("zone"), QStringLiteral("outlook.com")); },
         "does not belong to its scenario"},
        {"the key script run for another domain",
         [&](QJsonObject& o) { action(o, 1, QStringLiteral("domain"), QStringLiteral("contoso.example")); },
         "does not belong to its scenario"},
        {"an unknown action",
         [&](QJsonObject& o) { action(o, 0, QStringLiteral("action"), QStringLiteral("dropZone")); }, "not an action"},
        {"an unknown field in an action", [&](QJsonObject& o) { action(o, 0, QStringLiteral("owner"), 1); },
         "unknown field \"owner\""},
        {"a value longer than the panel's field",
         [&](QJsonObject& o) { action(o, 0, QStringLiteral("value"), QString(40000, u'a')); }, "at most"},
        {"a damaged scenario",
         [](QJsonObject& o) {
             o.insert(QStringLiteral("scenario"), QJsonObject{{QStringLiteral("source"), QStringLiteral("x.scenario")},
                                                              {QStringLiteral("text"), QStringLiteral("format = no")}});
         },
         "scenario is not valid"},
        {"a plan for other domains",
         [](QJsonObject& o) {
             QJsonObject plan = o.value(QStringLiteral("plan")).toObject();
             QJsonArray domains = plan.value(QStringLiteral("domains")).toArray();
             QJsonObject d = domains[0].toObject();
             d.insert(QStringLiteral("domain"), QStringLiteral("other.example"));
             domains[0] = d;
             plan.insert(QStringLiteral("domains"), domains);
             o.insert(QStringLiteral("plan"), plan);
         },
         "not for the domains"},
        {"a plan the pages refuse",
         [](QJsonObject& o) {
             QJsonObject plan = o.value(QStringLiteral("plan")).toObject();
             plan.insert(QStringLiteral("cloud"), QStringLiteral("mars"));
             o.insert(QStringLiteral("plan"), plan);
         },
         "unknown Microsoft cloud"},
        {"a third resolver",
         [](QJsonObject& o) {
             QJsonArray cache = o.value(QStringLiteral("resolverCache")).toArray();
             QJsonObject f = cache[0].toObject();
             f.insert(QStringLiteral("resolver"), 2);
             cache[0] = f;
             o.insert(QStringLiteral("resolverCache"), cache);
         },
         "resolver caches"},
    };
    for (const Case& c : cases) {
        QJsonObject changed = root;
        c.change(changed);
        QString error;
        EXPECT_FALSE(TrainingSessionFile::parse(QJsonDocument(changed).toJson(), &error).has_value()) << c.what;
        EXPECT_TRUE(error.contains(QLatin1String(c.reason))) << c.what << ": " << error.toStdString();
    }
    QString error;
    EXPECT_FALSE(TrainingSessionFile::parse(good.left(good.size() / 2), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("damaged")));
    QByteArray twice = good;
    twice.insert(1, "\"savedAt\":\"2026-01-01T00:00:00Z\",");
    EXPECT_FALSE(TrainingSessionFile::parse(twice, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("appears twice"))) << error.toStdString();
    EXPECT_TRUE(TrainingSessionFile::parse(good, &error).has_value()) << error.toStdString();
}

TEST(TrainingSessionFile, InterruptedSessionsAreThoseNoRunningAppHolds)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("training-file-test-") +
                                         QString::number(QCoreApplication::applicationPid()));
    QDir(TrainingSessionFile::folder()).removeRecursively();
    const QString older = TrainingSessionFile::newPath();
    QFile f(older);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
    f.close();
    const QString newer = TrainingSessionFile::newPath();
    EXPECT_NE(newer, older);
    QFile newerFile(newer);
    ASSERT_TRUE(newerFile.open(QIODevice::WriteOnly));
    newerFile.close();
    EXPECT_EQ(TrainingSessionFile::interrupted(), (QStringList{newer, older}));

    // A running session holds its lock: not offered.
    {
        QLockFile running(TrainingSessionFile::lockPath(newer));
        ASSERT_TRUE(running.tryLock(0));
        EXPECT_EQ(TrainingSessionFile::interrupted(), QStringList{older});
    }
    // The lock of an app that crashed names a process that is gone: offered again.
    QByteArray lockText;
    {
        QLockFile mine(TrainingSessionFile::lockPath(newer));
        ASSERT_TRUE(mine.tryLock(0));
        QFile lock(TrainingSessionFile::lockPath(newer));
        ASSERT_TRUE(lock.open(QIODevice::ReadOnly));
        lockText = lock.readAll();
    }
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    ASSERT_TRUE(gone.waitForStarted(5000));
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished(5000));
    lockText.replace(0, lockText.indexOf('\n'), QByteArray::number(deadPid));
    QFile stale(TrainingSessionFile::lockPath(newer));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(lockText);
    stale.close();
    EXPECT_EQ(TrainingSessionFile::interrupted(), (QStringList{newer, older}));
    QDir(TrainingSessionFile::folder()).removeRecursively();
}
