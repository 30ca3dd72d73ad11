#pragma once

#include <QStringList>

namespace mailauth::test {

class KnotServer;

// Generated Microsoft 365-style domains d0001.test … for bulk audits and the benchmark: each zone has SOA, NS, MX,
// SPF with two includes, MS= verification, DMARC with rua, two DKIM selector CNAMEs whose 2048-bit keys live in a
// shared "Microsoft" zone, and autodiscover. The include and key zones are served by the same knot.
QStringList addBulkZones(KnotServer& knot, int count);

// The questions `mailauth check` asks for one such domain against a non-recursive server, for the kdig comparison.
QStringList bulkQuestions(const QString& domain);

} // namespace mailauth::test
