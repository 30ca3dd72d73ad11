#include "DmarcReportsDialog.h"

#include "ReportReadTask.h"
#include "ReportSourcesModel.h"
#include "dns/ResolverLookup.h"
#include "model/PercentText.h"
#include "model/RolloutPlan.h"
#include "model/reports/DmarcReportSummary.h"
#include "model/reports/ReportSourceLookupTask.h"
#include "model/reports/StageReadiness.h"

#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace mailauth {

namespace {

constexpr int MessagesColumn = ReportSourcesModel::MessagesColumn;
constexpr int ColumnCount = ReportSourcesModel::ColumnCount;

} // namespace

DmarcReportsDialog::DmarcReportsDialog(RolloutPlan& plan, int domainIndex, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_preferredIndex(domainIndex)
    , m_task(new ReportReadTask(this))
{
    setWindowTitle(tr("DMARC aggregate reports"));
    setAcceptDrops(true);
    m_task->setTenantDomain(plan.initialDomain());

    m_hint = new QLabel(tr("Drop report files or folders here: .xml, .gz, .zip, the report mails saved as .eml, or an "
                           "mbox file. They are read on this computer; nothing is sent anywhere."),
                        this);
    m_hint->setWordWrap(true);
    m_addFiles = new QPushButton(tr("Add &files…"), this);
    m_addFolder = new QPushButton(tr("Add f&older…"), this);
    m_training = new QPushButton(tr("Open the &training reports"), this);
    m_training->setObjectName(QStringLiteral("reportsTraining"));
    m_training->hide();
    m_lookUp = new QPushButton(tr("Look up &names and SPF"), this);
    m_lookUp->setObjectName(QStringLiteral("reportsLookUp"));
    m_lookUp->setToolTip(tr("Asks DNS for the name of each source of the domain shown and which part of the "
                            "domain's SPF record allows it. Nothing is sent before you click."));
    m_lookUp->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Reading progress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("&Stop reading"), this);
    m_cancel->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_training);
    buttons->addWidget(m_lookUp);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    m_status = new QLabel(tr("No reports read yet."), this);
    m_status->setWordWrap(true);
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("reportsDomain"));
    auto* domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domain);
    auto* domainRow = new QHBoxLayout;
    domainRow->addWidget(domainLabel);
    domainRow->addWidget(m_domain, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("reportsVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_chart = new QChartView(new QChart, this);
    m_chart->setObjectName(QStringLiteral("reportsChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    m_chart->setAccessibleName(tr("Messages per day, passing and failing DMARC"));

    m_sources = new ReportSourcesModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_sources);
    m_sorted->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportsSources"));
    m_table->setAccessibleName(tr("Sources of mail in the reports"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_skipped = new QPlainTextEdit(this);
    m_skipped->setObjectName(QStringLiteral("reportsSkipped"));
    m_skipped->setAccessibleName(tr("Files that could not be read"));
    m_skipped->setReadOnly(true);
    m_skipped->setMaximumHeight(70);
    m_skipped->hide();

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_skipped);
    layout->addLayout(domainRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 3);
    layout->addWidget(close);
    resize(980, 640);

    connect(m_addFiles, &QPushButton::clicked, this, &DmarcReportsDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &DmarcReportsDialog::addFolder);
    connect(m_training, &QPushButton::clicked, this, [this] { readPaths({m_trainingFolder}); });
    connect(m_lookUp, &QPushButton::clicked, this, &DmarcReportsDialog::lookUpSources);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_task->cancel();
        if (m_lookups != nullptr) {
            m_lookups->cancel();
        }
    });
    connect(m_task, &ReportReadTask::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Reading file %1 of %2…").arg(done).arg(total));
    });
    connect(m_task, &ReportReadTask::finished, this, &DmarcReportsDialog::onFinished);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &DmarcReportsDialog::showDomain);

    // A reopened project shows the evidence so far, and what is read now adds to it.
    if (const auto evidence = plan.reportEvidence(); evidence && !evidence->isEmpty()) {
        m_status->setText(tr("Loading the reports kept in the project…"));
        m_task->restore(evidence);
    }
}

DmarcReportsDialog::~DmarcReportsDialog() = default;

void DmarcReportsDialog::readPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_task->isRunning()) {
        return;
    }
    m_progress->setRange(0, 0); // busy until the reader has counted the files
    setBusy(true);
    m_status->setText(tr("Reading…"));
    m_task->start(paths);
}

void DmarcReportsDialog::setTrainingReports(const QString& folder)
{
    m_trainingFolder = folder;
    m_training->setVisible(!folder.isEmpty());
}

bool DmarcReportsDialog::isReading() const
{
    return m_task->isRunning();
}

bool DmarcReportsDialog::isLookingUp() const
{
    return m_lookups != nullptr && m_lookups->isRunning();
}

void DmarcReportsDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_addFiles->setEnabled(!busy);
    m_addFolder->setEnabled(!busy);
    m_training->setEnabled(!busy);
    m_lookUp->setEnabled(!busy && m_sources->rowCount() > 0);
}

void DmarcReportsDialog::lookUpSources()
{
    const ReportReadOutcome& outcome = m_task->outcome();
    const auto found = outcome.domains.constFind(m_domain->currentText());
    if (m_task->isRunning() || isLookingUp() || found == outcome.domains.constEnd() || found->sources.isEmpty()) {
        return;
    }
    if (m_lookups == nullptr) {
        // The plan's resolvers (the simulated ones in training), never the zone's authoritative servers: these are
        // other people's addresses. A gentle cap: a home router drops what it cannot take.
        m_lookups = new ReportSourceLookupTask(ResolverLookup::channels({}, m_plan.resolvers, true),
                                               ResolverLookup::kSystemResolverMaxInFlight, this);
        connect(m_lookups, &ReportSourceLookupTask::progress, this, [this](int done, int total) {
            m_progress->setRange(0, std::max(1, total));
            m_progress->setValue(done);
            m_status->setText(tr("Looking up names and SPF: %1 of %2…").arg(done).arg(total));
            m_sources->applyLookups(*m_lookups, m_domain->currentText());
        });
        connect(m_lookups, &ReportSourceLookupTask::finished, this, &DmarcReportsDialog::onLookupFinished);
    }
    QStringList ips;
    ips.reserve(found->sources.size());
    for (const ReportSourceStats& source : found->sources) {
        ips.append(source.ip);
    }
    m_lookupDomain = found->domain;
    setBusy(true);
    m_lookups->start({{m_lookupDomain, ips}});
}

void DmarcReportsDialog::onLookupFinished(bool cancelled)
{
    setBusy(false);
    m_sources->applyLookups(*m_lookups, m_domain->currentText());
    // The columns were sized while empty.
    for (const int column : {int(ReportSourcesModel::NameColumn), int(ReportSourcesModel::SpfAuthorityColumn)}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 180));
    }
    m_status->setText(cancelled ? tr("Looking up stopped; what was found so far is shown.")
                                : tr("%n source(s) looked up with %1 DNS questions.", nullptr, m_sources->rowCount())
                                      .arg(m_lookups->questionsAsked()));
    Q_EMIT lookupFinished();
}

QString DmarcReportsDialog::verdictText() const
{
    return m_verdict->text();
}

void DmarcReportsDialog::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_task->isRunning() && std::any_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); })) {
        event->acceptProposedAction();
    }
}

void DmarcReportsDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
    readPaths(paths);
}

void DmarcReportsDialog::closeEvent(QCloseEvent* event)
{
    m_task->cancel();
    if (m_lookups != nullptr) {
        m_lookups->cancel();
    }
    QDialog::closeEvent(event);
}

void DmarcReportsDialog::addFiles()
{
    // Non-blocking dialogs: the event loop keeps running while the admin picks.
    auto* dialog = new QFileDialog(this, tr("Aggregate report files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("DMARC reports (*.xml *.gz *.zip *.eml *.mbox)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &DmarcReportsDialog::readPaths);
    dialog->open();
}

void DmarcReportsDialog::addFolder()
{
    auto* dialog = new QFileDialog(this, tr("A folder of aggregate reports"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &DmarcReportsDialog::readPaths);
    dialog->open();
}

void DmarcReportsDialog::onFinished()
{
    const ReportReadOutcome& outcome = m_task->outcome();
    const ReportReadTotals& totals = outcome.totals;
    const int kept = outcome.state ? outcome.state->reports - totals.reports : 0;
    QString status;
    if (totals.files == 0 && kept > 0) {
        status = tr("%n report(s) kept in the project from earlier readings.", nullptr, kept);
    } else {
        status = tr("%n distinct report(s) read", nullptr, totals.reports);
        if (kept > 0) {
            status += u' ' + tr("(and %n kept in the project from earlier readings)", nullptr, kept);
        }
    }
    if (totals.duplicates > 0) {
        status += u' ' + tr("(%n seen twice, counted once)", nullptr, totals.duplicates);
    }
    if (totals.cancelled) {
        status += u' ' + tr("— stopped before the end; what was read so far is shown.");
    }
    if (!totals.skipped.isEmpty()) {
        status += u' ' + tr("%n file(s) could not be read:", nullptr, int(totals.skipped.size()));
        QStringList lines;
        for (const SkippedReportFile& s : totals.skipped) {
            lines.append(tr("%1: %2").arg(s.file, s.reason));
        }
        m_skipped->setPlainText(lines.join(u'\n'));
    }
    m_skipped->setVisible(!totals.skipped.isEmpty());
    m_status->setText(status);

    const QString previous = m_domain->currentText();
    const QSignalBlocker block(m_domain);
    m_domain->clear();
    QStringList names = outcome.domains.keys();
    names.sort();
    m_domain->addItems(names);
    // The domain the DMARC page showed first, else what was shown before.
    const QString preferred = m_preferredIndex >= 0 && m_preferredIndex < m_plan.domains().size()
                                  ? m_plan.domain(m_preferredIndex).ace
                                  : QString();
    int index = m_domain->findText(preferred);
    if (index < 0) {
        index = m_domain->findText(previous);
    }
    m_domain->setCurrentIndex(std::max(0, index));
    // Each domain of the plan gets its verdict for the next stage of its own plan; the DMARC page shows it beside
    // "Current stage" and asks before a stage the reports do not support.
    // The project keeps the sums, so reopening it weeks later shows this evidence and adds to it.
    if (outcome.state) {
        m_plan.setReportEvidence(outcome.state, outcome.domains);
    }
    showDomain();
    setBusy(false);
    Q_EMIT readingFinished();
}

void DmarcReportsDialog::showDomain()
{
    const ReportReadOutcome& outcome = m_task->outcome();
    const auto found = outcome.domains.constFind(m_domain->currentText());
    if (found == outcome.domains.constEnd()) {
        m_verdict->clear();
        m_sources->clear();
        m_lookUp->setEnabled(false);
        m_chart->chart()->removeAllSeries();
        return;
    }
    const ReportDomainStats& stats = *found;
    const QLocale locale;
    QStringList lines{tr("%1: %2 messages from %3 to %4, %5 passing DMARC.")
                          .arg(stats.domain, locale.toString(stats.counts.messages),
                               locale.toString(stats.first, QLocale::ShortFormat),
                               locale.toString(stats.last, QLocale::ShortFormat),
                               PercentText::share(stats.counts.dmarcPass, stats.counts.messages))};
    const int index = m_plan.indexOf(stats.domain);
    std::optional<StageReadinessResult> readiness = index >= 0 ? m_plan.reportReadiness(index) : std::nullopt;
    if (index < 0) {
        // A subdomain (news.contoso.com) or a domain the plan does not hold: judged against the policy its reports
        // say applied, as `mailauth reports` judges every domain.
        readiness = StageReadiness::evaluate(stats, StageReadiness::publishedStep(stats));
        lines.append(tr("%1 is not in the plan: judged against the policy its reports show (%2).")
                         .arg(stats.domain, stats.policy.isEmpty()
                                                ? tr("none named, so p=none")
                                                : StageReadiness::stepText(StageReadiness::publishedStep(stats))));
    }
    if (readiness) {
        lines.append(StageReadiness::headline(*readiness));
        for (const QString& reason : readiness->reasons) {
            lines.append(QStringLiteral("• ") + reason);
        }
        if (!readiness->caution.isEmpty()) {
            lines.append(readiness->caution);
        }
        if (!readiness->note.isEmpty()) {
            lines.append(readiness->note);
        }
    }
    m_verdict->setText(lines.join(u'\n'));
    fillChart(stats);
    fillTable(stats);
}

void DmarcReportsDialog::fillChart(const ReportDomainStats& stats)
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* passing = new QLineSeries;
    passing->setName(tr("Passing DMARC"));
    auto* failing = new QLineSeries;
    failing->setName(tr("Failing DMARC"));
    // Told apart by line style and legend as well as colour.
    QPen dashed = failing->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    failing->setPen(dashed);
    quint64 top = 0;
    for (const ReportDay& day : stats.days) {
        // Report days are UTC days; the axis shows them as the local calendar day of the same date.
        const qreal x = qreal(day.day.startOfDay().toMSecsSinceEpoch());
        passing->append(x, qreal(day.passing));
        failing->append(x, qreal(day.failing));
        top = std::max({top, day.passing, day.failing});
    }
    chart->addSeries(passing);
    chart->addSeries(failing);
    auto* x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(std::clamp(int(stats.days.size()), 2, 8));
    // One day of reports is one point per line: shown as a point, on an axis a day wide.
    passing->setPointsVisible(stats.days.size() < 2);
    failing->setPointsVisible(stats.days.size() < 2);
    if (stats.days.size() == 1) {
        const QDateTime day = stats.days.first().day.startOfDay();
        x->setRange(day.addSecs(-12 * 3600), day.addSecs(12 * 3600));
        x->setTickCount(3);
    }
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers only: a small maximum would otherwise print 0, 0, 1, 1, 2.
    y->setRange(0, std::max<qreal>(4, qreal(top)));
    y->applyNiceNumbers();
    if (top < 4) {
        y->setRange(0, 4);
        y->setTickCount(5);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {passing, failing}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void DmarcReportsDialog::fillTable(const ReportDomainStats& stats)
{
    m_sources->setSources(stats.sources);
    if (m_lookups != nullptr) {
        m_sources->applyLookups(*m_lookups, stats.domain); // names and SPF already looked up stay
    }
    m_lookUp->setEnabled(!m_task->isRunning() && !isLookingUp() && !stats.sources.isEmpty());
    m_table->sortByColumn(MessagesColumn, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount - 1; ++c) {
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 180));
    }
}

} // namespace mailauth
