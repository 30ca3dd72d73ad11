// GMime's headers come first: glib must not see Qt's keyword macros (the project builds with QT_NO_KEYWORDS too).
#include <gmime/gmime.h>

// Then the rest.
#include "MailContainer.h"

#include <QString>
#include <memory>
#include <mutex>

namespace mailauth {

namespace {

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// Our own walk never goes deeper than this, whatever GMime accepted.
constexpr int kMaxWalkDepth = 64;

template <typename T> struct GObjectUnref
{
    void operator()(T* object) const
    {
        if (object != nullptr) {
            g_object_unref(object);
        }
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref<T>>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions* options) const { g_mime_parser_options_free(options); }
};

// GMime reports a MIME tree nested beyond its own limit as a "critical" warning and parses on without the rest.
struct ParserWarnings
{
    bool nestingOverflow = false;
};

void onParserWarning(gint64, GMimeParserWarning code, const gchar*, gpointer data)
{
    if (code == GMIME_CRIT_NESTING_OVERFLOW) {
        static_cast<ParserWarnings*>(data)->nestingOverflow = true;
    }
}

std::unique_ptr<GMimeParserOptions, ParserOptionsFree> parserOptions(ParserWarnings* warnings)
{
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    g_mime_parser_options_set_warning_callback(options.get(), onParserWarning, warnings);
    return options;
}

QByteArray streamBytes(GMimeStream* stream)
{
    const GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

bool hasReportExtension(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    return lower.endsWith(QLatin1String(".xml")) || lower.endsWith(QLatin1String(".gz")) ||
           lower.endsWith(QLatin1String(".zip"));
}

// The media types reporters use for the report (RFC 7489 section 7.2.1.1, RFC 9990, and what Outlook and friends
// write when a mail is saved or forwarded).
bool isReportMediaType(const QString& type)
{
    static const QStringList types{
        QStringLiteral("application/zip"),    QStringLiteral("application/x-zip-compressed"),
        QStringLiteral("application/x-zip"),  QStringLiteral("application/gzip"),
        QStringLiteral("application/x-gzip"), QStringLiteral("application/gzip-compressed"),
        QStringLiteral("text/xml"),           QStringLiteral("application/xml"),
    };
    return types.contains(type);
}

class Walk
{
public:
    explicit Walk(const ContainerItemSink& item, const QString& prefix)
        : m_item(item)
        , m_prefix(prefix)
    {
    }

    int found() const { return m_found; }

    void object(GMimeObject* object, int depth)
    {
        if (object == nullptr || depth > kMaxWalkDepth) {
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i) {
                this->object(g_mime_multipart_get_part(multipart, i), depth + 1);
            }
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded report mail: handed on whole, so the reader counts the extra level of nesting.
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner == nullptr) {
                return;
            }
            const GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, stream.get());
            ++m_found;
            m_item(streamBytes(stream.get()), m_prefix + MailContainer::tr("attached mail %1").arg(m_found));
        } else if (GMIME_IS_PART(object)) {
            part(GMIME_PART(object));
        }
    }

private:
    void part(GMimePart* part)
    {
        ++m_partNumber;
        GMimeContentType* contentType = g_mime_object_get_content_type(GMIME_OBJECT(part));
        QString type;
        if (contentType != nullptr) {
            char* text = g_mime_content_type_get_mime_type(contentType);
            type = QString::fromUtf8(text).toLower();
            g_free(text);
        }
        const char* rawName = g_mime_part_get_filename(part);
        const QString name = rawName != nullptr ? QString::fromUtf8(rawName).trimmed() : QString();
        if (!isReportMediaType(type) && !hasReportExtension(name)) {
            return; // text bodies (Microsoft's HTML "[Preview]"), images, signatures
        }
        GMimeDataWrapper* content = g_mime_part_get_content(part);
        if (content == nullptr) {
            return;
        }
        // GMime decodes base64, quoted-printable and uuencode here; the decoded part is never larger than the mail.
        const GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(content, stream.get());
        ++m_found;
        const QString shown =
            name.isEmpty() ? MailContainer::tr("attachment %1 (%2)").arg(m_partNumber).arg(type) : name;
        m_item(streamBytes(stream.get()), m_prefix + shown);
    }

    const ContainerItemSink& m_item;
    QString m_prefix;
    int m_found = 0;
    int m_partNumber = 0;
};

QString nestingError()
{
    return MailContainer::tr("the mail's parts are nested too deeply (a way to crash mail readers); not read");
}

} // namespace

bool MailContainer::forEachAttachment(const QByteArray& data, const ContainerItemSink& item, QString* error)
{
    initialiseGMime();
    ParserWarnings warnings;
    const auto options = parserOptions(&warnings);
    const GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData(), static_cast<size_t>(data.size())));
    const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    const GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (warnings.nestingOverflow) {
        *error = nestingError();
        return false;
    }
    if (message == nullptr) {
        *error = tr("not a readable mail");
        return false;
    }
    Walk walk(item, QString());
    walk.object(g_mime_message_get_mime_part(message.get()), 0);
    if (walk.found() == 0) {
        *error = tr("the mail has no report attached (no zip, gzip or XML attachment)");
        return false;
    }
    return true;
}

bool MailContainer::forEachMail(const QByteArray& data, const ContainerLimits& limits, const ContainerItemSink& item,
                                const ContainerProblemSink& problem, QString* error, bool* cancelled)
{
    initialiseGMime();
    const GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData(), static_cast<size_t>(data.size())));
    const GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    int mails = 0;
    while (!g_mime_parser_eos(parser.get())) {
        if (limits.cancelled()) {
            *cancelled = true;
            return true;
        }
        ParserWarnings warnings;
        const auto options = parserOptions(&warnings);
        const GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
        if (message == nullptr) {
            break;
        }
        ++mails;
        const QString mailName = tr("mail %1").arg(mails);
        if (warnings.nestingOverflow) {
            problem(mailName, nestingError());
            continue;
        }
        Walk walk(item, mailName + QStringLiteral(": "));
        walk.object(g_mime_message_get_mime_part(message.get()), 0);
        if (walk.found() == 0) {
            problem(mailName, tr("the mail has no report attached (no zip, gzip or XML attachment)"));
        }
    }
    if (mails == 0) {
        *error = tr("no mail found in the mbox file");
        return false;
    }
    return true;
}

} // namespace mailauth
