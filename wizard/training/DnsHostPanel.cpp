#include "DnsHostPanel.h"

#include "TrainingWorld.h"
#include "core/DomainName.h"
#include "dns/InMemoryZone.h"

#include <QRegularExpression>

namespace mailauth {

DnsHostPanel::DnsHostPanel(TrainingWorld& world, DnsHostInfo host)
    : m_world(world)
    , m_host(std::move(host))
{
}

DnsHostPanel::Outcome DnsHostPanel::save(const QString& zone, const Entry& entry)
{
    Outcome out;
    const auto type = recordTypeFromName(entry.type.trimmed());
    if (!type || (*type != RecordType::TXT && *type != RecordType::CNAME && *type != RecordType::MX)) {
        out.error = tr("Choose TXT, CNAME or MX.");
        return out;
    }
    QString host = entry.host.trimmed();
    if (host == u"@") {
        host.clear();
    }
    // Like most web panels: what is typed is relative, and the zone name is always appended.
    const QString name = InMemoryZone::normalise(host.isEmpty() ? zone : host + u'.' + zone);
    if (!DomainName::isValidDnsName(name)) {
        out.error = tr("\"%1\" is not a valid host name.").arg(entry.host);
        return out;
    }
    if (name.endsWith(u'.' + zone + u'.' + zone) || name == zone + u'.' + zone) {
        out.mistakes.append(PanelMistake::ZoneNameTwice);
    }
    QString value = entry.value.trimmed();
    if (value.isEmpty()) {
        out.error = tr("The value is empty.");
        return out;
    }
    DnsRecord r;
    r.name = name;
    r.type = *type;
    r.ttl = entry.ttl == 0 ? 3600 : entry.ttl;
    if (*type == RecordType::TXT) {
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
            if (m_host.txtQuotes) {
                value = value.mid(1, value.size() - 2); // this host expects them and strips them
            } else {
                out.mistakes.append(PanelMistake::QuotesStored);
            }
        }
        static const QRegularExpression hostLike(
            QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(onmicrosoft\\.com|dkim\\.mail\\.microsoft)\\.?$"));
        if (hostLike.match(value).hasMatch()) {
            out.mistakes.append(PanelMistake::TxtInsteadOfCname);
        }
        static const QRegularExpression dmarcWithoutSemicolon(
            QStringLiteral("v=DMARC1\\s+[a-z]+=|\\b(p|sp|np|rua|ruf|adkim|aspf|t|fo)=[^;]*\\s+[a-z]+="),
            QRegularExpression::CaseInsensitiveOption);
        if (value.contains(QStringLiteral("DMARC1"), Qt::CaseInsensitive) &&
            dmarcWithoutSemicolon.match(value).hasMatch()) {
            out.mistakes.append(PanelMistake::MissingSemicolon);
        }
        r.txtStrings = {value.toUtf8()};
    } else if (*type == RecordType::CNAME) {
        const QString target = InMemoryZone::normalise(value);
        if (!DomainName::isValidDnsName(target)) {
            out.error = tr("A CNAME must point to a host name, not \"%1\".").arg(value);
            return out;
        }
        r.target = target;
    } else {
        const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
        bool ok = parts.size() == 2;
        r.preference = ok ? static_cast<quint16>(parts[0].toUInt(&ok)) : 0;
        if (!ok || !DomainName::isValidDnsName(InMemoryZone::normalise(parts[1]))) {
            out.error = tr("Write an MX value as \"PRIORITY HOST\", for example \"0 mail.example.com\".");
            return out;
        }
        r.target = InMemoryZone::normalise(parts[1]);
    }
    // A name holds either a CNAME or other records, never both (RFC 1034 3.6.2); panels refuse the mix.
    for (const DnsRecord& existing : m_world.currentRecords(zone)) {
        if (existing.name == r.name && (existing.type == RecordType::CNAME) != (r.type == RecordType::CNAME)) {
            out.error = tr("%1 already has a %2 record; delete it first.").arg(r.name, recordTypeName(existing.type));
            return out;
        }
    }
    m_world.publish(r);
    out.saved = true;
    out.record = r;
    return out;
}

bool DnsHostPanel::remove(const DnsRecord& record)
{
    return m_world.remove(record.name, record.type, TrainingWorld::valueText(record)) > 0;
}

QString DnsHostPanel::mistakeText(PanelMistake mistake)
{
    switch (mistake) {
    case PanelMistake::ZoneNameTwice:
        return tr("The host field already ended in the domain name, and the panel appended it again.");
    case PanelMistake::TxtInsteadOfCname:
        return tr("A DKIM target was saved as a TXT record; it must be a CNAME.");
    case PanelMistake::QuotesStored:
        return tr("This panel stores typed quotes as part of the text, so the record no longer starts with "
                  "\"v=\".");
    case PanelMistake::MissingSemicolon:
        return tr("DMARC tags must be separated by semicolons (;).");
    }
    return {};
}

} // namespace mailauth
