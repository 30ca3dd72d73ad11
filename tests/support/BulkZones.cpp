#include "BulkZones.h"

#include "DnsFixtures.h"
#include "TestKeys.h"

namespace mailauth::test {

namespace {

QString header(const QString& origin)
{
    return QStringLiteral(
               "$ORIGIN %1.\n$TTL 300\n@ SOA ns1 hostmaster 1 3600 600 86400 60\n@ NS ns1\nns1 A 127.0.0.1\n")
        .arg(origin);
}

} // namespace

QStringList addBulkZones(KnotServer& knot, int count)
{
    const QString key = TestKeys::rsaSpki(2048);
    const QString keyRecord = QStringLiteral("\"v=DKIM1; k=rsa; p=%1\" \"%2\"").arg(key.left(200), key.mid(200));
    QString keys = header(QStringLiteral("contoso.n-v1.dkim.mail.microsoft"));
    QStringList domains;
    for (int i = 1; i <= count; ++i) {
        const QString d = QStringLiteral("d%1.test").arg(i, 4, 10, QLatin1Char('0'));
        const QString token = QString(d).replace(u'.', u'-');
        domains.append(d);
        QString z = header(d);
        z += QStringLiteral("@ MX 0 %1.mail.protection.outlook.com.\n").arg(token);
        z += QStringLiteral("@ TXT \"v=spf1 include:spf.protection.outlook.com include:_spf.senders.test -all\"\n");
        z += QStringLiteral("@ TXT \"MS=ms%1\"\n").arg(10000000 + i);
        z += QStringLiteral("_dmarc TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@%1\"\n").arg(d);
        for (int s = 1; s <= 2; ++s) {
            z += QStringLiteral(
                     "selector%1._domainkey CNAME selector%1-%2._domainkey.contoso.n-v1.dkim.mail.microsoft.\n")
                     .arg(s)
                     .arg(token);
            keys += QStringLiteral("selector%1-%2._domainkey TXT %3\n").arg(s).arg(token, keyRecord);
        }
        z += QStringLiteral("autodiscover CNAME autodiscover.outlook.com.\n");
        knot.setZone(d, z);
    }
    knot.setZone(QStringLiteral("contoso.n-v1.dkim.mail.microsoft"), keys);
    knot.setZone(QStringLiteral("protection.outlook.com"),
                 header(QStringLiteral("protection.outlook.com")) +
                     QStringLiteral("spf TXT \"v=spf1 include:spfa.protection.outlook.com -all\"\n"
                                    "spfa TXT \"v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all\"\n"));
    knot.setZone(QStringLiteral("senders.test"), header(QStringLiteral("senders.test")) +
                                                     QStringLiteral("_spf TXT \"v=spf1 ip4:198.51.100.0/24 -all\"\n"));
    return domains;
}

QStringList bulkQuestions(const QString& domain)
{
    const QString token = QString(domain).replace(u'.', u'-');
    return {domain + QStringLiteral(" SOA"),
            domain + QStringLiteral(" NS"),
            domain + QStringLiteral(" MX"),
            domain + QStringLiteral(" TXT"),
            QStringLiteral("_dmarc.") + domain + QStringLiteral(" TXT"),
            QStringLiteral("selector1._domainkey.") + domain + QStringLiteral(" TXT"),
            QStringLiteral("selector1-%1._domainkey.contoso.n-v1.dkim.mail.microsoft TXT").arg(token),
            QStringLiteral("selector2._domainkey.") + domain + QStringLiteral(" TXT"),
            QStringLiteral("selector2-%1._domainkey.contoso.n-v1.dkim.mail.microsoft TXT").arg(token),
            QStringLiteral("autodiscover.") + domain + QStringLiteral(" CNAME")};
}

} // namespace mailauth::test
