#include "PropagationExpectation.h"

#include "dmarc/DmarcRecord.h"
#include "spf/SpfRecord.h"

#include <QMap>

namespace mailauth {

namespace {

QString stripDot(QString s)
{
    if (s.endsWith(u'.')) {
        s.chop(1);
    }
    return s;
}

// Mechanisms are evaluated left to right and the first match decides (RFC 7208 4.6.2): "-all" before an include
// rejects everything the include would allow, so their order is compared. Modifiers act wherever they stand
// (RFC 7208 6), so they are compared as a set, after the mechanisms.
QStringList spfTerms(const QString& text)
{
    const SpfRecord record = SpfRecord::parse(text.trimmed());
    QStringList mechanisms;
    QStringList modifiers;
    for (const SpfTerm& t : record.terms()) {
        if (t.isMechanism()) {
            QString spec = t.domainSpec.toLower();
            mechanisms.append(
                qualifierChar(t.qualifier) + mechanismName(t.mechanism) + u':' + stripDot(spec) + u'/' +
                (t.mechanism == SpfMechanism::Ip4 || t.mechanism == SpfMechanism::Ip6 ? t.network.toString()
                                                                                      : QString()) +
                u'/' + QString::number(t.cidr4.value_or(-1)) + u'/' + QString::number(t.cidr6.value_or(-1)));
        } else {
            modifiers.append(t.name + u'=' + t.value.toLower());
        }
    }
    modifiers.sort();
    return mechanisms + modifiers;
}

QMap<QString, QString> dmarcTags(const QString& text)
{
    QMap<QString, QString> tags;
    const DmarcRecord record = DmarcRecord::parse(text.trimmed());
    for (const DmarcTag& t : record.tags()) {
        const bool caseless = t.name != u"rua" && t.name != u"ruf";
        tags.insert(t.name, caseless ? t.value.toLower() : t.value);
    }
    return tags;
}

} // namespace

std::optional<MatchMode> matchModeFromKeyword(QStringView keyword)
{
    if (keyword == u"exact") {
        return MatchMode::Exact;
    }
    if (keyword == u"contains") {
        return MatchMode::Contains;
    }
    if (keyword == u"spf") {
        return MatchMode::Spf;
    }
    if (keyword == u"dmarc") {
        return MatchMode::Dmarc;
    }
    return std::nullopt;
}

QString PropagationExpectation::describe(const DnsRecord& record)
{
    switch (record.type) {
    case RecordType::TXT:
        return QString::fromUtf8(record.txtJoined());
    case RecordType::MX:
        return QString::number(record.preference) + u' ' + stripDot(record.target);
    case RecordType::A:
    case RecordType::AAAA:
        return record.address.toString();
    default:
        return stripDot(record.target);
    }
}

bool PropagationExpectation::matches(const DnsAnswer& answer, QString* seen) const
{
    QStringList values;
    bool found = false;
    int policyRecords = 0; // a second SPF or DMARC record breaks the first, so "one and matching" is required
    const QString wanted = value.trimmed();
    for (const DnsRecord& r : answer.recordsOfType(type)) {
        const QString v = describe(r);
        values.append(v);
        switch (mode) {
        case MatchMode::Exact:
            if (type == RecordType::TXT) {
                found = found || v == wanted;
            } else if (type == RecordType::MX) {
                found = found || v.compare(stripDot(wanted), Qt::CaseInsensitive) == 0 ||
                        stripDot(r.target).compare(stripDot(wanted), Qt::CaseInsensitive) == 0;
            } else {
                found = found || v.compare(stripDot(wanted), Qt::CaseInsensitive) == 0;
            }
            break;
        case MatchMode::Contains:
            found = found || v.contains(wanted, type == RecordType::TXT ? Qt::CaseSensitive : Qt::CaseInsensitive);
            break;
        case MatchMode::Spf:
            policyRecords += SpfRecord::looksLikeSpf(QStringView(v)) ? 1 : 0;
            found = found || (SpfRecord::looksLikeSpf(QStringView(v)) && spfTerms(v) == spfTerms(wanted));
            break;
        case MatchMode::Dmarc:
            policyRecords += DmarcRecord::looksLikeDmarc(v) ? 1 : 0;
            found = found || (DmarcRecord::looksLikeDmarc(v) && dmarcTags(v) == dmarcTags(wanted));
            break;
        }
    }
    if (seen != nullptr) {
        *seen = values.join(QStringLiteral(" | "));
    }
    if ((mode == MatchMode::Spf || mode == MatchMode::Dmarc) && policyRecords > 1) {
        return false;
    }
    return found;
}

} // namespace mailauth
