// The key-size check of the DKIM rotation to 2048 bits against keys served by knot on loopback: the audit's own DKIM
// lookup (selector CNAME into a Microsoft-style zone, then the key) gives each selector's size, and the rotation says
// "one to go" for 1024 + 2048 and done for 2048 + 2048.
#include "audit/AuditRunner.h"
#include "dns/ResolverLookup.h"
#include "model/DkimRotation.h"
#include "model/RolloutPlan.h"
#include "support/DnsFixtures.h"
#include "support/TestKeys.h"
#include "text/TxtStrings.h"

#include <gtest/gtest.h>

using namespace mailauth;
using namespace mailauth::test;

namespace {

QString keyTxt(int bits, int index)
{
    const QString record =
        QStringLiteral("v=DKIM1; k=rsa; p=%1").arg(TestKeys::publicKeyBase64(TestKeys::rsaPair(bits, index)));
    return TxtStrings::toPresentation(TxtStrings::split(record.toUtf8()));
}

QString customerZone(const QString& name)
{
    const QString token = QString(name).replace(u'.', u'-');
    return QStringLiteral("$ORIGIN %1.\n$TTL 3\n@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\nns1 A 127.0.0.1\n"
                          "selector1._domainkey CNAME selector1-%2._domainkey.rottest.onmicrosoft.com.\n"
                          "selector2._domainkey CNAME selector2-%2._domainkey.rottest.onmicrosoft.com.\n")
        .arg(name, token);
}

class DkimRotationDns : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_knot = new KnotServer();
        s_knot->setZone(QStringLiteral("half.test"), customerZone(QStringLiteral("half.test")));
        s_knot->setZone(QStringLiteral("full.test"), customerZone(QStringLiteral("full.test")));
        // Microsoft's side: the keys live in the tenant's onmicrosoft.com zone (the legacy target format).
        s_knot->setZone(QStringLiteral("rottest.onmicrosoft.com"),
                        QStringLiteral("$ORIGIN rottest.onmicrosoft.com.\n$TTL 3\n"
                                       "@ SOA ns1 hostmaster 1 3600 600 86400 3\n@ NS ns1\nns1 A 127.0.0.1\n") +
                            QStringLiteral("selector1-half-test._domainkey TXT %1\n").arg(keyTxt(1024, 0)) +
                            QStringLiteral("selector2-half-test._domainkey TXT %1\n").arg(keyTxt(2048, 0)) +
                            QStringLiteral("selector1-full-test._domainkey TXT %1\n").arg(keyTxt(2048, 1)) +
                            QStringLiteral("selector2-full-test._domainkey TXT %1\n").arg(keyTxt(2048, 0)));
        s_started = s_knot->start();
    }
    static void TearDownTestSuite()
    {
        delete s_knot;
        s_knot = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_started) << s_knot->error().toStdString(); }

    static DkimKeySizes check(const QString& domain, const QDateTime& at, AuditReport* audit = nullptr)
    {
        ResolverLookup lookup({AresChannel::Options{s_knot->server(), false, 1000, 2}});
        AuditRunner runner(lookup, 1);
        std::optional<AuditReport> report;
        QObject::connect(&runner, &AuditRunner::reportReady, [&](const AuditReport& r) { report = r; });
        runner.start({AuditRequest{domain, domain}});
        EXPECT_TRUE(waitUntil([&]() { return report.has_value(); }, 15000)) << domain.toStdString();
        if (!report) {
            return {};
        }
        EXPECT_TRUE(report->known(AuditPart::Dkim));
        for (const DkimSelectorReport& s : report->dkim) {
            EXPECT_TRUE(s.microsoftTarget) << s.cname.toStdString();
        }
        if (audit != nullptr) {
            *audit = *report;
        }
        return DkimRotation::fromAudit(*report, at);
    }

    // A plan whose first pass ran five days ago, the keys having been 1024 bits on both selectors before.
    static RolloutPlan* planAfterFirstPass(RolloutPlan& plan, const QString& domain, const QDateTime& now)
    {
        EXPECT_TRUE(plan.setDomains({domain}));
        AuditReport before;
        before.domain = domain;
        for (const QString& s : {QStringLiteral("selector1"), QStringLiteral("selector2")}) {
            before.dkim.append(DkimSelectorReport{s, QStringLiteral("x"), true, true, 1024});
        }
        plan.setAudit(before, false, now.addDays(-6));
        EXPECT_TRUE(plan.setDkimRotationPass(0, 1, now.addDays(-5)));
        return &plan;
    }

    static inline KnotServer* s_knot = nullptr;
    static inline bool s_started = false;
};

} // namespace

TEST_F(DkimRotationDns, OneSelectorUpgradedIsOneToGo)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditReport audit;
    const DkimKeySizes sizes = check(QStringLiteral("half.test"), now, &audit);
    // What `mailauth check` prints as the fix: both passes, not just one rotation.
    const auto weak = std::find_if(audit.findings.begin(), audit.findings.end(),
                                   [](const Finding& f) { return f.code == QStringLiteral("dkim.key-1024"); });
    ASSERT_NE(weak, audit.findings.end());
    EXPECT_TRUE(weak->fix.contains(QStringLiteral("Rotate-DkimSigningConfig -Identity half.test -KeySize 2048")))
        << weak->fix.toStdString();
    EXPECT_TRUE(weak->fix.contains(QStringLiteral("then run it again"))) << weak->fix.toStdString();
    EXPECT_EQ(sizes.selector1, 1024);
    EXPECT_EQ(sizes.selector2, 2048);
    EXPECT_TRUE(sizes.anyWeak());
    EXPECT_FALSE(sizes.bothStrong());
    EXPECT_EQ(DkimRotation::keysText(sizes), QStringLiteral("selector1: 1024 bits, selector2: 2048 bits (one to go)"));

    RolloutPlan plan;
    planAfterFirstPass(plan, QStringLiteral("half.test"), now);
    plan.setDkimKeySizes(0, sizes);
    const DkimRotationStatus status = DkimRotation::status(plan.domain(0), now);
    EXPECT_EQ(status.stage, DkimRotationStage::SecondPassDue);
    EXPECT_EQ(status.keys.selector1, 1024);
    EXPECT_TRUE(DkimRotation::describe(status, now.date()).contains(QStringLiteral("(one to go)")));
}

TEST_F(DkimRotationDns, BothSelectorsAt2048IsDone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const DkimKeySizes sizes = check(QStringLiteral("full.test"), now);
    EXPECT_EQ(sizes.selector1, 2048);
    EXPECT_EQ(sizes.selector2, 2048);
    EXPECT_TRUE(sizes.bothStrong());

    RolloutPlan plan;
    planAfterFirstPass(plan, QStringLiteral("full.test"), now);
    EXPECT_EQ(DkimRotation::status(plan.domain(0), now).stage, DkimRotationStage::SecondPassDue);
    plan.setDkimKeySizes(0, sizes);
    EXPECT_EQ(DkimRotation::status(plan.domain(0), now).stage, DkimRotationStage::Done);
}
