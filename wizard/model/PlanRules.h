#pragma once

#include "RolloutPlan.h"

#include <QCoreApplication>

namespace mailauth {

// The rules a value must meet to enter a plan, whether a page typed it or a project file brought it: the pages
// show the same composer errors, and a project that breaks a rule is refused on load instead of silently losing a
// record in every export. Each check says which field of which domain is wrong.
class PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)

public:
    static constexpr int kMaxNameLength = 200;   // client and consultant names
    static constexpr int kMaxTextLength = 65536; // pasted DKIM output, an existing SPF record
    static constexpr int kMaxListLength = 1000;  // published records, removed terms, confirmed changes

    // Single-line text: no control characters or line separators (they would break generated files).
    static bool isSingleLine(const QString& text);
    // Client and consultant names as a line edit could hold them (RolloutPlan's setters make typed names so).
    static bool isValidPersonName(const QString& name);
    // An ip4/ip6 entry of the SPF page.
    static bool checkSpfNetwork(const QString& value, bool v4, QString* error);
    // An include of the SPF page.
    static bool checkSpfInclude(const QString& value, QString* error);
    // A report address of the DMARC page.
    static bool checkReportAddress(const QString& value, QString* error);
    // A Microsoft 365 selector CNAME target as read back from the pasted output; empty means not pasted yet.
    static bool checkSelectorTarget(const QString& value, int selector, QString* error);
    // Whether a selector target's domain token ("contoso-com") can be Microsoft's for the domain (its A-label form):
    // Microsoft replaces dots by dashes. A name too long for "selector1-<token>" to fit one DNS label is shortened in
    // a way Microsoft does not document, so any token is accepted for it.
    static bool isDkimTokenFor(const QString& token, const QString& aceDomain);
    // The Azure resource group that holds the DNS zones, by Azure's rules for resource group names: 1 to 90
    // characters, letters and digits (Unicode letters and decimal digits, as .NET's Char.IsLetterOrDigit), '-', '_',
    // '(', ')' and '.', not ending with '.'. Empty means "not entered yet" and passes only when `allowEmpty`.
    static constexpr int kMaxResourceGroupLength = 90;
    static bool checkAzureResourceGroup(const QString& name, bool allowEmpty, QString* error);
    // Everything stored for one domain of the plan.
    static bool checkDomain(const RolloutPlan& plan, int index, QString* error);
    // checkDomain(), and the domain's records can all be composed (the SPF record merges with the existing one).
    static bool checkExportable(const RolloutPlan& plan, int index, QString* error);
};

} // namespace mailauth
