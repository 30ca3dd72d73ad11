// What an admin pastes back from Exchange Online, and the targets recognised in it.
#include "FuzzSupport.h"
#include "dkim/DkimTargetPasteParser.h"
#include "dkim/M365DkimTarget.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const DkimPastedTargets targets = DkimTargetPasteParser::parse(text);
    (void)targets.complete();
    for (const auto& target : {targets.selector1, targets.selector2}) {
        if (target) {
            (void)target->hostName();
        }
    }
    (void)M365DkimTarget::recognise(text.trimmed());
    return 0;
}
