#pragma once

#include "dns/DnsTypes.h"
#include "model/Catalogue.h"

#include <QCoreApplication>

namespace mailauth {

class TrainingWorld;

enum class PanelMistake
{
    ZoneNameTwice,     // "selector1._domainkey.contoso.com" typed where the panel appends the zone
    TxtInsteadOfCname, // a DKIM target saved as TXT
    QuotesStored,      // quotes typed into a panel that stores them as part of the text
    MissingSemicolon,  // DMARC tags without ';' between them
};

// The trainee's DNS host control panel: it stores what is typed the way a real web panel would (appending the zone
// name to the host field, keeping typed quotes), so the usual mistakes reach DNS and the wizard's checks catch them.
// It also names each mistake, for the trainer's debrief.
class DnsHostPanel
{
    Q_DECLARE_TR_FUNCTIONS(DnsHostPanel)

public:
    struct Entry
    {
        QString host; // "@", "_dmarc", "selector1._domainkey", ...
        QString type; // TXT, CNAME, MX
        QString value;
        quint32 ttl = 3600;
    };
    struct Outcome
    {
        bool saved = false;
        QString error; // why the panel refused it (like a real panel's form validation)
        DnsRecord record;
        QList<PanelMistake> mistakes;
    };

    DnsHostPanel(TrainingWorld& world, DnsHostInfo host);

    Outcome save(const QString& zone, const Entry& entry);
    bool remove(const DnsRecord& record);
    static QString mistakeText(PanelMistake mistake);
    const DnsHostInfo& host() const { return m_host; }

private:
    TrainingWorld& m_world;
    DnsHostInfo m_host;
};

} // namespace mailauth
