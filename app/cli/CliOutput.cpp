#include "CliOutput.h"

#include <QJsonDocument>
#include <cstdio>

namespace mailauth::cli {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
}

void CliOutput::printFindings(const Findings& findings)
{
    if (findings.isEmpty()) {
        m_out << tr("No findings.") << Qt::endl;
        return;
    }
    for (const Finding& f : findings) {
        m_out << severityLabel(f.severity).toUpper() << "  " << f.code;
        if (f.position >= 0) {
            m_out << "  " << tr("(position %1)").arg(f.position + 1);
        }
        m_out << Qt::endl << "    " << f.message << Qt::endl;
        if (!f.fix.isEmpty()) {
            m_out << "    " << tr("Fix: %1").arg(f.fix) << Qt::endl;
        }
    }
}

void CliOutput::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace mailauth::cli
