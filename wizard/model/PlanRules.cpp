#include "PlanRules.h"

#include "core/DomainName.h"
#include "dkim/M365DkimTarget.h"
#include "spf/SpfRecord.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error != nullptr) {
        *error = message;
    }
    return false;
}

bool isLineBreakOrControl(QChar c)
{
    // U+0085, U+2028 and U+2029 end a line for PowerShell and many editors too.
    return c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029);
}

// Text from a file or a command line, shown in a message: control characters and line separators as \uXXXX, so
// the message stays one line and cannot drive a terminal.
QString printable(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        out += isLineBreakOrControl(c) || c.isSurrogate()
                   ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                   : QString(c);
    }
    return out;
}

} // namespace

bool PlanRules::isSingleLine(const QString& text)
{
    return std::none_of(text.begin(), text.end(), isLineBreakOrControl);
}

bool PlanRules::isValidPersonName(const QString& name)
{
    return isSingleLine(name) && name.size() <= kMaxNameLength && name == name.trimmed();
}

bool PlanRules::checkSpfNetwork(const QString& value, bool v4, QString* error)
{
    SpfPlan probe;
    (v4 ? probe.ip4 : probe.ip6).append(value);
    const SpfComposition composed = SpfComposer::compose(probe);
    if (!isSingleLine(value) || value != value.trimmed() || value.isEmpty() || !composed.errors.isEmpty()) {
        return fail(error, v4 ? SpfComposer::tr("\"%1\" is not an IPv4 address or network.").arg(value)
                              : SpfComposer::tr("\"%1\" is not an IPv6 address or network.").arg(value));
    }
    return true;
}

bool PlanRules::checkSpfInclude(const QString& value, QString* error)
{
    SpfPlan probe;
    probe.includes.append(value);
    const SpfComposition composed = SpfComposer::compose(probe);
    if (!isSingleLine(value) || value != value.trimmed() || value.isEmpty() || !composed.errors.isEmpty()) {
        return fail(error, SpfComposer::tr("\"%1\" is not a domain name that can follow include:.").arg(value));
    }
    return true;
}

bool PlanRules::checkReportAddress(const QString& value, QString* error)
{
    if (!isSingleLine(value) || value != value.trimmed() || !DmarcComposer::mailtoUri(value)) {
        return fail(error, DmarcComposer::tr("\"%1\" is not a valid e-mail address for reports.").arg(value));
    }
    return true;
}

bool PlanRules::checkSelectorTarget(const QString& value, int selector, QString* error)
{
    if (value.isEmpty()) {
        return true;
    }
    const auto target = M365DkimTarget::recognise(value);
    // recognise() trims and its pattern's "$" also matches before a final newline: insist on the exact name.
    if (!target || target->selector != selector || target->target != value || !isSingleLine(value) ||
        !DomainName::isValidDnsName(value)) {
        return fail(error, tr("\"%1\" is not a Microsoft 365 selector%2 target (selector%2-contoso-com._domainkey."
                              "contoso.n-v1.dkim.mail.microsoft).")
                               .arg(value, QString::number(selector)));
    }
    return true;
}

bool PlanRules::isDkimTokenFor(const QString& token, const QString& aceDomain)
{
    const QString expected = aceDomain.toLower().replace(u'.', u'-');
    constexpr qsizetype kMaxLabel = 63;
    if (QStringLiteral("selector1-").size() + expected.size() > kMaxLabel) {
        return true;
    }
    return token.compare(expected, Qt::CaseInsensitive) == 0;
}

bool PlanRules::checkAzureResourceGroup(const QString& name, bool allowEmpty, QString* error)
{
    if (name.isEmpty()) {
        return allowEmpty || fail(error, tr("Enter the Azure resource group that holds the DNS zones (Azure portal, "
                                            "DNS zones > the zone > Resource group)."));
    }
    if (name.size() > kMaxResourceGroupLength) {
        return fail(error, tr("An Azure resource group name has at most %1 characters.").arg(kMaxResourceGroupLength));
    }
    for (const QChar c : name) {
        // .NET's Char.IsLetterOrDigit: the five letter categories and decimal digits, one UTF-16 unit at a time.
        const QChar::Category category = c.category();
        const bool letterOrDigit = category == QChar::Letter_Uppercase || category == QChar::Letter_Lowercase ||
                                   category == QChar::Letter_Titlecase || category == QChar::Letter_Modifier ||
                                   category == QChar::Letter_Other || category == QChar::Number_DecimalDigit;
        if (!letterOrDigit && !QStringLiteral("-_().").contains(c)) {
            return fail(error, tr("\"%1\" is not an Azure resource group name: it may hold only letters, digits and "
                                  "- _ ( ) . (\"%2\" is not allowed).")
                                   .arg(printable(name), printable(QString(c))));
        }
    }
    if (name.endsWith(u'.')) {
        return fail(
            error,
            tr("\"%1\" is not an Azure resource group name: it may not end with a period.").arg(printable(name)));
    }
    return true;
}

bool PlanRules::checkDomain(const RolloutPlan& plan, int index, QString* error)
{
    const DomainPlan& d = plan.domain(index);
    QString reason;
    auto wrong = [&](const QString& field) { return fail(error, tr("%1, %2: %3").arg(d.ace, field, reason)); };
    const auto name = DomainName::fromUserInput(d.ace, &reason);
    if (!name || name->ace() != d.ace) {
        if (reason.isEmpty()) {
            reason = tr("\"%1\" is not a domain name in its DNS (A-label) form.").arg(d.ace);
        }
        return wrong(QStringLiteral("domain"));
    }
    if (!d.zone.isEmpty() && (!DomainName::isValidDnsName(d.zone) || !d.ace.endsWith(u'.' + d.zone))) {
        reason = tr("\"%1\" is not a DNS zone that %2 lies in.").arg(d.zone, d.ace);
        return wrong(QStringLiteral("zone"));
    }
    for (const QString& id : d.senderIds) {
        if (!Catalogue::instance().sender(id)) {
            reason = tr("\"%1\" is not a sender of the catalogue.").arg(id);
            return wrong(QStringLiteral("spf.senders"));
        }
    }
    for (const QString& include : d.extraIncludes) {
        if (!checkSpfInclude(include, &reason)) {
            return wrong(QStringLiteral("spf.includes"));
        }
    }
    for (const auto& [list, v4, field] :
         {std::tuple{&d.ip4, true, QStringLiteral("spf.ip4")}, std::tuple{&d.ip6, false, QStringLiteral("spf.ip6")}}) {
        for (const QString& value : *list) {
            if (!checkSpfNetwork(value, v4, &reason)) {
                return wrong(field);
            }
        }
    }
    if (d.existingSpf.size() > kMaxListLength ||
        !std::all_of(d.existingSpf.begin(), d.existingSpf.end(), [](const QString& r) {
            return isSingleLine(r) && r.size() <= kMaxTextLength && SpfRecord::looksLikeSpf(r);
        })) {
        reason = tr("The existing SPF record holds line breaks or control characters.");
        return wrong(QStringLiteral("spf.existing"));
    }
    for (const QString& term : d.removedSpfTerms) {
        const SpfRecord probe = SpfRecord::parse(QStringLiteral("v=spf1 ") + term);
        if (!isSingleLine(term) || term.size() > kMaxTextLength || !probe.isValid() || probe.terms().size() != 1) {
            reason = tr("\"%1\" is not one SPF term.").arg(term);
            return wrong(QStringLiteral("spf.removed"));
        }
    }
    for (const auto& [text, field] : {std::pair{&d.existingDmarc, QStringLiteral("dmarc.existing")},
                                      std::pair{&d.inheritedDmarc, QStringLiteral("dmarc.inherited")}}) {
        if (!text->isEmpty() &&
            (!isSingleLine(*text) || text->size() > kMaxTextLength || !DmarcRecord::looksLikeDmarc(*text))) {
            reason = tr("The existing DMARC record is damaged.");
            return wrong(field);
        }
    }
    for (const QString& host : d.existingMx) {
        if (host != u"." && (!isSingleLine(host) || !DomainName::isValidDnsName(host))) {
            reason = tr("\"%1\" is not a mail server name.").arg(host);
            return wrong(QStringLiteral("existing.mx"));
        }
    }
    for (const QString& key : d.acceptedWeakenings) {
        if (!isSingleLine(key) || key.size() > kMaxTextLength || d.acceptedWeakenings.size() > kMaxListLength) {
            reason = tr("The list of confirmed changes is damaged.");
            return wrong(QStringLiteral("acceptedWeakenings"));
        }
    }
    for (const QString& address : d.failureReports) {
        if (!checkReportAddress(address, &reason)) {
            return wrong(QStringLiteral("dmarc.ruf"));
        }
    }
    static const QRegularExpression failureOptions(QStringLiteral("^([01ds](:[01ds])*)?$"));
    if (!failureOptions.match(d.failureOptions).hasMatch()) {
        reason = tr("\"%1\" is not a DMARC fo= value (0, 1, d, s, separated by colons).").arg(d.failureOptions);
        return wrong(QStringLiteral("dmarc.fo"));
    }
    if (d.pastedDkimText.size() > kMaxTextLength) {
        reason = tr("The pasted text is longer than %1 characters.").arg(kMaxTextLength);
        return wrong(QStringLiteral("dkim.pasted"));
    }
    for (const auto& [value, selector, field] : {std::tuple{&d.selector1Target, 1, QStringLiteral("dkim.selector1")},
                                                 std::tuple{&d.selector2Target, 2, QStringLiteral("dkim.selector2")}}) {
        if (!checkSelectorTarget(*value, selector, &reason)) {
            return wrong(field);
        }
    }
    for (const QString& address : d.aggregateReports) {
        if (!checkReportAddress(address, &reason)) {
            return wrong(QStringLiteral("dmarc.rua"));
        }
    }
    if (d.currentStage < 0 || (d.currentStage > 0 && d.currentStage >= d.stages.size())) {
        reason = tr("There is no stage %1 in the DMARC plan.").arg(d.currentStage);
        return wrong(QStringLiteral("dmarc.currentStage"));
    }
    for (const Confirmation& c : d.confirmations) {
        if (!c.confirmedAt.isValid() || !isSingleLine(c.value) ||
            !std::all_of(c.servers.begin(), c.servers.end(), isSingleLine)) {
            reason = tr("The confirmation of \"%1\" is damaged.").arg(recordIdKeyword(c.record));
            return wrong(QStringLiteral("confirmations"));
        }
    }
    // What the pages would show as errors is refused too: every export would otherwise lack the record. The
    // existing record is left to checkExportable(): a broken one is published today and the SPF page offers to
    // replace it, so a project saved before that choice must still open.
    const SpfComposition spf = SpfComposer::compose(plan.spfPlan(index));
    if (!spf.errors.isEmpty()) {
        reason = spf.errors.first();
        return wrong(QStringLiteral("spf"));
    }
    const DmarcComposition dmarc = plan.composeDmarc(index);
    if (!dmarc.ok()) {
        reason = dmarc.errors.value(0);
        return wrong(QStringLiteral("dmarc"));
    }
    return true;
}

bool PlanRules::checkExportable(const RolloutPlan& plan, int index, QString* error)
{
    if (!checkDomain(plan, index, error)) {
        return false;
    }
    // A sending domain's record is merged with the one published today; if that fails there is no SPF record to
    // export, and leaving it out silently would look like a complete plan.
    const SpfComposition spf = plan.composeSpf(index);
    if (!spf.ok) {
        const QString reason = spf.errors.value(0, tr("The SPF record cannot be composed."));
        return fail(error, tr("%1, %2: %3").arg(plan.domain(index).ace, QStringLiteral("spf.existing"), reason));
    }
    // A record counted over the limit fails SPF for all mail (permerror): exported only on an explicit yes.
    if (plan.spfOverLimit(index) && !plan.overLimitConfirmed(index)) {
        return fail(error, tr("%1: the SPF record needs %2 DNS lookups, more than the 10 receivers allow, so SPF "
                              "would fail for all mail. Shorten it, or confirm on the SPF page that you publish it "
                              "anyway.")
                               .arg(plan.domain(index).ace)
                               .arg(plan.spfLookupCount(index).value_or(0)));
    }
    // An export is what gets published: it never weakens the domain behind the admin's back.
    if (const QList<Weakening> open = plan.unconfirmedWeakenings(index); !open.isEmpty()) {
        return fail(
            error,
            tr("%1: %2 Confirm this change in the wizard first.").arg(plan.domain(index).ace, open.first().what));
    }
    return true;
}

} // namespace mailauth
