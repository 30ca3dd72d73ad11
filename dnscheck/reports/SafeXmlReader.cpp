#include "SafeXmlReader.h"

#include <QStringDecoder>
#include <algorithm>
#include <cctype>
#include <expat.h>
#include <memory>
#include <new>

namespace mailauth {

namespace {

// Between namespace URI and local name in the names expat reports. U+0001 is no XML character, so it can be in
// neither (expat also refuses a namespace URI that contains the separator).
constexpr XML_Char kNamespaceSeparator = '\x01';

// expat takes the input in int-sized pieces.
constexpr qsizetype kChunkBytes = qsizetype(1) << 30;

struct ParserFree
{
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

// The state of one pass over a document, shared by the callbacks.
struct Pass
{
    XML_Parser parser = nullptr;
    XmlEventHandler* handler = nullptr;
    int depth = 0;
    bool halted = false;   // stopped for any reason below: expat may still call back for the current token
    bool complete = false; // the root element ended
    bool stopped = false;  // the handler said stop
    bool declaresEntities = false;
    QByteArray skippedEntity;   // a reference to an entity nobody declared (the DTD is external and never loaded)
    QByteArray unknownEncoding; // declared, and not one expat reads itself
};

// XML_StopParser ends the parse after the current token, and expat still reports the rest of that token (the end of
// an empty element <a/> whose start said stop): nothing more reaches the handler once stopped.
void stop(Pass* pass)
{
    pass->halted = true;
    XML_StopParser(pass->parser, XML_FALSE);
}

void XMLCALL onStartElement(void* data, const XML_Char* name, const XML_Char** /*attributes*/)
{
    auto* pass = static_cast<Pass*>(data);
    if (pass->halted) {
        return;
    }
    ++pass->depth;
    // "uri\1local" or "local".
    const char* separator = nullptr;
    const char* end = name;
    for (; *end != '\0'; ++end) {
        if (*end == kNamespaceSeparator) {
            separator = end;
        }
    }
    const bool goOn = separator == nullptr
                          ? pass->handler->startElement({}, QByteArrayView(name, end - name))
                          : pass->handler->startElement(QByteArrayView(name, separator - name),
                                                        QByteArrayView(separator + 1, end - separator - 1));
    if (!goOn) {
        pass->stopped = true;
        stop(pass);
    }
}

void XMLCALL onEndElement(void* data, const XML_Char* /*name*/)
{
    auto* pass = static_cast<Pass*>(data);
    if (pass->halted) {
        return;
    }
    const bool goOn = pass->handler->endElement();
    if (--pass->depth == 0) {
        // Whatever follows the root element (padding, a second document glued on) is not part of it.
        pass->complete = true;
        stop(pass);
    } else if (!goOn) {
        pass->stopped = true;
        stop(pass);
    }
}

void XMLCALL onCharacters(void* data, const XML_Char* text, int length)
{
    auto* pass = static_cast<Pass*>(data);
    if (pass->halted) {
        return;
    }
    if (!pass->handler->characters(QByteArrayView(text, length))) {
        pass->stopped = true;
        stop(pass);
    }
}

// Entity declarations are how entity bombs and external entities work: a document that declares any is not read on.
void XMLCALL onEntityDeclaration(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*)
{
    auto* pass = static_cast<Pass*>(data);
    pass->declaresEntities = true;
    stop(pass);
}

// A reference to an entity the (never loaded) external DTD might declare: expat would skip it silently.
void XMLCALL onSkippedEntity(void* data, const XML_Char* name, int /*isParameterEntity*/)
{
    auto* pass = static_cast<Pass*>(data);
    if (pass->halted) {
        return;
    }
    pass->skippedEntity = QByteArray(name).left(64);
    stop(pass);
}

// Never called while no entity can be declared; should it be, nothing is loaded.
int XMLCALL onExternalEntity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*)
{
    return XML_STATUS_ERROR;
}

// Declining makes expat fail with XML_ERROR_UNKNOWN_ENCODING; the document is then decoded by Qt and read again.
int XMLCALL onUnknownEncoding(void* data, const XML_Char* name, XML_Encoding* /*info*/)
{
    static_cast<Pass*>(data)->unknownEncoding = QByteArray(name).left(64);
    return XML_STATUS_ERROR;
}

// The name in "&name;" at the byte where expat stopped, when it is readable there.
QByteArray entityNameAt(const QByteArray& xml, qint64 index)
{
    if (index < 0 || index >= xml.size() || xml[index] != '&') {
        return {};
    }
    QByteArray name;
    for (qsizetype i = index + 1; i < xml.size() && name.size() < 64; ++i) {
        const char c = xml[i];
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '.' && c != ':') {
            break;
        }
        name.append(c);
    }
    return name;
}

SafeXmlReader::Result broken(qint64 line, const QString& problem)
{
    return {SafeXmlReader::Result::Outcome::Broken, line, problem};
}

// expat's own messages are English only; the ones a damaged report produces are said here, translated.
QString describe(XML_Error code, const QByteArray& entity)
{
    switch (code) {
    case XML_ERROR_NO_ELEMENTS:
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
    case XML_ERROR_PARTIAL_CHAR:
        return SafeXmlReader::tr("the document ends before it is complete");
    case XML_ERROR_INVALID_TOKEN:
    case XML_ERROR_SYNTAX:
        return SafeXmlReader::tr("not well-formed (a character or markup that does not belong there)");
    case XML_ERROR_TAG_MISMATCH:
        return SafeXmlReader::tr("an end tag does not match the element it closes");
    case XML_ERROR_UNDEFINED_ENTITY:
        return entity.isEmpty() ? SafeXmlReader::tr("an entity is used that is not declared")
                                : SafeXmlReader::tr("entity '%1' is not declared").arg(QString::fromUtf8(entity));
    case XML_ERROR_UNBOUND_PREFIX:
        return SafeXmlReader::tr("a namespace prefix is used that is not declared");
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        return SafeXmlReader::tr("an attribute is given twice");
    case XML_ERROR_BAD_CHAR_REF:
        return SafeXmlReader::tr("a character reference names no allowed character");
    case XML_ERROR_INCORRECT_ENCODING:
        return SafeXmlReader::tr("the document is not in the encoding it declares");
    default:
        return QString::fromUtf8(XML_ErrorString(code));
    }
}

SafeXmlReader::Result readOnce(const QByteArray& xml, XmlEventHandler& handler, const XML_Char* encoding,
                               QByteArray* unknownEncoding)
{
    const std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(encoding, kNamespaceSeparator));
    if (!parser) {
        throw std::bad_alloc();
    }
    Pass pass;
    pass.parser = parser.get();
    pass.handler = &handler;
    XML_SetUserData(parser.get(), &pass);
    // Nothing outside the document is ever read: no external DTD, no parameter entities, no external entities.
    XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetExternalEntityRefHandler(parser.get(), onExternalEntity);
    XML_SetEntityDeclHandler(parser.get(), onEntityDeclaration);
    XML_SetSkippedEntityHandler(parser.get(), onSkippedEntity);
    XML_SetUnknownEncodingHandler(parser.get(), onUnknownEncoding, &pass);
    XML_SetElementHandler(parser.get(), onStartElement, onEndElement);
    XML_SetCharacterDataHandler(parser.get(), onCharacters);

    XML_Status status = XML_STATUS_OK;
    for (qsizetype at = 0; status == XML_STATUS_OK;) {
        const qsizetype length = std::min(xml.size() - at, kChunkBytes);
        const bool last = at + length == xml.size();
        status = XML_Parse(parser.get(), xml.constData() + at, int(length), last ? XML_TRUE : XML_FALSE);
        at += length;
        if (last) {
            break;
        }
    }
    using Outcome = SafeXmlReader::Result::Outcome;
    if (pass.complete) {
        return {Outcome::Complete, 0, {}};
    }
    if (pass.declaresEntities) {
        return {Outcome::DeclaresEntities, 0, {}};
    }
    if (pass.stopped) {
        return {Outcome::Stopped, 0, {}};
    }
    const qint64 line = qint64(XML_GetCurrentLineNumber(parser.get()));
    if (!pass.skippedEntity.isEmpty()) {
        return broken(line,
                      SafeXmlReader::tr("entity '%1' is not declared").arg(QString::fromUtf8(pass.skippedEntity)));
    }
    const XML_Error code = XML_GetErrorCode(parser.get());
    if (code == XML_ERROR_UNKNOWN_ENCODING && !pass.unknownEncoding.isEmpty()) {
        if (unknownEncoding != nullptr) {
            *unknownEncoding = pass.unknownEncoding;
        }
        return broken(
            line, SafeXmlReader::tr("the encoding %1 is not supported").arg(QString::fromLatin1(pass.unknownEncoding)));
    }
    // XML_STATUS_OK without the root element ending cannot happen (expat requires it); say so if it ever does.
    return broken(line, describe(code == XML_ERROR_NONE ? XML_ERROR_NO_ELEMENTS : code,
                                 entityNameAt(xml, qint64(XML_GetCurrentByteIndex(parser.get())))));
}

} // namespace

SafeXmlReader::Result SafeXmlReader::read(const QByteArray& xml, XmlEventHandler& handler, Encoding encoding)
{
    if (encoding == Encoding::Declared) {
        // UTF-32 (with or without a byte-order mark) is no encoding expat reads: Qt decodes it first.
        const auto detected = QStringConverter::encodingForData(xml, u'<');
        if (detected == QStringConverter::Utf32 || detected == QStringConverter::Utf32LE ||
            detected == QStringConverter::Utf32BE) {
            QStringDecoder decoder(*detected);
            return readOnce(QString(decoder.decode(xml)).toUtf8(), handler, "UTF-8", nullptr);
        }
    }
    QByteArray unknownEncoding;
    Result result = readOnce(xml, handler, encoding == Encoding::Utf8 ? "UTF-8" : nullptr, &unknownEncoding);
    if (unknownEncoding.isEmpty()) {
        return result;
    }
    // A legacy encoding (windows-1252, Shift_JIS, ...): expat stopped at the XML declaration, before any element, so
    // the handler has seen nothing yet. Qt decodes the document (ICU's encodings) and expat reads the UTF-8.
    QStringDecoder decoder(unknownEncoding.constData());
    if (!decoder.isValid()) {
        return result;
    }
    const QString text = decoder.decode(xml);
    return readOnce(text.toUtf8(), handler, "UTF-8", nullptr);
}

} // namespace mailauth
