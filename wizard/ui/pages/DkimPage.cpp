#include "DkimPage.h"

#include "RolloutContext.h"
#include "generators/DkimPowerShell.h"
#include "generators/PowerShellText.h"
#include "model/AuditTask.h"
#include "model/DkimRotation.h"
#include "training/TrainingSession.h"
#include "ui/io/BackgroundFileWriter.h"
#include "ui/message/MessageAnalysisDialog.h"
#include "ui/widgets/DkimRotationPanel.h"
#include "ui/widgets/PropagationPanel.h"
#include "ui/widgets/RecordView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QPlainTextEdit* scriptBox(QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped on screen, never scrolled sideways; the copy buttons copy the lines as they are.
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box->setMinimumHeight(150);
    return box;
}

} // namespace

DkimPage::DkimPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(
          context, tr("DKIM: sign your mail with your own domain"),
          tr("Microsoft 365 signs mail for custom domains only after you publish two CNAME records that "
             "point to keys Microsoft holds. The targets differ per tenant and domain, so they are read back "
             "from Exchange Online, never guessed."),
          parent)
{
    // The page's widgets are built on first visit: the wizard then starts as fast as its first page.
}

void DkimPage::build()
{
    m_domain = new QComboBox(this);
    m_setupScript = scriptBox(this);
    m_setupScript->setAccessibleName(tr("Run this in Exchange Online PowerShell (it runs safely twice):"));
    auto* copySetup = new QPushButton(tr("&Copy script"), this);
    auto* saveSetup = new QPushButton(tr("&Save as .ps1…"), this);
    m_paste = new QPlainTextEdit(this);
    m_paste->setObjectName(QStringLiteral("dkimPaste"));
    m_paste->setPlaceholderText(tr("Paste the output of the script here, or the two CNAME values from the Defender "
                                   "portal (Publish CNAMEs > Copy, or its \"CNAME record does not exist\" message)."));
    m_paste->setTabChangesFocus(true);
    m_paste->setMaximumHeight(120);
    m_pasteStatus = new QLabel(this);
    m_pasteStatus->setWordWrap(true);
    m_pasteStatus->setTextFormat(Qt::PlainText);
    m_records = new RecordView(this);
    m_publish = new QPushButton(tr("I have &published both: watch DNS"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_panel1 = new PropagationPanel(this);
    m_panel1->setTimeSource(m_context.plan);
    m_panel2 = new PropagationPanel(this);
    m_panel2->setTimeSource(m_context.plan);
    m_enableText = new QLabel(this);
    m_enableText->setWordWrap(true);
    m_enableScript = scriptBox(this);
    m_enableScript->setObjectName(QStringLiteral("enableScript"));
    m_enableScript->setAccessibleName(tr("Script that switches signing on"));
    m_copyEnable = new QPushButton(tr("Copy &enable script"), this);
    m_checkKeys = new QPushButton(tr("Check the &keys"), this);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keyCheck = new AuditTask(this);
    m_rotation = new DkimRotationPanel(*m_context.plan, this);
    m_writer = new BackgroundFileWriter(this);
    m_signingOn = new QCheckBox(tr("S&igning is on: the script printed \"Enabled : True\""), this);
    m_signingOn->setObjectName(QStringLiteral("signingOn"));
    m_later = new QCheckBox(tr("Set up DKIM for this domain &later (the other steps go on without it)"), this);
    m_later->setObjectName(QStringLiteral("dkimLater"));

    // Training mode: the scripts run against the simulated tenant, and what they print appears here to copy.
    m_training = new QWidget(this);
    auto* trainingLayout = new QVBoxLayout(m_training);
    trainingLayout->setContentsMargins(0, 0, 0, 0);
    auto* runSetup = new QPushButton(tr("Run the key script in the &training tenant"), m_training);
    runSetup->setObjectName(QStringLiteral("trainingRunSetup"));
    auto* runEnable = new QPushButton(tr("Run the enable script in the training tenant"), m_training);
    runEnable->setObjectName(QStringLiteral("trainingRunEnable"));
    m_trainingOutput = scriptBox(m_training);
    m_trainingOutput->setObjectName(QStringLiteral("trainingOutput"));
    m_trainingOutput->setPlaceholderText(tr("What the simulated Exchange Online PowerShell prints appears here."));
    auto* trainingButtons = new QHBoxLayout;
    trainingButtons->addWidget(runSetup);
    trainingButtons->addWidget(runEnable);
    trainingButtons->addStretch(1);
    trainingLayout->addWidget(
        new QLabel(tr("<b>Training tenant</b> (simulated Exchange Online PowerShell):"), m_training));
    trainingLayout->addLayout(trainingButtons);
    trainingLayout->addWidget(m_trainingOutput);
    connect(runSetup, &QPushButton::clicked, this, [this]() { runInTrainingTenant(false); });
    connect(runEnable, &QPushButton::clicked, this, [this]() { runInTrainingTenant(true); });

    // Step 1 two ways: the script, or the same clicks in the Defender portal for admins who cannot run scripts.
    auto* powerShell = new QWidget(this);
    auto* powerShellLayout = new QVBoxLayout(powerShell);
    powerShellLayout->addWidget(new QLabel(tr("Run this in Exchange Online PowerShell (it runs safely twice):"), this));
    powerShellLayout->addWidget(m_setupScript);
    auto* scriptButtons = new QHBoxLayout;
    scriptButtons->addWidget(copySetup);
    scriptButtons->addWidget(saveSetup);
    scriptButtons->addStretch(1);
    powerShellLayout->addLayout(scriptButtons);
    powerShellLayout->addWidget(m_training);
    auto* portal = new QWidget(this);
    auto* portalLayout = new QVBoxLayout(portal);
    m_portalSteps = new QLabel(portal);
    m_portalSteps->setObjectName(QStringLiteral("portalSteps"));
    m_portalSteps->setWordWrap(true);
    m_portalSteps->setTextFormat(Qt::RichText);
    m_portalSteps->setOpenExternalLinks(true);
    m_portalSteps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_openPortal = new QPushButton(tr("Open the De&fender portal"), portal);
    m_openPortal->setObjectName(QStringLiteral("openPortal"));
    portalLayout->addWidget(m_portalSteps);
    portalLayout->addWidget(m_openPortal, 0, Qt::AlignLeft);
    portalLayout->addStretch(1);
    m_route = new QTabWidget(this);
    m_route->setObjectName(QStringLiteral("dkimRoute"));
    m_route->addTab(powerShell, tr("PowerS&hell"));
    m_route->addTab(portal, tr("&Defender portal"));
    m_route->setTabToolTip(1,
                           tr("For admins who cannot run scripts: the same steps in the Microsoft Defender portal."));

    auto* inner = new QWidget;
    auto* layout = new QVBoxLayout(inner);
    auto* domainRow = new QHBoxLayout;
    auto* domainLabel = new QLabel(tr("D&omain:"), this);
    domainLabel->setBuddy(m_domain);
    domainRow->addWidget(domainLabel);
    domainRow->addWidget(m_domain, 1);
    layout->addLayout(domainRow);
    layout->addWidget(m_later);
    layout->addWidget(new QLabel(tr("<b>1. Create the keys</b>, with PowerShell or in the Defender portal:"), this));
    layout->addWidget(m_route);
    m_pasteLabel = new QLabel(tr("2. Paste &what it printed:"), this);
    QFont bold = m_pasteLabel->font();
    bold.setBold(true);
    m_pasteLabel->setFont(bold);
    m_pasteLabel->setBuddy(m_paste);
    layout->addWidget(m_pasteLabel);
    layout->addWidget(m_paste);
    layout->addWidget(m_pasteStatus);
    layout->addWidget(new QLabel(tr("<b>3. Publish these two CNAME records</b>:"), this));
    layout->addWidget(m_records);
    layout->addWidget(m_publish, 0, Qt::AlignLeft);
    m_panel1->setMinimumHeight(160);
    m_panel2->setMinimumHeight(160);
    layout->addWidget(m_panel1);
    layout->addWidget(m_panel2);
    layout->addWidget(new QLabel(tr("<b>4. Switch signing on</b>:"), this));
    layout->addWidget(m_enableText);
    layout->addWidget(m_enableScript);
    layout->addWidget(m_copyEnable, 0, Qt::AlignLeft);
    layout->addWidget(m_signingOn);
    layout->addWidget(new QLabel(
        tr("<b>5. Final check</b>: once signing is on, Microsoft publishes the keys behind the CNAMEs."), this));
    layout->addWidget(m_checkKeys, 0, Qt::AlignLeft);
    layout->addWidget(m_keyStatus);
    auto* proveText = new QLabel(tr("<b>6. Prove it</b>: send a message from this domain to an outside mailbox, then "
                                    "paste its headers (or drop the .eml)."),
                                 this);
    proveText->setWordWrap(true);
    layout->addWidget(proveText);
    m_prove = new QPushButton(tr("Prove it: analyze a test &message…"), this);
    m_prove->setObjectName(QStringLiteral("proveDkim"));
    layout->addWidget(m_prove, 0, Qt::AlignLeft);
    m_proofStatus = new QLabel(this);
    m_proofStatus->setObjectName(QStringLiteral("dkimProof"));
    m_proofStatus->setWordWrap(true);
    m_proofStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_proofStatus);
    layout->addWidget(m_rotation);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    content()->addWidget(scroll, 1);

    connect(m_domain, &QComboBox::currentIndexChanged, this, &DkimPage::loadDomain);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &DkimPage::parsePaste);
    connect(copySetup, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_setupScript->toPlainText()); });
    connect(m_route, &QTabWidget::currentChanged, this, &DkimPage::refreshRoute);
    connect(m_openPortal, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl(m_context.plan->cloud().dkimPortalUrl())); });
    connect(m_copyEnable, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_enableScript->toPlainText()); });
    connect(saveSetup, &QPushButton::clicked, this, [this]() {
        saveScript(m_setupScript->toPlainText(),
                   QStringLiteral("dkim-%1.ps1").arg(m_context.plan->domain(current()).ace));
    });
    connect(m_publish, &QPushButton::clicked, this, &DkimPage::publish);
    connect(m_prove, &QPushButton::clicked, this, [this]() {
        if (m_domain->count() == 0) {
            return;
        }
        openProof(current());
    });
    connect(m_signingOn, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || m_domain->count() == 0) {
            return;
        }
        m_context.plan->setDkimEnabled(current(), on);
    });
    connect(m_later, &QCheckBox::toggled, this, [this](bool later) {
        if (m_loading || m_domain->count() == 0) {
            return;
        }
        m_context.plan->setDkimLater(current(), later);
        // "Later" means this domain's DKIM steps are not for now: they stay visible but cannot be used by mistake.
        m_route->setEnabled(!later);
        m_paste->setEnabled(!later);
        refreshEnableStep();
    });
    connect(m_checkKeys, &QPushButton::clicked, this, [this]() {
        m_checkKeys->setEnabled(false);
        m_keyStatus->setText(tr("Checking…"));
        m_keyCheck->start(*m_context.plan, 1, current());
    });
    connect(m_keyCheck, &AuditTask::reportReady, this, [this](const AuditReport& report) {
        QStringList lines;
        for (const DkimSelectorReport& s : report.dkim) {
            lines.append(s.keyFound ? tr("%1: key published (%2 bits)").arg(s.selector).arg(s.keyBits)
                                    : tr("%1: no key yet").arg(s.selector));
        }
        for (const Finding& f : report.findings) {
            if (f.code.startsWith(QStringLiteral("dkim.")) || f.code.startsWith(QStringLiteral("dns."))) {
                lines.append(f.message);
            }
        }
        m_keyStatus->setText(lines.join(u'\n'));
        // The sizes found also decide whether the keys need the upgrade to 2048 bits (the rotation panel below).
        const int index = m_context.plan->indexOf(report.domain);
        if (index >= 0 && !report.pending && report.known(AuditPart::Dkim)) {
            m_context.plan->setDkimKeySizes(index, DkimRotation::fromAudit(report, QDateTime::currentDateTimeUtc()));
        }
    });
    connect(m_keyCheck, &AuditTask::finished, this, [this]() { m_checkKeys->setEnabled(true); });
    connect(m_context.watches, &WatchRegistry::watcherChanged, this, [this](int index, RecordId record) {
        if (index == current() && (record == RecordId::DkimSelector1 || record == RecordId::DkimSelector2)) {
            bindWatchers();
        }
    });
    connect(m_context.watches, &WatchRegistry::recordConfirmed, this, &DkimPage::refreshEnableStep);
}

int DkimPage::current() const
{
    return domainIndex(m_domain);
}

void DkimPage::initializePage()
{
    ensureBuilt();
    m_training->setVisible(m_context.training != nullptr);
    fillDomainCombo(m_domain, true);
    loadDomain();
}

void DkimPage::loadDomain()
{
    if (m_loading || m_domain->count() == 0) {
        return;
    }
    const DomainPlan& d = m_context.plan->domain(current());
    const DkimPowerShell::Input input{d.ace, m_context.plan->cloud(), {}};
    QString error;
    m_setupScript->setPlainText(DkimPowerShell::setupScript(input, &error).value_or(error));
    m_enableScript->setPlainText(DkimPowerShell::enableScript(input, &error).value_or(error));
    m_loading = true;
    m_paste->setPlainText(d.pastedDkimText);
    m_signingOn->setChecked(d.dkimEnabled);
    m_later->setChecked(d.dkimLater);
    m_route->setEnabled(!d.dkimLater);
    m_paste->setEnabled(!d.dkimLater);
    m_loading = false;
    parsePaste();
    bindWatchers();
    refreshRoute();
    refreshProof();
    m_rotation->setDomain(current());
}

void DkimPage::refreshProof()
{
    if (m_domain->count() == 0) {
        return;
    }
    const auto proof = m_context.plan->dkimProof(current());
    m_proofStatus->setText(proof ? tr("%1 %2 (test message of %3)")
                                       .arg(proof->works() ? QStringLiteral("✓") : QStringLiteral("•"), proof->headline,
                                            QLocale().toString(proof->checkedAt.toLocalTime(), QLocale::ShortFormat))
                                 : tr("No test message checked yet."));
}

bool DkimPage::portalRoute() const
{
    return m_route->currentIndex() == 1;
}

void DkimPage::refreshRoute()
{
    if (m_domain->count() == 0) {
        return;
    }
    const CloudInfo cloud = m_context.plan->cloud();
    const QString domain = m_context.plan->domain(current()).unicode.toHtmlEscaped();
    const QString portal = cloud.defenderPortal.toHtmlEscaped();
    const QString link = cloud.dkimPortalUrl().toHtmlEscaped();
    // Microsoft Learn, "Set up DKIM to sign mail from your Microsoft 365 domain": the Defender portal route.
    const QStringList steps{
        tr("Open the Microsoft Defender portal at <a href=\"%1\">%2</a>, Email &amp; collaboration &gt; Policies "
           "&amp; rules &gt; Threat policies &gt; <b>Email authentication settings</b>, and select the <b>DKIM</b> "
           "tab.")
            .arg(link, portal),
        tr("In the row for <b>%1</b>, slide <b>Toggle</b> from Disabled to Enabled. A <b>Client error</b> dialog "
           "opens: that is expected, select <b>OK</b>. The keys now exist and the row's Status is <b>CnameMissing</b>.")
            .arg(domain),
        tr("Select the <b>%1</b> row (not its check box or toggle) to open its details. Under <b>Publish "
           "CNAMEs</b>, select <b>Copy</b> and paste into step 2 below. Leave the details open.")
            .arg(domain),
        tr("Publish the two CNAME records (step 3). Once both are confirmed everywhere, switch on <b>Sign messages "
           "for this domain with DKIM signatures</b> in the details (step 4)."),
    };
    m_portalSteps->setText(cloud.defenderPortal.isEmpty()
                               ? tr("The Defender portal route is not known for %1; use PowerShell.")
                                     .arg(Catalogue::displayName(cloud).toHtmlEscaped())
                               : QStringLiteral("<ol><li>%1</li></ol>").arg(steps.join(QStringLiteral("</li><li>"))));
    m_openPortal->setEnabled(!cloud.defenderPortal.isEmpty());
    m_openPortal->setToolTip(cloud.dkimPortalUrl());
    m_pasteLabel->setText(portalRoute() ? tr("2. Paste &what the portal shows (Publish CNAMEs > Copy):")
                                        : tr("2. Paste &what it printed:"));
    m_signingOn->setText(portalRoute()
                             ? tr("S&igning is on: the portal shows \"Signing DKIM signatures for this domain\"")
                             : tr("S&igning is on: the script printed \"Enabled : True\""));
    refreshEnableStep();
}

void DkimPage::parsePaste()
{
    if (m_loading || m_domain->count() == 0) {
        return;
    }
    const DkimPastedTargets t = m_context.plan->applyDkimPaste(current(), m_paste->toPlainText());
    const DomainPlan& d = m_context.plan->domain(current());
    if (m_paste->toPlainText().trimmed().isEmpty()) {
        m_pasteStatus->setText(m_context.plan->dkimAlreadyWorking(current())
                                   ? tr("DKIM already works for %1: both selectors point at Microsoft and the keys "
                                        "are published. Nothing to paste unless you want to check it again.")
                                         .arg(d.unicode)
                                   : tr("Waiting for the pasted output."));
    } else if (!t.complete()) {
        m_pasteStatus->setText(t.problems.join(u'\n'));
    } else {
        m_pasteStatus->setText(tr("Both targets found. Status reported by Microsoft: %1.")
                                   .arg(t.status.isEmpty() ? tr("not shown") : t.status));
    }
    m_records->setRecords(m_context.plan->dkimRecords(current()), m_context.plan->dnsHost(),
                          m_context.plan->azureResourceGroup());
    m_publish->setEnabled(m_context.plan->dkimRecords(current()).size() == 2);
    refreshEnableStep();
}

void DkimPage::publish()
{
    for (const DnsRecordSpec& r : m_context.plan->dkimRecords(current())) {
        PropagationExpectation e;
        e.name = r.name;
        e.type = RecordType::CNAME;
        e.value = r.value;
        e.mode = MatchMode::Exact;
        e.zone = r.zone;
        const RecordId id =
            r.name.startsWith(QStringLiteral("selector1.")) ? RecordId::DkimSelector1 : RecordId::DkimSelector2;
        m_context.watches->watch(current(), id, e);
    }
}

void DkimPage::bindWatchers()
{
    if (m_domain->count() == 0) {
        return;
    }
    const QList<std::tuple<PropagationPanel*, RecordId, QString>> panels = {
        {m_panel1, RecordId::DkimSelector1, QStringLiteral("selector1")},
        {m_panel2, RecordId::DkimSelector2, QStringLiteral("selector2")}};
    for (const auto& [panel, id, selector] : panels) {
        QString value;
        for (const DnsRecordSpec& r : m_context.plan->dkimRecords(current())) {
            if (r.name.startsWith(selector + u'.')) {
                value = r.value;
            }
        }
        const QString earlier =
            PropagationPanel::confirmedEarlier(m_context.plan->domain(current()), id, value, selector);
        panel->bind(m_context.watches->watcher(current(), id), m_context.watches->discoveryError(current(), id),
                    earlier.isEmpty() ? tr("%1: not watched yet.").arg(selector) : earlier);
    }
    refreshEnableStep();
}

void DkimPage::refreshEnableStep()
{
    if (m_domain->count() == 0) {
        return;
    }
    const DomainPlan& d = m_context.plan->domain(current());
    const bool both = d.confirmation(RecordId::DkimSelector1) && d.confirmation(RecordId::DkimSelector2);
    m_enableScript->setEnabled(both);
    const bool portal = portalRoute();
    m_enableScript->setVisible(!portal);
    m_copyEnable->setVisible(!portal);
    if (!both) {
        m_enableText->setText(
            tr("Available once both CNAME records are confirmed above. Enabling earlier fails with CnameMissing, "
               "which only means Microsoft cannot see the records yet."));
    } else if (portal) {
        m_enableText->setText(
            tr("Both CNAMEs are visible everywhere. In the Defender portal, open <b>%1</b> on the DKIM tab and switch "
               "on <b>Sign messages for this domain with DKIM signatures</b>. If the Status does not change to "
               "\"Signing DKIM signatures for this domain\", Microsoft has not caught up yet: this can take hours, in "
               "rare cases a few days. Try again later; the records are right.")
                .arg(d.unicode.toHtmlEscaped()));
    } else {
        m_enableText->setText(
            tr("Both CNAMEs are visible everywhere. Run the script below. If it still reports CnameMissing, "
               "Microsoft "
               "has not caught up yet: this can take hours, in rare cases a few days. Run it again later; the "
               "records are right."));
    }
    setBlockingReason(m_context.plan->dkimBlockingReason());
}

void DkimPage::saveScript(const QString& script, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PowerShell script"), suggestedName,
                                                      tr("PowerShell scripts (*.ps1)"));
    if (path.isEmpty()) {
        return;
    }
    m_writer->write(path, PowerShellText::toScriptFile(script), [this](const QString& error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Could not save"), error);
        }
    });
}

void DkimPage::runInTrainingTenant(bool enable)
{
    if (m_context.training == nullptr || m_domain->count() == 0) {
        return;
    }
    const QString domain = m_context.plan->domain(current()).ace;
    TrainingSession& session = *m_context.training;
    const QString prompt =
        QStringLiteral("PS C:\\> .\\dkim-%1%2.ps1\r\n").arg(enable ? QStringLiteral("enable-") : QString(), domain);
    m_trainingOutput->setPlainText(prompt + (enable ? session.runEnable(domain) : session.runSetup(domain)));
    if (enable && session.exchange().isEnabled(domain)) {
        m_signingOn->setChecked(true);
    }
}

bool DkimPage::isComplete() const
{
    return blockingReason().isEmpty();
}

MessageAnalysisDialog* DkimPage::openProof(int index)
{
    auto* dialog = MessageAnalysisDialog::open(m_context, index, this);
    connect(dialog, &MessageAnalysisDialog::proofRecorded, this, &DkimPage::refreshProof);
    return dialog;
}

} // namespace mailauth
