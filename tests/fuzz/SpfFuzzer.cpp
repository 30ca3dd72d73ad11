// SPF: the record parser, the linter, macro-strings, and check_host() and the lookup budget over a zone that holds
// the input as the domain's record.
#include "FuzzSupport.h"
#include "dns/InMemoryZone.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfLinter.h"
#include "spf/SpfLookupBudget.h"
#include "spf/SpfMacroString.h"
#include "spf/SpfRecord.h"
#include "spf/SpfRecordSelection.h"
#include "text/TxtStrings.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    const QString text = fuzz::text(data, size);

    const SpfRecord record = SpfRecord::parse(text);
    (void)SpfLinter::lint(record);
    (void)SpfLinter::lint(TxtStrings::split(raw));
    (void)SpfLinter::lintRecordSet({raw, raw});
    (void)SpfRecordSelection::fromTexts({raw});
    (void)SpfRecord::looksLikeSpf(raw);

    SpfMacroValues values;
    values.sender = QStringLiteral("strong-bad@email.example.com");
    values.localPart = QStringLiteral("strong-bad");
    values.senderDomain = QStringLiteral("email.example.com");
    values.domain = QStringLiteral("email.example.com");
    values.ip = *IpAddress::parse(u"2001:db8::cb01");
    values.helo = QStringLiteral("mx.example.org");
    values.receiver = QStringLiteral("receiver.example.net");
    values.timestamp = 1700000000;
    values.validatedPtrName = [] { return QStringLiteral("mx.example.org"); };
    for (const MacroContext context :
         {MacroContext::DomainSpec, MacroContext::Explanation, MacroContext::ModifierValue}) {
        SpfMacroString::ParseError error;
        if (const auto macro = SpfMacroString::parse(text, context, &error)) {
            (void)macro->expand(values);
            (void)macro->expandDomain(values);
        }
    }

    // Evaluation only when the parser accepted something SPF-like; the names the record points at do not exist.
    if (SpfRecord::looksLikeSpf(raw)) {
        InMemoryZone zone;
        zone.addTxt(QStringLiteral("example.com"), TxtStrings::split(raw));
        zone.addA(QStringLiteral("example.com"), QStringLiteral("192.0.2.1"));
        zone.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mail.example.com"));
        zone.addA(QStringLiteral("mail.example.com"), QStringLiteral("192.0.2.2"));
        SpfEvaluator evaluator(zone);
        (void)evaluator.checkHost(*IpAddress::parse(u"192.0.2.3"), QStringLiteral("example.com"),
                                  QStringLiteral("user@example.com"), QStringLiteral("mx.example.org"));
        SpfLookupBudget budget(zone);
        (void)budget.forRecord(text, QStringLiteral("example.com"));
    }
    return 0;
}
