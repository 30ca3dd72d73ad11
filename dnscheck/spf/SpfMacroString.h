#pragma once

#include "core/IpAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace mailauth {

// Where a macro-string stands decides what it may contain (RFC 7208 7.1): c, r and t only in explanation text,
// spaces only there too, and a domain-spec must end in "." toplabel or a macro.
enum class MacroContext
{
    DomainSpec,
    Explanation,
    ModifierValue
};

struct SpfMacroValues
{
    QString sender;                            // s
    QString localPart;                         // l
    QString senderDomain;                      // o
    QString domain;                            // d
    IpAddress ip;                              // i, c, v
    QString helo;                              // h
    QString receiver;                          // r
    qint64 timestamp = 0;                      // t
    std::function<QString()> validatedPtrName; // p: costs DNS lookups, so only called when used
};

class SpfMacroString
{
    Q_DECLARE_TR_FUNCTIONS(SpfMacroString)

public:
    struct Token
    {
        enum class Kind
        {
            Literal,
            Macro,
            Escape
        };
        Kind kind = Kind::Literal;
        QString literal;        // Literal text, or the expansion of an escape (%%, %_, %-)
        QChar letter;           // Macro: lower-case letter
        bool urlEscape = false; // Macro: upper-case letter
        int keepParts = 0;      // Macro: 0 = all
        bool reverse = false;   // Macro
        QString delimiters;     // Macro: empty = "."
    };

    struct ParseError
    {
        int position = 0; // offset inside the parsed text
        QString message;
    };

    static std::optional<SpfMacroString> parse(QStringView text, MacroContext context, ParseError* error = nullptr);

    bool hasMacros() const;
    bool usesLetter(QChar letter) const;
    const QList<Token>& tokens() const { return m_tokens; }

    QString expand(const SpfMacroValues& values) const;
    // Expansion for a domain-spec: RFC 7208 7.3 truncates names over 253 characters from the left.
    QString expandDomain(const SpfMacroValues& values) const;

private:
    QList<Token> m_tokens;
};

} // namespace mailauth
