#include "WelcomePage.h"

#include "RolloutContext.h"
#include "model/RecentProjects.h"
#include "training/TrainingScenario.h"
#include "training/TrainingSession.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mailauth {

namespace {

// Scenario errors quote the file's values: shown as they are, never as HTML or links.
void warnAsPlainText(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

WelcomePage::WelcomePage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("Welcome to MailAuth Wizard"),
                     tr("This wizard takes your Microsoft 365 domain from \"anyone can send mail in our name\" to SPF, "
                        "DKIM and DMARC in force, one checked step at a time."),
                     parent)
{
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        tr("<p><b>What will happen</b></p>"
           "<ol><li>You name your domains, your tenant and where your DNS is hosted.</li>"
           "<li>The wizard checks what DNS says today and lists what is missing or wrong.</li>"
           "<li>SPF: it composes one correct record with the senders you use.</li>"
           "<li>DKIM: it gives you the Exchange Online PowerShell to run, reads back the two CNAME targets you paste "
           "in, and tells you when to switch signing on.</li>"
           "<li>DMARC: it starts with monitoring (p=none) and plans the steps to quarantine and reject.</li></ol>"
           "<p><b>How long it takes</b>: DNS changes usually appear within minutes to a few hours, but caches can "
           "keep old answers for up to a day or two, and Microsoft may need hours (sometimes days) to see new DKIM "
           "records. After each record you publish, the wizard watches every server and tells you when the world "
           "sees it, while you go on with the next step.</p>"
           "<p><b>What you need</b>: access to your DNS host's control panel, and an Exchange Online administrator "
           "role (Exchange Administrator or Global Administrator) to run the DKIM commands.</p>"));
    content()->addWidget(text);
    auto* open = new QPushButton(tr("&Open a saved project…"), this);
    open->setObjectName(QStringLiteral("openProject"));
    auto* recent = new QToolButton(this);
    recent->setObjectName(QStringLiteral("recentProjects"));
    recent->setText(tr("R&ecent projects"));
    recent->setPopupMode(QToolButton::InstantPopup);
    auto* recentMenu = new QMenu(recent);
    recent->setMenu(recentMenu);
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu]() {
        recentMenu->clear();
        const QStringList paths = RecentProjects::list();
        if (paths.isEmpty()) {
            recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        }
        for (const QString& path : paths) {
            connect(recentMenu->addAction(path), &QAction::triggered, this,
                    [this, path]() { Q_EMIT openProjectRequested(path); });
        }
    });
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addWidget(recent);
    openRow->addStretch(1);
    content()->addLayout(openRow);
    m_openError = new QLabel(this);
    m_openError->setObjectName(QStringLiteral("openError"));
    // The reason quotes values from the file: shown as they are, never as HTML or links.
    m_openError->setTextFormat(Qt::PlainText);
    m_openError->setWordWrap(true);
    m_openError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A red that reads on the palette in use: dark red on a light window, light red on a dark one.
    m_openError->setStyleSheet(palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("color: #ff8a80;")
                                                                                   : QStringLiteral("color: #b00020;"));
    m_openError->setVisible(false);
    content()->addWidget(m_openError);

    // Training: the same wizard against a simulated DNS world and tenant, for classrooms and first-timers.
    auto* training = new QGroupBox(tr("Practice in training mode"), this);
    auto* trainingText = new QLabel(tr("No real domain at hand, or learning first? Training mode runs this wizard "
                                       "against a simulated DNS host, name servers and Exchange Online. Nothing "
                                       "real is changed, and simulated DNS can run up to 60 times faster."),
                                    training);
    trainingText->setWordWrap(true);
    m_scenario = new QComboBox(training);
    m_scenario->setObjectName(QStringLiteral("scenarioChoice"));
    // Parsed once here; "Start training" starts from what was parsed.
    for (const QString& id : TrainingScenarioParser::builtInIds()) {
        if (auto scenario = TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(id), nullptr)) {
            m_scenario->addItem(scenario->title.text());
            m_builtIn.append(std::move(*scenario));
        }
    }
    auto* startTraining = new QPushButton(tr("Start &training"), training);
    startTraining->setObjectName(QStringLiteral("startTraining"));
    auto* loadScenario = new QPushButton(tr("&Load a scenario file…"), training);
    auto* scenarioLabel = new QLabel(tr("S&cenario:"), training);
    scenarioLabel->setBuddy(m_scenario);
    auto* row = new QHBoxLayout;
    row->addWidget(scenarioLabel);
    row->addWidget(m_scenario, 1);
    row->addWidget(startTraining);
    row->addWidget(loadScenario);
    // A session the app did not end on purpose (a crash, a killed app, a flat battery) comes back from its autosave.
    m_interrupted = new QWidget(training);
    m_interruptedText = new QLabel(m_interrupted);
    m_interruptedText->setObjectName(QStringLiteral("interruptedTraining"));
    m_interruptedText->setWordWrap(true);
    m_interruptedText->setTextFormat(Qt::PlainText); // it may quote a trainer's scenario title
    m_resume = new QPushButton(tr("Res&ume it"), m_interrupted);
    m_resume->setObjectName(QStringLiteral("resumeTraining"));
    auto* discard = new QPushButton(tr("D&iscard it…"), m_interrupted);
    discard->setObjectName(QStringLiteral("discardTraining"));
    auto* interruptedRow = new QHBoxLayout(m_interrupted);
    interruptedRow->setContentsMargins(0, 0, 0, 0);
    interruptedRow->addWidget(m_interruptedText, 1);
    interruptedRow->addWidget(m_resume);
    interruptedRow->addWidget(discard);
    m_interrupted->setVisible(false);
    auto* trainingLayout = new QVBoxLayout(training);
    trainingLayout->addWidget(trainingText);
    trainingLayout->addWidget(m_interrupted);
    trainingLayout->addLayout(row);
    content()->addWidget(training);
    content()->addStretch(1);
    connect(m_resume, &QPushButton::clicked, this, [this]() {
        if (m_found.saved) {
            Q_EMIT resumeTrainingRequested(*m_found.saved);
        }
    });
    connect(discard, &QPushButton::clicked, this, &WelcomePage::discardInterruptedSession);
    m_scan = new QFutureWatcher<Interrupted>(this);
    connect(m_scan, &QFutureWatcher<Interrupted>::finished, this,
            [this]() { showInterruptedSession(m_scan->result()); });
    findInterruptedSession();
    connect(startTraining, &QPushButton::clicked, this, [this]() {
        if (m_scenario->currentIndex() >= 0) {
            Q_EMIT startTrainingRequested(m_builtIn.at(m_scenario->currentIndex()));
        }
    });
    connect(loadScenario, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a training scenario"), QString(),
                                                          tr("Training scenarios (*.scenario);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QString error;
        if (const auto scenario = TrainingScenarioParser::load(path, &error)) {
            Q_EMIT startTrainingRequested(*scenario);
        } else {
            warnAsPlainText(this, tr("Could not start the training"),
                            error + u'\n' + tr("Correct the file and load it again."));
        }
    });
    connect(open, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("MailAuth Wizard projects (*.mailauth);;All files (*)"));
        if (!path.isEmpty()) {
            Q_EMIT openProjectRequested(path);
        }
    });
}

void WelcomePage::findInterruptedSession()
{
    if (m_scan->isRunning()) {
        return;
    }
    // Reading and checking a session file (up to a project's size) is no work for the window's thread.
    m_scan->setFuture(QtConcurrent::run([]() {
        Interrupted found;
        const QStringList paths = TrainingSessionFile::interrupted();
        if (!paths.isEmpty()) {
            found.path = paths.first();
            found.saved = TrainingSessionFile::load(found.path, &found.error);
            found.older = static_cast<int>(paths.size()) - 1;
        }
        return found;
    }));
}

void WelcomePage::showInterruptedSession(const Interrupted& found)
{
    m_found = found;
    // Never offered during training: that session is the one to end first.
    m_interrupted->setVisible(!found.path.isEmpty() && m_context.training == nullptr);
    m_resume->setVisible(found.saved.has_value());
    // Newest first; the others come up once this one is resumed or discarded.
    const QString older = found.older > 0 ? u' ' + tr("%n older interrupted session(s) will be offered after this one.",
                                                      nullptr, found.older)
                                          : QString();
    if (!found.saved) {
        m_interruptedText->setText(
            tr("An interrupted training session cannot be resumed. %1 Discard it, then start the scenario again below.")
                .arg(found.error) +
            older);
        return;
    }
    const qint64 minutes = found.saved->state.nowMs / 60000;
    m_interruptedText->setText(
        tr("An interrupted training session can be resumed: \"%1\", last saved %2, after %3 of simulated time.")
            .arg(found.saved->scenario.title.text(),
                 QLocale().toString(found.saved->savedAt.toLocalTime(), QLocale::ShortFormat),
                 minutes < 60 ? tr("%1 min").arg(minutes)
                              : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))) +
        older);
}

void WelcomePage::discardInterruptedSession()
{
    // The question names the session in its text too: without a window manager there is no title bar to read.
    const QString name = m_found.saved ? m_found.saved->scenario.title.text() : QFileInfo(m_found.path).fileName();
    QMessageBox question(
        QMessageBox::Question, tr("Discard the interrupted session?"),
        tr("Discard the interrupted training session \"%1\"? Its simulated DNS, tenant, clock and plan "
           "are deleted; it cannot be resumed afterwards.")
            .arg(name),
        QMessageBox::NoButton, this);
    question.setTextFormat(Qt::PlainText); // a trainer's scenario title, shown as it is
    question.setObjectName(QStringLiteral("discardTrainingQuestion"));
    QPushButton* yes = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != yes) {
        return;
    }
    QFile::remove(m_found.path);
    QFile::remove(TrainingSessionFile::lockPath(m_found.path)); // a stale lock of the app that stopped
    m_interrupted->setVisible(false);
    findInterruptedSession(); // an older one, if any
}

void WelcomePage::initializePage()
{
    findInterruptedSession(); // back on this page: a session ended or was resumed meanwhile
    if (m_context.training == nullptr) {
        return;
    }
    for (int i = 0; i < m_builtIn.size(); ++i) {
        if (m_builtIn[i].id == m_context.training->scenario().id) {
            m_scenario->setCurrentIndex(i);
        }
    }
}

void WelcomePage::showOpenError(const QString& error)
{
    // The reason stays on the page (not only in a dialog or on stderr), so it can be read while fixing the file.
    m_openError->setText(error.isEmpty() ? QString() : tr("Could not open the project: %1").arg(error));
    m_openError->setVisible(!error.isEmpty());
}

void WelcomePage::showTrainingError(const QString& error)
{
    warnAsPlainText(this, tr("Could not start the training"), error);
}

} // namespace mailauth
