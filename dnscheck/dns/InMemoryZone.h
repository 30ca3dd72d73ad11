#pragma once

#include "DnsLookup.h"

#include <QHash>
#include <QSet>

namespace mailauth {

// A DNS world held in memory: names are case-insensitive, a trailing dot is ignored, CNAMEs are chased for other
// types. Used by the tests (RFC 7208 suite) and anywhere the engine must run without a network.
class InMemoryZone final : public DnsLookup
{
public:
    void addRecord(const DnsRecord& record);
    void addTxt(const QString& name, const QList<QByteArray>& strings, quint32 ttl = 3600);
    void addTxt(const QString& name, const QString& text, quint32 ttl = 3600);
    void addA(const QString& name, const QString& address, quint32 ttl = 3600);
    void addMx(const QString& name, quint16 preference, const QString& exchange, quint32 ttl = 3600);
    void addCname(const QString& name, const QString& target, quint32 ttl = 3600);
    void addPtr(const QString& name, const QString& target, quint32 ttl = 3600);
    // The name exists (so other types give NODATA rather than NXDOMAIN).
    void addName(const QString& name);
    void setFailure(const QString& name, RecordType type, DnsStatus status);

    DnsAnswer lookup(const QString& name, RecordType type) override;

    int queryCount() const { return m_queryCount; }

    static QString normalise(const QString& name);

private:
    struct Key
    {
        QString name;
        RecordType type;
        friend bool operator==(const Key&, const Key&) = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.name, static_cast<quint16>(key.type));
    }

    QSet<QString> m_names;
    QHash<Key, QList<DnsRecord>> m_records;
    QHash<Key, DnsStatus> m_failures;
    int m_queryCount = 0;
};

} // namespace mailauth
