#include "AggregateReportParser.h"

#include "core/IpAddress.h"
#include "reports/SafeXmlReader.h"

#include <QByteArrayView>
#include <algorithm>
#include <array>
#include <span>
#include <string>

namespace mailauth {

namespace {

constexpr QByteArrayView kDmarc2Namespace = "urn:ietf:params:xml:ns:dmarc-2.0";

// Year 9999: a date range beyond it is a reporter's bug, not a date.
constexpr qint64 kLatestSeconds = 253402300799;

// The words reports use, shared: most values of a report are one of these, so a record costs no allocation for them.
const QStringList& knownKeywords()
{
    static const QStringList words{
        QStringLiteral("pass"),
        QStringLiteral("fail"),
        QStringLiteral("none"),
        QStringLiteral("softfail"),
        QStringLiteral("neutral"),
        QStringLiteral("temperror"),
        QStringLiteral("permerror"),
        QStringLiteral("policy"),
        QStringLiteral("quarantine"),
        QStringLiteral("reject"),
        QStringLiteral("r"),
        QStringLiteral("s"),
        QStringLiteral("mfrom"),
        QStringLiteral("helo"),
        QStringLiteral("y"),
        QStringLiteral("n"),
        QStringLiteral("forwarded"),
        QStringLiteral("local_policy"),
        QStringLiteral("mailing_list"),
        QStringLiteral("trusted_forwarder"),
        QStringLiteral("other"),
        QStringLiteral("sampled_out"),
        QStringLiteral("policy_test_mode"),
        QStringLiteral("psl"),
        QStringLiteral("treewalk"),
    };
    return words;
}

// Inline comparisons: they run for every value and every element of every report, and are short.
bool sameText(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

QString keyword(QStringView text)
{
    const QStringView word = text.trimmed();
    // Nearly always written as listed: an exact match first is cheaper than comparing case-insensitively.
    for (const QString& known : knownKeywords()) {
        if (sameText(word, known)) {
            return known;
        }
    }
    for (const QString& known : knownKeywords()) {
        if (word.size() == known.size() && word.compare(known, Qt::CaseInsensitive) == 0) {
            return known;
        }
    }
    return word.toString().toLower();
}

QDateTime unixTime(QStringView text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > kLatestSeconds) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The last few values of one kind, normalised: the rows of a report repeat the same domains and addresses, and a
// shared QString costs no allocation.
class RecentValues
{
public:
    template <typename Normalise> QString get(QStringView raw, Normalise normalise)
    {
        for (const auto& [key, value] : m_entries) {
            if (key == raw) {
                return value;
            }
        }
        QString value = normalise(raw);
        // Mostly already in normal form: then the key shares the value's text.
        m_entries[m_next] = {value == raw ? value : raw.toString(), value};
        m_next = (m_next + 1) % m_entries.size();
        return value;
    }

private:
    std::array<std::pair<QString, QString>, 8> m_entries;
    size_t m_next = 0;
};

QString domainName(QStringView text)
{
    QString d = text.trimmed().toString().toLower();
    while (d.endsWith(u'.')) {
        d.chop(1);
    }
    return d;
}

// Dotted-quad IPv4 exactly as IpAddress::toString writes it (no leading zeros, each part up to 255): most rows.
bool isCanonicalV4(QStringView text)
{
    int dots = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : text) {
        if (c == u'.') {
            if (digits == 0 || ++dots > 3) {
                return false;
            }
            digits = 0;
            value = 0;
        } else if (c >= u'0' && c <= u'9') {
            if ((digits > 0 && value == 0) || ++digits > 3) {
                return false;
            }
            value = value * 10 + (c.unicode() - u'0');
            if (value > 255) {
                return false;
            }
        } else {
            return false;
        }
    }
    return dots == 3 && digits > 0;
}

QString ipText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (isCanonicalV4(trimmed)) {
        return trimmed.toString(); // what parsing and printing it would give, without doing either
    }
    if (const auto ip = IpAddress::parse(trimmed)) {
        return ip->toString();
    }
    // Reporters write IPv4 with leading zeros now and then; the strict parser refuses them, so try without.
    if (trimmed.count(u'.') == 3 && !trimmed.contains(u':')) {
        QStringList parts = trimmed.toString().split(u'.');
        for (QString& part : parts) {
            while (part.size() > 1 && part.startsWith(u'0')) {
                part.remove(0, 1);
            }
        }
        if (const auto ip = IpAddress::parseV4(parts.join(u'.'))) {
            return ip->toString();
        }
    }
    return trimmed.toString(); // kept as written: the summary shows what the reporter sent
}

// The elements the reader knows. Containers hold known elements; fields hold a value. Each is known only where the
// formats put it (a <record> inside an <extension> is no record), and matched by its local name, so RFC 7489 files
// that carry stray namespaces read like RFC 9990 files. Anything else (extensions, <version>, <human_result>, markup
// inside a value) is skipped whole.
enum class Node : quint8
{
    Feedback,
    Metadata,
    DateRange,
    Policy,
    Record,
    Row,
    PolicyEvaluated,
    Reason,
    Identifiers,
    AuthResults,
    AuthDkim,
    AuthSpf,
    // Fields from here on.
    OrgName,
    Email,
    ReportId,
    Begin,
    End,
    PublishedDomain,
    Adkim,
    Aspf,
    P,
    Sp,
    Np,
    Testing,
    DiscoveryMethod,
    Fo,
    Pct,
    SourceIp,
    Count,
    Disposition,
    DkimEvaluated,
    SpfEvaluated,
    ReasonType,
    HeaderFrom,
    EnvelopeFrom,
    EnvelopeTo,
    DkimDomain,
    DkimSelector,
    DkimResult,
    SpfDomain,
    SpfScope,
    SpfResult,
};

bool isField(Node node)
{
    return node >= Node::OrgName;
}

struct Child
{
    QByteArrayView name;
    Node node;
};

constexpr Child kFeedbackChildren[] = {
    {"report_metadata", Node::Metadata}, {"policy_published", Node::Policy}, {"record", Node::Record}};
constexpr Child kMetadataChildren[] = {{"org_name", Node::OrgName},
                                       {"email", Node::Email},
                                       {"report_id", Node::ReportId},
                                       {"date_range", Node::DateRange}};
constexpr Child kDateRangeChildren[] = {{"begin", Node::Begin}, {"end", Node::End}};
constexpr Child kPolicyChildren[] = {{"domain", Node::PublishedDomain},
                                     {"adkim", Node::Adkim},
                                     {"aspf", Node::Aspf},
                                     {"p", Node::P},
                                     {"sp", Node::Sp},
                                     {"np", Node::Np},
                                     {"testing", Node::Testing},
                                     {"discovery_method", Node::DiscoveryMethod},
                                     {"fo", Node::Fo},
                                     {"pct", Node::Pct}};
constexpr Child kRecordChildren[] = {
    {"row", Node::Row}, {"identifiers", Node::Identifiers}, {"auth_results", Node::AuthResults}};
constexpr Child kRowChildren[] = {
    {"source_ip", Node::SourceIp}, {"count", Node::Count}, {"policy_evaluated", Node::PolicyEvaluated}};
constexpr Child kPolicyEvaluatedChildren[] = {{"disposition", Node::Disposition},
                                              {"dkim", Node::DkimEvaluated},
                                              {"spf", Node::SpfEvaluated},
                                              {"reason", Node::Reason}};
constexpr Child kReasonChildren[] = {{"type", Node::ReasonType}};
constexpr Child kIdentifiersChildren[] = {
    {"header_from", Node::HeaderFrom}, {"envelope_from", Node::EnvelopeFrom}, {"envelope_to", Node::EnvelopeTo}};
constexpr Child kAuthResultsChildren[] = {{"dkim", Node::AuthDkim}, {"spf", Node::AuthSpf}};
constexpr Child kAuthDkimChildren[] = {
    {"domain", Node::DkimDomain}, {"selector", Node::DkimSelector}, {"result", Node::DkimResult}};
constexpr Child kAuthSpfChildren[] = {
    {"domain", Node::SpfDomain}, {"scope", Node::SpfScope}, {"result", Node::SpfResult}};

std::span<const Child> childrenOf(Node node)
{
    switch (node) {
    case Node::Feedback:
        return kFeedbackChildren;
    case Node::Metadata:
        return kMetadataChildren;
    case Node::DateRange:
        return kDateRangeChildren;
    case Node::Policy:
        return kPolicyChildren;
    case Node::Record:
        return kRecordChildren;
    case Node::Row:
        return kRowChildren;
    case Node::PolicyEvaluated:
        return kPolicyEvaluatedChildren;
    case Node::Reason:
        return kReasonChildren;
    case Node::Identifiers:
        return kIdentifiersChildren;
    case Node::AuthResults:
        return kAuthResultsChildren;
    case Node::AuthDkim:
        return kAuthDkimChildren;
    case Node::AuthSpf:
        return kAuthSpfChildren;
    default:
        return {}; // a field: markup inside a value is skipped
    }
}

// Builds the report from the reader's events: the path of known elements down to the current one, and the text of
// the current field. Element names are compared as UTF-8 bytes; QStrings are built only for the values kept.
class ReportBuilder final : public XmlEventHandler
{
public:
    explicit ReportBuilder(int maxRecords)
        : m_maxRecords(maxRecords)
    {
    }

    AggregateReportParseResult finish(const SafeXmlReader::Result& xml)
    {
        using Outcome = SafeXmlReader::Result::Outcome;
        AggregateReportParseResult result;
        if (m_error.isEmpty() && xml.outcome == Outcome::DeclaresEntities) {
            // Reports never carry a DTD. Entity declarations are how entity bombs and external entities work.
            m_error = AggregateReportParser::tr("the XML declares entities in a DOCTYPE, which DMARC reports never "
                                                "do; it was not read, for safety");
        }
        if (m_error.isEmpty() && !m_sawFeedback) {
            // Also when the XML broke before its first element: whatever it is, it is no report.
            m_error = AggregateReportParser::tr("not a DMARC aggregate report (the XML has no <feedback> element)");
        }
        if (m_error.isEmpty() && xml.outcome == Outcome::Broken) {
            m_error = AggregateReportParser::tr("the XML is broken at line %1: %2").arg(xml.line).arg(xml.problem);
        }
        if (m_error.isEmpty()) {
            m_error = missingParts();
        }
        if (!m_error.isEmpty()) {
            result.error = m_error;
            return result;
        }
        for (AggregateRecord& record : m_report.records) {
            if (record.headerFrom.isEmpty()) {
                record.headerFrom = m_report.policy.domain;
            }
        }
        result.report = std::move(m_report);
        return result;
    }

    bool startElement(QByteArrayView namespaceUri, QByteArrayView localName) override
    {
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return true;
        }
        if (m_depth == 0) {
            return startRoot(namespaceUri, localName);
        }
        for (const Child& child : childrenOf(m_path[m_depth - 1])) {
            if (sameName(child.name, localName)) {
                // Known elements nest at most six deep (feedback/record/row/policy_evaluated/reason/type).
                m_path[m_depth++] = child.node;
                return enter(child.node);
            }
        }
        ++m_skipDepth;
        return true;
    }

    bool endElement() override
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        if (m_depth == 0) {
            return false; // an end without a start: the reader never sends one, and nothing is read on
        }
        return leave(m_path[--m_depth]);
    }

    bool characters(QByteArrayView text) override
    {
        // Text of the current field only; text beside markup inside it counts, the markup's own text does not.
        if (m_skipDepth == 0 && m_depth > 0 && isField(m_path[m_depth - 1])) {
            m_bytes.append(text.data(), size_t(text.size()));
        }
        return true;
    }

private:
    bool startRoot(QByteArrayView namespaceUri, QByteArrayView localName)
    {
        if (localName != "feedback") {
            m_error = AggregateReportParser::tr("not a DMARC aggregate report (the XML has no <feedback> element but "
                                                "<%1>)")
                          .arg(QString::fromUtf8(localName).left(64));
            return false;
        }
        m_sawFeedback = true;
        if (namespaceUri == kDmarc2Namespace) {
            m_report.format = AggregateReportFormat::Rfc9990;
        }
        m_path[m_depth++] = Node::Feedback;
        return true;
    }

    bool enter(Node node)
    {
        switch (node) {
        case Node::Record:
            if (m_report.records.size() >= m_maxRecords) {
                m_error =
                    AggregateReportParser::tr("the report has more than %1 rows; it was not read").arg(m_maxRecords);
                return false;
            }
            m_record = AggregateRecord();
            m_sawCount = false;
            break;
        case Node::Reason:
            m_reasonType.clear();
            break;
        case Node::AuthDkim:
            m_dkim = AggregateDkimResult();
            break;
        case Node::AuthSpf:
            m_spf = AggregateSpfResult();
            break;
        default:
            if (isField(node)) {
                m_bytes.clear();
            }
            break;
        }
        return true;
    }

    bool leave(Node node)
    {
        switch (node) {
        case Node::Record:
            if (!m_sawCount) {
                m_error = AggregateReportParser::tr("row %1 of the report has no message count").arg(recordNumber());
                return false;
            }
            m_report.records.append(std::move(m_record));
            return true;
        case Node::Reason:
            // <reason><type></type></reason> occurs; an empty reason says nothing.
            if (!m_reasonType.isEmpty()) {
                m_record.overrideReasons.append(m_reasonType);
            }
            return true;
        case Node::AuthDkim:
            m_record.dkim.append(m_dkim);
            return true;
        case Node::AuthSpf:
            m_record.spf.append(m_spf);
            return true;
        default:
            return isField(node) ? store(node) : true;
        }
    }

    // The value of a field that just ended.
    bool store(Node field)
    {
        AggregatePublishedPolicy& p = m_report.policy;
        switch (field) {
        case Node::OrgName:
            m_report.orgName = plain();
            break;
        case Node::Email:
            m_report.email = plain();
            break;
        case Node::ReportId:
            m_report.reportId = plain();
            break;
        case Node::Begin:
            m_report.begin = unixTime(text());
            break;
        case Node::End:
            m_report.end = unixTime(text());
            break;
        case Node::PublishedDomain:
            p.domain = domain();
            break;
        case Node::Adkim:
            p.adkim = keyword(text());
            break;
        case Node::Aspf:
            p.aspf = keyword(text());
            break;
        case Node::P:
            p.p = keyword(text());
            break;
        case Node::Sp:
            p.sp = keyword(text());
            break;
        case Node::Np:
            p.np = keyword(text());
            break;
        case Node::Testing:
            p.testing = keyword(text());
            break;
        case Node::DiscoveryMethod:
            p.discoveryMethod = keyword(text());
            break;
        case Node::Fo:
            p.fo = plain();
            break;
        case Node::Pct: {
            bool isNumber = false;
            const int pct = text().trimmed().toInt(&isNumber);
            p.pct = isNumber && pct >= 0 && pct <= 100 ? pct : -1;
            break;
        }
        case Node::SourceIp:
            m_record.sourceIp = m_addresses.get(text(), ipText);
            break;
        case Node::Count:
            m_sawCount = true;
            return readCount();
        case Node::Disposition:
            m_record.disposition = keyword(text());
            break;
        case Node::DkimEvaluated:
            m_record.dkimEvaluated = keyword(text());
            break;
        case Node::SpfEvaluated:
            m_record.spfEvaluated = keyword(text());
            break;
        case Node::ReasonType:
            m_reasonType = keyword(text());
            break;
        case Node::HeaderFrom:
            m_record.headerFrom = domain();
            break;
        case Node::EnvelopeFrom:
            m_record.envelopeFrom = domain();
            break;
        case Node::EnvelopeTo:
            m_record.envelopeTo = domain();
            break;
        case Node::DkimDomain:
            m_dkim.domain = domain();
            break;
        case Node::DkimSelector:
            m_dkim.selector = m_selectors.get(text(), [](QStringView raw) { return raw.trimmed().toString(); });
            break;
        case Node::DkimResult:
            m_dkim.result = keyword(text());
            break;
        case Node::SpfDomain:
            m_spf.domain = domain();
            break;
        case Node::SpfScope:
            m_spf.scope = keyword(text());
            break;
        case Node::SpfResult:
            m_spf.result = keyword(text());
            break;
        default:
            break;
        }
        return true;
    }

    qsizetype recordNumber() const { return m_report.records.size() + 1; }

    // The text of the field that just ended, in a buffer reused for every field: valid until the next call. Values
    // are nearly always ASCII and widen into it without an allocation; most then become shared keywords or cached
    // domains, so reading a row allocates little.
    QStringView text()
    {
        m_text.resize(qsizetype(m_bytes.size()));
        QChar* out = m_text.data();
        for (const char c : m_bytes) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                m_text = QString::fromUtf8(m_bytes.data(), qsizetype(m_bytes.size()));
                return m_text;
            }
            *out++ = QLatin1Char(c);
        }
        return m_text;
    }
    QString plain() { return text().trimmed().toString(); }
    QString domain() { return m_domains.get(text(), domainName); }

    QString missingParts() const
    {
        if (m_report.reportId.isEmpty()) {
            return AggregateReportParser::tr("the report has no report_id, so it cannot be told apart from others");
        }
        if (m_report.policy.domain.isEmpty()) {
            return AggregateReportParser::tr("the report does not say which domain it is about "
                                             "(policy_published/domain is missing)");
        }
        return {};
    }

    bool readCount()
    {
        const qsizetype number = recordNumber();
        const QStringView raw = text().trimmed();
        const auto shown = [&] { return raw.left(40).toString(); };
        if (raw.isEmpty()) {
            m_error = AggregateReportParser::tr("row %1 of the report has an empty message count").arg(number);
            return false;
        }
        if (raw.startsWith(u'-')) {
            m_error = AggregateReportParser::tr("row %1 of the report has a negative message count (%2)")
                          .arg(number)
                          .arg(shown());
            return false;
        }
        const QStringView digits = raw.startsWith(u'+') ? raw.mid(1) : raw;
        const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(),
                                                                [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!allDigits) {
            m_error = AggregateReportParser::tr("row %1 of the report has a message count that is not a number (%2)")
                          .arg(number)
                          .arg(shown());
            return false;
        }
        bool fits = false;
        const qulonglong count = digits.toULongLong(&fits);
        if (!fits) {
            m_error = AggregateReportParser::tr("row %1 of the report has a message count too large to be true (%2)")
                          .arg(number)
                          .arg(shown());
            return false;
        }
        m_record.count = count;
        return true;
    }

    int m_maxRecords;
    std::array<Node, 8> m_path{};
    int m_depth = 0;     // known elements open, the root included
    int m_skipDepth = 0; // elements open inside a skipped one, itself included
    bool m_sawFeedback = false;
    std::string m_bytes; // the current field's text as read, UTF-8
    QString m_text;
    RecentValues m_domains;
    RecentValues m_addresses;
    RecentValues m_selectors;
    AggregateReport m_report;
    AggregateRecord m_record;
    bool m_sawCount = false;
    AggregateDkimResult m_dkim;
    AggregateSpfResult m_spf;
    QString m_reasonType;
    QString m_error;
};

} // namespace

AggregateReportParseResult AggregateReportParser::parse(const QByteArray& xml, int maxRecords)
{
    {
        ReportBuilder builder(maxRecords);
        const SafeXmlReader::Result read = SafeXmlReader::read(xml, builder);
        AggregateReportParseResult result = builder.finish(read);
        if (result.report || read.outcome != SafeXmlReader::Result::Outcome::Broken ||
            QByteArrayView(xml).isValidUtf8()) {
            return result;
        }
    }
    // Reports with invalid UTF-8 exist (a Latin-1 name in org_name, a truncated multi-byte character). Reading the
    // text with replacement characters keeps the numbers, which are all ASCII; the encoding declaration is ignored.
    ReportBuilder builder(maxRecords);
    return builder.finish(SafeXmlReader::read(QString::fromUtf8(xml).toUtf8(), builder, SafeXmlReader::Encoding::Utf8));
}

} // namespace mailauth
