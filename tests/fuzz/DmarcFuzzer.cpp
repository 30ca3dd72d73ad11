// DMARC: the tag parser and the linter, with report authorisations asked of an empty zone.
#include "FuzzSupport.h"
#include "dmarc/DmarcLinter.h"
#include "dmarc/DmarcRecord.h"
#include "dns/InMemoryZone.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const DmarcRecord record = DmarcRecord::parse(text);
    for (const DmarcTag& tag : record.tags()) {
        (void)record.value(tag.name);
        (void)record.count(tag.name);
        (void)dmarcPolicyFromKeyword(tag.value);
        (void)DmarcLinter::parseUris(tag.value);
    }
    (void)DmarcRecord::looksLikeDmarc(text);
    (void)DmarcLinter::evaluate(text);
    InMemoryZone zone;
    zone.addTxt(QStringLiteral("example.com._report._dmarc.reports.example.net"), QStringLiteral("v=DMARC1;"));
    (void)DmarcLinter::evaluate(text, QStringLiteral("mail.example.com"), &zone);
    return 0;
}
