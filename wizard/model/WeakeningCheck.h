#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

// One way a proposed record protects the domain less than what is published today.
struct Weakening
{
    QString record; // "spf", "dmarc", "mx": the record it concerns (JSON "record")
    QString key;    // stable identity, e.g. "dmarc.p" or "spf.term:include:_spf.google.com"; confirmations refer to it
    QString what;   // for people: what changes and what it breaks

    friend bool operator==(const Weakening&, const Weakening&) = default;
};

// What is published today and what would replace it.
struct RecordState
{
    QStringList spf; // every v=spf1 record (empty: none)
    QString dmarc;   // the domain's own DMARC record (empty: none)
    QStringList mx;  // exchanges, "." for a null MX
};

// Compares a proposal with what exists and lists every weakening change: a lower p/sp/np, t=y added, strict
// alignment relaxed, a removed report address, a removed sender, a looser "all", a removed record, a working MX
// replaced by a null MX. Offline and deterministic, so the rules are unit-tested without DNS or widgets.
class WeakeningCheck
{
    Q_DECLARE_TR_FUNCTIONS(WeakeningCheck)

public:
    static QList<Weakening> compare(const RecordState& existing, const RecordState& proposed);
    static QList<Weakening> compareSpf(const QStringList& existing, const QString& proposed);
    static QList<Weakening> compareDmarc(const QString& existing, const QString& proposed);
    static QList<Weakening> compareMx(const QStringList& existing, const QStringList& proposed);
};

} // namespace mailauth
