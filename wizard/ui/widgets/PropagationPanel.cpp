#include "PropagationPanel.h"

#include "model/DomainPlan.h"
#include "model/RolloutPlan.h"
#include "watch/PropagationWatcher.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QString formatDuration(qint64 seconds)
{
    if (seconds < 60) {
        return PropagationPanel::tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return PropagationPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return PropagationPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QStyle::StandardPixmap stateIcon(VantageState s)
{
    switch (s) {
    case VantageState::Matches:
        return QStyle::SP_DialogApplyButton;
    case VantageState::Error:
        return QStyle::SP_MessageBoxCritical;
    case VantageState::OldAnswer:
    case VantageState::NotFound:
        return QStyle::SP_BrowserReload;
    case VantageState::Waiting:
        return QStyle::SP_MediaPause;
    }
    return QStyle::SP_MediaPause;
}

} // namespace

PropagationPanel::PropagationPanel(QWidget* parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("propagationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // summaries quote what servers answered
    // What the DNS panel did wrong, when the watcher found the record elsewhere: text from DNS, so plain text.
    m_misplacedBox = new QWidget(this);
    auto* misplacedLayout = new QHBoxLayout(m_misplacedBox);
    misplacedLayout->setContentsMargins(0, 0, 0, 0);
    auto* warning = new QLabel(m_misplacedBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warning->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warning->setAccessibleName(tr("Warning"));
    m_misplaced = new QLabel(m_misplacedBox);
    m_misplaced->setObjectName(QStringLiteral("misplacement"));
    m_misplaced->setWordWrap(true);
    m_misplaced->setTextFormat(Qt::PlainText);
    m_misplaced->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    misplacedLayout->addWidget(warning, 0, Qt::AlignTop);
    misplacedLayout->addWidget(m_misplaced, 1);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Server"), tr("Kind"), tr("State"), tr("Value seen"), tr("Expected in")});
    // The columns share the panel's width: long server names and values are elided (the full text is the cell's
    // tooltip) rather than scrolled to.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Servers asked"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m servers see the record"));
    m_elapsed = new QLabel(this);
    m_checkNow = new QPushButton(tr("Check &now"), this);
    m_cancel = new QPushButton(tr("Stop &watching"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_elapsed);
    buttons->addWidget(m_checkNow);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_misplacedBox);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000); // only repaints the clock; no DNS is asked from here
    connect(m_tick, &QTimer::timeout, this, [this]() {
        updateEtas();
        updateSummary();
    });
    connect(m_checkNow, &QPushButton::clicked, this, [this]() {
        if (m_watcher) {
            m_watcher->checkNow();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_watcher) {
            m_watcher->cancel();
        }
    });
    setWatcher(nullptr);
}

void PropagationPanel::setMessage(const QString& text)
{
    m_message->setText(text);
}

void PropagationPanel::bind(PropagationWatcher* watcher, const QString& discoveryError, const QString& idleMessage)
{
    setWatcher(watcher);
    if (!discoveryError.isEmpty()) {
        setMessage(discoveryError);
    } else if (watcher == nullptr) {
        setMessage(idleMessage);
    } else if (watcher->isConfirmed() || !watcher->isRunning()) {
        setMessage(watcher->summary());
    } else {
        setMessage(tr("Watching %1 %2…").arg(watcher->expectation().name, recordTypeName(watcher->expectation().type)));
    }
}

QString PropagationPanel::confirmedEarlier(const DomainPlan& domain, RecordId record, const QString& value,
                                           const QString& what)
{
    const auto confirmation = domain.confirmationOf(record, value);
    if (!confirmation) {
        return {};
    }
    const QString when = QLocale().toString(confirmation->confirmedAt.toLocalTime(), QLocale::ShortFormat);
    return what.isEmpty()
               ? tr("Every server checked saw this record on %1. Press the button above to watch it again.").arg(when)
               : tr("%1: every server checked saw it on %2. Press the button above to watch it again.").arg(what, when);
}

void PropagationPanel::setWatcher(PropagationWatcher* watcher)
{
    if (m_watcher) {
        disconnect(m_watcher, nullptr, this, nullptr);
    }
    m_watcher = watcher;
    m_deadlineMs.clear();
    if (m_watcher) {
        m_startedMs = nowMs() - m_watcher->elapsedMs() * speed();
        for (int i = 0; i < static_cast<int>(m_watcher->statuses().size()); ++i) {
            const int eta = m_watcher->statuses()[i].etaSeconds;
            m_deadlineMs.insert(i, eta >= 0 ? nowMs() + qint64(eta) * 1000 * speed() : -1);
        }
        connect(m_watcher, &PropagationWatcher::statusChanged, this, [this](int index) {
            const VantageStatus& s = m_watcher->statuses()[index];
            m_deadlineMs.insert(index, s.etaSeconds >= 0 ? nowMs() + qint64(s.etaSeconds) * 1000 * speed() : -1);
            updateRow(index);
        });
        connect(m_watcher, &PropagationWatcher::progress, this, &PropagationPanel::updateSummary);
        connect(m_watcher, &PropagationWatcher::finished, this, [this](bool, const QString& summary) {
            m_message->setText(summary);
            updateSummary();
        });
        connect(m_watcher, &PropagationWatcher::misplacementChanged, this, &PropagationPanel::updateMisplacement);
        m_tick->start();
    } else {
        m_tick->stop();
    }
    rebuild();
}

void PropagationPanel::rebuild()
{
    m_table->setRowCount(m_watcher ? static_cast<int>(m_watcher->statuses().size()) : 0);
    if (m_watcher) {
        for (int i = 0; i < m_table->rowCount(); ++i) {
            updateRow(i);
        }
    }
    updateSummary();
    updateMisplacement();
}

void PropagationPanel::updateMisplacement()
{
    QStringList lines;
    if (m_watcher) {
        for (const MisplacementFinding& f : m_watcher->misplacements()) {
            lines.append(f.diagnosis);
        }
    }
    m_misplaced->setText(lines.join(u'\n'));
    m_misplacedBox->setVisible(!lines.isEmpty());
}

void PropagationPanel::updateRow(int index)
{
    if (!m_watcher || index >= m_table->rowCount()) {
        return;
    }
    const VantageStatus& s = m_watcher->statuses()[index];
    auto set = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_table->setItem(index, column, item);
    };
    set(0, s.point.label);
    set(1, VantagePoint::kindLabel(s.point.kind));
    QString state = vantageStateLabel(s.state);
    if (s.state == VantageState::Error) {
        state += u' ' + tr("(%1)").arg(s.reason);
    } else if (!s.asked && !s.point.isAuthoritative()) {
        state = tr("not asked yet");
    }
    set(2, state);
    m_table->item(index, 2)->setIcon(style()->standardIcon(stateIcon(s.state)));
    set(3, s.valueSeen);
    const qint64 left = remainingSeconds(index);
    set(4, s.state == VantageState::Matches ? QString() : (left >= 0 ? formatDuration(left) : tr("unknown")));
}

qint64 PropagationPanel::nowMs() const
{
    return (m_plan != nullptr ? m_plan->now() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

int PropagationPanel::speed() const
{
    return m_plan != nullptr ? m_plan->timeBase().speed() : 1;
}

qint64 PropagationPanel::remainingSeconds(int index) const
{
    const qint64 deadline = m_deadlineMs.value(index, -1);
    if (deadline < 0) {
        return -1;
    }
    return std::max<qint64>(0, (deadline - nowMs() + 999) / 1000);
}

void PropagationPanel::updateEtas()
{
    if (!m_watcher) {
        return;
    }
    for (int i = 0; i < m_table->rowCount() && i < static_cast<int>(m_watcher->statuses().size()); ++i) {
        if (m_watcher->statuses()[i].state != VantageState::Matches && m_table->item(i, 4) != nullptr) {
            const qint64 left = remainingSeconds(i);
            const QString text = left >= 0 ? formatDuration(left) : tr("unknown");
            m_table->item(i, 4)->setText(text);
            m_table->item(i, 4)->setToolTip(text);
        }
    }
}

void PropagationPanel::updateSummary()
{
    const bool running = m_watcher && m_watcher->isRunning();
    m_checkNow->setEnabled(running);
    m_cancel->setEnabled(running);
    // "0 of 1 servers see the record" would be read as an answer: without a watcher the bar says nothing.
    m_progress->setTextVisible(m_watcher != nullptr);
    if (!m_watcher) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_elapsed->clear();
        return;
    }
    m_progress->setRange(0, static_cast<int>(m_watcher->statuses().size()));
    m_progress->setValue(m_watcher->matchingCount());
    // Durations in the time base: a training session's simulated clock, which may run fast or stand still.
    const qint64 elapsed =
        m_watcher->isRunning() ? (nowMs() - m_startedMs) / 1000 : m_watcher->elapsedMs() / 1000 * std::max(1, speed());
    QString text = tr("Watching for %1").arg(formatDuration(elapsed));
    qint64 overall = 0;
    for (int i = 0; i < static_cast<int>(m_watcher->statuses().size()); ++i) {
        if (m_watcher->statuses()[i].state == VantageState::Matches) {
            continue;
        }
        const qint64 left = remainingSeconds(i);
        overall = left < 0 || overall < 0 ? -1 : std::max(overall, left);
    }
    if (m_watcher->isConfirmed()) {
        text = tr("Confirmed after %1").arg(formatDuration(elapsed));
    } else if (overall > 0 && running) {
        text += u' ' + tr("· about %1 left").arg(formatDuration(overall));
    }
    if (m_plan != nullptr && m_plan->timeBase().isPaused()) {
        text += u' ' + tr("(simulated time paused)");
    }
    m_elapsed->setText(text);
}

} // namespace mailauth
