// DMARC aggregate reports: the whole reader on one file in memory, as ReportReader::read hands each file over:
// content sniffing, gzip and zip (libarchive), mail and mbox (GMime) and the XML parser.
#include "FuzzSupport.h"
#include "reports/ReportReader.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Small caps keep every run quick; the code paths are the same as with the defaults.
    ReportReader::Limits limits;
    limits.maxDecompressedBytes = 1024 * 1024;
    limits.maxEntriesPerArchive = 50;
    limits.maxRecordsPerReport = 5000;
    ReportReader reader(limits);
    quint64 messages = 0;
    const ReportReadTotals totals =
        reader.readBytes(fuzz::bytes(data, size), QStringLiteral("fuzz"), [&](const AggregateReport& report) {
            (void)report.identity();
            for (const AggregateRecord& record : report.records) {
                messages += record.count;
            }
        });
    // Every skipped entry names a file and says why.
    for (const SkippedReportFile& skipped : totals.skipped) {
        if (skipped.file.isEmpty() || skipped.reason.isEmpty()) {
            __builtin_trap();
        }
    }
    (void)messages;
    return 0;
}
