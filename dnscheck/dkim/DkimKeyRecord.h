#pragma once

#include "DkimPublicKey.h"
#include "core/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mailauth {

struct DkimTag
{
    QString name;
    QString value;
    int position = 0;
};

struct DkimKeyEvaluation
{
    bool valid = false;   // a verifier would keep this record and could use its key
    bool revoked = false; // p= present and empty
    std::optional<DkimKeyType> keyType;
    int keyBits = 0; // 0 when absent, revoked or undecodable
    QString keyEncoding;
    QList<DkimTag> tags;
    Findings findings;
};

// A DKIM key record at <selector>._domainkey.<domain> (RFC 6376 3.6.1), judged with RFC 8301 and RFC 8463.
class DkimKeyRecord
{
    Q_DECLARE_TR_FUNCTIONS(DkimKeyRecord)

public:
    static constexpr int kMinimumRsaBits = 1024;
    static constexpr int kRecommendedRsaBits = 2048;

    static DkimKeyEvaluation evaluate(const QString& text);
};

} // namespace mailauth
