// A message or pasted header block: GMime's header reading with raw octets, DKIM-Signature tags, both
// canonicalizations, verification against a key in an in-memory zone (so the crypto path runs), RFC 8601
// Authentication-Results, Microsoft's anti-spam stamps, Received hops and the verdict.
#include "FuzzSupport.h"
#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimSignature.h"
#include "dns/InMemoryZone.h"
#include "message/AuthenticationResults.h"
#include "message/MessageAnalysis.h"
#include "message/MessageHeaders.h"
#include "message/MicrosoftAntispamHeaders.h"
#include "message/ReceivedHops.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace mailauth;

namespace {

// One zone for the whole run: a 1024-bit key made at start-up (no key material in the repository) under the
// selectors the seeds use, and a DMARC record so alignment asks and gets answers.
InMemoryZone& zone()
{
    static InMemoryZone* z = [] {
        auto* made = new InMemoryZone;
        EVP_PKEY* key = EVP_RSA_gen(1024);
        unsigned char* der = nullptr;
        const int length = i2d_PUBKEY(key, &der);
        const QString p = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(der), length).toBase64());
        OPENSSL_free(der);
        EVP_PKEY_free(key);
        for (const char* name :
             {"selector1._domainkey.contoso.com", "selector1._domainkey.contoso.test", "s1._domainkey.contoso.com"}) {
            made->addTxt(QString::fromLatin1(name), QStringLiteral("v=DKIM1; k=rsa; p=") + p);
        }
        made->addTxt(QStringLiteral("ed._domainkey.contoso.com"),
                     QStringLiteral("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
        made->addTxt(QStringLiteral("_dmarc.contoso.com"), QStringLiteral("v=DMARC1; p=reject; adkim=r"));
        return made;
    }();
    return *z;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    const MessageHeaders message = MessageHeaders::parse(raw);
    DkimVerifierOptions options;
    options.receivedAt = QDateTime::fromSecsSinceEpoch(1764667800, Qt::UTC);
    (void)MessageAnalysis::run(message, &zone(), options);

    // The parsers alone on the raw input, as if it were one field value.
    (void)DkimSignature::parse(raw).rawValueWithoutSignature();
    (void)DkimCanonicalizer::body(DkimCanonicalization::Relaxed, raw);
    (void)DkimCanonicalizer::body(DkimCanonicalization::Simple, raw);
    (void)DkimCanonicalizer::header(DkimCanonicalization::Relaxed, "X", raw);
    const QString text = fuzz::text(data, size);
    (void)AuthenticationResults::parse(text);
    (void)AuthenticationResults::parse(text, true);
    (void)MicrosoftAntispamHeaders::parseForefront(text);
    (void)ReceivedHops::parse(text);
    return 0;
}
