#include "DnsRecordSpec.h"

namespace mailauth {

QString DnsRecordSpec::relativeName() const
{
    if (name.compare(zone, Qt::CaseInsensitive) == 0) {
        return {};
    }
    const QString suffix = u'.' + zone;
    return name.endsWith(suffix, Qt::CaseInsensitive) ? name.left(name.size() - suffix.size()) : name;
}

namespace {

bool isHostName(const QString& name, bool wildcard)
{
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    const QStringList labels = name.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString& label = labels[i];
        if (wildcard && i == 0 && label == u"*") {
            continue;
        }
        if (label.isEmpty() || label.size() > 63) {
            return false;
        }
        for (const QChar c : label) {
            if (!(c.isDigit() || c == u'-' || c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

QString DnsRecordSpec::problem() const
{
    if (!isHostName(zone, false)) {
        return tr("\"%1\" is not a DNS zone name.").arg(zone);
    }
    if (!isHostName(name, true)) {
        return tr("\"%1\" is not a DNS record name.").arg(name);
    }
    if (!replaces.isEmpty() && type != RecordType::TXT && type != RecordType::CNAME && !isNullMx()) {
        return tr("The %1 record at %2 cannot replace an existing value; only TXT and CNAME records and a null MX "
                  "can.")
            .arg(recordTypeName(type), name);
    }
    QStringList texts = replaces;
    if (!isNullMx()) { // "." is the null MX's exchange (RFC 7505); never a value anywhere else
        texts.prepend(value);
    }
    for (const QString& text : std::as_const(texts)) {
        if (type == RecordType::CNAME || type == RecordType::MX) {
            if (!isHostName(text, false)) {
                return tr("\"%1\" is not a host name that a %2 record can point to.").arg(text, recordTypeName(type));
            }
            continue;
        }
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)) {
                return tr("The value of the %1 record at %2 holds a line break or control character.")
                    .arg(recordTypeName(type), name);
            }
        }
    }
    return {};
}

QStringList DnsRecordSpec::replacedValues() const
{
    QStringList values;
    for (const QString& old : replaces) {
        if (!old.isEmpty() && old != value && !values.contains(old)) {
            values.append(old);
        }
    }
    return values;
}

} // namespace mailauth
