#include "SimulatedExchange.h"

#include "TrainingWorld.h"
#include "dkim/DkimSigner.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace mailauth {

SimulatedExchange::SimulatedExchange(TrainingWorld& world, QString tenant, QList<DkimFormatChoice> formats,
                                     DkimSigningKey key, int microsoftDelaySeconds)
    : m_world(world)
    , m_tenant(std::move(tenant))
    , m_formats(std::move(formats))
    , m_key(std::move(key))
    , m_publicKey(m_key.publicKeyBase64())
    , m_microsoftDelaySeconds(microsoftDelaySeconds)
{
    // Microsoft 365 signs the tenant's mail with its onmicrosoft.com domain from day one.
    if (m_world.zoneOf(m_tenant).isEmpty()) {
        m_world.addZone(m_tenant);
    }
    DnsRecord record;
    record.name = tenantSelector() + QStringLiteral("._domainkey.") + m_tenant;
    record.type = RecordType::TXT;
    record.ttl = 3600;
    record.txtStrings = {QByteArrayLiteral("v=DKIM1; k=rsa; p=") + m_publicKey};
    m_world.seed(record);
}

QString SimulatedExchange::tenantSelector() const
{
    return QStringLiteral("selector1-") + QString(m_tenant).replace(u'.', u'-');
}

QByteArray SimulatedExchange::testMessage(const QString& domain) const
{
    const bool custom = isEnabled(domain);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale c = QLocale::c();
    const QString date = c.toString(now, QStringLiteral("ddd, d MMM yyyy HH:mm:ss")) + QStringLiteral(" +0000");
    const QString id = QString::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray message =
        QStringLiteral("From: Training Admin <admin@%1>\r\n"
                       "To: <proof@outside-mailbox.example>\r\n"
                       "Subject: DKIM test from %1\r\n"
                       "Date: %2\r\n"
                       "Message-ID: <%3@%1>\r\n"
                       "MIME-Version: 1.0\r\n"
                       "Content-Type: text/plain; charset=\"us-ascii\"\r\n"
                       "\r\n"
                       "This message was sent from the training tenant to prove DKIM signing.\r\n")
            .arg(domain, date, id)
            .toLatin1();
    DkimSigner::Options options;
    options.domain = custom ? domain : m_tenant;
    options.selector = custom ? QStringLiteral("selector1") : tenantSelector();
    options.timestamp = now.toSecsSinceEpoch();
    const QByteArray signedMessage = DkimSigner::sign(message, m_key, options);
    // The route: Microsoft's outbound server hands the message to the outside mailbox's server.
    const QString prefix = m_tenant.section(u'.', 0, 0).toUpper();
    const QString received =
        QStringLiteral("Received: from EUR05-AM6-obe.outbound.protection.outlook.com (198.51.100.25)\r\n"
                       " by mx.outside-mailbox.example with ESMTPS; %1\r\n"
                       "Received: from %2PR01MB0001.eurprd01.prod.outlook.com (2603:10a6:20b:40b::12)\r\n"
                       " by EUR05-AM6-obe.outbound.protection.outlook.com with Microsoft SMTP Server; %1\r\n")
            .arg(date, prefix.left(8));
    return received.toLatin1() + signedMessage;
}

QString SimulatedExchange::runSetup(const QString& domain)
{
    if (!m_configs.contains(domain)) {
        DkimFormatChoice format{domain, false, u'r'};
        for (const DkimFormatChoice& f : m_formats) {
            if (f.domain == domain) {
                format = f;
            }
        }
        const QString token = QString(domain).replace(u'.', u'-');
        const QString prefix = m_tenant.section(u'.', 0, 0);
        const QString parent =
            format.legacy ? m_tenant : prefix + u'.' + format.partition + QStringLiteral("-v1.dkim.mail.microsoft");
        Config c;
        c.selector1 = QStringLiteral("selector1-%1._domainkey.%2").arg(token, parent);
        c.selector2 = QStringLiteral("selector2-%1._domainkey.%2").arg(token, parent);
        m_world.addZone(parent);
        for (const QString& target : {c.selector1, c.selector2}) {
            DnsRecord key;
            key.name = target;
            key.type = RecordType::TXT;
            key.ttl = 3600;
            key.txtStrings = {QByteArrayLiteral("v=DKIM1; k=rsa; p=") + m_publicKey};
            m_world.publish(key);
        }
        m_configs.insert(domain, c);
    }
    return formatList(domain, m_configs.value(domain));
}

QString SimulatedExchange::runEnable(const QString& domain)
{
    if (!m_configs.contains(domain)) {
        return QStringLiteral("Set-DkimSigningConfig: The operation couldn't be performed because object '%1' couldn't "
                              "be found on '%2'.\r\n")
            .arg(domain, QStringLiteral("AM0PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM"));
    }
    Config& c = m_configs[domain];
    if (!microsoftSeesCnames(domain, c)) {
        // Microsoft's own wording (see shared/reference/microsoft365.md, section 2.2).
        return QStringLiteral("Set-DkimSigningConfig: |Microsoft.Exchange.ManagementTasks.ValidationException|CNAME "
                              "record does not exist for this config. Please publish the following two CNAME records "
                              "first. Domain Name : %1 Host Name : selector1._domainkey Points to address or value: %2 "
                              "Host Name : selector2._domainkey Points to address or value: %3 . If you have already "
                              "published the CNAME records, sync will take a few minutes to as many as 4 days based on "
                              "your specific DNS. Return and retry this step later.\r\n")
            .arg(domain, c.selector1, c.selector2);
    }
    c.enabled = true;
    return formatList(domain, c);
}

bool SimulatedExchange::isEnabled(const QString& domain) const
{
    return m_configs.value(domain).enabled;
}

QString SimulatedExchange::selectorTarget(const QString& domain, int selector) const
{
    const Config c = m_configs.value(domain);
    return selector == 1 ? c.selector1 : c.selector2;
}

bool SimulatedExchange::microsoftSeesCnames(const QString& domain, const Config& config) const
{
    const qint64 seenAt = m_world.clock().nowMs() - qint64(m_microsoftDelaySeconds) * 1000;
    for (const auto& [selector, target] : {std::pair{QStringLiteral("selector1"), config.selector1},
                                           std::pair{QStringLiteral("selector2"), config.selector2}}) {
        const DnsAnswer a =
            m_world.answerAt(selector + QStringLiteral("._domainkey.") + domain, RecordType::CNAME, seenAt);
        const auto cnames = a.recordsOfType(RecordType::CNAME);
        if (cnames.isEmpty() || cnames.first().target.compare(target, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return true;
}

QString SimulatedExchange::formatList(const QString& domain, const Config& c) const
{
    const QString status = c.enabled ? QStringLiteral("Valid") : QStringLiteral("CnameMissing");
    return QStringLiteral("\r\nName           : %1\r\nEnabled        : %2\r\nStatus         : %3\r\n"
                          "Selector1CNAME : %4\r\nSelector2CNAME : %5\r\n\r\n")
        .arg(domain, c.enabled ? QStringLiteral("True") : QStringLiteral("False"), status, c.selector1, c.selector2);
}

} // namespace mailauth
