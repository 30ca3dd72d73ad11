#pragma once

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mailauth {

class ReportReadTask;
class ReportSourceLookupTask;
class ReportSourcesModel;
class RolloutPlan;
struct ReportDomainStats;

// "Read the aggregate reports": files and folders dropped or chosen are read in the background (progress, cancel),
// then each domain shows messages per day (passing and failing DMARC), its sources with who they are, their
// verdict and the fix, and whether the domain is ready for the next stage of its plan. The sums and the verdict are
// the model's (DmarcReportSummary, StageReadiness); this dialog only shows them.
class DmarcReportsDialog final : public QDialog
{
    Q_OBJECT

public:
    DmarcReportsDialog(RolloutPlan& plan, int domainIndex, QWidget* parent = nullptr);
    ~DmarcReportsDialog() override;

    // Reads these files and folders, as a drop would (tests, the command line of the window).
    void readPaths(const QStringList& paths);
    // Training mode: the scenario's folder of reports, offered with a button of its own.
    void setTrainingReports(const QString& folder);
    bool isReading() const;
    bool isLookingUp() const;
    QString verdictText() const;
    // Looks up the PTR names of the shown domain's sources and the term of its SPF record that authorises each, as
    // the "Look up names and SPF" button does (through the plan's resolvers; nothing goes out before this).
    void lookUpSources();

Q_SIGNALS:
    void readingFinished();
    void lookupFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addFiles();
    void addFolder();
    void onFinished();
    void showDomain();
    void fillChart(const ReportDomainStats& stats);
    void fillTable(const ReportDomainStats& stats);
    void onLookupFinished(bool cancelled);
    void setBusy(bool busy);

    RolloutPlan& m_plan;
    int m_preferredIndex = 0;
    ReportReadTask* m_task = nullptr;
    ReportSourceLookupTask* m_lookups = nullptr;
    QString m_lookupDomain; // the domain whose sources m_lookups has looked up
    QLabel* m_hint = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;
    QPushButton* m_training = nullptr;
    QPushButton* m_lookUp = nullptr;
    QString m_trainingFolder;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_domain = nullptr;
    QLabel* m_verdict = nullptr;
    QChartView* m_chart = nullptr;
    ReportSourcesModel* m_sources = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_skipped = nullptr;
};

} // namespace mailauth
