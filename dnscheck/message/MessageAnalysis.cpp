#include "MessageAnalysis.h"

#include "dmarc/OrganizationalDomain.h"

#include <QHash>
#include <QRegularExpression>

namespace mailauth {

namespace {

QString orgDomainOf(const QString& domain, DnsLookup* dns, bool* pending, bool* fromPsl, DmarcDiscovery* out = nullptr)
{
    if (dns == nullptr) {
        *fromPsl = true;
        return OrganizationalDomain::fromPublicSuffixList(domain);
    }
    const DmarcDiscovery d = OrganizationalDomain::discover(domain, *dns);
    if (out != nullptr) {
        *out = d;
    }
    if (d.pending) {
        *pending = true;
        return OrganizationalDomain::fromPublicSuffixList(domain);
    }
    if (d.dnsFailure) {
        *fromPsl = true;
        return d.pslOrgDomain;
    }
    return d.orgDomain;
}

bool isOnMicrosoftDomain(const QString& domain)
{
    return domain.endsWith(QStringLiteral(".onmicrosoft.com")) || domain.endsWith(QStringLiteral(".onmicrosoft.us"));
}

QString firstWord(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype space = t.indexOf(QRegularExpression(QStringLiteral("[\\s(;]")));
    return (space < 0 ? t : t.left(space)).toLower();
}

QString describeSignature(const DkimVerification& v)
{
    const DkimSignature& s = v.signature;
    if (v.keyBits > 0) {
        return MessageAnalysis::tr("%1 (%2, %3-bit %4)")
            .arg(s.domain, s.selector)
            .arg(v.keyBits)
            .arg(v.keyType == u"ed25519" ? QStringLiteral("Ed25519") : QStringLiteral("RSA"));
    }
    return MessageAnalysis::tr("%1 (%2)").arg(s.domain, s.selector);
}

} // namespace

QString MessageAnalysis::verdictKeyword(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Works:
        return QStringLiteral("works");
    case Verdict::WorksHeadersOnly:
        return QStringLiteral("works-headers-only");
    case Verdict::OnlyOnMicrosoftDomain:
        return QStringLiteral("only-onmicrosoft");
    case Verdict::NotAligned:
        return QStringLiteral("not-aligned");
    case Verdict::AlignedFails:
        return QStringLiteral("aligned-fails");
    case Verdict::NotSigned:
        return QStringLiteral("not-signed");
    case Verdict::ReceiverSaysWorks:
        return QStringLiteral("receiver-says-works");
    case Verdict::NotAuthenticated:
        return QStringLiteral("not-authenticated");
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

void MessageAnalysis::judgeUnsigned(MessageAnalysis& a, bool receiverDkimAligned)
{
    const ReceiverView& r = a.receiver;
    const QString from = a.fromDomain.isEmpty() ? tr("the From domain") : a.fromDomain;
    const QString receiver = r.authservId.isEmpty() ? tr("the receiver") : r.authservId;
    const bool receiverDkimPass = r.dkim == u"pass" && !r.dkimDomain.isEmpty();
    const bool dmarcFailed =
        r.dmarc == u"fail" || r.compauth == u"fail" ||
        a.microsoft.field(u"CAT").value_or(AntispamField{}).value.compare(u"SPOOF", Qt::CaseInsensitive) == 0;
    if (receiverDkimPass && receiverDkimAligned) {
        a.verdict = Verdict::ReceiverSaysWorks;
        a.headline = tr("This copy has no DKIM-Signature field, so the signature cannot be checked here. The receiver "
                        "(%1), which had the whole message, says dkim=pass for %2, aligned with %3: DKIM for this "
                        "domain works as the receiver saw it.")
                         .arg(receiver, r.dkimDomain, from);
        a.nextSteps.append(tr("To check the signature here as well, paste the complete header, including the "
                              "DKIM-Signature field (Gmail: Show original > Download original; Outlook: View > View "
                              "message source)."));
        return;
    }
    if (receiverDkimPass && isOnMicrosoftDomain(r.dkimDomain.toLower())) {
        a.verdict = Verdict::OnlyOnMicrosoftDomain;
        a.headline = tr("Signed only by %1, as the receiver (%2) saw it: custom-domain signing is not on yet (step 4 "
                        "of the DKIM page).")
                         .arg(r.dkimDomain, receiver);
        a.nextSteps.append(tr("Publish the two selector CNAMEs for %1, then enable signing: Set-DkimSigningConfig "
                              "-Identity %1 -Enabled $true.")
                               .arg(from));
        return;
    }
    if (!receiverDkimPass && dmarcFailed) {
        // A spoof looks like this, and so does mail from a service nobody set up: say what failed, claim neither.
        QStringList failed{tr("no DKIM signature")};
        if (!r.spf.isEmpty() && r.spf != u"pass") {
            failed.append(tr("SPF %1").arg(r.spf));
        }
        failed.append(r.dmarc == u"fail" ? tr("DMARC fail") : tr("composite authentication fail"));
        const auto cip = a.microsoft.field(u"CIP");
        a.verdict = Verdict::NotAuthenticated;
        a.headline = tr("Nothing authenticates this message as mail from %1 (%2 at the receiver): unless your own "
                        "systems sent it, it is a spoof. It says nothing about your DKIM signing.")
                         .arg(from, failed.join(QStringLiteral(", ")));
        if (r.dmarcAction == u"oreject") {
            a.nextSteps.append(tr("The receiver applied the domain's reject policy its own way (action=oreject): "
                                  "the message went to Junk instead of being refused."));
        } else if (r.dmarcAction == u"reject" || r.dmarcAction == u"quarantine") {
            a.nextSteps.append(tr("The receiver applied the domain's DMARC policy (action=%1).").arg(r.dmarcAction));
        }
        a.nextSteps.append(
            cip && !cip->value.isEmpty()
                ? tr("If a service of yours sent it (from %1), authorise it in SPF and set up its DKIM signing for %2.")
                      .arg(cip->value, from)
                : tr("If a service of yours sent it, authorise it in SPF and set up its DKIM signing for %1.")
                      .arg(from));
        a.nextSteps.append(tr("To prove DKIM works, send a message from a Microsoft 365 mailbox of %1 to an outside "
                              "mailbox and check that message.")
                               .arg(from));
        return;
    }
    a.verdict = Verdict::NotSigned;
    if (a.authenticationResults.isEmpty()) {
        a.headline = tr("The message carries no DKIM signature.");
        a.nextSteps.append(tr("Check a message as the recipient got it (not the copy in Sent Items, which is kept "
                              "before signing): send a test to an outside mailbox and read its headers there."));
        return;
    }
    a.headline = receiverDkimPass
                     ? tr("This copy has no DKIM-Signature field; the receiver (%1) says dkim=pass, but for %2, which "
                          "is not aligned with %3.")
                           .arg(receiver, r.dkimDomain, from)
                     : tr("The message carries no DKIM signature, and the receiver (%1) found none (dkim=%2).")
                           .arg(receiver, r.dkim.isEmpty() ? QStringLiteral("none") : r.dkim);
    a.nextSteps.append(tr("Microsoft 365 signs every message it sends (at least with the tenant's onmicrosoft.com "
                          "domain): this one was most likely sent by another system. Send the test from a Microsoft "
                          "365 mailbox of %1.")
                           .arg(from));
}

MessageAnalysis MessageAnalysis::run(const MessageHeaders& message, DnsLookup* dns, const DkimVerifierOptions& options)
{
    MessageAnalysis a;
    if (!message.ok) {
        a.error = message.error;
        a.headline = message.error;
        return a;
    }
    a.notes = message.notes;
    a.headersOnly = !message.hasBody;
    a.fromDomain = message.fromDomain;
    if (message.fromCount > 1) {
        a.notes.append(tr("From names %1 mailboxes; DMARC needs exactly one, so receivers may reject the message.")
                           .arg(message.fromCount));
    }

    for (const MessageHeaderField& f : message.fields) {
        if (f.name.compare(u"Authentication-Results", Qt::CaseInsensitive) == 0) {
            a.authenticationResults.append(AuthenticationResults::parse(f.value));
        } else if (f.name.compare(u"ARC-Authentication-Results", Qt::CaseInsensitive) == 0) {
            a.arcAuthenticationResults.append(AuthenticationResults::parse(f.value, true));
        } else if (f.name.compare(u"Received-SPF", Qt::CaseInsensitive) == 0) {
            a.receivedSpf.append(f.value);
        }
    }
    a.microsoft = MicrosoftAntispamHeaders::read(message);
    a.hops = ReceivedHops::read(message);

    // The receiver's view: the topmost Authentication-Results is the last receiver's (the recipient's system).
    ReceiverView& r = a.receiver;
    if (!a.authenticationResults.isEmpty()) {
        const AuthenticationResults& top = a.authenticationResults.first();
        r.authservId = top.authservId;
        if (const auto* spf = top.first(u"spf")) {
            r.spf = spf->result;
            r.spfDomain = spf->property(u"smtp.mailfrom").value_or(QString());
        }
        if (const auto* dkim = top.first(u"dkim")) {
            r.dkim = dkim->result;
            r.dkimDomain = dkim->property(u"header.d").value_or(QString());
            if (r.dkimDomain.isEmpty()) {
                const QString i = dkim->property(u"header.i").value_or(QString());
                r.dkimDomain = i.mid(i.lastIndexOf(u'@') + 1);
            }
        }
        if (const auto* dmarc = top.first(u"dmarc")) {
            r.dmarc = dmarc->result;
            r.dmarcAction = dmarc->property(u"action").value_or(QString());
            r.dmarcFrom = dmarc->property(u"header.from").value_or(QString());
            r.dmarcPolicy = dmarc->comments.join(u' ');
        }
        if (const auto* compauth = top.first(u"compauth")) {
            r.compauth = compauth->result;
            r.compauthReason = compauth->reason;
            r.compauthMeaning = MicrosoftAntispamHeaders::compauthReasonMeaning(compauth->reason);
        }
    }
    if (!a.receivedSpf.isEmpty()) {
        r.receivedSpf = firstWord(a.receivedSpf.first());
        r.receivedSpfDetail = a.receivedSpf.first().simplified();
    }

    // Alignment needs the From domain's organisational domain and DMARC mode.
    bool fromPsl = false;
    DmarcDiscovery discovery;
    DnsLookup* alignmentDns = options.keyRecord ? nullptr : dns; // --key-file: offline, the PSL decides
    if (!a.fromDomain.isEmpty()) {
        a.fromOrgDomain = orgDomainOf(a.fromDomain, alignmentDns, &a.pending, &fromPsl, &discovery);
        if (discovery.record) {
            a.strictAlignment = discovery.record->value(u"adkim").value_or(QString()).trimmed().toLower() == u"s";
        }
    }

    // Every signature, verified.
    DkimMessage dkimMessage;
    dkimMessage.hasBody = message.hasBody;
    dkimMessage.body = message.body;
    for (const MessageHeaderField& f : message.fields) {
        dkimMessage.fields.append(DkimMessage::Field{f.rawName, f.rawValue});
    }
    if (!options.receivedAt && !a.hops.isEmpty() && a.hops.last().time.isValid()) {
        DkimVerifierOptions withTime = options;
        withTime.receivedAt = a.hops.last().time;
        const auto outcome = DkimVerifier::verify(dkimMessage, dns, withTime);
        a.pending = a.pending || outcome.pending;
        for (const DkimVerification& v : outcome.signatures) {
            a.dkim.append(DkimSignatureReport{v, false});
        }
    } else {
        const auto outcome = DkimVerifier::verify(dkimMessage, dns, options);
        a.pending = a.pending || outcome.pending;
        for (const DkimVerification& v : outcome.signatures) {
            a.dkim.append(DkimSignatureReport{v, false});
        }
    }
    // Each signing domain's organisational domain is looked up once, and only for the signatures that were verified:
    // a hostile message with thousands of signatures must not cost thousands of DNS tree walks.
    QHash<QString, QString> orgDomains;
    int counted = 0;
    for (DkimSignatureReport& s : a.dkim) {
        const QString d = s.verification.signature.domain;
        if (d.isEmpty() || a.fromDomain.isEmpty()) {
            continue;
        }
        if (a.strictAlignment || d == a.fromDomain || ++counted > options.maxSignatures) {
            s.aligned = d == a.fromDomain;
            continue;
        }
        if (!orgDomains.contains(d)) {
            orgDomains.insert(d, orgDomainOf(d, alignmentDns, &a.pending, &fromPsl));
        }
        s.aligned = orgDomains.value(d) == a.fromOrgDomain;
    }
    // Without a signature in this copy, the receiver's dkim= result is all there is: is its domain aligned?
    bool receiverDkimAligned = false;
    if (a.dkim.isEmpty() && !r.dkimDomain.isEmpty() && !a.fromDomain.isEmpty()) {
        const QString d = r.dkimDomain.toLower();
        receiverDkimAligned = d == a.fromDomain || (!a.strictAlignment && orgDomainOf(d, alignmentDns, &a.pending,
                                                                                      &fromPsl) == a.fromOrgDomain);
    }
    a.orgDomainFromPsl = fromPsl;

    // The verdict.
    const DkimSignatureReport* alignedPass = nullptr;
    const DkimSignatureReport* alignedHeaderOnly = nullptr;
    const DkimSignatureReport* alignedOther = nullptr;
    const DkimSignatureReport* microsoftPass = nullptr;
    const DkimSignatureReport* otherPass = nullptr;
    for (const DkimSignatureReport& s : a.dkim) {
        const DkimVerification& v = s.verification;
        if (s.aligned && v.result == DkimResult::Pass && !alignedPass) {
            alignedPass = &s;
        } else if (s.aligned && v.result == DkimResult::Neutral && !v.bodyChecked &&
                   v.headerSignatureVerifies.value_or(false) && !alignedHeaderOnly) {
            alignedHeaderOnly = &s;
        } else if (s.aligned && !alignedOther) {
            alignedOther = &s;
        } else if (!s.aligned && (v.result == DkimResult::Pass || v.headerSignatureVerifies.value_or(false))) {
            if (isOnMicrosoftDomain(v.signature.domain) && !microsoftPass) {
                microsoftPass = &s;
            } else if (!otherPass) {
                otherPass = &s;
            }
        }
    }
    const QString from = a.fromDomain.isEmpty() ? tr("the From domain") : a.fromDomain;
    if (alignedPass) {
        a.verdict = Verdict::Works;
        a.headline = tr("Signed by %1 and aligned — DKIM for this domain works.")
                         .arg(describeSignature(alignedPass->verification));
        if (alignedPass->verification.signature.bodyLength) {
            a.nextSteps.append(tr("The signature uses l= (a body length limit): ask the signer to sign the whole "
                                  "body."));
        }
    } else if (a.pending) {
        a.verdict = Verdict::Pending;
        a.headline = tr("Still fetching keys and DMARC records from DNS…");
    } else if (alignedHeaderOnly) {
        a.verdict = Verdict::WorksHeadersOnly;
        a.headline = tr("Signed by %1 and aligned; the signature over the header fields verifies. The body was not "
                        "given, so the body hash is unchecked.")
                         .arg(describeSignature(alignedHeaderOnly->verification));
        a.nextSteps.append(tr("To be sure, save the whole message (.eml, or Gmail's \"Download original\") and check "
                              "that file."));
    } else if (alignedOther) {
        const DkimVerification& v = alignedOther->verification;
        a.verdict = Verdict::AlignedFails;
        a.headline = tr("The signature by %1 does not pass (%2): %3")
                         .arg(describeSignature(v), dkimResultKeyword(v.result), v.reason);
        if (v.result == DkimResult::Neutral && a.headersOnly) {
            // Pasted headers are often re-wrapped: say what the receiver, who had the whole message, concluded.
            a.headline = r.dkim.isEmpty()
                             ? tr("Signed by %1 (aligned), but with the header alone the signature cannot be "
                                  "confirmed here.")
                                   .arg(describeSignature(v))
                             : tr("Signed by %1 (aligned), but with the header alone the signature cannot be "
                                  "confirmed here; the receiver, which had the whole message, says dkim=%2 for %3.")
                                   .arg(describeSignature(v), r.dkim, r.dkimDomain);
        }
        if (v.result == DkimResult::TempError) {
            a.nextSteps.append(tr("DNS did not answer for %1: check again in a few minutes.").arg(v.keyName));
        } else if (v.result == DkimResult::PermError && v.keyBits == 0) {
            a.nextSteps.append(tr("Publish the selector CNAMEs for %1 (step 3 of the DKIM page) and wait until "
                                  "they are visible everywhere.")
                                   .arg(from));
        } else if (v.result == DkimResult::Fail && v.bodyChecked && !v.bodyHashMatches) {
            a.nextSteps.append(tr("Something changed the body after signing: a disclaimer or footer added by a mail "
                                  "flow rule or gateway after Microsoft 365 signed, or a security appliance that "
                                  "rewrites links. Add such content before signing, or sign after it."));
        } else if (a.headersOnly) {
            a.nextSteps.append(tr("Check the whole message (.eml) rather than pasted headers."));
        } else {
            a.nextSteps.append(tr("Send a new test message to an outside mailbox and check it again; if it still "
                                  "fails, rotate the key (Rotate-DkimSigningConfig) and check the CNAMEs."));
        }
    } else if (microsoftPass) {
        a.verdict = Verdict::OnlyOnMicrosoftDomain;
        a.headline = tr("Signed only by %1: custom-domain signing is not on yet (step 4 of the DKIM page).")
                         .arg(microsoftPass->verification.signature.domain);
        a.nextSteps.append(tr("Publish the two selector CNAMEs for %1, then enable signing: Set-DkimSigningConfig "
                              "-Identity %1 -Enabled $true.")
                               .arg(from));
    } else if (otherPass) {
        a.verdict = Verdict::NotAligned;
        a.headline = tr("Signed only by %1, which is not aligned with %2: DMARC cannot count this signature.")
                         .arg(describeSignature(otherPass->verification), from);
        a.nextSteps.append(tr("Have the service that sent this message sign with %1 (its own DKIM setup for your "
                              "domain), or send through Microsoft 365.")
                               .arg(from));
    } else if (a.dkim.isEmpty()) {
        judgeUnsigned(a, receiverDkimAligned);
    } else {
        const DkimVerification& v = a.dkim.first().verification;
        a.verdict = Verdict::NotAligned;
        a.headline = tr("No signature passes: %1 (%2).").arg(describeSignature(v), v.reason);
        a.nextSteps.append(tr("Check a message as the recipient got it, as a whole .eml file."));
    }
    if (a.orgDomainFromPsl && !a.fromDomain.isEmpty()) {
        a.notes.append(tr("Alignment was judged with the public suffix list (DNS was not asked or did not answer)."));
    }
    return a;
}

} // namespace mailauth
