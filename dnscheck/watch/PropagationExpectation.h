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

// Where a record that is not found may have been put instead: a DNS panel that appends the zone name got the full
// name (selector1._domainkey.contoso.com.contoso.com), or the record was created with the wrong type (a TXT where a
// CNAME belongs, or the reverse).
enum class Misplacement
{
    ZoneNameTwice,
    WrongType
};

// One question that looks for a misplaced copy.
struct MisplacementProbe
{
    Misplacement kind = Misplacement::ZoneNameTwice;
    QString name;
    RecordType type = RecordType::TXT;
};

// A misplaced copy that was found, and what to do about it.
struct MisplacementFinding
{
    Misplacement kind = Misplacement::ZoneNameTwice;
    QString name; // where the record is
    RecordType type = RecordType::TXT;
    QString value;     // what it holds (from DNS: outside data)
    QString diagnosis; // what the DNS panel did wrong and how to put it right, for people
};

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
    // The zone apex that holds `name` ("contoso.com"); empty when not known, see zoneOrGuess().
    QString zone = {};

    // Whether the answer holds the expected record; `seen` gets the value(s) found, for people.
    bool matches(const DnsAnswer& answer, QString* seen = nullptr) const;
    static QString describe(const DnsRecord& record);

    // `zone`, or when empty the name without its leading labels up to the last one that starts with "_"
    // (_dmarc.contoso.com and selector1._domainkey.contoso.com give contoso.com; a name without one is its own apex).
    QString zoneOrGuess() const;
    // The questions that find a misplaced TXT or CNAME record, given what the expected name answered: the name with
    // the zone appended again (same type), and, when the name holds nothing of the expected type, the other type at
    // the name itself (TXT for a CNAME; CNAME for a TXT, except at the zone apex where no CNAME can be).
    QList<MisplacementProbe> misplacementProbes(const DnsAnswer& answer) const;
    // What a probe's answer shows; nothing when the copy is not there or the question failed.
    std::optional<MisplacementFinding> diagnose(const MisplacementProbe& probe, const DnsAnswer& answer) const;
};

} // namespace mailauth
