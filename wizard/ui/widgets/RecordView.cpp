#include "RecordView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailauth {

RecordView::RecordView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_grid = new QGridLayout;
    // Rows are made after the widgets below the view (the publish button, the watch panel); Tab reaches them in
    // their place through this anchor, made with the view (setTabOrder needs focusable widgets; a hidden one is
    // skipped by Tab).
    m_tabAnchor = new QWidget(this);
    m_tabAnchor->setFocusPolicy(Qt::TabFocus);
    m_tabAnchor->hide();
    layout->addWidget(m_warnings);
    layout->addLayout(m_grid);
}

void RecordView::setRecords(const QList<DnsRecordSpec>& records, const DnsHostInfo& host,
                            const QString& azureResourceGroup)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList warnings;
    for (const QString& id : host.warnings) {
        warnings.append(u"• " + Catalogue::hostWarningText(id));
    }
    // Azure commands name the resource group; without it they are not shown, rather than shown with a placeholder
    // that someone might run.
    const bool azureWithoutGroup = host.format == RecordFormat::AzureDns && azureResourceGroup.isEmpty();
    if (azureWithoutGroup && !records.isEmpty()) {
        warnings.append(u"• " + tr("Enter the Azure resource group that holds the zone on the Tenant page to see the "
                                   "Azure DNS commands (Azure PowerShell and Azure CLI) for these records."));
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QStringList headers = {tr("Host"), tr("Type"), tr("Value"), tr("TTL")};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()));
        m_grid->addWidget(h, 0, c * 2);
    }
    m_plain.clear();
    int row = 1;
    for (const DnsRecordSpec& spec : records) {
        FormattedRecord f = RecordFormatter::format(spec, host, {azureResourceGroup});
        if (azureWithoutGroup) {
            f.command.clear();
        }
        if (spec.replacesOther()) {
            // The panel must lose today's value, or the name ends up with two records (two SPF: permerror).
            const QStringList old = spec.replacedValues();
            const QString quoted = u'"' + old.join(QStringLiteral("\", \"")) + u'"';
            auto* replaces = new QLabel(
                spec.isNullMx()
                    ? tr("Replaces today's MX records (%1): delete every one of them; a null MX must be the only MX "
                         "record.")
                          .arg(quoted)
                    : tr("Replaces %n of today's %1 records (%2): change it (or delete them) instead of adding "
                         "another one.",
                         nullptr, int(old.size()))
                          .arg(f.type, quoted));
            replaces->setWordWrap(true);
            replaces->setTextFormat(Qt::PlainText);
            replaces->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_grid->addWidget(replaces, row, 0, 1, 8);
            m_plain += replaces->text() + u'\n';
            ++row;
        }
        const QStringList fields = {f.host.isEmpty() ? tr("(leave empty)") : f.host, f.type, f.value, f.ttl};
        const QStringList copyValues = {f.host, f.type, f.value, f.ttl};
        for (int c = 0; c < fields.size(); ++c) {
            auto* label = new QLabel(fields[c]);
            label->setFont(mono);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(c == 2);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_grid->addWidget(label, row, c * 2);
            if (c == 0 || c == 2) {
                auto* copy = new QPushButton(tr("Copy"));
                copy->setAccessibleName(tr("Copy %1").arg(headers[c]));
                const QString value = copyValues[c];
                connect(copy, &QPushButton::clicked, this, [value]() { QApplication::clipboard()->setText(value); });
                m_grid->addWidget(copy, row, c * 2 + 1);
            }
        }
        m_grid->setColumnStretch(4, 1);
        m_plain += QStringLiteral("%1\t%2\t%3\t%4\n").arg(f.host, f.type, f.value, f.ttl);
        ++row;
        if (!f.command.isEmpty()) {
            auto* command = new QLabel(f.command);
            command->setFont(mono);
            command->setTextFormat(Qt::PlainText);
            command->setWordWrap(true);
            command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            m_grid->addWidget(command, row, 0, 1, 7);
            auto* copy = new QPushButton(tr("Copy command"));
            const QString text = f.command;
            connect(copy, &QPushButton::clicked, this, [text]() { QApplication::clipboard()->setText(text); });
            m_grid->addWidget(copy, row, 7);
            m_plain += f.command + u'\n';
            ++row;
        }
    }
    QWidget* previous = m_tabAnchor;
    for (int i = 0; i < m_grid->count(); ++i) {
        if (QWidget* w = m_grid->itemAt(i)->widget(); w != nullptr && w->focusPolicy() != Qt::NoFocus) {
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
}

} // namespace mailauth
