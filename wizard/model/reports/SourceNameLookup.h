#pragma once

#include "dns/DnsLookup.h"

#include <QHash>
#include <QStringList>

namespace mailauth {

// The PTR name of each report source, for people to recognise their own servers ("mail.contoso.com") among the
// unknown ones. Follows "Pending and re-run" (ARCHITECTURE.md): step() asks every question it can through the
// DnsLookup and never waits; call it again when the lookup says an answer arrived, until pending() is false. The
// lookup's cache and in-flight cap (ResolverLookup) bound the traffic; each pass only looks at the addresses still
// waiting, so a re-run costs what is left, not the whole list.
//
// A name counts as confirmed when it resolves back to the address (forward-confirmed reverse DNS): the owner of an
// address writes its PTR record and can claim any name, so an unconfirmed name is shown as such. Names are display
// only; the classification never uses them.
class SourceNameLookup
{
public:
    struct Name
    {
        QString name;           // lower case, no trailing dot; empty when there is none or DNS failed
        bool confirmed = false; // the name's A/AAAA records hold the address
        bool failed = false;    // DNS did not answer (not "no name")
    };

    explicit SourceNameLookup(DnsLookup& dns);

    // Addresses that do not parse are answered at once with no name.
    void add(const QStringList& ips);
    // One pass over the addresses still waiting; returns pending().
    bool step();
    bool pending() const { return !m_waiting.isEmpty(); }
    const QHash<QString, Name>& names() const { return m_names; }
    int waiting() const { return static_cast<int>(m_waiting.size()); }

private:
    DnsLookup& m_dns;
    QStringList m_waiting;
    QHash<QString, Name> m_names;
};

} // namespace mailauth
