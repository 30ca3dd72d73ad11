#pragma once

#include "dns/DnsTypes.h"

#include <QCoreApplication>
#include <QString>

namespace mailauth {

enum class MatchMode
{
    Exact,
    Contains,
    Spf,
    Dmarc
};

std::optional<MatchMode> matchModeFromKeyword(QStringView keyword);

// What a published record should look like: the name, the type and how to compare the value. The semantic modes
// treat the same SPF mechanisms in the same order (modifiers anywhere), or the same DMARC tags in any order, in
// another case or spacing as equal.
struct PropagationExpectation
{
    Q_DECLARE_TR_FUNCTIONS(PropagationExpectation)

public:
    QString name;
    RecordType type = RecordType::TXT;
    QString value;
    MatchMode mode = MatchMode::Exact;

    // Whether the answer holds the expected record; `seen` gets the value(s) found, for people.
    bool matches(const DnsAnswer& answer, QString* seen = nullptr) const;
    static QString describe(const DnsRecord& record);
};

} // namespace mailauth
