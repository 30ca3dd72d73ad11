#include "ProjectFile.h"

#include "AtomicFileWrite.h"
#include "DkimRotationJson.h"
#include "NextSteps.h"
#include "PlanRules.h"
#include "StrictJson.h"
#include "model/reports/ReportSummaryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace mailauth {

namespace {

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalPolicy(const std::optional<DmarcPolicy>& p)
{
    return p ? QJsonValue(dmarcPolicyKeyword(*p)) : QJsonValue();
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

// Reads one JSON object's fields, insisting on their types: a list where a text belongs (or the reverse) would
// otherwise read as empty and silently drop a record. A missing field takes its default (older files lack some).
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, const QString& prefix)
        : m_object(object)
        , m_prefix(prefix)
    {
    }

    void setPrefix(const QString& prefix) { m_prefix = prefix; }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(const QString& key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    bool isString(const QString& key) const { return m_object.value(key).isString(); }

    QString string(const QString& key, const QString& fallback = {})
    {
        const QJsonValue v = m_object.value(key);
        return expect(key, v.isString() || v.isNull() || v.isUndefined()) && v.isString() ? v.toString() : fallback;
    }
    QStringList strings(const QString& key)
    {
        QStringList out;
        for (const QJsonValue& s : array(key)) {
            if (!expect(key, s.isString())) {
                return {};
            }
            out.append(s.toString());
        }
        return out;
    }
    int integer(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        const bool number = v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e9;
        return expect(key, number || v.isNull() || v.isUndefined()) && number ? v.toInt() : 0;
    }
    bool boolean(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        return expect(key, v.isBool() || v.isNull() || v.isUndefined()) && v.toBool();
    }
    QJsonArray array(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        return expect(key, v.isArray() || v.isNull() || v.isUndefined()) ? v.toArray() : QJsonArray();
    }
    QJsonObject object(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        return expect(key, v.isObject() || v.isNull() || v.isUndefined()) ? v.toObject() : QJsonObject();
    }
    std::optional<DmarcPolicy> policy(const QString& key)
    {
        const QString text = string(key);
        const auto p = dmarcPolicyFromKeyword(text);
        expect(key, text.isEmpty() || p.has_value());
        return p;
    }

private:
    bool expect(const QString& key, bool condition)
    {
        if (!condition && m_error.isEmpty()) {
            m_error = ProjectFile::tr("%1: the value does not have the expected form.").arg(m_prefix + key);
        }
        return condition;
    }

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};

QStringList domainNames(const RolloutPlan& plan)
{
    QStringList names;
    for (const DomainPlan& d : plan.domains()) {
        names.append(d.ace);
    }
    return names;
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
                QJsonObject{{QStringLiteral("record"), recordIdKeyword(c.record)},
                            {QStringLiteral("value"), c.value},
                            {QStringLiteral("confirmedAt"), c.confirmedAt.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("servers"), strings(c.servers)}});
        }
        domains.append(QJsonObject{
            {QStringLiteral("domain"), d.ace},
            {QStringLiteral("zone"), d.zone},
            {QStringLiteral("role"),
             d.role == DomainRole::Parked ? QStringLiteral("parked") : QStringLiteral("sending")},
            {QStringLiteral("spf"), QJsonObject{{QStringLiteral("senders"), strings(d.senderIds)},
                                                {QStringLiteral("includes"), strings(d.extraIncludes)},
                                                {QStringLiteral("ip4"), strings(d.ip4)},
                                                {QStringLiteral("ip6"), strings(d.ip6)},
                                                {QStringLiteral("all"), qualifierKeyword(d.allQualifier)},
                                                {QStringLiteral("removed"), strings(d.removedSpfTerms)},
                                                {QStringLiteral("fromScratch"), d.spfFromScratch},
                                                {QStringLiteral("existing"), strings(d.existingSpf)}}},
            {QStringLiteral("dkim"), QJsonObject{{QStringLiteral("pasted"), d.pastedDkimText},
                                                 {QStringLiteral("selector1"), d.selector1Target},
                                                 {QStringLiteral("selector2"), d.selector2Target},
                                                 {QStringLiteral("enabled"), d.dkimEnabled},
                                                 {QStringLiteral("later"), d.dkimLater}}},
            {QStringLiteral("dmarc"), QJsonObject{{QStringLiteral("rua"), strings(d.aggregateReports)},
                                                  {QStringLiteral("stages"), stages},
                                                  {QStringLiteral("currentStage"), d.currentStage},
                                                  {QStringLiteral("testing"), d.testing},
                                                  {QStringLiteral("sp"), optionalPolicy(d.subdomainPolicy)},
                                                  {QStringLiteral("np"), optionalPolicy(d.nonexistentPolicy)},
                                                  {QStringLiteral("ruf"), strings(d.failureReports)},
                                                  {QStringLiteral("fo"), d.failureOptions},
                                                  {QStringLiteral("adkimStrict"), d.strictDkim},
                                                  {QStringLiteral("aspfStrict"), d.strictSpf},
                                                  {QStringLiteral("existing"), d.existingDmarc},
                                                  {QStringLiteral("inherited"), d.inheritedDmarc}}},
            {QStringLiteral("existing"), QJsonObject{{QStringLiteral("spfKnown"), d.spfKnown},
                                                     {QStringLiteral("dmarcKnown"), d.dmarcKnown},
                                                     {QStringLiteral("mxKnown"), d.mxKnown},
                                                     {QStringLiteral("mx"), strings(d.existingMx)}}},
            {QStringLiteral("acceptedWeakenings"), strings(d.acceptedWeakenings)},
            {QStringLiteral("confirmations"), confirmations},
            {QStringLiteral("audits"), QJsonObject{{QStringLiteral("before"), snapshotToJson(d.auditBefore)},
                                                   {QStringLiteral("after"), snapshotToJson(d.auditAfter)}}}});
    }
    // The next actions are derived from the plan (and recomputed on load); they are written for people and tools
    // that read the file without the app.
    QJsonArray next;
    for (const NextStep& step : NextSteps::compute(plan, plan.today())) {
        QJsonObject o{{QStringLiteral("domain"), plan.domain(step.domainIndex).ace},
                      {QStringLiteral("action"), step.text}};
        if (step.due) {
            o.insert(QStringLiteral("due"), step.due->toString(Qt::ISODate));
        }
        next.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},    {QStringLiteral("nextActions"), next},
        {QStringLiteral("schemaVersion"), kSchemaVersion},     {QStringLiteral("client"), plan.clientName()},
        {QStringLiteral("consultant"), plan.consultantName()}, {QStringLiteral("resumePage"), plan.lastPage()},
        {QStringLiteral("tenant"), plan.initialDomain()},      {QStringLiteral("cloud"), plan.cloud().id},
        {QStringLiteral("dnsHost"), plan.dnsHost().id},        {QStringLiteral("domains"), domains}};
    if (const QJsonObject proofs = plan.dkimProofs().toJson(domainNames(plan)); !proofs.isEmpty()) {
        root.insert(QLatin1String(DkimProofs::kProjectKey), proofs);
    }
    // Written only once entered, so that projects without Azure DNS look as they always did.
    if (!plan.azureResourceGroup().isEmpty()) {
        root.insert(QStringLiteral("azureResourceGroup"), plan.azureResourceGroup());
    }
    if (const auto evidence = plan.reportEvidence(); evidence && !evidence->isEmpty()) {
        root.insert(QStringLiteral("dmarcReports"), ReportSummaryJson::toJson(*evidence));
    }
    if (const QJsonValue rotations = DkimRotationJson::toJson(plan.domains()); !rotations.isUndefined()) {
        root.insert(QLatin1String(DkimRotationJson::kKey), rotations);
    }
    return root;
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
    // As a double: toInt() turns 1e300 or 2^63 into a default, and a file from the far future is still "newer".
    const QJsonValue versionValue = json.value(QStringLiteral("schemaVersion"));
    const double version = versionValue.isDouble() ? versionValue.toDouble() : -1;
    if (version > kSchemaVersion) {
        return fail(
            tr("This project was saved by a newer version of MailAuth Wizard (format %1; this version reads up to %2). "
               "Update the app to open it; the file was not changed.")
                .arg(QString::number(version, 'g', 15), QString::number(kSchemaVersion)));
    }
    if (version < 1 || version != std::floor(version)) {
        return fail(tr("The project file has no valid format version."));
    }
    FieldReader root(json, QString());
    RolloutPlan loaded;
    QString reason;
    const QString cloud = root.string(QStringLiteral("cloud"));
    if (root.ok() && !loaded.setCloud(cloud)) {
        return fail(tr("The project names an unknown Microsoft cloud \"%1\".").arg(cloud));
    }
    const QString dnsHost = root.string(QStringLiteral("dnsHost"));
    if (root.ok() && !dnsHost.isEmpty() && !loaded.setDnsHost(dnsHost)) {
        return fail(tr("The project names an unknown DNS host \"%1\".").arg(dnsHost));
    }
    // Checked as strictly as the tenant page's field: the name goes into every Azure DNS command.
    const QString resourceGroup = root.string(QStringLiteral("azureResourceGroup"));
    if (root.ok() && !loaded.setAzureResourceGroup(resourceGroup, &reason)) {
        return fail(tr("The project's Azure resource group is not valid: %1").arg(reason));
    }
    const QString client = root.string(QStringLiteral("client"));
    const QString consultant = root.string(QStringLiteral("consultant"));
    if (root.ok() && !PlanRules::isValidPersonName(client)) {
        return fail(tr("The client name must be one line of at most %1 characters.").arg(PlanRules::kMaxNameLength));
    }
    if (root.ok() && !PlanRules::isValidPersonName(consultant)) {
        return fail(
            tr("The consultant name must be one line of at most %1 characters.").arg(PlanRules::kMaxNameLength));
    }
    loaded.setClientName(client);
    loaded.setConsultantName(consultant);
    loaded.setLastPage(std::clamp(root.integer(QStringLiteral("resumePage")), 0, 100));
    const QString tenant = root.string(QStringLiteral("tenant"));
    if (root.ok() && !tenant.isEmpty() && !loaded.setInitialDomain(tenant, &reason)) {
        return fail(tr("The project's tenant is not valid: %1").arg(reason));
    }
    const QJsonArray domains = root.array(QStringLiteral("domains"));
    const QJsonObject reports = root.object(QStringLiteral("dmarcReports"));
    if (!root.ok()) {
        return fail(root.error());
    }
    std::shared_ptr<const ReportSummaryState> evidence;
    if (root.has(QStringLiteral("dmarcReports"))) {
        auto state = ReportSummaryJson::fromJson(reports, &reason);
        if (!state) {
            return fail(tr("The project's DMARC report summary is not valid: %1").arg(reason));
        }
        evidence = std::make_shared<const ReportSummaryState>(std::move(*state));
    }
    // Each domain's data lives in its own object: read them together, so that a missing or repeated name can never
    // shift one domain's records onto another.
    QList<DomainPlan> plans;
    QStringList names;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (!domains[i].isObject()) {
            return fail(tr("Entry %1 of the project's domains is not a domain.").arg(i + 1));
        }
        FieldReader o(domains[i].toObject(), QString());
        const QString name = o.string(QStringLiteral("domain"));
        if (!o.ok()) {
            return fail(o.error());
        }
        if (name.trimmed().isEmpty()) {
            return fail(tr("Entry %1 of the project's domains has no domain name.").arg(i + 1));
        }
        RolloutPlan single;
        if (!single.setDomains({name}, &reason) || single.domains().size() != 1) {
            return fail(tr("The project's domains are not valid: %1").arg(reason));
        }
        DomainPlan d = single.domain(0);
        if (names.contains(d.ace)) {
            return fail(tr("The project lists %1 twice.").arg(d.ace));
        }
        names.append(d.ace);
        o.setPrefix(d.ace + QStringLiteral(", "));
        const QString role = o.string(QStringLiteral("role"), QStringLiteral("sending"));
        if (o.ok() && role != u"sending" && role != u"parked") {
            return fail(tr("%1, %2: \"%3\" is not a domain role (sending or parked).").arg(d.ace, u"role", role));
        }
        d.role = role == u"parked" ? DomainRole::Parked : DomainRole::Sending;
        d.zone = o.string(QStringLiteral("zone"));
        FieldReader spf(o.object(QStringLiteral("spf")), d.ace + QStringLiteral(", spf."));
        d.senderIds = spf.strings(QStringLiteral("senders"));
        d.extraIncludes = spf.strings(QStringLiteral("includes"));
        d.ip4 = spf.strings(QStringLiteral("ip4"));
        d.ip6 = spf.strings(QStringLiteral("ip6"));
        const QString all = spf.string(QStringLiteral("all"), QStringLiteral("-all"));
        if (spf.ok() && all != u"-all" && all != u"~all") {
            return fail(tr("%1, %2: \"%3\" is not -all or ~all.").arg(d.ace, u"spf.all", all));
        }
        d.allQualifier = all == u"~all" ? SpfQualifier::SoftFail : SpfQualifier::Fail;
        d.removedSpfTerms = spf.strings(QStringLiteral("removed"));
        d.spfFromScratch = spf.boolean(QStringLiteral("fromScratch"));
        // Files written before several records were kept hold one text.
        d.existingSpf = spf.isString(QStringLiteral("existing")) ? QStringList{spf.string(QStringLiteral("existing"))}
                                                                 : spf.strings(QStringLiteral("existing"));
        d.existingSpf.removeAll(QString());
        FieldReader dkim(o.object(QStringLiteral("dkim")), d.ace + QStringLiteral(", dkim."));
        d.pastedDkimText = dkim.string(QStringLiteral("pasted"));
        d.selector1Target = dkim.string(QStringLiteral("selector1"));
        d.selector2Target = dkim.string(QStringLiteral("selector2"));
        d.dkimEnabled = dkim.boolean(QStringLiteral("enabled"));
        d.dkimLater = dkim.boolean(QStringLiteral("later"));
        FieldReader dmarc(o.object(QStringLiteral("dmarc")), d.ace + QStringLiteral(", dmarc."));
        if (dmarc.has(QStringLiteral("rua"))) {
            d.aggregateReports = dmarc.strings(QStringLiteral("rua"));
        }
        const QJsonArray stages = dmarc.array(QStringLiteral("stages"));
        if (dmarc.has(QStringLiteral("stages"))) {
            d.stages.clear();
        }
        for (const QJsonValue& s : stages) {
            const auto policy = dmarcPolicyFromKeyword(s.toObject().value(QStringLiteral("policy")).toString());
            const QDate due = QDate::fromString(s.toObject().value(QStringLiteral("due")).toString(), Qt::ISODate);
            if (!policy || !due.isValid()) {
                return fail(tr("The DMARC plan of %1 is damaged.").arg(d.ace));
            }
            d.stages.append(DmarcStage{*policy, due});
        }
        d.currentStage = dmarc.integer(QStringLiteral("currentStage"));
        d.testing = dmarc.boolean(QStringLiteral("testing"));
        d.subdomainPolicy = dmarc.policy(QStringLiteral("sp"));
        d.nonexistentPolicy = dmarc.policy(QStringLiteral("np"));
        const bool legacyStrict = dmarc.boolean(QStringLiteral("strictAlignment"));
        d.strictDkim =
            dmarc.has(QStringLiteral("adkimStrict")) ? dmarc.boolean(QStringLiteral("adkimStrict")) : legacyStrict;
        d.strictSpf =
            dmarc.has(QStringLiteral("aspfStrict")) ? dmarc.boolean(QStringLiteral("aspfStrict")) : legacyStrict;
        d.failureReports = dmarc.strings(QStringLiteral("ruf"));
        d.failureOptions = dmarc.string(QStringLiteral("fo"));
        d.existingDmarc = dmarc.string(QStringLiteral("existing"));
        d.inheritedDmarc = dmarc.string(QStringLiteral("inherited"));
        FieldReader existing(o.object(QStringLiteral("existing")), d.ace + QStringLiteral(", existing."));
        // Older files kept only the published SPF record (read from DNS then); what the domain's DMARC and MX were is
        // not in them: unknown until the reopened project's audit answers, so nothing is lowered blind.
        const bool legacy = !o.has(QStringLiteral("existing"));
        d.spfKnown = existing.boolean(QStringLiteral("spfKnown")) || (legacy && !d.existingSpf.isEmpty());
        d.dmarcKnown = existing.boolean(QStringLiteral("dmarcKnown"));
        d.mxKnown = existing.boolean(QStringLiteral("mxKnown"));
        d.existingMx = existing.strings(QStringLiteral("mx"));
        d.acceptedWeakenings = o.strings(QStringLiteral("acceptedWeakenings"));
        for (const QJsonValue& c : o.array(QStringLiteral("confirmations"))) {
            FieldReader co(c.toObject(), d.ace + QStringLiteral(", confirmations."));
            const QString record = co.string(QStringLiteral("record"));
            const auto id = recordIdFromKeyword(record);
            if (co.ok() && !id) {
                return fail(tr("%1, %2: \"%3\" is not a record of the rollout.").arg(d.ace, u"confirmations", record));
            }
            d.confirmations.append(
                Confirmation{id.value_or(RecordId::Spf), co.string(QStringLiteral("value")),
                             QDateTime::fromString(co.string(QStringLiteral("confirmedAt")), Qt::ISODateWithMs),
                             co.strings(QStringLiteral("servers"))});
            if (!co.ok()) {
                return fail(co.error());
            }
        }
        const QJsonObject audits = o.object(QStringLiteral("audits"));
        d.auditBefore = snapshotFromJson(audits.value(QStringLiteral("before")));
        d.auditAfter = snapshotFromJson(audits.value(QStringLiteral("after")));
        for (const FieldReader* r : {&o, &spf, &dkim, &dmarc, &existing}) {
            if (!r->ok()) {
                return fail(r->error());
            }
        }
        plans.append(d);
    }
    if (!DkimRotationJson::fromJson(json.value(QLatin1String(DkimRotationJson::kKey)), plans,
                                    QDateTime::currentDateTimeUtc(), &reason)) {
        return fail(reason);
    }
    if (!loaded.setDomains(names, &reason)) {
        return fail(tr("The project's domains are not valid: %1").arg(reason));
    }
    loaded.restoreDomains(plans);
    const auto proofs = DkimProofs::fromJson(json.value(QLatin1String(DkimProofs::kProjectKey)), names, &reason);
    if (!proofs) {
        return fail(reason);
    }
    for (int i = 0; i < plans.size(); ++i) {
        if (!PlanRules::checkDomain(loaded, i, &reason)) {
            return fail(tr("The project cannot be used: %1 Correct the file or set the domain up again in the "
                           "wizard; the file was not changed.")
                            .arg(reason));
        }
    }
    // Everything checked: only now does the open plan change.
    plan.setCloud(loaded.cloud().id);
    plan.setDnsHost(loaded.dnsHost().id);
    plan.setAzureResourceGroup(loaded.azureResourceGroup());
    plan.setClientName(loaded.clientName());
    plan.setConsultantName(loaded.consultantName());
    plan.setLastPage(loaded.lastPage());
    if (!loaded.initialDomain().isEmpty()) {
        plan.setInitialDomain(loaded.initialDomain());
    }
    plan.restoreDomains(loaded.domains());
    plan.restoreDkimProofs(*proofs);
    plan.clearReportReadiness();
    plan.setReportEvidence(evidence);
    return true;
}

QByteArray ProjectFile::toBytes(const RolloutPlan& plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> ProjectFile::toSavableBytes(const RolloutPlan& plan, QString* error)
{
    QByteArray bytes = toBytes(plan);
    if (bytes.size() > kMaxFileSize) {
        if (error != nullptr) {
            *error = tr("The project is too large to save (%1 MiB; a project file may hold at most %2 MiB): it could "
                        "not be opened again.")
                         .arg(QString::number(static_cast<double>(bytes.size()) / (1024 * 1024), 'f', 1),
                              QString::number(kMaxFileSize / (1024 * 1024)));
        }
        return std::nullopt;
    }
    return bytes;
}

bool ProjectFile::save(const QString& path, const RolloutPlan& plan, QString* error)
{
    QString cause;
    const auto bytes = toSavableBytes(plan, &cause);
    if (!bytes) {
        if (error != nullptr) {
            *error = tr("Cannot write %1: %2").arg(path, cause);
        }
        return false;
    }
    if (!AtomicFileWrite::write(path, *bytes, &cause)) {
        if (error != nullptr) {
            *error = tr("Cannot write %1: %2").arg(path, cause);
        }
        return false;
    }
    return true;
}

bool ProjectFile::load(const QString& path, RolloutPlan& plan, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error != nullptr) {
            *error = message;
        }
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    // Never more than the limit is read, whatever the file is (a huge file, /dev/zero, a pipe).
    const qint64 size = file.size();
    const QByteArray data = size > kMaxFileSize ? QByteArray() : file.read(kMaxFileSize + 1);
    if (size > kMaxFileSize || data.size() > kMaxFileSize) {
        return fail(tr("%1 is too large for a project file (over %2 MiB); the file was not opened.")
                        .arg(path, QString::number(kMaxFileSize / (1024 * 1024))));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = static_cast<int>(data.left(parseError.offset).count('\n')) + 1;
        return fail(parseError.error != QJsonParseError::NoError
                        ? tr("%1 is damaged (line %2: %3).").arg(path, QString::number(line), parseError.errorString())
                        : tr("This is not a MailAuth Wizard project file."));
    }
    if (const auto duplicate = StrictJson::findDuplicateKey(data)) {
        return fail(tr("%1 is damaged (line %2: the key \"%3\" appears twice in the same object).")
                        .arg(path, QString::number(duplicate->line), duplicate->key));
    }
    return fromJson(doc.object(), plan, error);
}

} // namespace mailauth
