#include "ContentSniffer.h"

#include <algorithm>

namespace mailauth {

namespace {

bool startsWith(const QByteArray& data, const char* magic, qsizetype size)
{
    return data.size() >= size && std::equal(magic, magic + size, data.constData());
}

bool isHeaderNameChar(char c)
{
    // RFC 5322 ftext: printable US-ASCII except the colon.
    return c > 32 && c < 127 && c != ':';
}

} // namespace

ContentSniffer::Kind ContentSniffer::kind(const QByteArray& data)
{
    if (data.isEmpty()) {
        return Kind::Empty;
    }
    if (startsWith(data, "\x1f\x8b", 2)) {
        return Kind::Gzip;
    }
    if (startsWith(data, "PK\x03\x04", 4) || startsWith(data, "PK\x05\x06", 4)) {
        return Kind::Zip;
    }
    if (startsWith(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8)) {
        return Kind::OutlookMsg;
    }
    // UTF-16 and UTF-32 text starts with a byte-order mark or has zero bytes around the '<'.
    if (startsWith(data, "\xff\xfe", 2) || startsWith(data, "\xfe\xff", 2) || startsWith(data, "<\0", 2) ||
        startsWith(data, "\0<", 2)) {
        return Kind::Xml;
    }
    qsizetype i = startsWith(data, "\xef\xbb\xbf", 3) ? 3 : 0;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
        ++i;
    }
    if (i < data.size() && data[i] == '<') {
        return Kind::Xml;
    }
    if (startsWith(data, "From ", 5)) {
        return Kind::Mbox;
    }
    qsizetype n = 0;
    while (n < data.size() && n < 1000 && isHeaderNameChar(data[n])) {
        ++n;
    }
    if (n > 0 && n < data.size() && data[n] == ':') {
        return Kind::Mail;
    }
    return Kind::Unknown;
}

} // namespace mailauth
