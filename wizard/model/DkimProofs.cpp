#include "DkimProofs.h"

#include <QJsonValue>

namespace mailauth {

namespace {

const QStringList& recordableVerdicts()
{
    static const QStringList verdicts{QStringLiteral("works"),
                                      QStringLiteral("works-headers-only"),
                                      QStringLiteral("receiver-says-works"),
                                      QStringLiteral("only-onmicrosoft"),
                                      QStringLiteral("not-aligned"),
                                      QStringLiteral("aligned-fails"),
                                      QStringLiteral("not-signed")};
    return verdicts;
}

} // namespace

bool DkimProof::works() const
{
    return verdict == u"works" || verdict == u"works-headers-only" || verdict == u"receiver-says-works";
}

bool DkimProofs::isRecordableVerdict(const QString& keyword)
{
    return recordableVerdicts().contains(keyword);
}

bool DkimProofs::isValidHeadline(const QString& text)
{
    if (text.trimmed().isEmpty() || text.size() > kMaxHeadlineLength) {
        return false;
    }
    for (const QChar c : text) {
        // Control characters, line and paragraph separators, and format characters (bidi overrides, zero-width
        // joiners) have no place in one line that a report prints.
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph || category == QChar::Other_NotAssigned) {
            return false;
        }
    }
    return true;
}

void DkimProofs::set(const QString& ace, const DkimProof& proof)
{
    m_proofs.insert(ace, proof);
}

std::optional<DkimProof> DkimProofs::value(const QString& ace) const
{
    const auto it = m_proofs.constFind(ace);
    return it == m_proofs.constEnd() ? std::nullopt : std::optional<DkimProof>(*it);
}

QJsonObject DkimProofs::toJson(const QStringList& domains) const
{
    QJsonObject out;
    for (const QString& ace : domains) {
        if (const auto proof = value(ace)) {
            out.insert(ace,
                       QJsonObject{{QStringLiteral("checkedAt"), proof->checkedAt.toUTC().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("verdict"), proof->verdict},
                                   {QStringLiteral("headline"), proof->headline}});
        }
    }
    return out;
}

std::optional<DkimProofs> DkimProofs::fromJson(const QJsonValue& json, const QStringList& domains, QString* error,
                                               const QDateTime& now)
{
    auto fail = [error](const QString& message) -> std::optional<DkimProofs> {
        if (error != nullptr) {
            *error = message;
        }
        return std::nullopt;
    };
    DkimProofs proofs;
    if (json.isUndefined() || json.isNull()) {
        return proofs;
    }
    if (!json.isObject()) {
        return fail(tr("%1: the value does not have the expected form.").arg(QLatin1String(kProjectKey)));
    }
    const QJsonObject all = json.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString ace = it.key();
        if (!domains.contains(ace)) {
            return fail(tr("%1: \"%2\" is not a domain of the project.").arg(QLatin1String(kProjectKey), ace));
        }
        const QString where = QLatin1String(kProjectKey) + QStringLiteral(", ") + ace;
        if (!it.value().isObject()) {
            return fail(tr("%1: the value does not have the expected form.").arg(where));
        }
        const QJsonObject o = it.value().toObject();
        for (auto field = o.begin(); field != o.end(); ++field) {
            if (field.key() != u"checkedAt" && field.key() != u"verdict" && field.key() != u"headline") {
                return fail(tr("%1: unknown field \"%2\".").arg(where, field.key()));
            }
            if (!field.value().isString()) {
                return fail(tr("%1: the value does not have the expected form.").arg(where + u'.' + field.key()));
            }
        }
        DkimProof proof;
        proof.checkedAt = QDateTime::fromString(o.value(QStringLiteral("checkedAt")).toString(), Qt::ISODateWithMs);
        // The wizard writes the time it checked, in UTC; a date far in the future is not one it wrote.
        if (!proof.checkedAt.isValid() || proof.checkedAt.timeSpec() != Qt::UTC ||
            proof.checkedAt.date().year() < 2000 || proof.checkedAt > now.addDays(2)) {
            return fail(tr("%1: the date of the test message is not valid.").arg(where));
        }
        proof.verdict = o.value(QStringLiteral("verdict")).toString();
        if (!isRecordableVerdict(proof.verdict)) {
            return fail(tr("%1: \"%2\" is not a verdict the wizard records.").arg(where, proof.verdict));
        }
        proof.headline = o.value(QStringLiteral("headline")).toString();
        if (!isValidHeadline(proof.headline)) {
            return fail(tr("%1: the verdict text must be one line of at most %2 printable characters.")
                            .arg(where)
                            .arg(kMaxHeadlineLength));
        }
        proofs.set(ace, proof);
    }
    return proofs;
}

} // namespace mailauth
