#include "CliOutput.h"

#include "common/TerminalText.h"

#include <QJsonDocument>
#include <cstdio>

namespace mailauth::cli {

CliOutput::CliOutput()
    : m_stdout(stdout)
    , m_stderr(stderr)
    , m_out(&m_stdout)
    , m_err(&m_stderr)
{
}

bool CliOutput::flushOut(QString* reason)
{
    m_out.flush();
    if (m_out.status() == QTextStream::Ok) {
        return true;
    }
    if (reason != nullptr) {
        *reason = m_stdout.errorString();
    }
    return false;
}

QString CliOutput::escaped(QStringView text, Layout layout)
{
    return terminalEscaped(text, layout == KeepLayout);
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
        // Messages quote the record, which may hold anything DNS or a paste brought.
        m_out << Qt::endl << "    " << escaped(f.message) << Qt::endl;
        if (!f.fix.isEmpty()) {
            m_out << "    " << tr("Fix: %1").arg(escaped(f.fix)) << Qt::endl;
        }
    }
}

void CliOutput::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace mailauth::cli
