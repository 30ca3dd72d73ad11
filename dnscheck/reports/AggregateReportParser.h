#pragma once

#include "reports/AggregateReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mailauth {

struct AggregateReportParseResult
{
    std::optional<AggregateReport> report; // set when the XML was read
    QString error;                         // why not, for a person (translated)
};

// Reads one DMARC aggregate report from XML (RFC 7489 appendix C, the older drafts and RFC 9990), leniently by local
// name, and normalises the values (see AggregateReport.h). Refuses what cannot be trusted: a DOCTYPE that declares
// entities (entity bombs, external entities: reports never carry a DTD), broken XML, counts that are negative or do
// not fit 64 bits, a report without report_id or published domain. The XML is read by SafeXmlReader (libexpat), which
// never loads an external DTD or entity.
class AggregateReportParser
{
    Q_DECLARE_TR_FUNCTIONS(AggregateReportParser)

public:
    static constexpr int kDefaultMaxRecords = 500000;

    static AggregateReportParseResult parse(const QByteArray& xml, int maxRecords = kDefaultMaxRecords);
};

} // namespace mailauth
