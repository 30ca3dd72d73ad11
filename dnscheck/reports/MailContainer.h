#pragma once

#include "reports/ReportContainer.h"

#include <QCoreApplication>

namespace mailauth {

// Report mails (.eml as any mail client saves them, and mbox files), parsed by GMime. The MIME tree is walked and
// every part that can hold a report goes to the item sink, decoded (base64, quoted-printable) by GMime: zip, gzip
// and XML media types, application/octet-stream and anything else named .xml, .gz or .zip. Text bodies (Microsoft's
// HTML "[Preview]", a plain-text note) are passed over. An attached mail (message/rfc822, a forwarded report) goes
// to the item sink whole, so the reader counts it as one more level of nesting.
class MailContainer
{
    Q_DECLARE_TR_FUNCTIONS(MailContainer)

public:
    // One mail. false with *error (translated) when it is not a readable mail or holds nothing that could be a report.
    static bool forEachAttachment(const QByteArray& data, const ContainerItemSink& item, QString* error);
    // An mbox: each mail goes to `mail` as its own bytes, named "mail 3". false with *error when no mail is found.
    static bool forEachMail(const QByteArray& data, const ContainerLimits& limits, const ContainerItemSink& mail,
                            const ContainerProblemSink& problem, QString* error, bool* cancelled);
};

} // namespace mailauth
