#include "OrganizationalDomain.h"

#include <libpsl.h>

namespace mailauth {

namespace {

const psl_ctx_t* pslContext()
{
    // psl_latest() picks the newest of the system list and the built-in one; loaded once, read-only afterwards.
    static const psl_ctx_t* ctx = []() -> const psl_ctx_t* {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest != nullptr ? latest : psl_builtin();
    }();
    return ctx;
}

QString canonical(QString name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name.toLower();
}

int labelCount(const QString& name)
{
    return static_cast<int>(name.count(u'.')) + 1;
}

} // namespace

QString OrganizationalDomain::fromPublicSuffixList(const QString& domain)
{
    const QByteArray name = canonical(domain).toUtf8();
    const char* registrable = psl_registrable_domain(pslContext(), name.constData());
    return registrable != nullptr ? QString::fromUtf8(registrable) : canonical(domain);
}

QStringList OrganizationalDomain::treeWalkNames(const QString& domain)
{
    QStringList names;
    QStringList labels = canonical(domain).split(u'.');
    names.append(labels.join(u'.'));
    if (labels.size() >= 8) {
        labels = labels.mid(labels.size() - 7);
        names.append(labels.join(u'.'));
    }
    while (labels.size() > 1) {
        labels.removeFirst();
        names.append(labels.join(u'.'));
    }
    names.removeDuplicates();
    return names;
}

DmarcDiscovery OrganizationalDomain::discover(const QString& domain, DnsLookup& dns)
{
    DmarcDiscovery d;
    d.domain = canonical(domain);
    d.pslOrgDomain = fromPublicSuffixList(d.domain);

    struct Found
    {
        QString name;
        DmarcRecord record;
    };
    QList<Found> found; // longest name first
    for (const QString& name : treeWalkNames(d.domain)) {
        const QString query = QStringLiteral("_dmarc.") + name;
        d.queried.append(query);
        const DnsAnswer answer = dns.lookup(query, RecordType::TXT);
        if (answer.status == DnsStatus::Pending) {
            d.pending = true;
            return d;
        }
        if (isFailure(answer.status)) {
            if (!d.dnsFailure) {
                d.failedQuery = query;
                d.failure = answer;
            }
            d.dnsFailure = true;
            continue;
        }
        QList<DmarcRecord> records;
        for (const DnsRecord& r : answer.recordsOfType(RecordType::TXT)) {
            const QString text = QString::fromUtf8(r.txtJoined());
            if (DmarcRecord::looksLikeDmarc(text)) {
                records.append(DmarcRecord::parse(text));
            }
        }
        // Several DMARC records at one name: all are discarded and the walk goes on (RFC 9989 4.10).
        if (records.size() != 1) {
            continue;
        }
        found.append(Found{name, records.first()});
        const QString psd = records.first().value(u"psd").value_or(QString()).toLower();
        if (psd == u"n" || psd == u"y") {
            break;
        }
    }

    // 4.10.2: the organisational domain from the records found, longest first.
    d.orgDomain.clear();
    for (const Found& f : found) {
        const QString psd = f.record.value(u"psd").value_or(QString()).toLower();
        if (psd == u"n") {
            d.orgDomain = f.name;
            break;
        }
        if (psd == u"y" && f.name != d.domain) {
            const QStringList labels = d.domain.split(u'.');
            d.orgDomain = labels.mid(labels.size() - labelCount(f.name) - 1).join(u'.');
            break;
        }
    }
    if (d.orgDomain.isEmpty()) {
        d.orgDomain = found.isEmpty() ? d.domain : found.last().name;
    }

    // 4.10.1: author domain record, else the organisational domain's, else a PSD record.
    auto recordAt = [&](const QString& name) -> const Found* {
        for (const Found& f : found) {
            if (f.name == name) {
                return &f;
            }
        }
        return nullptr;
    };
    const Found* use = recordAt(d.domain);
    if (use == nullptr) {
        use = recordAt(d.orgDomain);
    }
    if (use == nullptr) {
        for (const Found& f : found) {
            if (f.record.value(u"psd").value_or(QString()).toLower() == u"y") {
                use = &f;
                break;
            }
        }
    }
    if (use != nullptr) {
        d.policyDomain = use->name;
        d.record = use->record;
    }
    return d;
}

} // namespace mailauth
