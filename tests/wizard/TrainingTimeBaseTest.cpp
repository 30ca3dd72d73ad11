// One time base in training (issue 12): the propagation panel shows ETAs in the session's simulated time, counts
// them down between two answers, and stops with the paused clock; the resolver's negative cache of the "fresh
// domain" lesson is what it counts down.
#include "model/RolloutPlan.h"
#include "training/TrainingSession.h"
#include "ui/widgets/PropagationPanel.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

// "12 min 40 s" -> 760; "45 s" -> 45; -1 for anything else.
int shownSeconds(const QString& text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts[1] == u"s") {
        return parts[0].toInt();
    }
    if (parts.size() == 4 && parts[1] == u"min" && parts[3] == u"s") {
        return parts[0].toInt() * 60 + parts[2].toInt();
    }
    return -1;
}

} // namespace

TEST(TrainingTimeBase, PanelCountsDownInSimulatedTimeAndStopsWhenPaused)
{
    QString error;
    auto scenario =
        TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    ASSERT_TRUE(scenario.has_value()) << error.toStdString();
    TrainingSession session(*scenario);
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    RolloutPlan plan;
    plan.setTimeBase(&session.world().clock());

    // Nothing is published: the resolver answers from its negative cache and the watcher waits for it to expire.
    PropagationExpectation e;
    e.name = QStringLiteral("_dmarc.fabrikam.example");
    e.type = RecordType::TXT;
    e.value = QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@fabrikam.example");
    e.zone = QStringLiteral("fabrikam.example");
    PropagationWatcher watcher(e, {VantagePoint::custom(session.world().resolverServers()[0])});
    watcher.setQueryTimeout(500, 2);
    watcher.setTimeLimit(60);
    PropagationPanel panel;
    panel.setTimeSource(&plan);
    panel.bind(&watcher, QString(), QString());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    watcher.start();
    auto* table = panel.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    auto eta = [&]() { return table->item(0, 4) != nullptr ? shownSeconds(table->item(0, 4)->text()) : -1; };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return eta() > 0; }, 5000));
    // About 780 simulated seconds are left (13 wall-clock seconds at 60x): the panel says minutes, not seconds.
    const int first = eta();
    EXPECT_GT(first, 600);
    EXPECT_LE(first, 780);

    // It counts down between answers, in simulated seconds (60 per wall-clock second).
    QTest::qWait(2100);
    const int later = eta();
    EXPECT_LT(later, first - 60);
    EXPECT_GT(later, first - 200);

    // Paused: the simulated clock stands, and so does the ETA; the summary says why.
    session.world().clock().setPaused(true);
    QTest::qWait(1100); // one tick of the panel
    const int paused = eta();
    QTest::qWait(2100);
    EXPECT_EQ(eta(), paused);
    QString summary;
    for (QLabel* label : panel.findChildren<QLabel*>()) {
        summary += label->text();
    }
    EXPECT_TRUE(summary.contains(QStringLiteral("paused"))) << summary.toStdString();
    watcher.cancel();
}
