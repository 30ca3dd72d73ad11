#include "MicrosoftAntispamHeaders.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

constexpr int kMaxFields = 200;

} // namespace

// Members (not free functions) so that tr() carries this class's context where lupdate finds it.
QString MicrosoftAntispamHeaders::meaningOf(const QString& name, const QString& value)
{
    const QString v = value.toUpper();
    if (name == u"SFV") {
        if (v == u"NSPM")
            return tr("not spam: delivered to the recipients");
        if (v == u"SPM")
            return tr("spam: spam filtering marked it");
        if (v == u"BLK")
            return tr("blocked: the sender is on the recipient's Blocked Senders list");
        if (v == u"SFE")
            return tr("allowed: the sender is on the recipient's Safe Senders list");
        if (v == u"SKA")
            return tr("skipped: the sender is on an allowed list of an anti-spam policy");
        if (v == u"SKB")
            return tr("spam: the sender is on a blocked list of an anti-spam policy");
        if (v == u"SKI")
            return tr("skipped: mail inside the organisation");
        if (v == u"SKN")
            return tr("skipped: marked as not spam before filtering (e.g. a mail flow rule)");
        if (v == u"SKQ")
            return tr("released from quarantine");
        if (v == u"SKS")
            return tr("spam: marked as spam before filtering (e.g. a mail flow rule)");
        return {};
    }
    if (name == u"SCL") {
        bool ok = false;
        const int scl = value.toInt(&ok);
        if (!ok)
            return {};
        if (scl == -1)
            return tr("spam filtering skipped (trusted sender or rule)");
        if (scl == 0 || scl == 1)
            return tr("not spam");
        if (scl == 5 || scl == 6)
            return tr("spam");
        if (scl == 9)
            return tr("high confidence spam");
        return {};
    }
    if (name == u"CAT") {
        if (v == u"NONE")
            return tr("no protection policy applied");
        if (v == u"BULK")
            return tr("bulk mail");
        if (v == u"SPM")
            return tr("spam");
        if (v == u"HSPM")
            return tr("high confidence spam");
        if (v == u"PHSH")
            return tr("phishing");
        if (v == u"HPHSH" || v == u"HPHISH")
            return tr("high confidence phishing");
        if (v == u"SPOOF")
            return tr("spoofing: the sender failed authentication (SPF/DKIM/DMARC, compauth)");
        if (v == u"MALW")
            return tr("malware");
        if (v == u"DIMP")
            return tr("domain impersonation");
        if (v == u"UIMP")
            return tr("user impersonation");
        if (v == u"GIMP")
            return tr("mailbox intelligence impersonation");
        if (v == u"OSPM")
            return tr("outbound spam");
        if (v == u"INTOS")
            return tr("phishing inside the organisation");
        if (v == u"AMP")
            return tr("anti-malware");
        if (v == u"SAP")
            return tr("Safe Attachments");
        if (v == u"FTBP")
            return tr("blocked file type");
        return {};
    }
    if (name == u"IPV") {
        if (v == u"CAL")
            return tr("filtering skipped: the IP address is on the IP Allow List");
        if (v == u"NLI")
            return tr("the IP address is on no reputation list");
        return {};
    }
    if (name == u"DIR") {
        if (v == u"INB")
            return tr("inbound: from outside the organisation");
        if (v == u"OUT")
            return tr("outbound: sent from the organisation");
        if (v == u"INT")
            return tr("inside the organisation");
        return {};
    }
    if (name == u"CIP")
        return tr("the connecting IP address");
    if (name == u"CTRY")
        return value.isEmpty() ? QString() : tr("the country of the connecting IP address");
    if (name == u"PTR")
        return value.isEmpty() ? tr("the connecting IP address has no reverse DNS name")
                               : tr("the reverse DNS name of the connecting IP address");
    if (name == u"LANG")
        return tr("the language of the message");
    if (name == u"H")
        return tr("the HELO/EHLO name of the connecting server");
    return {};
}

QString MicrosoftAntispamHeaders::describeBcl(int bcl)
{
    if (bcl == 0)
        return tr("not from a bulk sender");
    if (bcl <= 3)
        return tr("from a bulk sender that generates few complaints");
    if (bcl <= 7)
        return tr("from a bulk sender that generates a mixed number of complaints");
    return tr("from a bulk sender that generates many complaints");
}

QList<AntispamField> MicrosoftAntispamHeaders::parseForefront(const QString& value)
{
    QList<AntispamField> fields;
    for (const QString& piece : value.split(u';', Qt::SkipEmptyParts)) {
        if (fields.size() >= kMaxFields) {
            break;
        }
        const QString item = piece.simplified();
        const qsizetype colon = item.indexOf(u':');
        if (item.isEmpty() || colon <= 0) {
            continue;
        }
        AntispamField f;
        f.name = item.left(colon).trimmed().toUpper();
        f.value = item.mid(colon + 1).trimmed();
        f.meaning = meaningOf(f.name, f.value);
        fields.append(f);
    }
    return fields;
}

std::optional<AntispamField> MicrosoftAntispamHeaders::field(QStringView name) const
{
    for (const AntispamField& f : forefront) {
        if (QStringView(f.name).compare(name, Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return std::nullopt;
}

MicrosoftAntispamHeaders MicrosoftAntispamHeaders::read(const MessageHeaders& message)
{
    MicrosoftAntispamHeaders h;
    // The topmost stamp is the one the recipient's tenant wrote last.
    const auto forefront = message.all(u"X-Forefront-Antispam-Report");
    if (!forefront.isEmpty()) {
        h.present = true;
        h.forefront = parseForefront(forefront.first().value);
        if (const auto scl = h.field(u"SCL")) {
            bool ok = false;
            const int v = scl->value.toInt(&ok);
            if (ok) {
                h.scl = v;
            }
        }
    }
    const auto antispam = message.all(u"X-Microsoft-Antispam");
    if (!antispam.isEmpty()) {
        h.present = true;
        static const QRegularExpression bcl(QStringLiteral("(?:^|;)\\s*BCL\\s*:\\s*(\\d)\\s*(?:;|$)"),
                                            QRegularExpression::CaseInsensitiveOption);
        const auto m = bcl.match(antispam.first().value);
        if (m.hasMatch()) {
            h.bcl = m.captured(1).toInt();
            h.bclMeaning = describeBcl(*h.bcl);
        }
    }
    return h;
}

QString MicrosoftAntispamHeaders::compauthReasonMeaning(const QString& reason)
{
    bool ok = false;
    const int code = reason.trimmed().toInt(&ok);
    if (!ok || reason.trimmed().size() != 3) {
        return {};
    }
    if (code == 0)
        return tr("explicit failure: the domain's DMARC policy is quarantine or reject and DMARC failed");
    if (code == 1)
        return tr("implicit failure: the domain publishes no enforcing DMARC policy and the message did "
                  "not authenticate");
    if (code == 2)
        return tr("the organisation's policy blocks this sender and domain pair");
    if (code < 100)
        return tr("failed composite authentication");
    if (code < 200)
        return tr("passed: SPF or DKIM passed and aligned with the From domain, or an allow rule");
    if (code < 300)
        return tr("soft pass: passed implicit authentication");
    if (code < 400)
        return tr("not checked");
    if (code < 500)
        return tr("bypassed (e.g. an allow list or a mail flow rule)");
    if (code >= 600 && code < 700)
        return tr("failed implicit authentication; the sending domain is one of the "
                  "organisation's own accepted domains");
    if (code >= 700 && code < 800)
        return tr("passed: allowed by spoof intelligence or a tenant allow entry");
    return {};
}

} // namespace mailauth
