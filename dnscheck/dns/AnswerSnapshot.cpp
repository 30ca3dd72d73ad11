#include "AnswerSnapshot.h"

namespace mailauth {

AnswerSnapshot::AnswerSnapshot(const AnswerSnapshot& other)
    : DnsLookup()
    , m_answers(other.m_answers)
    , m_missing(other.m_missing)
{
}

AnswerSnapshot& AnswerSnapshot::operator=(const AnswerSnapshot& other)
{
    m_answers = other.m_answers;
    m_missing = other.m_missing;
    return *this;
}

QString AnswerSnapshot::key(const Question& q)
{
    return q.first + u' ' + QString::number(static_cast<quint16>(q.second));
}

QString AnswerSnapshot::normalised(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    return n;
}

DnsAnswer AnswerSnapshot::lookup(const QString& name, RecordType type)
{
    const Question q{normalised(name), type};
    const auto it = m_answers.constFind(key(q));
    if (it != m_answers.constEnd()) {
        return *it;
    }
    if (!m_missing.contains(q)) {
        m_missing.append(q);
    }
    DnsAnswer pending;
    pending.status = DnsStatus::Pending;
    return pending;
}

void AnswerSnapshot::add(const QString& name, RecordType type, const DnsAnswer& answer)
{
    const Question q{normalised(name), type};
    m_answers.insert(key(q), answer);
    m_missing.removeAll(q);
}

bool AnswerSnapshot::contains(const QString& name, RecordType type) const
{
    return m_answers.contains(key(Question{normalised(name), type}));
}

} // namespace mailauth
