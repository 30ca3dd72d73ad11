#include "ReportSourcesModel.h"

#include "model/PercentText.h"
#include "model/reports/ReportSourceLookupTask.h"
#include "spf/SpfResult.h"

#include <QLocale>

namespace mailauth {

// The texts were the reports window's before the table got its own model: they keep its context and translations.

ReportSourcesModel::ReportSourcesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportSourcesModel::setSources(const QList<ReportSourceStats>& sources)
{
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

void ReportSourcesModel::clear()
{
    setSources({});
}

void ReportSourcesModel::applyLookups(const ReportSourceLookupTask& lookups, const QString& domain)
{
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_sources.size(); ++row) {
        const ReportSourceStats& s = std::as_const(m_sources)[row];
        const auto name = lookups.name(s.ip);
        const auto spf = lookups.spf(domain, s.ip);
        const QString spfText = spf ? SourceSpfAuthority::text(*spf) : s.spfAuthority;
        const QString spfKeyword = spf ? spfResultKeyword(spf->result) : s.spfResult;
        const QString spfReason = spf ? spf->reason : s.spfReason;
        if ((!name || (s.nameLookedUp && name->name == s.name && name->confirmed == s.nameConfirmed &&
                       name->failed == s.nameFailed)) &&
            spfText == s.spfAuthority && spfKeyword == s.spfResult && spfReason == s.spfReason) {
            continue;
        }
        ReportSourceStats& changed = m_sources[row];
        if (name) {
            changed.name = name->name;
            changed.nameConfirmed = name->confirmed;
            changed.nameFailed = name->failed;
            changed.nameLookedUp = true;
        }
        changed.spfAuthority = spfText;
        changed.spfResult = spfKeyword;
        changed.spfReason = spfReason;
        firstChanged = firstChanged < 0 ? row : firstChanged;
        lastChanged = row;
    }
    if (firstChanged >= 0) {
        Q_EMIT dataChanged(index(firstChanged, NameColumn), index(lastChanged, SpfAuthorityColumn));
    }
}

int ReportSourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

int ReportSourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportSourcesModel::senderText(const ReportSourceStats& s)
{
    if (!s.senderName.isEmpty()) {
        return s.senderName;
    }
    switch (s.kind) {
    case ReportSourceKind::Forwarder:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "a forwarder or mailing list");
    case ReportSourceKind::Authorized:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "yours (your SPF or DKIM allows it)");
    default:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "unknown");
    }
}

QString ReportSourcesModel::text(const ReportSourceStats& s, int column) const
{
    const quint64 n = s.counts.messages;
    switch (column) {
    case SourceColumn:
        return s.ip;
    case NameColumn:
        if (s.name.isEmpty() && s.nameLookedUp) {
            return s.nameFailed ? QCoreApplication::translate("mailauth::DmarcReportsDialog", "(no answer)")
                                : QCoreApplication::translate("mailauth::DmarcReportsDialog", "(none)");
        }
        // The owner of an address writes its PTR record and may claim any name: a name that does not resolve back
        // to the address says so.
        return s.name.isEmpty() || s.nameConfirmed
                   ? s.name
                   : QCoreApplication::translate("mailauth::DmarcReportsDialog", "%1 (unconfirmed)").arg(s.name);
    case SenderColumn:
        return senderText(s);
    case MessagesColumn:
        return QLocale().toString(n);
    case PassColumn:
        return PercentText::share(s.counts.dmarcPass, n);
    case SpfColumn:
        return PercentText::share(s.counts.spfAligned, n);
    case DkimColumn:
        return PercentText::share(s.counts.dkimAligned, n);
    case SpfAuthorityColumn:
        return s.spfAuthority;
    case VerdictColumn:
        return s.verdict;
    case FixColumn:
        return s.fix;
    default:
        return {};
    }
}

QVariant ReportSourcesModel::sortKey(const ReportSourceStats& s, int column) const
{
    const quint64 n = s.counts.messages;
    const auto share = [n](quint64 part) { return n == 0 ? 0.0 : double(part) / double(n); };
    switch (column) {
    case SourceColumn:
        return s.addressOrder;
    case MessagesColumn:
        return n;
    case PassColumn:
        return share(s.counts.dmarcPass);
    case SpfColumn:
        return share(s.counts.spfAligned);
    case DkimColumn:
        return share(s.counts.dkimAligned);
    default:
        return text(s, column);
    }
}

QVariant ReportSourcesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size()) {
        return {};
    }
    const ReportSourceStats& s = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(s, index.column());
    case Qt::ToolTipRole: // the whole text, since columns elide; for SPF also why
        if (index.column() == SpfAuthorityColumn && !s.spfReason.isEmpty()) {
            return QString(text(s, index.column()) + u'\n' + s.spfReason);
        }
        return text(s, index.column());
    case Qt::UserRole:
        return sortKey(s, index.column());
    default:
        return {};
    }
}

QVariant ReportSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SourceColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Source");
    case NameColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Name");
    case SenderColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Sender");
    case MessagesColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Messages");
    case PassColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "DMARC pass");
    case SpfColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "SPF aligned");
    case DkimColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "DKIM aligned");
    case SpfAuthorityColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Allowed by SPF");
    case VerdictColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "Verdict");
    case FixColumn:
        return QCoreApplication::translate("mailauth::DmarcReportsDialog", "What to do");
    default:
        return {};
    }
}

} // namespace mailauth
