#pragma once

#include "DmarcRecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailauth {

struct DmarcPlan
{
    DmarcPolicy policy = DmarcPolicy::None;
    std::optional<DmarcPolicy> subdomainPolicy;   // sp
    std::optional<DmarcPolicy> nonexistentPolicy; // np
    bool testing = false;                         // t=y
    QStringList aggregateReports;                 // rua: addresses, with or without mailto:
    QStringList failureReports;                   // ruf
    bool strictDkim = false;                      // adkim=s
    bool strictSpf = false;                       // aspf=s
    QString failureOptions;                       // fo, e.g. "1"; only written with ruf
};

struct DmarcComposition
{
    QString record;
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

class DmarcComposer
{
    Q_DECLARE_TR_FUNCTIONS(DmarcComposer)

public:
    static DmarcComposition compose(const DmarcPlan& plan);
    // mailto: URI for an address, with "," "!" ";" and spaces percent-encoded (RFC 9989 4.7).
    static std::optional<QString> mailtoUri(const QString& address);
};

} // namespace mailauth
