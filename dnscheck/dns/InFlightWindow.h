#pragma once

#include <QtGlobal>

namespace mailauth {

// How many questions one server may have in flight: an AIMD window between 1 and the user's cap. It starts at the
// cap (the cap is what the user allows; only the server's own signals lower it), halves when the server answers
// REFUSED or SERVFAIL under load, and grows by one question per window of good answers, back up to the cap.
//
// A decrease counts once per flight: questions sent before the last decrease belong to the congestion event that
// caused it, so their failures do not halve the window again (TCP's "once per round trip"). And it needs a share of
// failures, not one: a resolver also answers SERVFAIL for a broken domain and REFUSED for a name it will not serve,
// and such answers, a few among a window of good ones, must not shrink the window for everybody else.
class InFlightWindow
{
public:
    // Handed out by sent() and given back with the outcome of that question.
    struct Ticket
    {
        quint64 epoch = 0; // the number of decreases before the question was sent
        int load = 0;      // questions in flight at this server once it was sent, itself included
    };

    explicit InFlightWindow(int cap);

    int cap() const { return m_cap; }
    // The number of questions that may be in flight now.
    int limit() const;
    int inFlight() const { return m_inFlight; }
    bool hasRoom() const { return m_inFlight < limit(); }
    // True once the server has given one good answer: a server that never has is refusing, not overloaded.
    bool hasAnswered() const { return m_answered; }

    Ticket sent();
    // A good answer (records, NODATA, NXDOMAIN): the server copes.
    void answered(const Ticket& ticket);
    // REFUSED or SERVFAIL while other questions were in flight: the server may be overloaded. True when the window
    // has come down since the question went out (now or before): it was asked at a load the server could not take.
    bool overloaded(const Ticket& ticket);
    // Any other end of a question (timeout, unreachable, a failure that stands): no signal about load.
    void released(const Ticket& ticket);

private:
    // Failures among the last window or so of answers (exponentially weighted) from which on they mean overload.
    static constexpr double kOverloadShare = 1.0 / 16.0;

    void sample(double failure);

    int m_cap;
    double m_window;
    double m_failureShare = 0.0;
    int m_inFlight = 0;
    quint64 m_epoch = 0;
    bool m_answered = false;
};

} // namespace mailauth
