#include "DkimTargetPasteParser.h"

#include <QRegularExpression>

namespace mailauth {

namespace {

struct Property
{
    QString name;
    QString value;
};

// Format-List prints "Name : value" from the first column; a value too long for the console continues on lines
// indented to the value column. Those continuation lines are joined back with nothing in between. A blank line ends a
// property. Text pasted with a common indentation is handled by removing that indentation first.
QList<Property> formatListProperties(const QStringList& lines)
{
    qsizetype indent = -1;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        qsizetype n = 0;
        while (n < line.size() && line[n].isSpace()) {
            ++n;
        }
        indent = indent < 0 ? n : std::min(indent, n);
    }
    static const QRegularExpression propertyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9]*)\\s*:(.*)$"));
    QList<Property> properties;
    bool open = false;
    for (const QString& raw : lines) {
        const QString line = raw.mid(std::max<qsizetype>(indent, 0));
        if (line.trimmed().isEmpty()) {
            open = false;
            continue;
        }
        if (const auto m = propertyLine.match(line); m.hasMatch()) {
            properties.append(Property{m.captured(1), m.captured(2).trimmed()});
            open = true;
        } else if (open && line.front().isSpace()) {
            properties.last().value += line.trimmed();
        } else {
            open = false;
        }
    }
    return properties;
}

} // namespace

DkimPastedTargets DkimTargetPasteParser::parse(const QString& input)
{
    DkimPastedTargets result;
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    // Text copied from a web page (the Defender portal) may carry invisible break hints inside a long value: soft
    // hyphens, zero-width spaces and joiners, word joiners, byte-order marks. No target contains any of them.
    for (const char16_t invisible : {u'\u00AD', u'\u200B', u'\u200C', u'\u200D', u'\u2060', u'\uFEFF'}) {
        text.remove(QChar(invisible));
    }
    // Non-breaking spaces separate words like spaces.
    text.replace(QChar(0x00A0), u' ');
    const QStringList lines = text.split(u'\n');

    QStringList candidates;
    for (const Property& p : formatListProperties(lines)) {
        const QString name = p.name.toLower();
        if (name == u"selector1cname" || name == u"selector2cname") {
            candidates.append(p.value);
        } else if ((name == u"name" || name == u"domain") && result.domain.isEmpty()) {
            result.domain = p.value;
        } else if (name == u"status") {
            result.status = p.value;
        } else if (name == u"enabled") {
            result.enabled = p.value;
        }
    }

    // The portal's error text, or anything else: join wrapped lines (a target never contains whitespace, and a
    // dialog wraps at arbitrary points) and pick out every target-shaped token.
    QString joined;
    for (const QString& line : lines) {
        joined += line.trimmed();
        joined += u'\n';
    }
    static const QRegularExpression targetShape(
        QStringLiteral(
            "selector[12]-[A-Za-z0-9-]+\\._domainkey\\.[A-Za-z0-9-]+\\.(?:[A-Za-z]-v1\\.dkim\\.mail\\.microsoft|"
            "onmicrosoft\\.com|onmicrosoft\\.us|partner\\.onmschina\\.cn)"),
        QRegularExpression::CaseInsensitiveOption);
    QString unwrapped = joined;
    unwrapped.remove(u'\n');
    for (const QString& source : {joined, unwrapped}) {
        for (auto it = targetShape.globalMatch(source); it.hasNext();) {
            candidates.append(it.next().captured(0));
        }
    }
    if (result.domain.isEmpty()) {
        static const QRegularExpression portalDomain(QStringLiteral("Domain Name\\s*:\\s*([A-Za-z0-9.-]+)"));
        if (const auto m = portalDomain.match(joined); m.hasMatch()) {
            result.domain = m.captured(1);
        }
    }

    for (const QString& c : candidates) {
        const auto target = M365DkimTarget::recognise(c);
        if (!target) {
            continue;
        }
        auto& slot = target->selector == 1 ? result.selector1 : result.selector2;
        if (!slot) {
            slot = target;
            continue;
        }
        const QString problem =
            tr("The text contains two different selector%1 targets; paste the output for one domain only.")
                .arg(target->selector);
        if (slot->target.compare(target->target, Qt::CaseInsensitive) != 0 && !result.problems.contains(problem)) {
            result.problems.append(problem);
        }
    }

    if (!result.selector1 && !result.selector2) {
        result.problems.append(tr("No DKIM selector targets were found. Paste the output of Get-DkimSigningConfig "
                                  "-Identity <domain> | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME, "
                                  "or the portal's \"CNAME record does not exist\" message."));
        return result;
    }
    if (!result.selector1 || !result.selector2) {
        result.problems.append(tr("Only the selector%1 target was found; both are needed. Paste the complete output.")
                                   .arg(result.selector1 ? 1 : 2));
        return result;
    }
    if (result.selector1->tenant.compare(result.selector2->tenant, Qt::CaseInsensitive) != 0 ||
        result.selector1->format != result.selector2->format ||
        result.selector1->domainToken.compare(result.selector2->domainToken, Qt::CaseInsensitive) != 0) {
        result.problems.append(tr("The two targets do not belong together (different tenant, domain or format); "
                                  "paste the output for one domain only."));
    }
    return result;
}

} // namespace mailauth
