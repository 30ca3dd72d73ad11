#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mailauth {

enum class DmarcPolicy
{
    None,
    Quarantine,
    Reject
};

QString dmarcPolicyKeyword(DmarcPolicy policy);
std::optional<DmarcPolicy> dmarcPolicyFromKeyword(QStringView keyword);

struct DmarcTag
{
    QString name;  // lower case
    QString value; // trimmed
    int position = 0;
};

// A DMARC policy record split into its tags (RFC 9989 4.7, 4.8). Semantic judgement lives in DmarcLinter.
class DmarcRecord
{
    Q_DECLARE_TR_FUNCTIONS(DmarcRecord)

public:
    struct SyntaxProblem
    {
        int position = 0;
        QString text; // the piece that could not be read as tag=value
    };

    static DmarcRecord parse(const QString& text);
    // "v=DMARC1" first, value case-sensitive (RFC 9989 4.7), nothing before it, not even a space (4.10 step 2);
    // anything else is not a DMARC record at all.
    static bool looksLikeDmarc(QStringView text);

    const QString& text() const { return m_text; }
    bool hasVersion() const { return m_hasVersion; }
    const QList<DmarcTag>& tags() const { return m_tags; }
    const QList<SyntaxProblem>& problems() const { return m_problems; }

    // First occurrence of a tag (a receiver that tolerates duplicates uses the first).
    std::optional<QString> value(QStringView name) const;
    int count(QStringView name) const;

private:
    QString m_text;
    bool m_hasVersion = false;
    QList<DmarcTag> m_tags;
    QList<SyntaxProblem> m_problems;
};

} // namespace mailauth
