#include "MessageHeaders.h"

#include <algorithm>

// GMime pulls in glib, whose headers use `signals` as a name; Qt defines it as a keyword macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <mutex>

namespace mailauth {

namespace {

void initialiseGmime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T> struct GObjectPtr
{
    explicit GObjectPtr(T* p)
        : ptr(p)
    {
    }
    ~GObjectPtr()
    {
        if (ptr != nullptr) {
            g_object_unref(ptr);
        }
    }
    GObjectPtr(const GObjectPtr&) = delete;
    GObjectPtr& operator=(const GObjectPtr&) = delete;
    T* ptr;
};

// Where the line starting at `pos` ends (the index of its LF), or the size when it has none.
qsizetype lineEnd(const QByteArray& raw, qsizetype pos)
{
    const qsizetype lf = raw.indexOf('\n', pos);
    return lf < 0 ? raw.size() : lf;
}

QByteArray withoutLineEnding(QByteArray value)
{
    if (value.endsWith('\n')) {
        value.chop(1);
    }
    if (value.endsWith('\r')) {
        value.chop(1);
    }
    return value;
}

} // namespace

QList<MessageHeaderField> MessageHeaders::all(QStringView name) const
{
    QList<MessageHeaderField> found;
    for (const MessageHeaderField& f : fields) {
        if (QStringView(f.name).compare(name, Qt::CaseInsensitive) == 0) {
            found.append(f);
        }
    }
    return found;
}

MessageHeaders MessageHeaders::parse(const QByteArray& input)
{
    MessageHeaders m;
    if (input.size() > kMaxMessageBytes) {
        m.error = tr("The message is larger than %1 MiB; only messages up to that size are read.")
                      .arg(kMaxMessageBytes / (1024 * 1024));
        return m;
    }
    QByteArray raw = input;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        raw.remove(0, 3);
    }
    // What a paste or a save adds before the first field: blank lines, an mbox "From " separator line, Outlook's
    // old "Microsoft Mail Internet Headers Version 2.0" title.
    qsizetype start = 0;
    while (start < raw.size()) {
        const qsizetype end = lineEnd(raw, start);
        const QByteArray line = raw.mid(start, end - start).trimmed();
        if (!line.isEmpty() && !line.startsWith("From ") && !line.startsWith("Microsoft Mail Internet Headers")) {
            break;
        }
        if (!line.isEmpty()) {
            m.notes.append(tr("The first line \"%1\" is not a header field and was skipped.")
                               .arg(QString::fromUtf8(line.left(80))));
        }
        start = end + 1;
    }
    raw = raw.mid(start);
    if (raw.trimmed().isEmpty()) {
        m.error = tr("There is nothing to read: paste the message's headers or open the saved message (.eml).");
        return m;
    }

    // The header ends at the first empty line (RFC 5322 2.1); everything after it is the body.
    qsizetype headerEnd = raw.size();
    for (qsizetype pos = 0; pos < raw.size();) {
        const qsizetype end = lineEnd(raw, pos);
        if (end == pos || (end == pos + 1 && raw[pos] == '\r')) {
            headerEnd = pos;
            m.hasBody = true;
            m.body = raw.mid(end + 1);
            break;
        }
        pos = end + 1;
    }
    if (headerEnd > kMaxHeaderBytes) {
        m.error = tr("The header is larger than %1 MiB; that is no real message.").arg(kMaxHeaderBytes / (1024 * 1024));
        return m;
    }
    QByteArray header = raw.left(headerEnd);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i] == '\n' && (i == 0 || header[i - 1] != '\r')) {
            m.bareLineFeeds = true;
            break;
        }
    }
    if (!header.endsWith('\n')) {
        header.append(m.bareLineFeeds ? "\n" : "\r\n");
    }
    // GMime sees the header block alone, closed by an empty line: the body is never MIME-parsed here (it is only
    // hashed), so nesting or size in the body cannot cost anything.
    header.append(m.bareLineFeeds ? "\n" : "\r\n");

    initialiseGmime();
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(header.constData(), header.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.ptr));
    g_mime_parser_set_format(parser.ptr, GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.ptr, nullptr));
    if (message.ptr == nullptr) {
        m.error = tr("No header field could be read: the text does not start like a mail message.");
        return m;
    }
    // GMime keeps the Content-* fields on the message's MIME part, not in the message's own list: both lists are
    // read and put back in the order of the octets (DKIM signs Content-Type; Microsoft 365 always does).
    QList<std::pair<gint64, GMimeHeader*>> ordered;
    QList<GMimeHeaderList*> lists{g_mime_object_get_header_list(GMIME_OBJECT(message.ptr))};
    if (GMimeObject* part = g_mime_message_get_mime_part(message.ptr)) {
        lists.append(g_mime_object_get_header_list(part));
    }
    for (GMimeHeaderList* list : lists) {
        const int count = list != nullptr ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < count; ++i) {
            GMimeHeader* h = g_mime_header_list_get_header_at(list, i);
            ordered.append({g_mime_header_get_offset(h), h});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [offset, h] : ordered) {
        if (m.fields.size() >= kMaxFields) {
            m.notes.append(tr("Only the first %1 header fields were read.").arg(kMaxFields));
            break;
        }
        MessageHeaderField f;
        f.rawName = QByteArray(g_mime_header_get_raw_name(h));
        f.name = QString::fromUtf8(f.rawName).trimmed();
        const char* rawValue = g_mime_header_get_raw_value(h);
        f.rawValue = withoutLineEnding(QByteArray(rawValue != nullptr ? rawValue : ""));
        const char* value = g_mime_header_get_value(h);
        f.value = QString::fromUtf8(value != nullptr ? value : "").trimmed();
        m.fields.append(f);
    }
    if (m.fields.isEmpty()) {
        m.error = tr("No header field could be read: the text does not start like a mail message.");
        return m;
    }

    if (InternetAddressList* from = g_mime_message_get_from(message.ptr)) {
        const int n = internet_address_list_length(from);
        QStringList addresses;
        for (int i = 0; i < n; ++i) {
            InternetAddress* a = internet_address_list_get_address(from, i);
            if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
                addresses.append(QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a))));
            } else if (INTERNET_ADDRESS_IS_GROUP(a)) {
                InternetAddressList* members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a));
                const int k = members != nullptr ? internet_address_list_length(members) : 0;
                for (int j = 0; j < k; ++j) {
                    InternetAddress* member = internet_address_list_get_address(members, j);
                    if (INTERNET_ADDRESS_IS_MAILBOX(member)) {
                        addresses.append(
                            QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(member))));
                    }
                }
            }
        }
        m.fromCount = static_cast<int>(addresses.size());
        if (addresses.size() == 1) {
            m.fromAddress = addresses.first();
            const qsizetype at = m.fromAddress.lastIndexOf(u'@');
            if (at >= 0) {
                m.fromDomain = m.fromAddress.mid(at + 1).toLower();
                if (m.fromDomain.endsWith(u'.')) {
                    m.fromDomain.chop(1);
                }
            }
        }
    }
    m.ok = true;
    return m;
}

} // namespace mailauth
