#pragma once

#include "DkimProofs.h"
#include "message/MessageAnalysis.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

// What a test message says to the admin of one domain: the analysis's verdict, unless the message is from another
// domain (then it proves nothing for this one), and SPF, DMARC and Microsoft's composite authentication as the
// receiver recorded them, in plain words. Decides what the project may keep as the domain's proof.
class MessageProof
{
    Q_DECLARE_TR_FUNCTIONS(MessageProof)

public:
    // `domainAce`: the domain being proven (the DKIM page's), empty for the standalone tool (any domain).
    static MessageProof judge(const MessageAnalysis& analysis, const QString& domainAce = {},
                              const QString& domainUnicode = {});

    QString verdict; // MessageAnalysis::verdictKeyword, or "other-domain"
    QString headline;
    QStringList nextSteps;
    QString spf;             // "SPF at the receiver: pass for contoso.com"
    QString dmarc;           // "DMARC at the receiver: pass (p=REJECT), action none, for contoso.com"
    QString compauth;        // Microsoft's compauth, empty when the receiver is not Microsoft 365
    bool complete = false;   // not waiting for DNS, and the input was a message
    bool works = false;      // DKIM for the domain works (as checked here or as the receiver saw it)
    bool recordable = false; // the project may keep it as the domain's proof

    DkimProof record(const QDateTime& checkedAt) const;
};

} // namespace mailauth
