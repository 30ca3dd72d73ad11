#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <optional>

namespace mailauth {

// Just enough of the DNS wire format (RFC 1035) for the training world's servers: read one question, write one
// answer. Names are written without compression; answers stay far below the 1,232-octet EDNS size c-ares offers.
class DnsWireFormat
{
public:
    struct Query
    {
        quint16 id = 0;
        bool recursionDesired = false;
        bool edns = false;
        QString name; // lower case, no trailing dot
        quint16 type = 0;
        QByteArray rawQuestion; // echoed in the answer
    };

    // nullopt for anything that is not a well-formed single-question query.
    static std::optional<Query> parseQuery(const QByteArray& packet);

    // `negativeSoa`: the zone's SOA, sent in the authority section of NoData/NxDomain answers so that clients learn
    // how long they may cache the absence (RFC 2308).
    static QByteArray encodeAnswer(const Query& query, const DnsAnswer& answer, bool authoritative,
                                   const std::optional<DnsRecord>& negativeSoa);
    static QByteArray encodeName(const QString& name);
};

} // namespace mailauth
