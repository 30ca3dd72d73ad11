// Training scenarios (a trainer's own file): the parser, the world file reader, single record lines, and the
// simulated world built from the scenario as a training session does before it opens its servers.
#include "FuzzSupport.h"
#include "model/RolloutPlan.h"
#include "training/TrainingScenario.h"
#include "training/TrainingWorld.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    QString error;
    (void)TrainingScenarioParser::parseWorld(raw, QStringLiteral("fuzz.world"), &error);
    const QString firstLine = fuzz::text(data, size).section(u'\n', 0, 0);
    if (const auto record = TrainingScenarioParser::parseRecord(firstLine, &error)) {
        (void)TrainingWorld::valueText(*record);
    }

    const auto scenario = TrainingScenarioParser::parse(raw, QStringLiteral("fuzz.scenario"), &error);
    if (!scenario) {
        return 0;
    }
    (void)scenario->title.text(QStringLiteral("de"));
    (void)scenario->summary.text();
    for (const TrainingGoal& goal : scenario->goals) {
        (void)trainingGoalText(goal);
    }

    TrainingWorld world;
    world.secondaryDelaySeconds = scenario->secondaryDelaySeconds;
    world.negativeTtlSeconds = static_cast<quint32>(scenario->negativeTtlSeconds);
    for (const QString& zone : scenario->zones) {
        world.addZone(zone);
    }
    for (const DnsRecord& record : scenario->records) {
        world.seed(record);
        (void)TrainingWorld::valueText(record);
        (void)world.answerAt(record.name, record.type, 0);
    }
    for (const ResolverCacheSeed& seed : scenario->resolverCache) {
        world.seedResolverCache(seed.name, seed.type, seed.secondsBeforeStart);
    }
    for (const QString& domain : scenario->domains()) {
        (void)world.zoneOf(domain);
        (void)world.answerAt(domain, RecordType::TXT, 0);
        (void)world.answerAt(QStringLiteral("_dmarc.") + domain, RecordType::TXT, 1000);
    }

    RolloutPlan plan;
    plan.setCloud(scenario->cloud);
    plan.setDnsHost(scenario->dnsHost);
    plan.setClientName(scenario->client);
    plan.setInitialDomain(scenario->tenant);
    plan.setDomains(scenario->domains());
    return 0;
}
