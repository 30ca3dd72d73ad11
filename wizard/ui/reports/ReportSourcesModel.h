#pragma once

#include "model/reports/DmarcReportSummary.h"

#include <QAbstractTableModel>

namespace mailauth {

class ReportSourceLookupTask;

// The reports window's table of sources, read straight from a domain's stats (built by the reading's worker), so
// showing 100,000 sources creates no items on the UI thread. Qt::UserRole gives each column's sort key: numbers as
// numbers, the address by ReportSourceStats::addressOrder (IPv4 before IPv6, by address).
class ReportSourcesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        NameColumn,
        SenderColumn,
        MessagesColumn,
        PassColumn,
        SpfColumn,
        DkimColumn,
        SpfAuthorityColumn,
        VerdictColumn,
        FixColumn,
        ColumnCount
    };

    explicit ReportSourcesModel(QObject* parent = nullptr);

    void setSources(const QList<ReportSourceStats>& sources); // shares the list, copies nothing
    void clear();
    // Names and SPF terms looked up for the sources of `domain` (whatever is known so far): shown in place, without
    // resetting the table, so sorting and the selection stay.
    void applyLookups(const ReportSourceLookupTask& lookups, const QString& domain);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "SendGrid", "a forwarder or mailing list", ...: what the Sender column shows.
    static QString senderText(const ReportSourceStats& source);

private:
    QString text(const ReportSourceStats& s, int column) const;
    QVariant sortKey(const ReportSourceStats& s, int column) const;

    QList<ReportSourceStats> m_sources;
};

} // namespace mailauth
