// The propagation panel shows what the watcher found when a record is in the wrong place (issue 9): a DNS panel that
// added the zone name a second time, served here by knot on loopback.
#include "ui/widgets/PropagationPanel.h"

#include "support/DnsFixtures.h"

#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

TEST(PropagationPanel, ShowsWhereTheRecordWasCreatedInstead)
{
    const QString target = QStringLiteral("selector1-contoso-test._domainkey.contoso.n-v1.dkim.mail.microsoft");
    KnotServer knot;
    knot.setZone(QStringLiteral("contoso.test"),
                 QStringLiteral("$ORIGIN contoso.test.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\n"
                                "ns1 A 127.0.0.1\nselector1._domainkey.contoso.test CNAME %1.\n")
                     .arg(target));
    ASSERT_TRUE(knot.start()) << knot.error().toStdString();
    PropagationExpectation e;
    e.name = QStringLiteral("selector1._domainkey.contoso.test");
    e.type = RecordType::CNAME;
    e.value = target;
    e.zone = QStringLiteral("contoso.test");
    PropagationWatcher watcher(e, {VantagePoint::authoritative(QStringLiteral("ns1"), knot.server())});
    watcher.setQueryTimeout(500, 2);
    watcher.setMaxRetryInterval(1000);
    watcher.setTimeLimit(10);

    PropagationPanel panel;
    panel.bind(&watcher, QString(), QString());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* text = panel.findChild<QLabel*>(QStringLiteral("misplacement"));
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(text->isVisibleTo(&panel)); // nothing found yet: nothing shown
    watcher.start();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return text->isVisibleTo(&panel); }, 10000));
    EXPECT_EQ(text->textFormat(), Qt::PlainText); // the diagnosis quotes DNS
    EXPECT_TRUE(text->text().contains(QStringLiteral("selector1._domainkey.contoso.test.contoso.test")))
        << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("Enter only selector1._domainkey"))) << text->text().toStdString();
    // A panel bound later shows it at once.
    PropagationPanel late;
    late.bind(&watcher, QString(), QString());
    EXPECT_TRUE(late.findChild<QLabel*>(QStringLiteral("misplacement"))->text().contains(QStringLiteral("Enter only")));
    watcher.cancel();
}
