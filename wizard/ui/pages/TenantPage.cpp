#include "TenantPage.h"

#include "RolloutContext.h"
#include "model/PlanRules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace mailauth {

TenantPage::TenantPage(RolloutContext& context, QWidget* parent)
    : WizardPageBase(context, tr("Tenant and domains"),
                     tr("Which domains should be protected, which Microsoft 365 tenant sends their mail, and where "
                        "their DNS is managed. The DNS host decides how the records are shown to you."),
                     parent)
{
    m_client = new QLineEdit(this);
    m_client->setPlaceholderText(tr("optional, e.g. Contoso Ltd"));
    m_consultant = new QLineEdit(this);
    m_consultant->setObjectName(QStringLiteral("consultantEdit"));
    m_consultant->setPlaceholderText(tr("optional: who does the rollout (shown in the hand-over report)"));
    m_domains = new QPlainTextEdit(this);
    m_domains->setObjectName(QStringLiteral("domainsEdit"));
    m_domains->setPlaceholderText(tr("One domain per line, e.g.\ncontoso.com\ncontoso.net"));
    m_domains->setTabChangesFocus(true);
    m_domains->setMaximumHeight(90);
    m_parsed = new QListWidget(this);
    m_parsed->setMaximumHeight(90);
    m_parsed->setToolTip(
        tr("Tick a domain that sends no mail at all: it gets records that refuse all mail in its name."));
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com"));
    m_cloud = new QComboBox(this);
    for (const CloudInfo& c : Catalogue::instance().clouds()) {
        m_cloud->addItem(Catalogue::displayName(c), c.id);
    }
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("dnsHostCombo"));
    for (const DnsHostInfo& h : Catalogue::instance().dnsHosts()) {
        m_host->addItem(Catalogue::displayName(h), h.id);
    }
    m_resourceGroup = new QLineEdit(this);
    m_resourceGroup->setObjectName(QStringLiteral("azureResourceGroupEdit"));
    m_resourceGroup->setMaxLength(PlanRules::kMaxResourceGroupLength);
    m_resourceGroup->setPlaceholderText(tr("e.g. rg-dns (Azure portal: DNS zones > the zone > Resource group)"));
    m_resourceGroup->setToolTip(tr("The Azure DNS commands (PowerShell and Azure CLI) name this resource group."));
    m_hostWarnings = new QLabel(this);
    m_hostWarnings->setWordWrap(true);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("Consul&tant:"), m_consultant);
    form->addRow(tr("&Domains:"), m_domains);
    form->addRow(tr("Parked (sends no mail):"), m_parsed);
    m_parsed->setAccessibleName(tr("Parked (sends no mail):")); // lists are not named by their buddy label
    form->addRow(tr("&Initial domain:"), m_tenant);
    form->addRow(tr("&Microsoft cloud:"), m_cloud);
    form->addRow(tr("DNS hosted &at:"), m_host);
    form->addRow(tr("Azure resource &group:"), m_resourceGroup);
    form->addRow(QString(), m_hostWarnings);
    content()->addLayout(form);
    auto* initialHelp =
        new QLabel(tr("The initial domain is the *.onmicrosoft.com name Microsoft gave the tenant (admin "
                      "center, Settings > Domains). Microsoft already publishes its SPF and signs its mail "
                      "with DKIM; its DMARC record is added in the admin center: Settings > Domains > the "
                      "onmicrosoft.com domain > DNS records > Add record, type TXT, name _dmarc, value "
                      "v=DMARC1; p=reject."),
                   this);
    initialHelp->setWordWrap(true);
    content()->addWidget(initialHelp);
    content()->addStretch(1);

    // The combo boxes and the resource group start from the plan: the refresh below writes them into it, and a page
    // built again (a language switch resumed on a later page) must not put the first entries, a generic panel and the
    // worldwide cloud, over what the plan holds.
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(m_context.plan->cloud().id)));
    m_host->setCurrentIndex(std::max(0, m_host->findData(m_context.plan->dnsHost().id)));
    m_resourceGroup->setText(m_context.plan->azureResourceGroup());
    connect(m_domains, &QPlainTextEdit::textChanged, this, &TenantPage::revalidate);
    connect(m_tenant, &QLineEdit::textChanged, this, &TenantPage::revalidate);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &TenantPage::revalidate);
    connect(m_host, &QComboBox::currentIndexChanged, this, &TenantPage::refreshHostWarnings);
    connect(m_resourceGroup, &QLineEdit::textChanged, this, &TenantPage::applyResourceGroup);
    connect(m_parsed, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = m_parsed->row(item);
        if (row >= 0 && row < m_context.plan->domains().size()) {
            m_context.plan->setRole(row, item->checkState() == Qt::Checked ? DomainRole::Parked : DomainRole::Sending);
        }
    });
    refreshHostWarnings();
    revalidate();
}

void TenantPage::refreshHostWarnings()
{
    m_context.plan->setDnsHost(m_host->currentData().toString());
    QStringList lines;
    for (const QString& id : m_context.plan->dnsHost().warnings) {
        lines.append(u"• " + Catalogue::hostWarningText(id));
    }
    m_hostWarnings->setText(lines.join(u'\n'));
    // The resource group is asked for only where it is used: the Azure DNS commands.
    m_form->setRowVisible(m_resourceGroup, m_context.plan->dnsHost().format == RecordFormat::AzureDns);
    applyResourceGroup();
}

void TenantPage::applyResourceGroup()
{
    // It may stay empty until an Azure export asks for it; a name Azure would refuse blocks the page now.
    m_resourceGroupError.clear();
    if (m_context.plan->dnsHost().format == RecordFormat::AzureDns) {
        m_context.plan->setAzureResourceGroup(m_resourceGroup->text().trimmed(), &m_resourceGroupError);
    }
    updateBlocking();
}

void TenantPage::updateBlocking()
{
    const QString reason = m_domainsError.isEmpty() ? m_resourceGroupError : m_domainsError;
    m_valid = reason.isEmpty();
    setBlockingReason(reason);
}

void TenantPage::revalidate()
{
    RolloutPlan& plan = *m_context.plan;
    plan.setCloud(m_cloud->currentData().toString());
    QString reason;
    QString error;
    const QStringList lines = m_domains->toPlainText().split(u'\n');
    const bool domainsOk = plan.setDomains(lines, &error);
    if (!domainsOk) {
        reason = error;
    }
    m_parsed->blockSignals(true);
    m_parsed->clear();
    if (domainsOk) {
        for (const DomainPlan& d : plan.domains()) {
            const QString label = d.unicode == d.ace ? d.ace : tr("%1 (%2)").arg(d.unicode, d.ace);
            auto* item = new QListWidgetItem(label, m_parsed);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(d.role == DomainRole::Parked ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_parsed->blockSignals(false);
    if (reason.isEmpty() && !plan.setInitialDomain(m_tenant->text(), &error)) {
        reason = m_tenant->text().trimmed().isEmpty()
                     ? tr("Enter the tenant's initial domain (%1).")
                           .arg(QStringLiteral("contoso.") + plan.cloud().initialDomainSuffix)
                     : error;
    }
    m_domainsError = reason;
    updateBlocking();
}

void TenantPage::initializePage()
{
    // A project opened from the welcome page (or the command line) fills the fields.
    const RolloutPlan& plan = *m_context.plan;
    if (plan.domains().isEmpty()) {
        return;
    }
    const QList<DomainPlan> domains = plan.domains(); // revalidate() rebuilds the list from the text
    {
        // Filled first, and quietly: every later change of the combo boxes re-reads the fields into the plan.
        const QSignalBlocker quiet(m_resourceGroup);
        m_resourceGroup->setText(plan.azureResourceGroup());
    }
    m_client->setText(plan.clientName());
    m_consultant->setText(plan.consultantName());
    m_cloud->setCurrentIndex(m_cloud->findData(plan.cloud().id));
    m_host->setCurrentIndex(m_host->findData(plan.dnsHost().id));
    m_tenant->setText(plan.initialDomain());
    QStringList names;
    for (const DomainPlan& d : domains) {
        names.append(d.unicode);
    }
    m_domains->setPlainText(names.join(u'\n'));
    for (int i = 0; i < domains.size() && i < m_parsed->count(); ++i) {
        m_parsed->item(i)->setCheckState(domains[i].role == DomainRole::Parked ? Qt::Checked : Qt::Unchecked);
    }
}

bool TenantPage::isComplete() const
{
    return m_valid;
}

bool TenantPage::validatePage()
{
    m_context.plan->setClientName(m_client->text());
    m_context.plan->setConsultantName(m_consultant->text());
    return m_valid;
}

} // namespace mailauth
