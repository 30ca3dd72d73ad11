#include "MessageProof.h"

namespace mailauth {

namespace {

QString joinedWords(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty()) {
            kept.append(p);
        }
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace

MessageProof MessageProof::judge(const MessageAnalysis& a, const QString& domainAce, const QString& domainUnicode)
{
    MessageProof p;
    p.verdict = MessageAnalysis::verdictKeyword(a.verdict);
    p.headline = a.headline;
    p.nextSteps = a.nextSteps;
    p.complete = a.verdict != MessageAnalysis::Verdict::Pending && a.verdict != MessageAnalysis::Verdict::Unreadable;
    p.works = a.verdict == MessageAnalysis::Verdict::Works || a.verdict == MessageAnalysis::Verdict::WorksHeadersOnly ||
              a.verdict == MessageAnalysis::Verdict::ReceiverSaysWorks;

    const ReceiverView& r = a.receiver;
    const QString receiver = r.authservId.isEmpty() ? tr("the receiver") : r.authservId;
    if (!r.spf.isEmpty()) {
        p.spf = r.spfDomain.isEmpty() ? tr("SPF at %1: %2").arg(receiver, r.spf)
                                      : tr("SPF at %1: %2 for %3").arg(receiver, r.spf, r.spfDomain);
    } else if (!r.receivedSpf.isEmpty()) {
        p.spf = tr("SPF (Received-SPF): %1").arg(r.receivedSpf);
    } else {
        p.spf = tr("SPF: the receiver recorded no result.");
    }
    if (!r.dmarc.isEmpty()) {
        p.dmarc = tr("DMARC at %1: %2").arg(receiver, r.dmarc);
        const QString details =
            joinedWords({r.dmarcPolicy, r.dmarcAction.isEmpty() ? QString() : tr("action %1").arg(r.dmarcAction),
                         r.dmarcFrom.isEmpty() ? QString() : tr("for %1").arg(r.dmarcFrom)});
        if (!details.isEmpty()) {
            p.dmarc += QStringLiteral(" (") + details + u')';
        }
    } else {
        p.dmarc = tr("DMARC: the receiver recorded no result.");
    }
    if (!r.compauth.isEmpty()) {
        p.compauth = r.compauthMeaning.isEmpty()
                         ? tr("Microsoft composite authentication: %1 (reason %2)").arg(r.compauth, r.compauthReason)
                         : tr("Microsoft composite authentication: %1 (reason %2: %3)")
                               .arg(r.compauth, r.compauthReason, r.compauthMeaning);
    }

    const bool otherDomain = !domainAce.isEmpty() && !a.fromDomain.isEmpty() &&
                             a.fromDomain.compare(domainAce, Qt::CaseInsensitive) != 0 &&
                             a.fromDomain.compare(domainUnicode, Qt::CaseInsensitive) != 0;
    if (otherDomain && p.complete) {
        const QString shown = domainUnicode.isEmpty() ? domainAce : domainUnicode;
        p.verdict = QStringLiteral("other-domain");
        p.works = false;
        p.headline = tr("This message is from %1, not %2: it proves nothing about %2.").arg(a.fromDomain, shown);
        p.nextSteps = QStringList{tr("Send the test from a mailbox whose address ends in @%1, to a mailbox outside "
                                     "your organisation, and check that message.")
                                      .arg(shown)};
        if (!a.headline.isEmpty()) {
            p.nextSteps.append(tr("For %1 it shows: %2").arg(a.fromDomain, a.headline));
        }
    }
    p.recordable = p.complete && !domainAce.isEmpty() && DkimProofs::isRecordableVerdict(p.verdict) &&
                   DkimProofs::isValidHeadline(p.headline);
    return p;
}

DkimProof MessageProof::record(const QDateTime& checkedAt) const
{
    return DkimProof{checkedAt.toUTC(), verdict, headline};
}

} // namespace mailauth
