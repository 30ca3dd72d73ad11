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

} // namespace mailauth
