#include "TrainingSidePanel.h"

#include "training/TrainingSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mailauth {

TrainingSidePanel::TrainingSidePanel(TrainingSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    const TrainingScenario& scenario = session.scenario();
    setObjectName(QStringLiteral("trainingPanel"));
    setMinimumWidth(260);
    setMaximumWidth(320);

    auto* marker = new QLabel(tr("TRAINING: simulated DNS and a simulated tenant. Nothing real is changed."), this);
    marker->setObjectName(QStringLiteral("trainingMarker"));
    marker->setWordWrap(true);
    marker->setAlignment(Qt::AlignCenter);
    marker->setAutoFillBackground(true);
    marker->setMargin(8);
    // Amber with black text: readable, and unlike anything the real-mode pages show.
    marker->setStyleSheet(QStringLiteral("QLabel { background: #f5a623; color: black; font-weight: bold; }"));

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(scenario.title.text().toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto* summary = new QLabel(scenario.summary.text(), this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    m_goals = new QListWidget(this);
    m_goals->setObjectName(QStringLiteral("trainingGoals"));
    m_goals->setWordWrap(true);
    m_goals->setMinimumHeight(120);
    m_goals->setAccessibleName(tr("Goals"));
    auto* hints = new QListWidget(this);
    hints->setObjectName(QStringLiteral("trainingHints"));
    hints->setAccessibleName(tr("Hints"));
    hints->setWordWrap(true);
    // Long hints wrap; they never scroll sideways.
    for (QListWidget* list : {m_goals, hints}) {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
        list->setTextElideMode(Qt::ElideNone);
    }
    for (const LocalizedText& hint : scenario.hints) {
        hints->addItem(hint.text());
    }
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_check = new QPushButton(tr("Check &goals"), this);
    m_check->setObjectName(QStringLiteral("checkGoals"));
    auto* hostPanel = new QPushButton(tr("DNS &host panel…"), this);
    hostPanel->setObjectName(QStringLiteral("hostPanelButton"));
    // Back to the welcome page's list of scenarios; starting one there asks before this session ends.
    auto* otherScenario = new QPushButton(tr("Another scenario…"), this);
    otherScenario->setObjectName(QStringLiteral("otherScenario"));

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("trainingSpeed"));
    for (int speed : {1, 10, 60}) {
        m_speed->addItem(tr("%1x").arg(speed), speed);
    }
    m_speed->setCurrentIndex(m_speed->findData(session.world().clock().speed()));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("trainingClock"));
    // A class pauses to explain; every simulated timer (TTLs, ETAs, Microsoft's delay, the DMARC plan) stops with it.
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("trainingPause"));
    m_pause->setCheckable(true);
    // A panel rebuilt while the clock stands (a language switch) shows it standing.
    m_pause->setChecked(session.world().clock().isPaused());
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Stops the simulated clock: caches, delays and the watchers' ETAs wait until you resume."));
    // A class need not sit out an hour-long TTL: the trainer moves simulated time on.
    auto* skip = new QPushButton(tr("Skip 1 hour"), this);
    skip->setObjectName(QStringLiteral("trainingSkip"));
    skip->setToolTip(
        tr("Moves the simulated clock one hour ahead: caches expire and delays pass as if you had waited."));
    connect(skip, &QPushButton::clicked, this, [this]() {
        m_session.world().clock().skip(3600);
        refreshClock();
    });
    auto* speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speed, 1);
    speedRow->addWidget(m_pause);
    auto* skipRow = new QHBoxLayout;
    skipRow->addStretch(1);
    skipRow->addWidget(skip);
    auto* clockForm = new QFormLayout;
    // No mnemonic: every letter is taken on some page; Tab reaches it.
    auto* speedLabel = new QLabel(tr("Speed:"), this);
    speedLabel->setBuddy(m_speed);
    clockForm->addRow(speedLabel, speedRow);
    clockForm->addRow(tr("Simulated time:"), m_clock);
    clockForm->addRow(skipRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(marker);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("<b>Goals</b>"), this));
    layout->addWidget(m_goals, 2);
    layout->addWidget(m_check);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("<b>Hints</b>"), this));
    layout->addWidget(hints, 1);
    layout->addLayout(clockForm);
    layout->addWidget(hostPanel);
    layout->addWidget(otherScenario);

    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this]() { m_session.world().clock().setSpeed(m_speed->currentData().toInt()); });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_session.world().clock().setPaused(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        refreshClock();
    });
    connect(m_check, &QPushButton::clicked, this, [this]() {
        m_check->setEnabled(false);
        m_session.checkGoals();
    });
    connect(&session, &TrainingSession::goalsChecked, this, [this]() {
        m_check->setEnabled(true);
        refreshGoals();
    });
    connect(hostPanel, &QPushButton::clicked, this, &TrainingSidePanel::hostPanelRequested);
    connect(otherScenario, &QPushButton::clicked, this, &TrainingSidePanel::scenarioListRequested);
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, &TrainingSidePanel::refreshClock);
    m_tick->start(1000);
    refreshGoals();
    refreshClock();
}

void TrainingSidePanel::refreshGoals()
{
    const QList<bool> reached = m_session.goalsReached();
    m_goals->clear();
    for (int i = 0; i < m_session.scenario().goals.size(); ++i) {
        const bool done = i < reached.size() && reached[i];
        // The state in words, and a tick that shows it but cannot be clicked; an open goal has no icon that could
        // pass for "done" (it had a green arrow).
        auto* item = new QListWidgetItem(
            (done ? tr("Reached: %1") : tr("Open: %1")).arg(trainingGoalText(m_session.scenario().goals[i])));
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        m_goals->addItem(item);
    }
    const auto count = std::count(reached.begin(), reached.end(), true);
    m_result->setText(m_session.allGoalsReached()
                          ? tr("Every goal reached. Well done!")
                          : tr("%1 of %2 goals reached.").arg(count).arg(m_session.scenario().goals.size()));
}

void TrainingSidePanel::refreshClock()
{
    const TrainingClock& clock = m_session.world().clock();
    const qint64 seconds = clock.nowMs() / 1000;
    QString text = seconds >= 86400
                       ? tr("day %1, %2 h %3 min")
                             .arg(seconds / 86400 + 1)
                             .arg((seconds % 86400) / 3600)
                             .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                       : tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    if (clock.isPaused()) {
        text += u' ' + tr("(paused)");
    }
    m_clock->setText(text);
}

} // namespace mailauth
