#pragma once

#include "MessageHeaders.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mailauth {

struct AntispamField
{
    QString name;    // "SFV"
    QString value;   // "NSPM"
    QString meaning; // for people, empty when the value is not one Microsoft documents
};

// Microsoft 365's anti-spam stamps ("Anti-spam message headers in Microsoft 365"): X-Forefront-Antispam-Report
// (NAME:value pairs separated by ';') and X-Microsoft-Antispam (BCL). Only the fields an admin judging
// authentication needs are explained; the rest are listed as they are.
struct MicrosoftAntispamHeaders
{
    Q_DECLARE_TR_FUNCTIONS(MicrosoftAntispamHeaders)

public:
    static MicrosoftAntispamHeaders read(const MessageHeaders& message);
    // Reads one X-Forefront-Antispam-Report value.
    static QList<AntispamField> parseForefront(const QString& value);

    bool present = false;           // either header was found
    QList<AntispamField> forefront; // in the order written
    std::optional<int> scl;
    std::optional<int> bcl;
    QString bclMeaning;

    std::optional<AntispamField> field(QStringView name) const;

    // The compauth reason (Authentication-Results compauth=... reason=NNN) in plain words.
    static QString compauthReasonMeaning(const QString& reason);

private:
    static QString meaningOf(const QString& name, const QString& value);
    static QString describeBcl(int bcl);
};

} // namespace mailauth
