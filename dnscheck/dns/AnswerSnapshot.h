#pragma once

#include "DnsLookup.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace mailauth {

// DnsLookup from a copy of answers already fetched, for an evaluation that runs on a worker thread while the DNS
// source (ResolverLookup, which lives on the UI thread's event loop) stays where it is. A question it has no answer
// for returns Pending and is remembered: the owner fetches those on its own thread, adds the answers and runs the
// evaluation again (ARCHITECTURE.md, "Pending and re-run"). A value type: copy it into the worker.
class AnswerSnapshot final : public DnsLookup
{
public:
    using Question = QPair<QString, RecordType>;

    AnswerSnapshot() = default;
    AnswerSnapshot(const AnswerSnapshot& other);
    AnswerSnapshot& operator=(const AnswerSnapshot& other);

    DnsAnswer lookup(const QString& name, RecordType type) override;

    void add(const QString& name, RecordType type, const DnsAnswer& answer);
    bool contains(const QString& name, RecordType type) const;
    int size() const { return static_cast<int>(m_answers.size()); }
    // What lookup() was asked and could not answer, in the order asked, each once.
    QList<Question> missing() const { return m_missing; }
    void clearMissing() { m_missing.clear(); }

private:
    static QString normalised(const QString& name);
    static QString key(const Question& q);

    QHash<QString, DnsAnswer> m_answers; // by key()
    QList<Question> m_missing;
};

} // namespace mailauth
