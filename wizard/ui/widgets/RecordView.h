#pragma once

#include "generators/RecordFormatter.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace mailauth {

// The records to publish, as the chosen DNS host wants them typed: one row per record with a copy button per field,
// the command for command-line hosts, and the host's own warnings.
class RecordView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordView(QWidget* parent = nullptr);

    void setRecords(const QList<DnsRecordSpec>& records, const DnsHostInfo& host,
                    const QString& azureResourceGroup = {});
    // Everything shown, as plain text (what "Copy all" puts on the clipboard).
    QString plainText() const { return m_plain; }

private:
    QGridLayout* m_grid = nullptr;
    QLabel* m_warnings = nullptr;
    QWidget* m_tabAnchor = nullptr; // where the rows go in Tab order
    QString m_plain;
};

} // namespace mailauth
