#pragma once

#include "SpfTerm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mailauth {

// A syntax problem, placed at a character offset in the record text.
struct SpfSyntaxError
{
    QString code; // spf.syntax, spf.unknown-mechanism, spf.non-ascii, ...
    int position = 0;
    QString message;
};

// An SPF record parsed by the ABNF of RFC 7208 section 12. Parsing never stops at the first error: every error is
// collected (with its position) so that a person can fix them all at once. `isValid()` is the RFC's view: a record
// with any syntax error gives permerror before anything is evaluated (4.6).
class SpfRecord
{
    Q_DECLARE_TR_FUNCTIONS(SpfRecord)

public:
    // True when the text begins with "v=spf1" followed by a space or the end (4.5); case-insensitive.
    static bool looksLikeSpf(QStringView text);
    static bool looksLikeSpf(const QByteArray& text);

    static SpfRecord parse(const QString& text);

    bool isValid() const { return m_errors.isEmpty(); }
    const QString& text() const { return m_text; }
    const QList<SpfTerm>& terms() const { return m_terms; }
    const QList<SpfSyntaxError>& errors() const { return m_errors; }

    // First modifier of that name, if any.
    const SpfTerm* modifier(QStringView name) const;
    int modifierCount(QStringView name) const;
    // Index of the first `all` mechanism, or -1.
    int allIndex() const;
    // Whether a receiver evaluating this record counts term `index` against the limit of 10 DNS lookups (RFC 7208
    // 4.6.4): include, a, mx, ptr and exists before the first `all` (terms after it are never reached), and redirect
    // only when there is no `all` (6.1: it is ignored then). The one rule for every offline count.
    bool countsTowardLookupLimit(int index) const;

private:
    void parseTerm(const QString& term, int position);
    void parseMechanism(const QString& term, int position);
    void addError(const QString& code, int position, const QString& message);

    QString m_text;
    QList<SpfTerm> m_terms;
    QList<SpfSyntaxError> m_errors;
};

} // namespace mailauth
