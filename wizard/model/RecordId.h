#pragma once

#include <QString>
#include <optional>

namespace mailauth {

// The records a rollout publishes or confirms, by identity (watchers, confirmations, the summary). The keywords are
// what project files and logs hold.
enum class RecordId
{
    Spf,
    DkimSelector1,
    DkimSelector2,
    DkimEnabled, // not a DNS record: signing switched on in Exchange Online
    Dmarc
};

QString recordIdKeyword(RecordId id);
std::optional<RecordId> recordIdFromKeyword(QStringView keyword);

} // namespace mailauth
