// The AIMD window of one server, without a network: how it falls under load and how it recovers.
#include "dns/InFlightWindow.h"

#include <QList>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QList<InFlightWindow::Ticket> sendMany(InFlightWindow& window, int count)
{
    QList<InFlightWindow::Ticket> tickets;
    for (int i = 0; i < count; ++i) {
        tickets.append(window.sent());
    }
    return tickets;
}

TEST(InFlightWindow, StartsAtTheCapAndFillsUpToIt)
{
    InFlightWindow window(4);
    EXPECT_EQ(window.limit(), 4);
    sendMany(window, 3);
    EXPECT_TRUE(window.hasRoom());
    window.sent();
    EXPECT_FALSE(window.hasRoom());
    EXPECT_EQ(InFlightWindow(0).limit(), 1);
}

TEST(InFlightWindow, HalvesWhatWasInFlightOncePerFlight)
{
    InFlightWindow window(64);
    const auto tickets = sendMany(window, 20);
    window.answered(tickets[0]);
    for (int i = 15; i < 20; ++i) {
        window.overloaded(tickets[i]); // a share of the answers fail: the server is overloaded
    }
    EXPECT_EQ(window.limit(), 10); // 20 were in flight when the last one went out: it copes with about 10
    for (int i = 1; i < 15; ++i) {
        window.overloaded(tickets[i]); // the same congestion event: no second halving
    }
    EXPECT_EQ(window.limit(), 10);
    const auto later = sendMany(window, 2);
    window.overloaded(later[1]); // sent after the decrease: a new one
    EXPECT_LT(window.limit(), 10);
    EXPECT_GE(window.limit(), 1);
}

TEST(InFlightWindow, AFewFailuresAmongManyGoodAnswersKeepTheWindow)
{
    InFlightWindow window(128);
    for (int round = 0; round < 3; ++round) {
        const auto tickets = sendMany(window, 100);
        for (int i = 0; i < 97; ++i) {
            window.answered(tickets[i]);
        }
        for (int i = 97; i < 100; ++i) {
            window.overloaded(tickets[i]); // broken domains, not a busy resolver
        }
    }
    EXPECT_EQ(window.limit(), 128);
}

TEST(InFlightWindow, SaysWhetherTheWindowCameDownSinceTheQuestionWentOut)
{
    InFlightWindow window(128);
    const auto tickets = sendMany(window, 128);
    window.answered(tickets[0]);
    EXPECT_FALSE(window.overloaded(tickets[127])); // one failure in a window of 128: a fair try that failed
    for (int i = 112; i < 127; ++i) {
        window.overloaded(tickets[i]); // more of them: overload
    }
    EXPECT_GE(window.limit(), 56); // half of the 113 to 127 in flight when the deciding one went out
    EXPECT_LE(window.limit(), 64);
    EXPECT_TRUE(window.overloaded(tickets[111])); // asked at the load that caused it: not a fair try
}

TEST(InFlightWindow, AServerThatNeverAnsweredIsNotOverloaded)
{
    InFlightWindow window(32);
    const auto tickets = sendMany(window, 32);
    for (const auto& t : tickets) {
        EXPECT_FALSE(window.overloaded(t));
    }
    EXPECT_EQ(window.limit(), 32);
    EXPECT_FALSE(window.hasAnswered());
    EXPECT_EQ(window.inFlight(), 0);
}

TEST(InFlightWindow, NeverBelowOne)
{
    InFlightWindow window(8);
    window.answered(window.sent());
    for (int i = 0; i < 10; ++i) {
        const auto a = window.sent();
        const auto b = window.sent();
        window.overloaded(b);
        window.released(a);
    }
    EXPECT_EQ(window.limit(), 1);
    EXPECT_TRUE(window.hasRoom());
}

TEST(InFlightWindow, RecoversByAboutOnePerWindowOfAnswersUpToTheCap)
{
    InFlightWindow window(64);
    auto tickets = sendMany(window, 20);
    window.answered(tickets[0]);
    for (int i = 15; i < 20; ++i) {
        window.overloaded(tickets[i]);
    }
    ASSERT_EQ(window.limit(), 10);
    int answers = 0;
    while (window.limit() < 11) {
        window.answered(window.sent());
        ++answers;
    }
    EXPECT_GE(answers, 9); // additive: one more question per round trip, not a jump back
    EXPECT_LE(answers, 11);
    for (int i = 0; i < 10000; ++i) {
        window.answered(window.sent());
    }
    EXPECT_EQ(window.limit(), 64);
}

} // namespace
