#include "MessageAnalysisDialog.h"

#include "MessageAnalysisTask.h"
#include "model/RolloutPlan.h"
#include "training/TrainingSession.h"
#include "ui/pages/RolloutContext.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace mailauth {

namespace {

QTreeWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTreeWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setWordWrap(true);
    t->setUniformRowHeights(false);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->header()->setStretchLastSection(true);
    return t;
}

QLabel* textLabel(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString delayText(const std::optional<qint64>& seconds)
{
    if (!seconds) {
        return QString();
    }
    if (*seconds < 0) {
        return MessageAnalysisDialog::tr("%1 s (clocks differ)").arg(*seconds);
    }
    return *seconds < 120 ? MessageAnalysisDialog::tr("%1 s").arg(*seconds)
                          : MessageAnalysisDialog::tr("%1 min").arg(*seconds / 60);
}

} // namespace

MessageAnalysisDialog::MessageAnalysisDialog(RolloutPlan& plan, int domainIndex, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_domain(domainIndex >= 0 && domainIndex < plan.domains().size() ? domainIndex : -1)
{
    setObjectName(QStringLiteral("messageAnalysisDialog"));
    setAcceptDrops(true);
    const QString domain = m_domain >= 0 ? plan.domain(m_domain).unicode : QString();
    setWindowTitle(m_domain >= 0 ? tr("Prove DKIM for %1").arg(domain) : tr("Analyze a message"));

    auto* intro = new QLabel(
        m_domain >= 0
            ? tr("Send a message from a mailbox of %1 to a mailbox outside your organisation (Gmail, Outlook.com, a "
                 "partner), open it there and paste its header (Outlook: View > View message source; Gmail: Show "
                 "original), or drop the saved .eml here.")
                  .arg(domain)
            : tr("Paste a message header (Outlook: View > View message source; Gmail: Show original) or a whole "
                 "message, or drop a saved .eml here."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("messageInput"));
    m_input->setPlaceholderText(tr("Received: from …\nAuthentication-Results: …\nDKIM-Signature: …\nFrom: …"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(96);
    auto* inputLabel = new QLabel(tr("&Message header or whole message:"), this);
    inputLabel->setBuddy(m_input);
    auto* open = new QPushButton(tr("&Open a .eml file…"), this);
    open->setObjectName(QStringLiteral("openMessage"));
    auto* analyse = new QPushButton(tr("&Analyze"), this);
    analyse->setObjectName(QStringLiteral("analyzeMessage"));
    m_testMessage = new QPushButton(tr("Get a test message from the &training tenant"), this);
    m_testMessage->setObjectName(QStringLiteral("trainingTestMessage"));
    m_testMessage->setVisible(false);
    m_source = textLabel("messageSource", this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(analyse);
    buttons->addWidget(open);
    buttons->addWidget(m_testMessage);
    buttons->addWidget(m_source, 1);

    m_verdict = textLabel("messageVerdict", this);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_steps = textLabel("messageNextSteps", this);
    m_receiver = textLabel("messageReceiver", this);
    m_recorded = textLabel("messageRecorded", this);

    m_dkim = table({tr("Signed by (d=)"), tr("Selector"), tr("Algorithm"), tr("Canonicalization"), tr("Result"),
                    tr("Aligned"), tr("Key"), tr("Details")},
                   "messageDkim", this);
    m_results = table({tr("Method"), tr("Result"), tr("Details")}, "messageResults", this);
    m_results->setRootIsDecorated(true);
    m_microsoft = table({tr("Field"), tr("Value"), tr("Meaning")}, "messageMicrosoft", this);
    m_hops = table({tr("From"), tr("By"), tr("With"), tr("Time"), tr("Delay")}, "messageHops", this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->addTab(m_dkim, tr("&DKIM signatures"));
    m_tabs->addTab(m_results, tr("Authentication-&Results"));
    m_tabs->addTab(m_microsoft, tr("Microsoft anti-&spam"));
    m_tabs->addTab(m_hops, tr("Rout&e"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(inputLabel);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_steps);
    layout->addWidget(m_receiver);
    layout->addWidget(m_recorded);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    m_task = new MessageAnalysisTask(this);
    m_task->setResolvers(plan.resolvers);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &MessageAnalysisDialog::analyseNow);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_input->toPlainText().isEmpty()) {
            m_fileBytes.clear(); // typing or pasting replaces a loaded file
            m_source->clear();
        }
        m_debounce->start();
    });
    connect(analyse, &QPushButton::clicked, this, &MessageAnalysisDialog::analyseNow);
    connect(open, &QPushButton::clicked, this, [this]() {
        // Non-blocking: the event loop (and any analysis) goes on while the admin picks.
        auto* dialog = new QFileDialog(this, tr("Open a message"), QString(),
                                       tr("Messages (*.eml *.msg.txt *.txt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &MessageAnalysisDialog::loadFile);
        dialog->open();
    });
    connect(m_testMessage, &QPushButton::clicked, this, [this]() {
        if (m_testSource) {
            setMessageText(QString::fromUtf8(m_testSource(domainAce())));
        }
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &MessageAnalysisTask::finished, this, &MessageAnalysisDialog::showAnalysis);

    if (const auto proof = m_domain >= 0 ? plan.dkimProof(m_domain) : std::nullopt) {
        m_recorded->setText(
            tr("Last proof, %1: %2")
                .arg(QLocale().toString(proof->checkedAt.toLocalTime(), QLocale::ShortFormat), proof->headline));
    }
    m_verdict->setText(tr("Paste a header or drop a message to analyze it."));
    resize(1000, 680);
}

MessageAnalysisDialog::~MessageAnalysisDialog() = default;

MessageAnalysisDialog* MessageAnalysisDialog::open(RolloutContext& context, int domainIndex, QWidget* parent)
{
    auto* dialog = new MessageAnalysisDialog(*context.plan, domainIndex, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (TrainingSession* session = context.training) {
        dialog->setTestMessageSource(
            [session](const QString& domain) { return session->exchange().testMessage(domain); });
    }
    dialog->show();
    return dialog;
}

void MessageAnalysisDialog::setTestMessageSource(std::function<QByteArray(const QString&)> source)
{
    m_testSource = std::move(source);
    m_testMessage->setVisible(static_cast<bool>(m_testSource) && !domainAce().isEmpty());
}

QString MessageAnalysisDialog::domainAce() const
{
    if (m_domain >= 0) {
        return m_plan.domain(m_domain).ace;
    }
    for (const DomainPlan& d : m_plan.domains()) {
        if (d.role == DomainRole::Sending) {
            return d.ace;
        }
    }
    return QString();
}

void MessageAnalysisDialog::setMessageText(const QString& text)
{
    m_input->setPlainText(text);
    analyseNow();
}

QString MessageAnalysisDialog::messageText() const
{
    return m_input->toPlainText();
}

void MessageAnalysisDialog::loadFile(const QString& path)
{
    m_input->clear();
    m_debounce->stop(); // the file replaces what was pasted
    m_source->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // Read off the UI thread (a network drive can be slow), never more than a message may hold.
    auto* watcher = new QFutureWatcher<std::pair<QByteArray, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<QByteArray, QString>>::finished, this, [this, watcher, path]() {
        watcher->deleteLater();
        const auto [bytes, error] = watcher->result();
        if (!error.isEmpty()) {
            m_source->setText(error);
            return;
        }
        m_fileBytes = bytes;
        m_source->setText(
            tr("File: %1 (%2)").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(bytes.size())));
        startAnalysis(m_fileBytes);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> std::pair<QByteArray, QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {QByteArray(), tr("Cannot open %1: %2").arg(path, file.errorString())};
        }
        QByteArray bytes = file.read(MessageHeaders::kMaxMessageBytes + 1);
        if (bytes.size() > MessageHeaders::kMaxMessageBytes) {
            return {QByteArray(), tr("%1 is larger than %2 MiB: not a message this tool reads.")
                                      .arg(path)
                                      .arg(MessageHeaders::kMaxMessageBytes / (1024 * 1024))};
        }
        return {bytes, QString()};
    }));
}

bool MessageAnalysisDialog::isAnalysing() const
{
    return m_task->isRunning() || m_debounce->isActive();
}

QString MessageAnalysisDialog::verdictText() const
{
    return m_verdict->text();
}

void MessageAnalysisDialog::analyseNow()
{
    m_debounce->stop();
    const QString text = m_input->toPlainText();
    if (!m_fileBytes.isEmpty()) {
        startAnalysis(m_fileBytes);
    } else if (text.trimmed().isEmpty()) {
        clearDetails();
        m_verdict->setText(tr("Paste a header or drop a message to analyze it."));
    } else {
        startAnalysis(text.toUtf8());
    }
}

void MessageAnalysisDialog::startAnalysis(const QByteArray& message)
{
    clearDetails();
    m_verdict->setText(tr("Analyzing… (keys and DMARC records are fetched from DNS)"));
    m_task->start(message);
}

void MessageAnalysisDialog::clearDetails()
{
    m_steps->clear();
    m_receiver->clear();
    for (QTreeWidget* t : {m_dkim, m_results, m_microsoft, m_hops}) {
        t->clear();
    }
}

void MessageAnalysisDialog::showAnalysis(const MessageAnalysis& a)
{
    clearDetails();
    const QString ace = m_domain >= 0 ? m_plan.domain(m_domain).ace : QString();
    const QString unicode = m_domain >= 0 ? m_plan.domain(m_domain).unicode : QString();
    m_proof = MessageProof::judge(a, ace, unicode);
    if (a.verdict == MessageAnalysis::Verdict::Pending) {
        m_verdict->setText(tr("DNS did not answer every question in time: %1").arg(a.headline));
    } else {
        m_verdict->setText(m_proof.headline);
    }
    QStringList steps;
    for (const QString& s : m_proof.nextSteps) {
        steps.append(QStringLiteral("• ") + s);
    }
    for (const QString& n : a.notes) {
        steps.append(QStringLiteral("◦ ") + n);
    }
    m_steps->setText(steps.join(u'\n'));
    m_steps->setVisible(!steps.isEmpty());
    if (a.error.isEmpty()) {
        QStringList receiver{m_proof.spf, m_proof.dmarc};
        if (!m_proof.compauth.isEmpty()) {
            receiver.append(m_proof.compauth);
        }
        if (!a.fromDomain.isEmpty()) {
            receiver.prepend(tr("From: %1").arg(a.fromDomain));
        }
        m_receiver->setText(receiver.join(u'\n'));
    }

    for (const DkimSignatureReport& s : a.dkim) {
        const DkimVerification& v = s.verification;
        QStringList details{v.reason};
        details += v.warnings;
        if (!v.keyCname.isEmpty()) {
            details.append(tr("key at %1").arg(v.keyCname));
        }
        details.removeAll(QString());
        auto* item = new QTreeWidgetItem(
            m_dkim, {v.signature.domain, v.signature.selector, v.signature.algorithmText,
                     v.signature.canonicalizationText, dkimResultKeyword(v.result), s.aligned ? tr("yes") : tr("no"),
                     v.keyBits > 0 ? tr("%1-bit %2").arg(v.keyBits).arg(v.keyType.toUpper()) : QString(),
                     details.join(QStringLiteral("; "))});
        item->setToolTip(7, details.join(u'\n'));
    }
    if (a.dkim.isEmpty() && a.error.isEmpty()) {
        new QTreeWidgetItem(m_dkim, {tr("(no DKIM-Signature field)")});
    }

    auto addResults = [this](const AuthenticationResults& r, const QString& label) {
        auto* top = new QTreeWidgetItem(m_results, {label});
        top->setFirstColumnSpanned(true);
        for (const AuthResultMethod& m : r.methods) {
            QStringList details;
            if (!m.reason.isEmpty()) {
                details.append(tr("reason: %1").arg(m.reason));
            }
            for (const AuthResultProperty& p : m.properties) {
                details.append(p.key() + u'=' + p.value);
            }
            for (const QString& c : m.comments) {
                details.append(u'(' + c + u')');
            }
            new QTreeWidgetItem(top, {m.method, m.result, details.join(QStringLiteral("  "))});
        }
        for (const QString& problem : r.problems) {
            new QTreeWidgetItem(top, {tr("problem"), QString(), problem});
        }
        top->setExpanded(true);
    };
    for (const AuthenticationResults& r : a.authenticationResults) {
        addResults(r, tr("Authentication-Results by %1")
                          .arg(r.authservId.isEmpty() ? tr("(no name: Microsoft 365)") : r.authservId));
    }
    for (const AuthenticationResults& r : a.arcAuthenticationResults) {
        addResults(r, tr("ARC-Authentication-Results i=%1 by %2").arg(r.arcInstance.value_or(0)).arg(r.authservId));
    }
    for (const QString& spf : a.receivedSpf) {
        new QTreeWidgetItem(m_results, {QStringLiteral("Received-SPF"), QString(), spf.simplified()});
    }

    for (const AntispamField& f : a.microsoft.forefront) {
        new QTreeWidgetItem(m_microsoft, {f.name, f.value, f.meaning});
    }
    if (a.microsoft.bcl) {
        new QTreeWidgetItem(m_microsoft,
                            {QStringLiteral("BCL"), QString::number(*a.microsoft.bcl), a.microsoft.bclMeaning});
    }
    if (!a.microsoft.present && a.error.isEmpty()) {
        new QTreeWidgetItem(m_microsoft, {tr("(none: the receiver is not Microsoft 365)")});
    }

    const QLocale locale;
    for (const ReceivedHop& h : a.hops) {
        const QString from = h.fromIp.isEmpty() ? h.from : tr("%1 [%2]").arg(h.from, h.fromIp);
        auto* item = new QTreeWidgetItem(
            m_hops, {from, h.by, h.with,
                     h.time.isValid() ? locale.toString(h.time.toLocalTime(), QLocale::ShortFormat) : QString(),
                     delayText(h.delaySeconds)});
        item->setToolTip(0, h.raw);
    }
    for (QTreeWidget* t : {m_dkim, m_results, m_microsoft, m_hops}) {
        for (int c = 0; c + 1 < t->columnCount(); ++c) {
            t->resizeColumnToContents(c);
            t->setColumnWidth(c, std::min(t->columnWidth(c), 260));
        }
    }

    m_recorded->clear();
    if (m_proof.recordable && m_domain >= 0) {
        const DkimProof record = m_proof.record(QDateTime::currentDateTimeUtc());
        m_plan.setDkimProof(m_domain, record);
        m_recorded->setText(tr("Kept in the project as the proof for %1 (%2).")
                                .arg(m_plan.domain(m_domain).unicode,
                                     QLocale().toString(record.checkedAt.toLocalTime(), QLocale::ShortFormat)));
        Q_EMIT proofRecorded(m_domain);
    }
    Q_EMIT analysed();
}

void MessageAnalysisDialog::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    if ((urls.size() == 1 && urls.first().isLocalFile()) || (urls.isEmpty() && mime->hasText())) {
        event->acceptProposedAction();
    }
}

void MessageAnalysisDialog::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    event->acceptProposedAction();
    if (!mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        loadFile(mime->urls().first().toLocalFile());
    } else if (mime->hasText()) {
        setMessageText(mime->text());
    }
}

} // namespace mailauth
