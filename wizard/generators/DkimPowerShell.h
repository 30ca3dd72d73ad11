#pragma once

#include "model/Catalogue.h"

#include <QCoreApplication>
#include <optional>

namespace mailauth {

// The Exchange Online PowerShell for custom-domain DKIM: ExchangeOnlineManagement v3 and Connect-ExchangeOnline only
// (never Basic-auth remoting, New-PSSession or Get-Credential). Every value is validated, then single-quoted.
class DkimPowerShell
{
    Q_DECLARE_TR_FUNCTIONS(DkimPowerShell)

public:
    struct Input
    {
        QString domain; // A-label form
        CloudInfo cloud;
        QString adminUpn; // optional: Connect-ExchangeOnline -UserPrincipalName
    };

    // nullopt with a reason when an input would not be safe or valid in the script.
    static std::optional<QString> setupScript(const Input& input, QString* error = nullptr);
    static std::optional<QString> enableScript(const Input& input, QString* error = nullptr);

    static bool validate(const Input& input, QString* error);
    // Installs/imports the module and connects to the input's cloud; the input must have passed validate().
    static QString connectBlock(const Input& input);
};

} // namespace mailauth
