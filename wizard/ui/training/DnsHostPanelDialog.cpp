#include "DnsHostPanelDialog.h"

#include "training/TrainingSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailauth {

DnsHostPanelDialog::DnsHostPanelDialog(TrainingSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("DNS host panel (training): %1").arg(Catalogue::displayName(session.panel().host())));
    setObjectName(QStringLiteral("hostPanelDialog"));
    m_zone = new QComboBox(this);
    // The trainee manages the scenario's own zones, not Microsoft's.
    for (const QString& zone : session.scenario().zones) {
        m_zone->addItem(zone);
    }
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("panelRecords"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Value"), tr("TTL")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("panelHost"));
    m_host->setPlaceholderText(tr("@ for the domain itself, or e.g. _dmarc"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("panelType"));
    m_type->addItems({QStringLiteral("TXT"), QStringLiteral("CNAME"), QStringLiteral("MX")});
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("panelValue"));
    m_ttl = new QSpinBox(this);
    m_ttl->setRange(60, 86400);
    m_ttl->setValue(3600);
    m_ttl->setSuffix(tr(" s"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* saveButton = new QPushButton(tr("&Add record"), this);
    saveButton->setObjectName(QStringLiteral("panelSave"));
    // Enter in the form's fields adds the record (returnPressed below), whichever button was clicked last: no button
    // of this dialog takes Enter itself, so it can never delete or close instead.
    saveButton->setAutoDefault(false);
    auto* removeButton = new QPushButton(tr("&Delete selected"), this);
    removeButton->setObjectName(QStringLiteral("panelDelete"));
    removeButton->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&TTL:"), m_ttl);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Like many web panels, this one appends the zone name to what you type in Host, "
                                    "and stores the value exactly as typed."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_zone, &QComboBox::currentIndexChanged, this, &DnsHostPanelDialog::refresh);
    connect(saveButton, &QPushButton::clicked, this, &DnsHostPanelDialog::save);
    for (QLineEdit* field : {m_host, m_value}) {
        connect(field, &QLineEdit::returnPressed, this, &DnsHostPanelDialog::save);
    }
    connect(removeButton, &QPushButton::clicked, this, &DnsHostPanelDialog::removeSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session.world(), &TrainingWorld::changed, this, &DnsHostPanelDialog::refresh);
    resize(760, 520);
    refresh();
}

void DnsHostPanelDialog::refresh()
{
    const QList<DnsRecord> records = m_session.world().currentRecords(m_zone->currentText());
    m_table->setRowCount(0);
    for (const DnsRecord& r : records) {
        if (r.type == RecordType::NS || r.type == RecordType::SOA) {
            continue; // the panel manages these itself
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString value = TrainingWorld::valueText(r);
        const QStringList cells{r.name, recordTypeName(r.type), value, QString::number(r.ttl)};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
}

void DnsHostPanelDialog::save()
{
    m_status->clear(); // a message from an earlier record must not read as this one's
    const DnsHostPanel::Outcome outcome =
        m_session.saveRecord(m_zone->currentText(), {m_host->text(), m_type->currentText(), m_value->text(),
                                                     static_cast<quint32>(m_ttl->value())});
    if (!outcome.saved) {
        m_status->setText(outcome.error);
        return;
    }
    QStringList lines{
        tr("Saved: %1 %2 %3")
            .arg(outcome.record.name, recordTypeName(outcome.record.type), TrainingWorld::valueText(outcome.record))};
    m_host->clear();
    m_value->clear();
    // A real panel says nothing here; in training the wizard's checks will find it, and the debrief names it.
    for (PanelMistake mistake : outcome.mistakes) {
        lines.append(tr("Trainer's note: %1").arg(DnsHostPanel::mistakeText(mistake)));
    }
    m_status->setText(lines.join(u'\n'));
}

void DnsHostPanelDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_status->setText(tr("Select a record first."));
        return;
    }
    // Removing a record refreshes the table at once (TrainingWorld::changed), so the row is read before, never after.
    const QString name = m_table->item(row, 0)->text();
    const QString typeName = m_table->item(row, 1)->text();
    const QString value = m_table->item(row, 2)->text();
    const auto type = recordTypeFromName(typeName);
    if (type && m_session.removeRecord(name, *type, value)) {
        m_status->setText(tr("Deleted: %1 %2").arg(name, typeName));
    }
}

} // namespace mailauth
