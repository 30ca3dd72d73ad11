#include "AggregateReportParser.h"

#include "core/IpAddress.h"

#include <QByteArrayView>
#include <QXmlStreamReader>
#include <array>

namespace mailauth {

namespace {

const QString kDmarc2Namespace = QStringLiteral("urn:ietf:params:xml:ns:dmarc-2.0");

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

QString keyword(QStringView text)
{
    const QStringView word = text.trimmed();
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
        m_entries[m_next] = {raw.toString(), value};
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

QString ipText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
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

// The reader for one document. Every element is matched by its local name, so RFC 7489 files that carry stray
// namespaces read like RFC 9990 files; unknown elements (extensions, <version>, <human_result>) are skipped whole.
class Reader
{
public:
    Reader(QXmlStreamReader& xml, int maxRecords)
        : m_xml(xml)
        , m_maxRecords(maxRecords)
    {
    }

    AggregateReportParseResult run()
    {
        AggregateReportParseResult result;
        bool sawFeedback = false;
        while (!m_xml.atEnd() && m_error.isEmpty()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                // Reports never carry a DTD. Entity declarations are how entity bombs and external entities work,
                // so a document that declares any is not read at all.
                if (!m_xml.entityDeclarations().isEmpty() || m_xml.text().contains(QLatin1String("<!ENTITY"))) {
                    m_error = AggregateReportParser::tr("the XML declares entities in a DOCTYPE, which DMARC reports "
                                                        "never do; it was not read, for safety");
                }
            } else if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() != u"feedback") {
                    m_error = AggregateReportParser::tr("not a DMARC aggregate report (the XML has no <feedback> "
                                                        "element but <%1>)")
                                  .arg(m_xml.name().left(64).toString());
                    break;
                }
                sawFeedback = true;
                readFeedback();
                // Anything after </feedback> (padding, a second document glued on) is not part of the report.
                break;
            }
        }
        if (m_error.isEmpty() && !sawFeedback) {
            // Also when the XML broke before its first element: whatever it is, it is no report.
            m_error = AggregateReportParser::tr("not a DMARC aggregate report (the XML has no <feedback> element)");
        }
        if (m_error.isEmpty() && m_xml.hasError()) {
            m_error = AggregateReportParser::tr("the XML is broken at line %1: %2")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.errorString());
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

private:
    bool ok() const { return m_error.isEmpty() && !m_xml.hasError(); }

    // The text of the current element (child elements skipped), in a buffer reused for every element: valid until
    // the next call. Most values become shared keywords or cached domains, so reading a row allocates little.
    QStringView text()
    {
        m_text.resize(0);
        int depth = 0;
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                if (depth == 0) {
                    m_text.append(m_xml.text());
                }
                break;
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                if (depth-- == 0) {
                    return m_text;
                }
                break;
            default:
                break;
            }
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

    void readFeedback()
    {
        if (m_xml.namespaceUri() == kDmarc2Namespace) {
            m_report.format = AggregateReportFormat::Rfc9990;
        }
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"report_metadata") {
                readMetadata();
            } else if (name == u"policy_published") {
                readPolicy();
            } else if (name == u"record") {
                if (m_report.records.size() >= m_maxRecords) {
                    m_error = AggregateReportParser::tr("the report has more than %1 rows; it was not read")
                                  .arg(m_maxRecords);
                    return;
                }
                readRecord();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readMetadata()
    {
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"org_name") {
                m_report.orgName = plain();
            } else if (name == u"email") {
                m_report.email = plain();
            } else if (name == u"report_id") {
                m_report.reportId = plain();
            } else if (name == u"date_range") {
                while (ok() && m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"begin") {
                        m_report.begin = unixTime(text());
                    } else if (m_xml.name() == u"end") {
                        m_report.end = unixTime(text());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readPolicy()
    {
        AggregatePublishedPolicy& p = m_report.policy;
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"domain") {
                p.domain = domain();
            } else if (name == u"adkim") {
                p.adkim = keyword(text());
            } else if (name == u"aspf") {
                p.aspf = keyword(text());
            } else if (name == u"p") {
                p.p = keyword(text());
            } else if (name == u"sp") {
                p.sp = keyword(text());
            } else if (name == u"np") {
                p.np = keyword(text());
            } else if (name == u"testing") {
                p.testing = keyword(text());
            } else if (name == u"discovery_method") {
                p.discoveryMethod = keyword(text());
            } else if (name == u"fo") {
                p.fo = plain();
            } else if (name == u"pct") {
                bool isNumber = false;
                const int pct = text().trimmed().toInt(&isNumber);
                p.pct = isNumber && pct >= 0 && pct <= 100 ? pct : -1;
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readRecord()
    {
        AggregateRecord record;
        const qsizetype number = m_report.records.size() + 1;
        bool sawCount = false;
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                readRow(record, number, sawCount);
            } else if (name == u"identifiers") {
                readIdentifiers(record);
            } else if (name == u"auth_results") {
                readAuthResults(record);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (ok() && !sawCount) {
            m_error = AggregateReportParser::tr("row %1 of the report has no message count").arg(number);
        }
        if (ok()) {
            m_report.records.append(std::move(record));
        }
    }

    void readRow(AggregateRecord& record, qsizetype number, bool& sawCount)
    {
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"source_ip") {
                record.sourceIp = m_addresses.get(text(), ipText);
            } else if (name == u"count") {
                sawCount = true;
                readCount(record, number);
            } else if (name == u"policy_evaluated") {
                readPolicyEvaluated(record);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readCount(AggregateRecord& record, qsizetype number)
    {
        const QString raw = plain();
        const QString shown = raw.left(40);
        if (raw.isEmpty()) {
            m_error = AggregateReportParser::tr("row %1 of the report has an empty message count").arg(number);
            return;
        }
        if (raw.startsWith(u'-')) {
            m_error = AggregateReportParser::tr("row %1 of the report has a negative message count (%2)")
                          .arg(number)
                          .arg(shown);
            return;
        }
        const QStringView digits = raw.startsWith(u'+') ? QStringView(raw).mid(1) : QStringView(raw);
        const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(),
                                                                [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!allDigits) {
            m_error = AggregateReportParser::tr("row %1 of the report has a message count that is not a number (%2)")
                          .arg(number)
                          .arg(shown);
            return;
        }
        bool fits = false;
        const qulonglong count = digits.toULongLong(&fits);
        if (!fits) {
            m_error = AggregateReportParser::tr("row %1 of the report has a message count too large to be true (%2)")
                          .arg(number)
                          .arg(shown);
            return;
        }
        record.count = count;
    }

    void readPolicyEvaluated(AggregateRecord& record)
    {
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"disposition") {
                record.disposition = keyword(text());
            } else if (name == u"dkim") {
                record.dkimEvaluated = keyword(text());
            } else if (name == u"spf") {
                record.spfEvaluated = keyword(text());
            } else if (name == u"reason") {
                QString type;
                while (ok() && m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"type") {
                        type = keyword(text());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                // <reason><type></type></reason> occurs; an empty reason says nothing.
                if (!type.isEmpty()) {
                    record.overrideReasons.append(type);
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readIdentifiers(AggregateRecord& record)
    {
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"header_from") {
                record.headerFrom = domain();
            } else if (name == u"envelope_from") {
                record.envelopeFrom = domain();
            } else if (name == u"envelope_to") {
                record.envelopeTo = domain();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readAuthResults(AggregateRecord& record)
    {
        while (ok() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"dkim") {
                AggregateDkimResult dkim;
                while (ok() && m_xml.readNextStartElement()) {
                    const QStringView field = m_xml.name();
                    if (field == u"domain") {
                        dkim.domain = domain();
                    } else if (field == u"selector") {
                        dkim.selector = plain();
                    } else if (field == u"result") {
                        dkim.result = keyword(text());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                record.dkim.append(dkim);
            } else if (name == u"spf") {
                AggregateSpfResult spf;
                while (ok() && m_xml.readNextStartElement()) {
                    const QStringView field = m_xml.name();
                    if (field == u"domain") {
                        spf.domain = domain();
                    } else if (field == u"scope") {
                        spf.scope = keyword(text());
                    } else if (field == u"result") {
                        spf.result = keyword(text());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                record.spf.append(spf);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    QXmlStreamReader& m_xml;
    QString m_text;
    RecentValues m_domains;
    RecentValues m_addresses;
    int m_maxRecords;
    AggregateReport m_report;
    QString m_error;
};

} // namespace

AggregateReportParseResult AggregateReportParser::parse(const QByteArray& xml, int maxRecords)
{
    {
        QXmlStreamReader reader(xml);
        AggregateReportParseResult result = Reader(reader, maxRecords).run();
        if (result.report || reader.error() != QXmlStreamReader::NotWellFormedError ||
            QByteArrayView(xml).isValidUtf8()) {
            return result;
        }
    }
    // Reports with invalid UTF-8 exist (a Latin-1 name in org_name, a truncated multi-byte character). Reading the
    // text with replacement characters keeps the numbers, which are all ASCII. A QString source makes
    // QXmlStreamReader ignore the encoding declaration.
    QXmlStreamReader reader(QString::fromUtf8(xml));
    return Reader(reader, maxRecords).run();
}

} // namespace mailauth
