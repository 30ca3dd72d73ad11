#pragma once

#include <QString>

namespace mailauth::reportnames {

// Report values compared the way receivers write them: "Pass" and "pass" are one result, "Contoso.com." and
// "contoso.com" one domain. Shared by the classifier and the summary.
inline bool isPass(const QString& result)
{
    return result.compare(u"pass", Qt::CaseInsensitive) == 0;
}

inline QString bareDomain(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

} // namespace mailauth::reportnames
