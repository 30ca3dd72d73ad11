#pragma once

#include "M365DkimTarget.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

struct DkimPastedTargets
{
    std::optional<M365DkimTarget> selector1;
    std::optional<M365DkimTarget> selector2;
    QString domain;       // Name/Domain line or "Domain Name :" in the portal text, when present
    QString status;       // CnameMissing, Valid, NoDKIMKeys, ...
    QString enabled;      // True / False
    QStringList problems; // what is missing or inconsistent, for people

    bool complete() const { return selector1 && selector2 && problems.isEmpty(); }
};

// Reads what an admin pastes back from Exchange Online: `Get-DkimSigningConfig | Format-List ...` output (values
// PowerShell wrapped onto the next line, CRLF, extra blanks), the Defender portal's "CNAME record does not exist
// for this config" error text, or the two CNAMEs copied from the portal's domain details (Publish CNAMEs: Hostname /
// Points to address or value, as lines, a table or copied with the page's invisible break hints), and finds the two
// exact selector targets.
class DkimTargetPasteParser
{
    Q_DECLARE_TR_FUNCTIONS(DkimTargetPasteParser)

public:
    static DkimPastedTargets parse(const QString& text);
};

} // namespace mailauth
