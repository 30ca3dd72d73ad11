#include "InFlightWindow.h"

#include <algorithm>

namespace mailauth {

InFlightWindow::InFlightWindow(int cap)
    : m_cap(std::max(1, cap))
    , m_window(m_cap)
{
}

int InFlightWindow::limit() const
{
    return std::max(1, static_cast<int>(m_window));
}

InFlightWindow::Ticket InFlightWindow::sent()
{
    ++m_inFlight;
    return Ticket{m_epoch, m_inFlight};
}

void InFlightWindow::sample(double failure)
{
    const double weight = 1.0 / limit();
    m_failureShare += weight * (failure - m_failureShare);
}

void InFlightWindow::answered(const Ticket& ticket)
{
    released(ticket);
    sample(0.0);
    m_answered = true;
    // +1/window per answer is +1 per round trip while the window is full: a slow probe for the server's limit.
    m_window = std::min(static_cast<double>(m_cap), m_window + 1.0 / m_window);
}

bool InFlightWindow::overloaded(const Ticket& ticket)
{
    released(ticket);
    sample(1.0);
    if (m_answered && ticket.epoch == m_epoch && m_failureShare >= kOverloadShare) {
        // Half of what was actually in flight, not of a window that may never have been filled.
        m_window = std::max(1.0, std::min(m_window, static_cast<double>(ticket.load)) / 2.0);
        ++m_epoch;
    }
    return ticket.epoch != m_epoch;
}

void InFlightWindow::released(const Ticket& /*ticket*/)
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

} // namespace mailauth
