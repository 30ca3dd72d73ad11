#pragma once

#include "AuthenticationResults.h"
#include "MessageHeaders.h"
#include "MicrosoftAntispamHeaders.h"
#include "ReceivedHops.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsLookup.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailauth {

struct DkimSignatureReport
{
    DkimVerification verification;
    bool aligned = false; // d= aligns with the From domain under the domain's DMARC mode (adkim)
};

// What the receiver wrote about a message: the topmost Authentication-Results (the last receiver, i.e. the
// recipient's own mail system) read for SPF, DKIM, DMARC and Microsoft's compauth.
struct ReceiverView
{
    QString authservId;
    QString spf;        // result word, empty when the receiver said nothing
    QString spfDomain;  // smtp.mailfrom
    QString dkim;       // the first dkim result
    QString dkimDomain; // its header.d
    QString dmarc;
    QString dmarcAction; // Microsoft: action=none|oreject|quarantine|reject|pct.quarantine|...
    QString dmarcPolicy; // Gmail's comment (p=REJECT sp=REJECT dis=NONE) or Microsoft's
    QString dmarcFrom;   // header.from
    QString compauth;
    QString compauthReason;
    QString compauthMeaning;
    QString receivedSpf; // Received-SPF's result word (RFC 7208 9.1)
    QString receivedSpfDetail;
};

// The proof a message gives that DKIM signing works (or why it does not): every signature verified, alignment with
// the From domain per DMARC (RFC 9989: relaxed by the organisational domain of the DNS tree walk, strict by equality),
// what the receiver saw, Microsoft's anti-spam stamps and the route. A cheap, deterministic function of the message
// and DNS answers: re-run it while `pending` (ARCHITECTURE.md, "Pending and re-run").
class MessageAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(MessageAnalysis)

public:
    enum class Verdict
    {
        Works,                 // an aligned signature passes
        WorksHeadersOnly,      // an aligned signature's header part verifies; the body was not given
        OnlyOnMicrosoftDomain, // signed only by *.onmicrosoft.com: custom-domain signing is off
        NotAligned,            // signed only by other domains
        AlignedFails,          // the aligned signature does not verify
        NotSigned,
        // This copy carries no DKIM-Signature (cut when copied or saved), but the receiver, which had the whole
        // message, recorded an aligned dkim=pass: the proof is the receiver's word, not checked here.
        ReceiverSaysWorks,
        // Unsigned and the receiver failed DMARC (or Microsoft's composite authentication): a spoof, or a sender
        // that is not set up. Either way the message proves nothing about the domain's own signing.
        NotAuthenticated,
        Pending,
        Unreadable // the input is no message
    };

    static MessageAnalysis run(const MessageHeaders& message, DnsLookup* dns, const DkimVerifierOptions& options = {});

    bool pending = false;
    QString error; // the input could not be read
    QString fromDomain;
    QString fromOrgDomain;
    bool strictAlignment = false;  // adkim=s in the From domain's DMARC record
    bool orgDomainFromPsl = false; // DNS not asked or failed: the public suffix list decided

    QList<DkimSignatureReport> dkim;
    QList<AuthenticationResults> authenticationResults;    // top first
    QList<AuthenticationResults> arcAuthenticationResults; // top first
    QStringList receivedSpf;
    ReceiverView receiver;
    MicrosoftAntispamHeaders microsoft;
    QList<ReceivedHop> hops;
    bool headersOnly = false;
    QStringList notes; // from reading the message

    Verdict verdict = Verdict::Unreadable;
    QString headline;      // the verdict in plain words
    QStringList nextSteps; // what to do next

    bool alignedPass() const { return verdict == Verdict::Works; }
    static QString verdictKeyword(Verdict verdict);

private:
    // The verdict for a message that carries no DKIM-Signature: from what the receiver recorded.
    static void judgeUnsigned(MessageAnalysis& a, bool receiverDkimAligned);
};

} // namespace mailauth
