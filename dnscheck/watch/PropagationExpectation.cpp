#include "PropagationExpectation.h"

#include "dmarc/DmarcRecord.h"
#include "spf/SpfRecord.h"

#include <QMap>
#include <algorithm>

namespace mailauth {

namespace {

QString stripDot(QString s)
{
    if (s.endsWith(u'.')) {
        s.chop(1);
    }
    return s;
}

bool sameName(const QString& a, const QString& b)
{
    return stripDot(a).compare(stripDot(b), Qt::CaseInsensitive) == 0;
}

// A value from DNS in a sentence: long values are cut (the panel's table shows them whole).
QString shortened(const QString& text)
{
    constexpr qsizetype kMax = 100;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
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

QString PropagationExpectation::zoneOrGuess() const
{
    if (!zone.isEmpty()) {
        return stripDot(zone).toLower();
    }
    const QStringList labels = stripDot(name).toLower().split(u'.');
    qsizetype first = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels[i].startsWith(u'_')) {
            first = i + 1;
        }
    }
    return first < labels.size() ? labels.mid(first).join(u'.') : QString();
}

QList<MisplacementProbe> PropagationExpectation::misplacementProbes(const DnsAnswer& answer) const
{
    QList<MisplacementProbe> probes;
    if (type != RecordType::TXT && type != RecordType::CNAME) {
        return probes;
    }
    const QString owner = stripDot(name).toLower();
    const QString apex = zoneOrGuess();
    const bool inZone = !apex.isEmpty() && (owner == apex || owner.endsWith(u'.' + apex));
    // Not for a name that already ends in the zone twice: that would only look for a third copy.
    if (inZone && !owner.endsWith(u'.' + apex + u'.' + apex) && owner != apex + u'.' + apex) {
        probes.append({Misplacement::ZoneNameTwice, owner + u'.' + apex, type});
    }
    const bool holdsExpectedType = std::any_of(answer.records.begin(), answer.records.end(), [&](const DnsRecord& r) {
        return r.type == type && sameName(r.name, owner);
    });
    if (!holdsExpectedType) {
        if (type == RecordType::CNAME) {
            probes.append({Misplacement::WrongType, owner, RecordType::TXT});
        } else if (owner != apex) {
            probes.append({Misplacement::WrongType, owner, RecordType::CNAME});
        }
    }
    return probes;
}

std::optional<MisplacementFinding> PropagationExpectation::diagnose(const MisplacementProbe& probe,
                                                                    const DnsAnswer& answer) const
{
    if (isFailure(answer.status)) {
        return std::nullopt;
    }
    // Only records at the asked name: a resolver follows a CNAME, and the records at its target are not misplaced.
    QStringList values;
    for (const DnsRecord& r : answer.records) {
        if (r.type == probe.type && sameName(r.name, probe.name)) {
            values.append(describe(r));
        }
    }
    if (values.isEmpty()) {
        return std::nullopt;
    }
    MisplacementFinding f;
    f.kind = probe.kind;
    f.name = probe.name;
    f.type = probe.type;
    f.value = values.join(QStringLiteral(" | "));
    const QString owner = stripDot(name).toLower();
    if (probe.kind == Misplacement::ZoneNameTwice) {
        const QString apex = zoneOrGuess();
        const QString relative = owner == apex ? QString() : owner.left(owner.size() - apex.size() - 1);
        f.diagnosis =
            relative.isEmpty()
                ? tr("The record was created as %1: your DNS host adds the domain itself. Enter only @ as the host "
                     "name (or leave it empty, if your DNS host asks for that), and delete the record at %1.")
                      .arg(probe.name)
                : tr("The record was created as %1: your DNS host adds the domain itself. Enter only %2 as the host "
                     "name, and delete the record at %1.")
                      .arg(probe.name, relative);
    } else if (probe.type == RecordType::TXT) {
        f.diagnosis = tr("%1 holds a TXT record (\"%2\") where a CNAME record belongs: delete the TXT record and "
                         "create a CNAME record that points to %3.")
                          .arg(owner, shortened(f.value), stripDot(value.trimmed()));
    } else {
        f.diagnosis = tr("%1 is a CNAME record (pointing to %2) where a TXT record belongs: delete the CNAME record "
                         "and create a TXT record with the value \"%3\".")
                          .arg(owner, shortened(f.value), shortened(value.trimmed()));
    }
    return f;
}

} // namespace mailauth
