#pragma once

#include "Finding.h"

#include <QList>
#include <QString>

namespace mailauth {

// Every finding code the engine can emit, with its fixed severity. Codes are a public contract (JSON output,
// scripts): add new ones, never rename. The tests check that each code here has a case that produces it.
struct FindingCode
{
    const char* code;
    Severity severity;
};

class FindingCatalog
{
public:
    static const QList<FindingCode>& all();
    static bool contains(const QString& code);
    static Severity severityOf(const QString& code);

    // A finding with the catalogue's severity for `code`.
    static Finding make(const char* code, const QString& message, const QString& fix, int position = -1);
};

} // namespace mailauth
