#pragma once

#include "support/DnsFixtures.h"

#include <QString>
#include <functional>
#include <memory>

namespace mailauth {
class RolloutWizard;
}

namespace mailauth::test {

// A wizard walked through every page with real content, the way the layout and accessibility tests need it: a domain
// that already publishes two SPF records and a strict DMARC record (served by knot on loopback), DKIM with the
// cmdlet's output pasted, DMARC with a report verdict, DNS being watched. `visit` is called on every page once its
// content is there (and for the DKIM page once more with the portal route shown), with a short name of the page.
class PopulatedWizard
{
public:
    PopulatedWizard();
    ~PopulatedWizard();
    PopulatedWizard(const PopulatedWizard&) = delete;
    PopulatedWizard& operator=(const PopulatedWizard&) = delete;

    bool start(QString* error);
    // Creates the wizard at `size` and walks it; returns false (with the reason) if a page could not be reached.
    bool walk(const QSize& size, const std::function<void(RolloutWizard&, const QString& page)>& visit, QString* error);

private:
    KnotServer m_knot;
};

} // namespace mailauth::test
