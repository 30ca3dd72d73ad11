#include "SpfPage.h"

#include "RolloutContext.h"
#include "dns/ResolverLookup.h"
#include "model/SpfLimitAdvice.h"
#include "spf/SpfLinter.h"
#include "spf/SpfLookupBudget.h"
#include "spf/SpfRecord.h"
#include "text/TxtStrings.h"
#include "ui/widgets/FindingsView.h"
#include "ui/widgets/PropagationPanel.h"
#include "ui/widgets/RecordView.h"
#include "ui/widgets/WeakeningList.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailauth {

namespace {

QStringList words(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
}

void addBudgetNodes(QTreeWidgetItem* parent, const SpfBudgetNode& node)
{
    for (const SpfBudgetNode& child : node.children) {
        auto* item = new QTreeWidgetItem(parent, {child.term, QString::number(child.totalLookups), child.problem});
        if (child.dependsOnSender) {
            item->setText(2, QCoreApplication::translate("SpfPage", "depends on the sender (macro)"));
        }
        for (int c = 0; c < item->columnCount(); ++c) {
            item->setToolTip(c, item->text(c));
        }
        addBudgetNodes(item, child);
    }
}

} // namespace

SpfPage::SpfPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(
          context, tr("SPF: who may send mail as your domain"),
          tr("SPF lists the servers allowed to send mail with your domain in the envelope sender. One record "
             "per domain; Microsoft 365 is included for your cloud, add the other services you use."),
          parent)
{
    // The page's widgets are built on first visit: the wizard then starts as fast as its first page.
}

void SpfPage::build()
{
    m_domain = new QComboBox(this);
    m_senders = new QListWidget(this);
    m_senders->setObjectName(QStringLiteral("spfSenders"));
    for (const SenderInfo& s : Catalogue::instance().senders()) {
        auto* item = new QListWidgetItem(tr("%1 (include:%2)").arg(s.name, s.include), m_senders);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_senders->setMaximumHeight(120);
    m_includes = new QLineEdit(this);
    m_includes->setObjectName(QStringLiteral("spfIncludes"));
    m_includes->setPlaceholderText(tr("other includes, e.g. spf.example-crm.com"));
    m_ip4 = new QLineEdit(this);
    m_ip4->setObjectName(QStringLiteral("spfIp4"));
    m_ip4->setPlaceholderText(tr("on-premises IPv4 addresses or ranges, e.g. 192.0.2.25 198.51.100.0/28"));
    m_ip6 = new QLineEdit(this);
    m_ip6->setObjectName(QStringLiteral("spfIp6"));
    m_ip6->setPlaceholderText(tr("IPv6 addresses or ranges"));
    m_fail = new QRadioButton(
        tr("-all: reject mail from servers not listed (recommended by Microsoft with DKIM and DMARC)"), this);
    m_softFail = new QRadioButton(
        tr("~all: mark it as suspicious but accept it (only while you are still finding senders)"), this);
    m_fail->setObjectName(QStringLiteral("spfFail"));
    m_softFail->setObjectName(QStringLiteral("spfSoftFail"));
    m_fail->setChecked(true);
    auto* qualifiers = new QButtonGroup(this);
    qualifiers->addButton(m_fail);
    qualifiers->addButton(m_softFail);
    auto* onPrem =
        new QLabel(tr("On-premises servers that send mail: either list their public addresses here, or relay "
                      "them through Exchange Online with an inbound connector, so Microsoft signs their mail "
                      "with DKIM and they need no SPF entry of their own."),
                   this);
    onPrem->setWordWrap(true);
    m_existing = new QLabel(this);
    m_existing->setWordWrap(true);
    m_existing->setTextFormat(Qt::PlainText);
    m_replace = new QPushButton(tr("Start from a new record instead"), this);
    m_replace->setObjectName(QStringLiteral("spfFromScratch"));
    m_replace->setCheckable(true);
    m_weakenings = new WeakeningList(*m_context.plan, QStringLiteral("spf"), this);
    // A parked domain's null MX is published from this page too: its weakening is confirmed here.
    m_mxWeakenings = new WeakeningList(*m_context.plan, QStringLiteral("mx"), this);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("spfLimitAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_overLimit = new QCheckBox(tr("Publish it over the limit anyway"), this);
    m_overLimit->setObjectName(QStringLiteral("spfOverLimit"));
    m_preview = new QLabel(this);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_budget = new QLabel(this);
    // One row per term of the record: the sender it belongs to, what it costs (live), and for a published term a
    // box to keep it; below each include, what it costs in turn.
    m_budgetTree = new QTreeWidget(this);
    m_budgetTree->setObjectName(QStringLiteral("spfTerms"));
    m_budgetTree->setAccessibleName(tr("Terms of the record and their DNS lookups"));
    m_budgetTree->setHeaderLabels({tr("Term (untick to remove)"), tr("Sender"), tr("Lookups"), tr("Note")});
    m_budgetTree->setMinimumHeight(130);
    // The columns share the page's width; long terms and notes are elided, with the full text as tooltip.
    m_budgetTree->header()->setStretchLastSection(false);
    m_budgetTree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_budgetTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_findings = new FindingsView(this);
    m_findings->setEmptyText(tr("The record has no problems."));
    m_records = new RecordView(this);
    m_publish = new QPushButton(tr("I have &published it: watch DNS"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_panel = new PropagationPanel(this);
    m_panel->setTimeSource(m_context.plan);

    auto* form = new QFormLayout;
    form->addRow(tr("D&omain:"), m_domain);
    form->addRow(tr("Other &senders:"), m_senders);
    m_senders->setAccessibleName(tr("Other &senders:").remove(u'&')); // lists are not named by their buddy label
    form->addRow(tr("More &includes:"), m_includes);
    form->addRow(tr("IPv&4:"), m_ip4);
    form->addRow(tr("IPv&6:"), m_ip6);
    form->addRow(tr("Servers not listed:"), m_fail);
    form->addRow(QString(), m_softFail);
    form->addRow(QString(), onPrem);

    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(form);
    innerLayout->addWidget(m_existing);
    innerLayout->addWidget(m_replace, 0, Qt::AlignLeft);
    innerLayout->addWidget(new QLabel(tr("<b>The record</b>"), this));
    innerLayout->addWidget(m_preview);
    innerLayout->addWidget(m_budget);
    innerLayout->addWidget(m_budgetTree);
    innerLayout->addWidget(m_advice);
    innerLayout->addWidget(m_overLimit);
    innerLayout->addWidget(m_weakenings);
    innerLayout->addWidget(m_mxWeakenings);
    m_findings->setMinimumHeight(90);
    innerLayout->addWidget(m_findings);
    innerLayout->addWidget(new QLabel(tr("<b>Publish it at your DNS host</b>"), this));
    innerLayout->addWidget(m_records);
    innerLayout->addWidget(m_publish, 0, Qt::AlignLeft);
    m_panel->setMinimumHeight(180);
    innerLayout->addWidget(m_panel);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    content()->addWidget(scroll, 1);

    connect(m_domain, &QComboBox::currentIndexChanged, this, &SpfPage::loadDomain);
    connect(m_senders, &QListWidget::itemChanged, this, &SpfPage::storeAndRefresh);
    for (QLineEdit* edit : {m_includes, m_ip4, m_ip6}) {
        connect(edit, &QLineEdit::textChanged, this, &SpfPage::storeAndRefresh);
    }
    connect(m_fail, &QRadioButton::toggled, this, &SpfPage::storeAndRefresh);
    connect(m_replace, &QPushButton::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_context.plan->setSpfFromScratch(current(), on);
            // Reloaded, not stored: the sender boxes still show the published senders, and storing them would add
            // every one back to the "new" record.
            loadDomain();
        }
    });
    connect(m_budgetTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_loading || column != 0 || item->parent() != nullptr || !(item->flags() & Qt::ItemIsUserCheckable)) {
            return;
        }
        const QString term = item->data(0, Qt::UserRole).toString();
        // Deferred: the tree is rebuilt by the refresh this change causes.
        QMetaObject::invokeMethod(
            this,
            [this, term, removed = item->checkState(0) == Qt::Unchecked]() {
                m_context.plan->setSpfTermRemoved(current(), term, removed);
                loadDomain();
            },
            Qt::QueuedConnection);
    });
    connect(m_overLimit, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_context.plan->confirmOverLimit(current(), on);
            storeAndRefresh();
        }
    });
    // A confirmed weakening unblocks Next and the publish button (and unticking it blocks them again).
    connect(m_weakenings, &WeakeningList::confirmationChanged, this, &SpfPage::storeAndRefresh);
    connect(m_mxWeakenings, &WeakeningList::confirmationChanged, this, &SpfPage::storeAndRefresh);
    connect(m_publish, &QPushButton::clicked, this, &SpfPage::publish);
    connect(m_context.watches, &WatchRegistry::watcherChanged, this, [this](int index, RecordId record) {
        if (index == current() && record == RecordId::Spf) {
            bindWatcher();
        }
    });
}

int SpfPage::current() const
{
    return domainIndex(m_domain);
}

void SpfPage::initializePage()
{
    ensureBuilt();
    fillDomainCombo(m_domain, false);
    // One lookup per visit: the budget shares its cache across domains and edits.
    const auto channels = ResolverLookup::channels({}, m_context.plan->resolvers, true);
    delete m_lookup;
    m_lookup = new ResolverLookup(channels, 16, this);
    connect(m_lookup, &ResolverLookup::answered, this, &SpfPage::refreshBudget);
    loadDomain();
}

void SpfPage::loadDomain()
{
    if (m_loading || m_context.plan->domains().isEmpty()) {
        return;
    }
    m_loading = true;
    const DomainPlan& d = m_context.plan->domain(current());
    const bool parked = d.role == DomainRole::Parked;
    for (int i = 0; i < m_senders->count(); ++i) {
        QListWidgetItem* item = m_senders->item(i);
        item->setCheckState(m_context.plan->senderEnabled(current(), item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_replace->setChecked(d.spfFromScratch);
    m_overLimit->setChecked(m_context.plan->overLimitConfirmed(current()));
    m_includes->setText(d.extraIncludes.join(u' '));
    m_ip4->setText(d.ip4.join(u' '));
    m_ip6->setText(d.ip6.join(u' '));
    (d.allQualifier == SpfQualifier::SoftFail ? m_softFail : m_fail)->setChecked(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_senders, m_includes, m_ip4, m_ip6, m_fail, m_softFail,
                                                      m_replace, m_budgetTree}) {
        w->setEnabled(!parked);
    }
    m_loading = false;
    storeAndRefresh();
    bindWatcher();
}

void SpfPage::storeAndRefresh()
{
    if (m_loading || m_context.plan->domains().isEmpty()) {
        return;
    }
    RolloutPlan& plan = *m_context.plan;
    const int index = current();
    if (plan.domain(index).role == DomainRole::Sending) {
        for (int i = 0; i < m_senders->count(); ++i) {
            plan.setSenderEnabled(index, m_senders->item(i)->data(Qt::UserRole).toString(),
                                  m_senders->item(i)->checkState() == Qt::Checked);
        }
        plan.setExtraIncludes(index, words(m_includes->text()));
        plan.setIp4(index, words(m_ip4->text()));
        plan.setIp6(index, words(m_ip6->text()));
        plan.setAllQualifier(index, m_softFail->isChecked() ? SpfQualifier::SoftFail : SpfQualifier::Fail);
    }
    const DomainPlan& d = plan.domain(index);
    const SpfComposition spf = plan.composeSpf(index);
    if (d.role == DomainRole::Parked) {
        m_existing->setText(
            tr("%1 sends no mail: its SPF record refuses every server, and a wildcard record covers its "
               "subdomains where your DNS host allows it.")
                .arg(d.unicode));
    } else if (!d.existingSpf.isEmpty()) {
        QString text = d.existingSpf.size() == 1
                           ? tr("Published today: %1").arg(d.existingSpf.first())
                           : tr("Published today: %n SPF records, so receivers ignore all of them. They are merged "
                                "into the one below; delete all of them when you publish it:",
                                nullptr, static_cast<int>(d.existingSpf.size())) +
                                 u'\n' + d.existingSpf.join(u'\n');
        if (d.spfFromScratch) {
            text += u'\n' + tr("You chose to start from a new record: what is published is not kept.");
        }
        if (!spf.added.isEmpty()) {
            text += u'\n' + tr("Added: %1").arg(spf.added.join(QStringLiteral(", ")));
        }
        if (!spf.dropped.isEmpty()) {
            text +=
                u'\n' + tr("Removed (duplicates or never evaluated): %1").arg(spf.dropped.join(QStringLiteral(", ")));
        }
        if (!spf.allChange.isEmpty()) {
            text += u'\n' + tr("Changed: %1").arg(spf.allChange);
        }
        m_existing->setText(text);
    } else if (!plan.unknownStateReason(index, QStringLiteral("spf")).isEmpty()) {
        m_existing->setText(plan.unknownStateReason(index, QStringLiteral("spf")));
    } else {
        m_existing->setText(tr("No SPF record is published yet; this will be the first."));
    }
    m_weakenings->show(index);
    m_mxWeakenings->show(index);
    m_replace->setVisible(!d.existingSpf.isEmpty() && d.role == DomainRole::Sending);
    QString preview = spf.record.isEmpty() ? tr("(no record yet)") : spf.record;
    for (const QString& e : spf.errors) {
        preview += u'\n' + tr("✗ %1 Correct or remove the entry.").arg(e);
    }
    m_preview->setText(preview);

    Findings findings;
    if (!spf.record.isEmpty()) {
        findings += SpfLinter::lint(TxtStrings::split(spf.record.toUtf8()));
    }
    m_findings->setFindings(findings);
    m_recordOk = spf.ok && !spf.record.isEmpty() && SpfRecord::parse(spf.record).isValid();
    // Nothing to copy while a change still waits for its yes: a weakened record must not reach the DNS panel first.
    const bool held = !plan.unconfirmedWeakenings(index, QStringLiteral("spf")).isEmpty() ||
                      !plan.unconfirmedWeakenings(index, QStringLiteral("mx")).isEmpty() ||
                      !plan.unknownStateReason(index, QStringLiteral("spf")).isEmpty();
    m_records->setRecords(held ? QList<DnsRecordSpec>{} : plan.spfRecords(index) + plan.mxRecords(index),
                          plan.dnsHost(), plan.azureResourceGroup());
    refreshBudget();
}

void SpfPage::refreshBudget()
{
    if (m_lookup == nullptr || m_context.plan->domains().isEmpty()) {
        return;
    }
    const SpfComposition spf = m_context.plan->composeSpf(current());
    const bool wasLoading = m_loading;
    m_loading = true; // clearing the tree is not the admin unticking terms
    m_budgetTree->clear();
    m_loading = wasLoading;
    if (spf.record.isEmpty()) {
        m_budget->clear();
        m_advice->hide();
        m_overLimit->hide();
        m_publish->setEnabled(false);
        setBlockingReason(m_context.plan->spfBlockingReason());
        return;
    }
    // Counted live through DNS: sources disagree on what includes cost, and they change.
    const int index = current();
    SpfLookupBudget counter(*m_lookup);
    const SpfBudget budget = counter.forRecord(spf.record, m_context.plan->domain(index).ace);
    // A record far over the limit is counted only a little past it (SpfLookupBudget::kCountUpTo).
    QString text = budget.truncated ? tr("DNS lookups: at least %1 of 10").arg(budget.totalLookups)
                                    : tr("DNS lookups: %1 of 10").arg(budget.totalLookups);
    if (budget.pending) {
        text += u' ' + tr("(still counting…)");
    }
    if (budget.voidLookups > 0) {
        text += u' ' + tr("· %1 of 2 empty lookups").arg(budget.voidLookups);
    }
    m_budget->setText(text);

    m_loading = true;
    const QList<RolloutPlan::SpfTermRow> rows = m_context.plan->spfTerms(index);
    for (const RolloutPlan::SpfTermRow& row : rows) {
        auto* item = new QTreeWidgetItem(m_budgetTree->invisibleRootItem(),
                                         {row.term, row.sender.isEmpty() ? tr("not in the catalogue") : row.sender,
                                          row.removed ? QString() : QString::number(row.costsLookup ? 1 : 0),
                                          row.removed ? tr("removed") : QString()});
        item->setData(0, Qt::UserRole, row.term);
        if (row.published && !row.required) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, row.removed ? Qt::Unchecked : Qt::Checked);
        }
        for (const SpfBudgetNode& node : budget.root.children) {
            if (!row.removed && node.term.compare(row.term, Qt::CaseInsensitive) == 0) {
                item->setText(2, QString::number(node.totalLookups));
                item->setText(3, node.dependsOnSender ? tr("depends on the sender (macro)") : node.problem);
                addBudgetNodes(item, node);
            }
        }
        for (int c = 0; c < item->columnCount(); ++c) {
            item->setToolTip(c, item->text(c));
        }
    }
    m_budgetTree->expandAll();

    // Over the limit: say what breaks, propose how to get under it, and publish only on an explicit yes. The model
    // keeps the final count, so its blocking reason and the exports know it too.
    if (!budget.pending) {
        m_context.plan->setSpfLookupCount(index, spf.record, budget.totalLookups);
    }
    const bool over = m_context.plan->spfOverLimit(index);
    const QList<SpfAdvice> advice =
        over ? SpfLimitAdvice::advise(budget, m_context.plan->domain(index).ace, Catalogue::instance().senders())
             : QList<SpfAdvice>{};
    QStringList lines;
    if (over) {
        lines.append(SpfLimitAdvice::consequence());
        for (const SpfAdvice& a : advice) {
            lines.append(tr("• %1 (saves %n lookup(s))", nullptr, a.saves).arg(a.text));
        }
        if (advice.isEmpty()) {
            lines.append(tr("No term can simply go: move senders that support it to a subdomain, or ask them for "
                            "an include with fewer lookups."));
        } else if (budget.totalLookups - SpfLimitAdvice::totalSaving(advice) > SpfEvaluator::kLookupLimit) {
            lines.append(tr("Even all of this leaves the record over the limit; a sender must move to a subdomain."));
        }
    }
    m_advice->setText(lines.join(u'\n'));
    m_advice->setVisible(over);
    m_overLimit->setVisible(over);
    m_loading = wasLoading;

    const bool overBlocked = over && !m_context.plan->overLimitConfirmed(index);
    const QString reason = m_context.plan->spfBlockingReason();
    m_publish->setEnabled(m_recordOk && !overBlocked &&
                          m_context.plan->unconfirmedWeakenings(index, QStringLiteral("spf")).isEmpty() &&
                          m_context.plan->unconfirmedWeakenings(index, QStringLiteral("mx")).isEmpty() &&
                          m_context.plan->unknownStateReason(index, QStringLiteral("spf")).isEmpty());
    setBlockingReason(reason);
}

void SpfPage::publish()
{
    const SpfComposition spf = m_context.plan->composeSpf(current());
    PropagationExpectation e;
    e.name = m_context.plan->domain(current()).ace;
    e.type = RecordType::TXT;
    e.value = spf.record;
    e.mode = MatchMode::Spf;
    e.zone = e.name;
    m_panel->setMessage(tr("Looking up the name servers of %1…").arg(e.name));
    m_context.watches->watch(current(), RecordId::Spf, e);
}

void SpfPage::bindWatcher()
{
    const QString earlier = PropagationPanel::confirmedEarlier(m_context.plan->domain(current()), RecordId::Spf,
                                                               m_context.plan->composeSpf(current()).record);
    m_panel->bind(m_context.watches->watcher(current(), RecordId::Spf),
                  m_context.watches->discoveryError(current(), RecordId::Spf),
                  earlier.isEmpty() ? tr("After you publish the record, press the button above: the wizard asks the "
                                         "zone's own servers first and the public resolvers once those have it.")
                                    : earlier);
}

bool SpfPage::isComplete() const
{
    return blockingReason().isEmpty();
}

} // namespace mailauth
