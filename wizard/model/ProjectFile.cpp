#include "ProjectFile.h"

#include "NextSteps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mailauth {

namespace {

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

QJsonValue optionalPolicy(const std::optional<DmarcPolicy>& p)
{
    return p ? QJsonValue(dmarcPolicyKeyword(*p)) : QJsonValue();
}

std::optional<DmarcPolicy> optionalPolicy(const QJsonValue& v)
{
    return v.isString() ? dmarcPolicyFromKeyword(v.toString()) : std::nullopt;
}

QJsonValue snapshotToJson(const std::optional<AuditSnapshot>& snapshot)
{
    if (!snapshot) {
        return QJsonValue();
    }
    return QJsonObject{{QStringLiteral("takenAt"), snapshot->takenAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("report"), snapshot->report.toJson()}};
}

std::optional<AuditSnapshot> snapshotFromJson(const QJsonValue& v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs);
    if (!at.isValid() || !o.value(QStringLiteral("report")).isObject()) {
        return std::nullopt;
    }
    return AuditSnapshot{at, AuditReport::fromJson(o.value(QStringLiteral("report")).toObject())};
}

QString qualifierKeyword(SpfQualifier q)
{
    return QString(qualifierChar(q)) + QStringLiteral("all");
}

} // namespace

QJsonObject ProjectFile::toJson(const RolloutPlan& plan)
{
    QJsonArray domains;
    for (const DomainPlan& d : plan.domains()) {
        QJsonArray stages;
        for (const DmarcStage& s : d.stages) {
            stages.append(QJsonObject{{QStringLiteral("policy"), dmarcPolicyKeyword(s.policy)},
                                      {QStringLiteral("due"), s.due.toString(Qt::ISODate)}});
        }
        QJsonArray confirmations;
        for (const Confirmation& c : d.confirmations) {
            confirmations.append(
                QJsonObject{{QStringLiteral("record"), c.record},
                            {QStringLiteral("value"), c.value},
                            {QStringLiteral("confirmedAt"), c.confirmedAt.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("servers"), strings(c.servers)}});
        }
        domains.append(QJsonObject{
            {QStringLiteral("domain"), d.ace},
            {QStringLiteral("role"),
             d.role == DomainRole::Parked ? QStringLiteral("parked") : QStringLiteral("sending")},
            {QStringLiteral("spf"), QJsonObject{{QStringLiteral("senders"), strings(d.senderIds)},
                                                {QStringLiteral("includes"), strings(d.extraIncludes)},
                                                {QStringLiteral("ip4"), strings(d.ip4)},
                                                {QStringLiteral("ip6"), strings(d.ip6)},
                                                {QStringLiteral("all"), qualifierKeyword(d.allQualifier)},
                                                {QStringLiteral("existing"), d.existingSpf}}},
            {QStringLiteral("dkim"), QJsonObject{{QStringLiteral("pasted"), d.pastedDkimText},
                                                 {QStringLiteral("selector1"), d.selector1Target},
                                                 {QStringLiteral("selector2"), d.selector2Target},
                                                 {QStringLiteral("enabled"), d.dkimEnabled}}},
            {QStringLiteral("dmarc"), QJsonObject{{QStringLiteral("rua"), strings(d.aggregateReports)},
                                                  {QStringLiteral("stages"), stages},
                                                  {QStringLiteral("currentStage"), d.currentStage},
                                                  {QStringLiteral("testing"), d.testing},
                                                  {QStringLiteral("sp"), optionalPolicy(d.subdomainPolicy)},
                                                  {QStringLiteral("np"), optionalPolicy(d.nonexistentPolicy)},
                                                  {QStringLiteral("strictAlignment"), d.strictAlignment}}},
            {QStringLiteral("confirmations"), confirmations},
            {QStringLiteral("audits"), QJsonObject{{QStringLiteral("before"), snapshotToJson(d.auditBefore)},
                                                   {QStringLiteral("after"), snapshotToJson(d.auditAfter)}}}});
    }
    // The next actions are derived from the plan (and recomputed on load); they are written for people and tools
    // that read the file without the app.
    QJsonArray next;
    for (const NextStep& step : NextSteps::compute(plan, QDate::currentDate())) {
        QJsonObject o{{QStringLiteral("domain"), plan.domain(step.domainIndex).ace},
                      {QStringLiteral("action"), step.text}};
        if (step.due) {
            o.insert(QStringLiteral("due"), step.due->toString(Qt::ISODate));
        }
        next.append(o);
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormat)},    {QStringLiteral("nextActions"), next},
        {QStringLiteral("schemaVersion"), kSchemaVersion},     {QStringLiteral("client"), plan.clientName()},
        {QStringLiteral("consultant"), plan.consultantName()}, {QStringLiteral("resumePage"), plan.lastPage()},
        {QStringLiteral("tenant"), plan.initialDomain()},      {QStringLiteral("cloud"), plan.cloud().id},
        {QStringLiteral("dnsHost"), plan.dnsHost().id},        {QStringLiteral("domains"), domains}};
}

bool ProjectFile::fromJson(const QJsonObject& json, RolloutPlan& plan, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error != nullptr) {
            *error = message;
        }
        return false;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        return fail(tr("This is not a MailAuth Wizard project file."));
    }
    const int version = json.value(QStringLiteral("schemaVersion")).toInt(-1);
    if (version > kSchemaVersion) {
        return fail(
            tr("This project was saved by a newer version of MailAuth Wizard (format %1; this version reads up to %2). "
               "Update the app to open it; the file was not changed.")
                .arg(version)
                .arg(kSchemaVersion));
    }
    if (version < 1) {
        return fail(tr("The project file has no valid format version."));
    }
    RolloutPlan loaded;
    if (!loaded.setCloud(json.value(QStringLiteral("cloud")).toString())) {
        return fail(tr("The project names an unknown Microsoft cloud \"%1\".")
                        .arg(json.value(QStringLiteral("cloud")).toString()));
    }
    loaded.setDnsHost(json.value(QStringLiteral("dnsHost")).toString());
    loaded.setClientName(json.value(QStringLiteral("client")).toString());
    loaded.setConsultantName(json.value(QStringLiteral("consultant")).toString());
    loaded.setLastPage(std::max(0, json.value(QStringLiteral("resumePage")).toInt()));
    QString reason;
    const QString tenant = json.value(QStringLiteral("tenant")).toString();
    if (!tenant.isEmpty() && !loaded.setInitialDomain(tenant, &reason)) {
        return fail(tr("The project's tenant is not valid: %1").arg(reason));
    }
    QStringList names;
    const QJsonArray domains = json.value(QStringLiteral("domains")).toArray();
    for (const QJsonValue& v : domains) {
        names.append(v.toObject().value(QStringLiteral("domain")).toString());
    }
    if (!loaded.setDomains(names, &reason)) {
        return fail(tr("The project's domains are not valid: %1").arg(reason));
    }
    for (int i = 0; i < domains.size() && i < loaded.domains().size(); ++i) {
        const QJsonObject o = domains[i].toObject();
        DomainPlan& d = loaded.domain(i);
        d.role = o.value(QStringLiteral("role")).toString() == u"parked" ? DomainRole::Parked : DomainRole::Sending;
        const QJsonObject spf = o.value(QStringLiteral("spf")).toObject();
        d.senderIds = strings(spf.value(QStringLiteral("senders")));
        d.extraIncludes = strings(spf.value(QStringLiteral("includes")));
        d.ip4 = strings(spf.value(QStringLiteral("ip4")));
        d.ip6 = strings(spf.value(QStringLiteral("ip6")));
        d.allQualifier =
            spf.value(QStringLiteral("all")).toString() == u"~all" ? SpfQualifier::SoftFail : SpfQualifier::Fail;
        d.existingSpf = spf.value(QStringLiteral("existing")).toString();
        const QJsonObject dkim = o.value(QStringLiteral("dkim")).toObject();
        d.pastedDkimText = dkim.value(QStringLiteral("pasted")).toString();
        d.selector1Target = dkim.value(QStringLiteral("selector1")).toString();
        d.selector2Target = dkim.value(QStringLiteral("selector2")).toString();
        d.dkimEnabled = dkim.value(QStringLiteral("enabled")).toBool();
        const QJsonObject dmarc = o.value(QStringLiteral("dmarc")).toObject();
        d.aggregateReports = strings(dmarc.value(QStringLiteral("rua")));
        d.stages.clear();
        for (const QJsonValue& s : dmarc.value(QStringLiteral("stages")).toArray()) {
            const auto policy = dmarcPolicyFromKeyword(s.toObject().value(QStringLiteral("policy")).toString());
            const QDate due = QDate::fromString(s.toObject().value(QStringLiteral("due")).toString(), Qt::ISODate);
            if (!policy || !due.isValid()) {
                return fail(tr("The DMARC plan of %1 is damaged.").arg(d.ace));
            }
            d.stages.append(DmarcStage{*policy, due});
        }
        d.currentStage = std::clamp(dmarc.value(QStringLiteral("currentStage")).toInt(), 0,
                                    std::max(0, static_cast<int>(d.stages.size()) - 1));
        d.testing = dmarc.value(QStringLiteral("testing")).toBool();
        d.subdomainPolicy = optionalPolicy(dmarc.value(QStringLiteral("sp")));
        d.nonexistentPolicy = optionalPolicy(dmarc.value(QStringLiteral("np")));
        d.strictAlignment = dmarc.value(QStringLiteral("strictAlignment")).toBool();
        d.confirmations.clear();
        for (const QJsonValue& c : o.value(QStringLiteral("confirmations")).toArray()) {
            const QJsonObject co = c.toObject();
            d.confirmations.append(Confirmation{
                co.value(QStringLiteral("record")).toString(), co.value(QStringLiteral("value")).toString(),
                QDateTime::fromString(co.value(QStringLiteral("confirmedAt")).toString(), Qt::ISODateWithMs),
                strings(co.value(QStringLiteral("servers")))});
        }
        const QJsonObject audits = o.value(QStringLiteral("audits")).toObject();
        d.auditBefore = snapshotFromJson(audits.value(QStringLiteral("before")));
        d.auditAfter = snapshotFromJson(audits.value(QStringLiteral("after")));
    }
    // Everything checked: only now does the open plan change.
    plan.setCloud(loaded.cloud().id);
    plan.setDnsHost(loaded.dnsHost().id);
    plan.setClientName(loaded.clientName());
    plan.setConsultantName(loaded.consultantName());
    plan.setLastPage(loaded.lastPage());
    if (!loaded.initialDomain().isEmpty()) {
        plan.setInitialDomain(loaded.initialDomain());
    }
    plan.setDomains(names);
    for (int i = 0; i < loaded.domains().size(); ++i) {
        plan.domain(i) = loaded.domain(i);
    }
    return true;
}

QByteArray ProjectFile::toBytes(const RolloutPlan& plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

bool ProjectFile::save(const QString& path, const RolloutPlan& plan, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error != nullptr) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    file.write(toBytes(plan));
    if (!file.commit()) {
        if (error != nullptr) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool ProjectFile::load(const QString& path, RolloutPlan& plan, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray data = file.read(16 * 1024 * 1024);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error != nullptr) {
            const int line = static_cast<int>(data.left(parseError.offset).count('\n')) + 1;
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("%1 is damaged (line %2: %3).").arg(path).arg(line).arg(parseError.errorString())
                         : tr("This is not a MailAuth Wizard project file.");
        }
        return false;
    }
    return fromJson(doc.object(), plan, error);
}

} // namespace mailauth
