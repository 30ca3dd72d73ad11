#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace mailauth {

// What SafeXmlReader hands on while it reads: elements by namespace URI and local name, character data (text, CDATA,
// the predefined entities and character references, already resolved), all UTF-8 and valid only during the call.
// Attributes, comments and processing instructions are not handed on. Returning false stops the reading.
class XmlEventHandler
{
public:
    virtual ~XmlEventHandler() = default;
    virtual bool startElement(QByteArrayView namespaceUri, QByteArrayView localName) = 0;
    virtual bool endElement() = 0;
    virtual bool characters(QByteArrayView text) = 0;
};

// A streaming XML reader (libexpat) locked down for hostile files: it never loads anything (no external DTD, no
// external entity), refuses a DOCTYPE that declares entities (so no entity is ever expanded: entity bombs and external
// entities both need a declaration), reads UTF-8, UTF-16, ISO-8859-1 and US-ASCII itself and UTF-32 and any other
// declared encoding Qt knows through QStringDecoder, and stops at the end of the root element: what follows it is not
// read.
class SafeXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(SafeXmlReader)

public:
    enum class Encoding
    {
        Declared, // as the document says (byte-order mark, XML declaration), UTF-8 when it says nothing
        Utf8      // UTF-8 whatever the declaration says
    };

    struct Result
    {
        enum class Outcome
        {
            Complete,         // the root element was read to its end
            Stopped,          // the handler returned false
            DeclaresEntities, // refused: the DOCTYPE declares entities
            Broken            // not well-formed XML (or an encoding nobody here knows)
        };
        Outcome outcome = Outcome::Broken;
        qint64 line = 0; // where it broke
        QString problem; // what broke, for a person (translated where the case is common)
    };

    static Result read(const QByteArray& xml, XmlEventHandler& handler, Encoding encoding = Encoding::Declared);
};

} // namespace mailauth
