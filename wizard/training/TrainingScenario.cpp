#include "TrainingScenario.h"

#include "core/DomainName.h"
#include "dns/InMemoryZone.h"
#include "model/Catalogue.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

static void initTrainingResources()
{
    Q_INIT_RESOURCE(mailauth_training_data);
}

namespace mailauth {

namespace {

constexpr auto kFormatLine = "mailauth-training 1";
constexpr auto kWorldFormatLine = "mailauth-training-world 1";

// Splits record data into words; "quoted strings" keep their spaces and may use \" and \\.
std::optional<QStringList> words(const QString& text, QString* reason)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        QString word;
        if (text[i] == u'"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == u'\\' && i + 1 < text.size()) {
                    word += text[i + 1];
                    i += 2;
                    continue;
                }
                if (text[i] == u'"') {
                    closed = true;
                    ++i;
                    break;
                }
                word += text[i++];
            }
            if (!closed) {
                *reason = TrainingScenarioParser::tr("a quoted string is not closed");
                return std::nullopt;
            }
        } else {
            while (i < text.size() && !text[i].isSpace()) {
                word += text[i++];
            }
        }
        out.append(word);
    }
    return out;
}

std::optional<TrainingGoalKind> goalKind(const QString& keyword)
{
    static const QHash<QString, TrainingGoalKind> kinds{
        {QStringLiteral("spf-valid"), TrainingGoalKind::SpfValid},
        {QStringLiteral("spf-within-limit"), TrainingGoalKind::SpfWithinLimit},
        {QStringLiteral("dkim-cnames"), TrainingGoalKind::DkimCnames},
        {QStringLiteral("dkim-enabled"), TrainingGoalKind::DkimEnabled},
        {QStringLiteral("dmarc-published"), TrainingGoalKind::DmarcPublished},
        {QStringLiteral("dmarc-reports-authorized"), TrainingGoalKind::DmarcReportsAuthorized},
        {QStringLiteral("parked-locked"), TrainingGoalKind::ParkedLocked},
        {QStringLiteral("spf-merged"), TrainingGoalKind::SpfMerged},
        {QStringLiteral("dmarc-not-weakened"), TrainingGoalKind::DmarcNotWeakened},
        {QStringLiteral("sender-dkim"), TrainingGoalKind::SenderDkim}};
    const auto it = kinds.find(keyword);
    return it == kinds.end() ? std::nullopt : std::optional(*it);
}

} // namespace

QString LocalizedText::text(const QString& language) const
{
    return byLanguage.value(language, byLanguage.value(QString()));
}

QString LocalizedText::text() const
{
    return text(QLocale().name().section(u'_', 0, 0));
}

std::optional<DnsRecord> TrainingScenarioParser::parseRecord(const QString& text, QString* reason)
{
    const auto w = words(text, reason);
    if (!w) {
        return std::nullopt;
    }
    if (w->size() < 4) {
        *reason = tr("a record needs NAME TTL TYPE DATA");
        return std::nullopt;
    }
    DnsRecord r;
    r.name = InMemoryZone::normalise(w->at(0));
    if (!DomainName::isValidDnsName(r.name)) {
        *reason = tr("\"%1\" is not a DNS name").arg(w->at(0));
        return std::nullopt;
    }
    bool ok = false;
    r.ttl = w->at(1).toUInt(&ok);
    if (!ok) {
        *reason = tr("\"%1\" is not a TTL in seconds").arg(w->at(1));
        return std::nullopt;
    }
    const auto type = recordTypeFromName(w->at(2));
    if (!type || *type == RecordType::SOA) {
        *reason =
            tr("\"%1\" is not a record type the training world serves (A, AAAA, CNAME, MX, NS, TXT)").arg(w->at(2));
        return std::nullopt;
    }
    r.type = *type;
    const QStringList data = w->mid(3);
    switch (r.type) {
    case RecordType::TXT:
        for (const QString& s : data) {
            r.txtStrings.append(s.toUtf8());
        }
        return r;
    case RecordType::MX:
        r.preference = static_cast<quint16>(data.first().toUInt(&ok));
        if (!ok || data.size() != 2) {
            *reason = tr("an MX record needs a preference and a host");
            return std::nullopt;
        }
        r.target = InMemoryZone::normalise(data[1]);
        return r;
    case RecordType::A:
    case RecordType::AAAA: {
        const auto ip = IpAddress::parse(data.first());
        if (!ip || data.size() != 1 || ip->isV4() != (r.type == RecordType::A)) {
            *reason = tr("\"%1\" is not an address for a %2 record").arg(data.join(u' '), w->at(2));
            return std::nullopt;
        }
        r.address = *ip;
        return r;
    }
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
    case RecordType::SOA:
        break;
    }
    if (data.size() != 1 || !DomainName::isValidDnsName(InMemoryZone::normalise(data.first()))) {
        *reason = tr("a %1 record needs one host name").arg(w->at(2));
        return std::nullopt;
    }
    r.target = InMemoryZone::normalise(data.first());
    return r;
}

std::optional<TrainingScenario> TrainingScenarioParser::parse(const QByteArray& bytes, const QString& source,
                                                              QString* error)
{
    return parseText(bytes, source, error, false);
}

std::optional<TrainingScenario> TrainingScenarioParser::parseWorld(const QByteArray& bytes, const QString& source,
                                                                   QString* error)
{
    return parseText(bytes, source, error, true);
}

std::optional<TrainingScenario> TrainingScenarioParser::parseText(const QByteArray& bytes, const QString& source,
                                                                  QString* error, bool worldOnly)
{
    TrainingScenario s;
    bool sawFormat = false;
    const QLatin1String formatLine(worldOnly ? kWorldFormatLine : kFormatLine);
    int lineNumber = 0;
    auto fail = [&](const QString& message) -> std::optional<TrainingScenario> {
        if (error != nullptr) {
            *error = tr("%1, line %2: %3").arg(source).arg(lineNumber).arg(message);
        }
        return std::nullopt;
    };
    auto number = [&](const QString& value, int min, int max, bool* ok) {
        const int v = value.toInt(ok);
        *ok = *ok && v >= min && v <= max;
        return v;
    };
    auto domainOf = [&](const QString& value, QString* reason) -> QString {
        const auto name = DomainName::fromUserInput(value, reason);
        return name ? name->ace() : QString();
    };
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast(); // the newline that ends the last line
    }
    for (const QString& raw : lines) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            return fail(tr("expected \"key = value\""));
        }
        QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        QString language;
        if (const qsizetype dot = key.indexOf(u'.'); dot > 0) {
            language = key.mid(dot + 1);
            key = key.left(dot);
            static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
            if (!languageCode.match(language).hasMatch() || (key != u"title" && key != u"summary" && key != u"hint")) {
                return fail(tr("\"%1\" is not a key with a language").arg(line.left(eq).trimmed()));
            }
        }
        if (!sawFormat) {
            if (key != u"format" || value != formatLine) {
                return fail(tr("the file must start with \"format = %1\"").arg(formatLine));
            }
            sawFormat = true;
            continue;
        }
        if (value.isEmpty()) {
            return fail(tr("\"%1\" has no value").arg(key));
        }
        QString reason;
        bool ok = true;
        if (key == u"id") {
            static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
            if (!idPattern.match(value).hasMatch()) {
                return fail(tr("the id may use a-z, 0-9 and '-' only"));
            }
            s.id = value;
        } else if (key == u"title") {
            s.title.byLanguage.insert(language, value);
        } else if (key == u"summary") {
            s.summary.byLanguage.insert(language, value);
        } else if (key == u"hint") {
            if (language.isEmpty()) {
                s.hints.append(LocalizedText{});
            } else if (s.hints.isEmpty()) {
                return fail(tr("a translated hint must follow its hint"));
            }
            s.hints.last().byLanguage.insert(language, value);
        } else if (key == u"client") {
            s.client = value;
        } else if (key == u"tenant") {
            s.tenant = domainOf(value, &reason);
            if (s.tenant.isEmpty() || !s.tenant.endsWith(QStringLiteral(".onmicrosoft.com"))) {
                return fail(tr("the tenant must be an initial *.onmicrosoft.com domain"));
            }
        } else if (key == u"cloud") {
            if (!Catalogue::instance().cloud(value)) {
                return fail(tr("\"%1\" is not a cloud (worldwide, gcc, gcchigh, dod, china)").arg(value));
            }
            s.cloud = value;
        } else if (key == u"dns-host") {
            if (!Catalogue::instance().dnsHost(value)) {
                return fail(tr("\"%1\" is not a known DNS host").arg(value));
            }
            s.dnsHost = value;
        } else if (key == u"domain") {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            const QString name = domainOf(parts.first(), &reason);
            if (name.isEmpty()) {
                return fail(reason);
            }
            if (parts.size() > 2 || (parts.size() == 2 && parts[1] != u"sending" && parts[1] != u"parked")) {
                return fail(tr("write \"domain = NAME sending\" or \"domain = NAME parked\""));
            }
            (parts.size() == 2 && parts[1] == u"parked" ? s.parkedDomains : s.sendingDomains).append(name);
            s.zones.append(name);
        } else if (key == u"zone") {
            const QString name = domainOf(value, &reason);
            if (name.isEmpty()) {
                return fail(reason);
            }
            s.zones.append(name);
        } else if (key == u"record") {
            const auto record = parseRecord(value, &reason);
            if (!record) {
                return fail(reason);
            }
            s.records.append(*record);
        } else if (key == u"resolver-cache") {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            const auto type = parts.size() == 2 || parts.size() == 3 ? recordTypeFromName(parts[1]) : std::nullopt;
            bool ageOk = true;
            const qint64 age = parts.size() == 3 ? parts[2].toLongLong(&ageOk) : 60;
            // An age of a day at most: older answers have expired in every cache this format can describe.
            if (!type || !ageOk || age < 0 || age > 86400) {
                return fail(tr("write \"resolver-cache = NAME TYPE [SECONDS-BEFORE-START]\" (0 to 86400 seconds)"));
            }
            s.resolverCache.append({InMemoryZone::normalise(parts[0]), *type, age});
        } else if (key == u"dkim-format") {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            DkimFormatChoice f;
            f.domain = parts.isEmpty() ? QString() : domainOf(parts[0], &reason);
            if (parts.size() == 2 && parts[1] == u"legacy") {
                f.legacy = true;
            } else if (parts.size() == 3 && parts[1] == u"new" && parts[2].size() == 1 && parts[2][0].isLower()) {
                f.partition = parts[2][0];
            } else {
                return fail(tr("write \"dkim-format = DOMAIN legacy\" or \"dkim-format = DOMAIN new r\""));
            }
            s.dkimFormats.append(f);
        } else if (key == u"goal") {
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            const auto kind = parts.size() >= 2 ? goalKind(parts[0]) : std::nullopt;
            // sender-dkim names the sender as a third word; every other goal has two.
            const bool senderGoal = kind == TrainingGoalKind::SenderDkim;
            if (!kind || parts.size() != (senderGoal ? 3 : 2)) {
                return fail(tr("write \"goal = KIND DOMAIN\" with KIND one of spf-valid, spf-within-limit, "
                               "dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, "
                               "spf-merged, dmarc-not-weakened, or \"goal = sender-dkim DOMAIN SENDER\""));
            }
            TrainingGoal goal{*kind, domainOf(parts[1], &reason), QString(), lineNumber};
            if (senderGoal) {
                const auto sender = Catalogue::instance().sender(parts[2]);
                if (!sender || sender->dkimSelectors.isEmpty()) {
                    return fail(
                        tr("\"%1\" is not a sender of resources/senders.json with DKIM selectors").arg(parts[2]));
                }
                goal.sender = sender->id;
            }
            s.goals.append(goal);
        } else if (key == u"reports") {
            static const QRegularExpression folderPattern(QStringLiteral("^[a-z0-9-]+$"));
            if (!folderPattern.match(value).hasMatch()) {
                return fail(tr("the reports folder may use a-z, 0-9 and '-' only"));
            }
            s.reports = value;
        } else if (key == u"secondary-delay") {
            s.secondaryDelaySeconds = number(value, 0, 86400, &ok);
        } else if (key == u"microsoft-delay") {
            s.microsoftDelaySeconds = number(value, 0, 7 * 86400, &ok);
        } else if (key == u"negative-ttl") {
            s.negativeTtlSeconds = number(value, 1, 86400, &ok);
        } else if (key == u"speed") {
            s.speed = number(value, 1, 60, &ok);
            ok = ok && (s.speed == 1 || s.speed == 10 || s.speed == 60);
        } else {
            return fail(tr("unknown key \"%1\"").arg(key));
        }
        if (!ok) {
            return fail(tr("\"%1\" is not an allowed value for %2").arg(value, key));
        }
    }
    ++lineNumber; // problems of the whole file are reported after its last line
    if (!sawFormat) {
        return fail(tr("the file is empty"));
    }
    if (worldOnly) {
        return s;
    }
    if (s.id.isEmpty() || s.title.isEmpty() || s.tenant.isEmpty()) {
        return fail(tr("a scenario needs an id, a title and a tenant"));
    }
    if (s.domains().isEmpty() || s.goals.isEmpty()) {
        return fail(tr("a scenario needs at least one domain and one goal"));
    }
    for (const TrainingGoal& g : s.goals) {
        if (!s.domains().contains(g.domain)) {
            lineNumber = g.line;
            return fail(tr("the goal names %1, which is not one of the scenario's domains").arg(g.domain));
        }
    }
    s.sourceName = source;
    s.sourceText = bytes;
    return s;
}

std::optional<TrainingScenario> TrainingScenarioParser::load(const QString& path, QString* error)
{
    registerBuiltInData();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return parse(file.read(kMaxFileSize), path.startsWith(u':') ? path.section(u'/', -1) : path, error);
}

QStringList TrainingScenarioParser::builtInIds()
{
    return {QStringLiteral("fresh-domain"),       QStringLiteral("spf-over-limit"),
            QStringLiteral("dkim-cname-missing"), QStringLiteral("dmarc-third-party-reports"),
            QStringLiteral("parked-domain"),      QStringLiteral("half-done-takeover"),
            QStringLiteral("forgotten-sender")};
}

void TrainingScenarioParser::registerBuiltInData()
{
    static const bool registered = (initTrainingResources(), true);
    Q_UNUSED(registered);
}

QString TrainingScenarioParser::builtInPath(const QString& id)
{
    return QStringLiteral(":/mailauth/data/training/") + id + QStringLiteral(".scenario");
}

QString TrainingScenarioParser::reportsPath(const QString& folder)
{
    return QStringLiteral(":/mailauth/data/training/reports/") + folder;
}

QString trainingGoalText(const TrainingGoal& goal)
{
    switch (goal.kind) {
    case TrainingGoalKind::SpfValid:
        return TrainingScenarioParser::tr("%1 has one valid SPF record that ends in -all or ~all.").arg(goal.domain);
    case TrainingGoalKind::SpfWithinLimit:
        return TrainingScenarioParser::tr("The SPF record of %1 needs at most 10 DNS lookups.").arg(goal.domain);
    case TrainingGoalKind::DkimCnames:
        return TrainingScenarioParser::tr("Both DKIM CNAME records of %1 point to Microsoft's keys.").arg(goal.domain);
    case TrainingGoalKind::DkimEnabled:
        return TrainingScenarioParser::tr("DKIM signing is switched on for %1 in Exchange Online.").arg(goal.domain);
    case TrainingGoalKind::DmarcPublished:
        return TrainingScenarioParser::tr("%1 has a valid DMARC record with an aggregate report address.")
            .arg(goal.domain);
    case TrainingGoalKind::DmarcReportsAuthorized:
        return TrainingScenarioParser::tr("The DMARC reports of %1 go only to addresses that accept them.")
            .arg(goal.domain);
    case TrainingGoalKind::ParkedLocked:
        return TrainingScenarioParser::tr("%1 sends no mail and says so: v=spf1 -all and DMARC p=reject.")
            .arg(goal.domain);
    case TrainingGoalKind::SpfMerged:
        return TrainingScenarioParser::tr("%1 has one SPF record that keeps every sender of the records published "
                                          "before.")
            .arg(goal.domain);
    case TrainingGoalKind::DmarcNotWeakened:
        return TrainingScenarioParser::tr("The DMARC record of %1 protects at least as much as before: the same "
                                          "policy or stricter, the same alignment, the same report addresses.")
            .arg(goal.domain);
    case TrainingGoalKind::SenderDkim: {
        const auto sender = Catalogue::instance().sender(goal.sender);
        QStringList names;
        for (const QString& selector : sender ? sender->dkimSelectors : QStringList()) {
            names.append(selector + QStringLiteral("._domainkey"));
        }
        return TrainingScenarioParser::tr("%1 publishes the DKIM records %2 needs (%3), so its mail passes DMARC "
                                          "aligned.")
            .arg(goal.domain, sender ? sender->name : goal.sender, names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace mailauth
