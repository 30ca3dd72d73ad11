#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace mailauth {

// What a test message proved about one domain's DKIM signing (model/MessageProof), as the project keeps it.
struct DkimProof
{
    QDateTime checkedAt; // UTC
    QString verdict;     // a MessageAnalysis::verdictKeyword that DkimProofs::isRecordableVerdict accepts
    QString headline;    // one line, for people
    bool works() const;  // the message showed aligned signing that works
};

// The proofs of a project, by domain (A-label), and their place in the project file. Read as strictly as the
// wizard writes them: the headline reaches the summary and the hand-over report, so a hand-edited or hostile file
// is refused rather than shown.
class DkimProofs
{
    Q_DECLARE_TR_FUNCTIONS(DkimProofs)

public:
    static constexpr qsizetype kMaxHeadlineLength = 1000;
    static constexpr const char* kProjectKey = "dkimProofs";

    // Verdicts that say something about the domain's signing; pending, unreadable, a spoof or another domain's
    // message do not, and are never kept.
    static bool isRecordableVerdict(const QString& keyword);
    // One line of printable text, not empty, at most kMaxHeadlineLength characters.
    static bool isValidHeadline(const QString& text);

    void set(const QString& ace, const DkimProof& proof);
    std::optional<DkimProof> value(const QString& ace) const;
    bool isEmpty() const { return m_proofs.isEmpty(); }

    // Only the proofs of `domains` (the plan's): a domain taken out of the plan takes its proof with it.
    QJsonObject toJson(const QStringList& domains) const;
    // `json` is the project's value under kProjectKey (undefined or null: no proofs). Refuses, with a reason for
    // people, a proof for a domain not in `domains`, an unknown key, a verdict or date that the wizard never writes,
    // and a headline that is not one line of printable text.
    static std::optional<DkimProofs> fromJson(const QJsonValue& json, const QStringList& domains, QString* error,
                                              const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    QHash<QString, DkimProof> m_proofs;
};

} // namespace mailauth
