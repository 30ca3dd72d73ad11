// DKIM key records (tag list, base64, the key itself through libcrypto) and the key decoder on raw bytes.
#include "FuzzSupport.h"
#include "dkim/DkimKeyRecord.h"
#include "dkim/DkimPublicKey.h"

using namespace mailauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)DkimKeyRecord::evaluate(fuzz::text(data, size));
    const QByteArray raw = fuzz::bytes(data, size);
    (void)DkimPublicKey::decode(DkimKeyType::Rsa, raw);
    (void)DkimPublicKey::decode(DkimKeyType::Ed25519, raw);
    return 0;
}
