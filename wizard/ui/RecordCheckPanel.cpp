#include "RecordCheckPanel.h"

#include "core/DomainName.h"
#include "dkim/DkimKeyRecord.h"
#include "dmarc/DmarcLinter.h"
#include "spf/SpfLinter.h"
#include "spf/SpfRecord.h"
#include "text/TxtStrings.h"
#include "widgets/FindingsView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QString joinedValue(const QString& text)
{
    const auto strings = TxtStrings::fromPresentation(text);
    if (!strings) {
        return text.trimmed();
    }
    QByteArray joined;
    for (const QByteArray& s : *strings) {
        joined += s;
    }
    return QString::fromUtf8(joined);
}

} // namespace

RecordCheckPanel::RecordCheckPanel(QWidget* parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("SPF (TXT at the domain)"), static_cast<int>(Kind::Spf));
    m_kind->addItem(tr("DMARC (TXT at _dmarc)"), static_cast<int>(Kind::Dmarc));
    m_kind->addItem(tr("DKIM key (TXT at selector._domainkey)"), static_cast<int>(Kind::Dkim));
    m_domain = new QLineEdit(this);
    m_domain->setPlaceholderText(tr("contoso.com (optional; enables the subdomain and report checks)"));
    m_record = new QPlainTextEdit(this);
    m_record->setPlaceholderText(
        tr("Paste the record here, for example v=spf1 include:spf.protection.outlook.com -all"));
    m_record->setTabChangesFocus(true);
    m_record->setMaximumHeight(110);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_findings = new FindingsView(this);
    m_findings->setEmptyText(QString());
    auto* form = new QFormLayout;
    form->addRow(tr("&Record type:"), m_kind);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("R&ecord:"), m_record);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_findings, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &RecordCheckPanel::check);
    connect(m_record, &QPlainTextEdit::textChanged, this, &RecordCheckPanel::scheduleCheck);
    connect(m_domain, &QLineEdit::textChanged, this, &RecordCheckPanel::scheduleCheck);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordCheckPanel::scheduleCheck);
    check();
}

void RecordCheckPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    check();
}

void RecordCheckPanel::setRecord(const QString& text)
{
    m_record->setPlainText(text);
    check();
}

void RecordCheckPanel::setDomain(const QString& domain)
{
    m_domain->setText(domain);
    check();
}

QString RecordCheckPanel::verdictText() const
{
    return m_verdict->text();
}

int RecordCheckPanel::findingCount() const
{
    return m_findings->count();
}

void RecordCheckPanel::scheduleCheck()
{
    m_debounce->start();
}

void RecordCheckPanel::check()
{
    m_debounce->stop();
    m_findings->setFindings({});
    const QString text = m_record->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_valid = false;
        m_verdict->setText(tr("Paste a record to check it."));
        return;
    }
    const auto domain = DomainName::fromUserInput(m_domain->text());
    const QString domainAce = domain ? domain->ace() : QString();
    Findings findings;
    QString verdict;
    switch (static_cast<Kind>(m_kind->currentData().toInt())) {
    case Kind::Spf: {
        const auto strings = TxtStrings::fromPresentation(text);
        const QList<QByteArray> parts = strings ? *strings : QList<QByteArray>{text.trimmed().toUtf8()};
        const SpfOfflineEvaluation e = SpfLinter::evaluateOffline(parts);
        findings = e.findings;
        m_valid = e.valid;
        verdict = m_valid ? tr("Valid SPF record.")
                  : (!e.record.isValid() || e.overLimit)
                      ? tr("Not valid: receivers return permerror and ignore it.")
                      : tr("Not valid: it has errors that defeat its purpose; fix them before publishing.");
        break;
    }
    case Kind::Dmarc: {
        // As in "mailauth lint dmarc": zone-file strings are the record exactly as published; plain text is a paste,
        // whose surrounding spaces are trimmed with a note.
        const DmarcEvaluation e = text.trimmed().startsWith(u'"') ? DmarcLinter::evaluate(joinedValue(text), domainAce)
                                                                  : DmarcLinter::evaluatePasted(text, domainAce);
        findings = e.findings;
        m_valid = recordVerdictValid(e.valid, e.findings);
        verdict = m_valid ? tr("Valid DMARC record; receivers apply p=%1.").arg(dmarcPolicyKeyword(*e.effectivePolicy))
                  : !e.valid ? tr("Not valid: receivers ignore this record.")
                             : tr("Not valid: it has errors that defeat its purpose; fix them before publishing.");
        break;
    }
    case Kind::Dkim: {
        const DkimKeyEvaluation e = DkimKeyRecord::evaluate(joinedValue(text));
        findings = e.findings;
        m_valid = recordVerdictValid(e.valid, e.findings);
        verdict = m_valid    ? (e.keyBits > 0 ? tr("Valid DKIM key record, %1-bit key.").arg(e.keyBits)
                                              : tr("Valid DKIM key record without a key (revoked)."))
                  : !e.valid ? tr("Not valid: verifiers cannot use this key.")
                             : tr("Not valid: it has errors that defeat its purpose; fix them before publishing.");
        break;
    }
    }
    m_verdict->setText(verdict);
    m_findings->setFindings(findings);
    Q_EMIT checked(m_valid);
}

} // namespace mailauth
