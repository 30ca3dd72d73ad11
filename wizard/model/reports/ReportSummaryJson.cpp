#include "ReportSummaryJson.h"

#include "core/DomainName.h"
#include "core/IpAddress.h"
#include "reports/ReportReader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace mailauth {

namespace {

const QDate kEarliestDay(2012, 1, 1);
const QDate kLatestDay(2100, 12, 31);

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

bool isOneLine(const QString& text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
               c.category() == QChar::Separator_Paragraph;
    });
}

bool isValidPolicy(const QString& policy)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{0,32}$"));
    return pattern.match(policy).hasMatch();
}

bool isValidSenderId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{0,64}$"));
    return pattern.match(id).hasMatch();
}

bool isValidDomain(const QString& domain)
{
    return domain == domain.toLower() && !domain.endsWith(u'.') && DomainName::isValidDnsName(domain);
}

bool isValidIp(const QString& ip)
{
    return ip.size() <= 45 && IpAddress::parse(ip).has_value();
}

bool isValidDay(const QDate& day)
{
    return day.isValid() && day >= kEarliestDay && day <= kLatestDay;
}

std::optional<ReportSourceKind> kindFromKeyword(const QString& keyword)
{
    for (const ReportSourceKind kind :
         {ReportSourceKind::Microsoft365, ReportSourceKind::KnownSender, ReportSourceKind::Forwarder,
          ReportSourceKind::Unknown, ReportSourceKind::Authorized}) {
        if (reportSourceKindKeyword(kind) == keyword) {
            return kind;
        }
    }
    return std::nullopt;
}

qint64 clampCount(quint64 n)
{
    return static_cast<qint64>(std::min<quint64>(n, ReportSummaryJson::kMaxCount));
}

QJsonArray tallyToJson(const ReportTally& t)
{
    QJsonArray a{clampCount(t.messages), clampCount(t.dmarcPass), clampCount(t.spfAligned), clampCount(t.dkimAligned)};
    for (const quint64 d : t.dispositions) {
        a.append(clampCount(d));
    }
    return a;
}

QJsonArray indexes(const QList<int>& list)
{
    QJsonArray a;
    for (const int i : list.first(std::min<qsizetype>(list.size(), ReportSummaryJson::kMaxListedReporters))) {
        a.append(i);
    }
    return a;
}

// Walks the JSON with a path for messages and stops at the first value that is not right.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool fail(const QString& message)
    {
        if (error.isEmpty()) {
            error = message;
        }
        return false;
    }
    bool failForm(const QString& where)
    {
        return fail(ReportSummaryJson::tr("%1: the value does not have the expected form.").arg(where));
    }

    std::optional<quint64> count(const QJsonValue& v, const QString& where)
    {
        const double d = v.isDouble() ? v.toDouble() : -1;
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d > double(ReportSummaryJson::kMaxCount)) {
            fail(ReportSummaryJson::tr("%1: a count must be a whole number from 0 to %2.")
                     .arg(where, QString::number(ReportSummaryJson::kMaxCount)));
            return std::nullopt;
        }
        return static_cast<quint64>(d);
    }
    std::optional<int> index(const QJsonValue& v, qsizetype size, const QString& where)
    {
        const double d = v.isDouble() ? v.toDouble() : -1;
        if (!v.isDouble() || d != std::floor(d) || d < 0 || d >= double(size)) {
            fail(ReportSummaryJson::tr("%1: refers to an entry that does not exist.").arg(where));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }
    std::optional<QJsonArray> array(const QJsonObject& o, const char* name, qsizetype limit, const QString& where)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined()) {
            return QJsonArray();
        }
        if (!v.isArray()) {
            failForm(where + u'.' + key(name));
            return std::nullopt;
        }
        if (v.toArray().size() > limit) {
            fail(ReportSummaryJson::tr("%1: more than %2 entries.").arg(where + u'.' + key(name)).arg(limit));
            return std::nullopt;
        }
        return v.toArray();
    }
    std::optional<QString> string(const QJsonObject& o, const char* name, const QString& where)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined()) {
            return QString();
        }
        if (!v.isString()) {
            failForm(where + u'.' + key(name));
            return std::nullopt;
        }
        return v.toString();
    }
    std::optional<QDate> day(const QJsonValue& v, const QString& where, bool optional)
    {
        if (optional && (v.isUndefined() || v.isNull() || v.toString().isEmpty())) {
            return QDate();
        }
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !isValidDay(d) || v.toString().size() != 10) {
            fail(ReportSummaryJson::tr("%1: \"%2\" is not a day from 2012 to 2100 (YYYY-MM-DD).")
                     .arg(where, v.toString().left(40)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<ReportTally> tally(const QJsonValue& v, const QString& where)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 8) {
            failForm(where);
            return std::nullopt;
        }
        std::array<quint64, 8> n{};
        for (qsizetype i = 0; i < 8; ++i) {
            const auto c = count(a[i], where);
            if (!c) {
                return std::nullopt;
            }
            n[size_t(i)] = *c;
        }
        ReportTally t{n[0], n[1], n[2], n[3], {n[4], n[5], n[6], n[7]}};
        // What one report row can give: aligned mail passes DMARC, passing mail is part of all, and each message
        // has at most one disposition (every count is below 2^53, so the sum cannot wrap).
        const quint64 disposed = t.dispositions[0] + t.dispositions[1] + t.dispositions[2] + t.dispositions[3];
        if (t.dmarcPass > t.messages || t.spfAligned > t.dmarcPass || t.dkimAligned > t.dmarcPass ||
            disposed > t.messages) {
            fail(ReportSummaryJson::tr("%1: the counts contradict each other (more passing or aligned messages than "
                                       "messages).")
                     .arg(where));
            return std::nullopt;
        }
        return t;
    }

    bool reporters(const QJsonObject& o, qsizetype known, QList<int>& out, const QString& where)
    {
        const auto list = array(o, "reporters", ReportSummaryJson::kMaxListedReporters, where);
        if (!list) {
            return false;
        }
        for (const QJsonValue& v : *list) {
            const auto i = index(v, known, where + QStringLiteral(".reporters"));
            if (!i) {
                return false;
            }
            if (out.contains(*i)) {
                return failForm(where + QStringLiteral(".reporters"));
            }
            out.append(*i);
        }
        return true;
    }

    // first and last: both or neither, in order.
    bool extent(const QJsonObject& o, QDate& first, QDate& last, const QString& where)
    {
        const auto f = day(o.value(key("first")), where + QStringLiteral(".first"), true);
        const auto l = f ? day(o.value(key("last")), where + QStringLiteral(".last"), true) : std::nullopt;
        if (!f || !l) {
            return false;
        }
        if (f->isValid() != l->isValid() || (f->isValid() && *f > *l)) {
            return fail(ReportSummaryJson::tr("%1: the first day must come before the last.").arg(where));
        }
        first = *f;
        last = *l;
        return true;
    }
};

void addSaturating(quint64& total, quint64 amount)
{
    total = amount > std::numeric_limits<quint64>::max() - total ? std::numeric_limits<quint64>::max() : total + amount;
}

} // namespace

QJsonObject ReportSummaryJson::toJson(const ReportSummaryState& state)
{
    QJsonArray reporters;
    for (const QString& r : state.reporters.first(std::min<qsizetype>(state.reporters.size(), kMaxReporters))) {
        // Names no check would take are kept as a placeholder, so the indexes after them stay right.
        reporters.append(!r.isEmpty() && r.size() <= kMaxReporterLength && isOneLine(r) ? r : QStringLiteral("?"));
    }
    QJsonArray classes;
    for (const ReportSourceClass& c : state.classes.first(std::min<qsizetype>(state.classes.size(), kMaxClasses))) {
        const bool valid =
            isValidSenderId(c.senderId) && c.senderName.size() <= kMaxReporterLength && isOneLine(c.senderName);
        classes.append(QJsonObject{{key("kind"), reportSourceKindKeyword(valid ? c.kind : ReportSourceKind::Unknown)},
                                   {key("sender"), valid ? c.senderId : QString()},
                                   {key("name"), valid ? c.senderName : QString()}});
    }
    const auto knownReporters = [&](const QList<int>& list) {
        QList<int> out;
        for (const int i : list) {
            if (i >= 0 && i < reporters.size() && !out.contains(i)) {
                out.append(i);
            }
        }
        return indexes(out);
    };
    QJsonArray domains;
    int sourcesLeft = kMaxSources;
    for (const ReportDomainState& d : state.domains) {
        if (domains.size() >= kMaxDomains) {
            break;
        }
        if (!isValidDomain(d.domain) || d.tally.messages == 0) {
            continue; // header_from names no check accepts: nothing a plan could use
        }
        QJsonArray days;
        const qsizetype skipDays = std::max<qsizetype>(0, d.days.size() - kMaxDaysPerDomain); // keep the newest
        for (const ReportDay& day : d.days.mid(skipDays)) {
            if (isValidDay(day.day)) {
                days.append(
                    QJsonArray{day.day.toString(Qt::ISODate), clampCount(day.passing), clampCount(day.failing)});
            }
        }
        QJsonArray senders;
        for (const auto& [cls, tally] : d.senders) {
            if (cls >= 0 && cls < classes.size()) {
                senders.append(QJsonObject{{key("class"), cls}, {key("counts"), tallyToJson(tally)}});
            }
        }
        QJsonArray sources;
        for (const ReportSourceState& s : d.sources) {
            if (sources.size() >= std::min(kMaxSourcesPerDomain, sourcesLeft)) {
                break;
            }
            if (!isValidIp(s.ip)) {
                continue;
            }
            QJsonArray byClass;
            for (const auto& [cls, count] : s.classes) {
                if (cls >= 0 && cls < classes.size()) {
                    byClass.append(QJsonArray{cls, clampCount(count)});
                }
            }
            QJsonObject source{{key("ip"), s.ip},
                               {key("counts"), tallyToJson(s.tally)},
                               {key("reporters"), knownReporters(s.reporters)},
                               {key("classes"), byClass}};
            if (isValidDay(s.first) && isValidDay(s.last)) {
                source.insert(key("first"), s.first.toString(Qt::ISODate));
                source.insert(key("last"), s.last.toString(Qt::ISODate));
            }
            sources.append(source);
        }
        sourcesLeft -= int(sources.size());
        QJsonObject domain{{key("domain"), d.domain},
                           {key("counts"), tallyToJson(d.tally)},
                           {key("reporters"), knownReporters(d.reporters)},
                           {key("policy"), isValidPolicy(d.policy) ? d.policy : QString()},
                           {key("testing"), d.testing},
                           {key("days"), days},
                           {key("senders"), senders},
                           {key("sources"), sources}};
        if (isValidDay(d.first) && isValidDay(d.last)) {
            domain.insert(key("first"), d.first.toString(Qt::ISODate));
            domain.insert(key("last"), d.last.toString(Qt::ISODate));
        }
        if (d.policyAt.isValid()) {
            domain.insert(key("policyAt"), d.policyAt.toUTC().toString(Qt::ISODate));
        }
        domains.append(domain);
    }
    QStringList seen;
    for (const QByteArray& k : state.seen) {
        if (seen.size() >= kMaxSeen) {
            break;
        }
        if (k.size() == ReportReader::kIdentityKeyBytes) {
            seen.append(QString::fromLatin1(k.toHex()));
        }
    }
    seen.sort(); // the same sums write the same file
    return QJsonObject{{key("version"), kVersion},
                       {key("reports"), std::clamp(state.reports, 0, 1000000000)},
                       {key("seen"), QJsonArray::fromStringList(seen)},
                       {key("reporters"), reporters},
                       {key("classes"), classes},
                       {key("domains"), domains}};
}

std::optional<ReportSummaryState> ReportSummaryJson::fromJson(const QJsonObject& json, QString* error)
{
    Reader r;
    ReportSummaryState state;
    const auto done = [&]() -> std::optional<ReportSummaryState> {
        if (r.ok()) {
            return state;
        }
        if (error != nullptr) {
            *error = r.error;
        }
        return std::nullopt;
    };
    static const QStringList rootKeys{key("version"),   key("reports"), key("seen"),
                                      key("reporters"), key("classes"), key("domains")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!rootKeys.contains(it.key())) {
            r.fail(tr("\"%1\" is not part of a report summary.").arg(it.key().left(40)));
            return done();
        }
    }
    if (json.value(key("version")).toDouble() != kVersion) {
        r.fail(tr("the report summary has an unknown format version."));
        return done();
    }
    const QJsonValue reports = json.value(key("reports"));
    if (!reports.isDouble() || reports.toDouble() != std::floor(reports.toDouble()) || reports.toDouble() < 0 ||
        reports.toDouble() > 1e9) {
        r.failForm(key("reports"));
        return done();
    }
    state.reports = reports.toInt();

    const auto seen = r.array(json, "seen", kMaxSeen, key("seen"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    for (const QJsonValue& v : seen.value_or(QJsonArray())) {
        if (!v.isString() || !hex.match(v.toString()).hasMatch()) {
            r.fail(tr("%1: a report key must be 32 hexadecimal digits.").arg(key("seen")));
            return done();
        }
        state.seen.insert(QByteArray::fromHex(v.toString().toLatin1()));
    }
    const auto reporters = r.ok() ? r.array(json, "reporters", kMaxReporters, key("reporters")) : std::nullopt;
    for (const QJsonValue& v : reporters.value_or(QJsonArray())) {
        const QString name = v.toString();
        if (!v.isString() || name.isEmpty() || name.size() > kMaxReporterLength || !isOneLine(name)) {
            r.fail(tr("%1: a reporter must be one line of 1 to %2 characters.")
                       .arg(key("reporters"))
                       .arg(kMaxReporterLength));
            return done();
        }
        state.reporters.append(name);
    }
    const auto classes = r.ok() ? r.array(json, "classes", kMaxClasses, key("classes")) : std::nullopt;
    for (const QJsonValue& v : classes.value_or(QJsonArray())) {
        const QJsonObject o = v.toObject();
        const auto kind = kindFromKeyword(o.value(key("kind")).toString());
        const auto id = r.string(o, "sender", key("classes"));
        const auto name = id ? r.string(o, "name", key("classes")) : std::nullopt;
        if (!v.isObject() || !kind || !id || !name || !isValidSenderId(*id) || name->size() > kMaxReporterLength ||
            !isOneLine(*name)) {
            r.failForm(key("classes"));
            return done();
        }
        state.classes.append(ReportSourceClass{*kind, *id, *name});
    }
    const auto domains = r.ok() ? r.array(json, "domains", kMaxDomains, key("domains")) : std::nullopt;
    if (!r.ok()) {
        return done();
    }
    QSet<QString> domainNames;
    qsizetype totalSources = 0;
    for (const QJsonValue& dv : *domains) {
        const QJsonObject o = dv.toObject();
        ReportDomainState d;
        d.domain = o.value(key("domain")).toString();
        if (!dv.isObject() || !isValidDomain(d.domain)) {
            r.fail(tr("%1: \"%2\" is not a domain name.").arg(key("domains"), d.domain.left(80)));
            return done();
        }
        if (domainNames.contains(d.domain)) {
            r.fail(tr("%1: %2 is listed twice.").arg(key("domains"), d.domain));
            return done();
        }
        domainNames.insert(d.domain);
        const QString where = d.domain;
        const auto tally = r.tally(o.value(key("counts")), where + QStringLiteral(".counts"));
        if (!tally || !r.reporters(o, state.reporters.size(), d.reporters, where) ||
            !r.extent(o, d.first, d.last, where)) {
            return done();
        }
        d.tally = *tally;
        const auto policy = r.string(o, "policy", where);
        if (!policy || !isValidPolicy(*policy)) {
            r.fail(tr("%1: \"%2\" is not a DMARC policy.")
                       .arg(where + QStringLiteral(".policy"), policy.value_or(QString()).left(40)));
            return done();
        }
        d.policy = *policy;
        const QJsonValue testing = o.value(key("testing"));
        if (!testing.isBool() && !testing.isUndefined()) {
            r.failForm(where + QStringLiteral(".testing"));
            return done();
        }
        d.testing = testing.toBool();
        const auto policyAt = r.string(o, "policyAt", where);
        if (!policyAt) {
            return done();
        }
        d.policyAt = QDateTime::fromString(*policyAt, Qt::ISODate);
        if (!policyAt->isEmpty() && (!d.policyAt.isValid() || !isValidDay(d.policyAt.toUTC().date()))) {
            r.fail(tr("%1: \"%2\" is not a time from 2012 to 2100.")
                       .arg(where + QStringLiteral(".policyAt"), policyAt->left(40)));
            return done();
        }

        const auto days = r.array(o, "days", kMaxDaysPerDomain, where);
        for (const QJsonValue& v : days.value_or(QJsonArray())) {
            const QJsonArray a = v.toArray();
            const QString at = where + QStringLiteral(".days");
            if (!v.isArray() || a.size() != 3) {
                r.failForm(at);
                return done();
            }
            const auto day = r.day(a[0], at, false);
            const auto passing = day ? r.count(a[1], at) : std::nullopt;
            const auto failing = passing ? r.count(a[2], at) : std::nullopt;
            if (!failing) {
                return done();
            }
            if (!d.days.isEmpty() && *day <= d.days.last().day) {
                r.fail(tr("%1: the days must be listed once each, in order.").arg(at));
                return done();
            }
            if (!d.first.isValid() || *day < d.first || *day > d.last) {
                r.fail(tr("%1: %2 lies outside the domain's first and last day.").arg(at, day->toString(Qt::ISODate)));
                return done();
            }
            d.days.append(ReportDay{*day, *passing, *failing});
        }
        const auto senders = r.ok() ? r.array(o, "senders", kMaxClasses, where) : std::nullopt;
        for (const QJsonValue& v : senders.value_or(QJsonArray())) {
            const QString at = where + QStringLiteral(".senders");
            const auto cls = r.index(v.toObject().value(key("class")), state.classes.size(), at);
            const auto t = cls ? r.tally(v.toObject().value(key("counts")), at) : std::nullopt;
            if (!t) {
                return done();
            }
            d.senders.append({*cls, *t});
        }
        const auto sources = r.ok() ? r.array(o, "sources", kMaxSourcesPerDomain, where) : std::nullopt;
        if (!sources) {
            return done();
        }
        totalSources += sources->size();
        if (totalSources > kMaxSources) {
            r.fail(tr("%1: more than %2 sources in all.").arg(key("domains")).arg(kMaxSources));
            return done();
        }
        QSet<QString> ips;
        quint64 sourceMessages = 0;
        for (const QJsonValue& v : *sources) {
            const QJsonObject so = v.toObject();
            ReportSourceState s;
            s.ip = so.value(key("ip")).toString();
            const QString at = where + QStringLiteral(".sources");
            if (!v.isObject() || !isValidIp(s.ip)) {
                r.fail(tr("%1: \"%2\" is not an IP address.").arg(at, s.ip.left(60)));
                return done();
            }
            if (ips.contains(s.ip)) {
                r.fail(tr("%1: %2 is listed twice.").arg(at, s.ip));
                return done();
            }
            ips.insert(s.ip);
            const QString sat = at + u' ' + s.ip;
            const auto st = r.tally(so.value(key("counts")), sat + QStringLiteral(".counts"));
            if (!st || !r.reporters(so, state.reporters.size(), s.reporters, sat) ||
                !r.extent(so, s.first, s.last, sat)) {
                return done();
            }
            s.tally = *st;
            if (d.first.isValid() && s.first.isValid() && (s.first < d.first || s.last > d.last)) {
                r.fail(tr("%1: the source's days lie outside the domain's.").arg(sat));
                return done();
            }
            const auto byClass = r.array(so, "classes", kMaxClasses, sat);
            for (const QJsonValue& c : byClass.value_or(QJsonArray())) {
                const QJsonArray pair = c.toArray();
                const auto cls = c.isArray() && pair.size() == 2
                                     ? r.index(pair[0], state.classes.size(), sat + QStringLiteral(".classes"))
                                     : std::nullopt;
                const auto count = cls ? r.count(pair[1], sat + QStringLiteral(".classes")) : std::nullopt;
                if (!count || *count > s.tally.messages) {
                    if (r.ok()) {
                        r.failForm(sat + QStringLiteral(".classes"));
                    }
                    return done();
                }
                s.classes.append({*cls, *count});
            }
            if (!r.ok()) {
                return done();
            }
            addSaturating(sourceMessages, s.tally.messages);
            d.sources.append(s);
        }
        if (sourceMessages > d.tally.messages) {
            r.fail(tr("%1: its sources count more messages than the domain.").arg(where));
            return done();
        }
        state.domains.append(d);
    }
    return done();
}

} // namespace mailauth
