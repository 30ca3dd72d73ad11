// "Analyze a message": headers pasted or a .eml dropped, the verdict and the details shown, DNS asked through the
// wizard's resolvers (a simulated world on loopback here), and on the DKIM page's "Prove it" the verdict kept in the
// plan; in training, the simulated tenant's own message.
#include "ui/message/MessageAnalysisDialog.h"

#include "model/RolloutPlan.h"
#include "training/TrainingScenario.h"
#include "training/TrainingSession.h"
#include "training/TrainingWorld.h"
#include "ui/pages/RolloutContext.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(MAILAUTH_SOURCE_DIR "/tests/data/headers/") + QLatin1String(name);
}

QString readSample(const char* name)
{
    QFile f(sample(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return QString::fromUtf8(f.readAll());
}

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// contoso.com's DMARC record on a simulated DNS server, which the dialog asks as the wizard would.
struct World
{
    TrainingWorld world;
    RolloutPlan plan;
    World()
    {
        world.addZone(QStringLiteral("contoso.com"));
        DnsRecord dmarc;
        dmarc.name = QStringLiteral("_dmarc.contoso.com");
        dmarc.type = RecordType::TXT;
        dmarc.ttl = 3600;
        dmarc.txtStrings = {QByteArrayLiteral("v=DMARC1; p=reject")};
        world.seed(dmarc);
        QString error;
        EXPECT_TRUE(world.start(&error)) << error.toStdString();
        EXPECT_TRUE(plan.setDomains({QStringLiteral("contoso.com")}));
        plan.resolvers = world.resolverServers();
    }
};

} // namespace

TEST(MessageAnalysisDialog, PastedSpoofHeadersShowAnHonestVerdictAndTheDetails)
{
    World w;
    MessageAnalysisDialog dialog(w.plan, -1);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy analysed(&dialog, &MessageAnalysisDialog::analysed);
    // Typed into the paste box as a user pastes it: the analysis starts by itself.
    child<QPlainTextEdit>(&dialog, "messageInput")->setPlainText(readSample("outlookcom-spoof.txt"));
    ASSERT_TRUE(analysed.wait(15000));

    EXPECT_TRUE(dialog.verdictText().startsWith(QStringLiteral("Nothing authenticates this message as mail from "
                                                               "contoso.com")))
        << dialog.verdictText().toStdString();
    EXPECT_FALSE(dialog.verdictText().contains(QStringLiteral("Sent Items")));
    const QString receiver = child<QLabel>(&dialog, "messageReceiver")->text();
    EXPECT_TRUE(receiver.contains(QStringLiteral("SPF at the receiver: fail for contoso.com")))
        << receiver.toStdString();
    EXPECT_TRUE(receiver.contains(QStringLiteral("action oreject"))) << receiver.toStdString();
    EXPECT_TRUE(child<QLabel>(&dialog, "messageNextSteps")->text().contains(QStringLiteral("203.0.113.77")));

    auto* dkim = child<QTreeWidget>(&dialog, "messageDkim");
    ASSERT_EQ(dkim->topLevelItemCount(), 1);
    EXPECT_EQ(dkim->topLevelItem(0)->text(0), QStringLiteral("(no DKIM-Signature field)"));
    auto* microsoft = child<QTreeWidget>(&dialog, "messageMicrosoft");
    const auto cat = microsoft->findItems(QStringLiteral("CAT"), Qt::MatchExactly, 0);
    ASSERT_EQ(cat.size(), 1);
    EXPECT_EQ(cat[0]->text(1), QStringLiteral("SPOOF"));
    EXPECT_FALSE(cat[0]->text(2).isEmpty());
    auto* hops = child<QTreeWidget>(&dialog, "messageHops");
    ASSERT_EQ(hops->topLevelItemCount(), 3);
    EXPECT_EQ(hops->topLevelItem(1)->text(4), QStringLiteral("45 s"));
    auto* results = child<QTreeWidget>(&dialog, "messageResults");
    ASSERT_GE(results->topLevelItemCount(), 1);
    QStringList methods;
    for (int i = 0; i < results->topLevelItem(0)->childCount(); ++i) {
        methods.append(results->topLevelItem(0)->child(i)->text(0));
    }
    for (const char* method : {"spf", "dkim", "dmarc", "compauth"}) {
        EXPECT_TRUE(methods.contains(QLatin1String(method))) << method;
    }

    EXPECT_FALSE(w.plan.dkimProof(0).has_value()) << "the standalone tool keeps nothing";
    // Readable on a 1024x700 screen.
    EXPECT_LE(dialog.minimumSizeHint().height(), 700);
    EXPECT_LE(dialog.minimumSizeHint().width(), 1024);
}

TEST(MessageAnalysisDialog, ADroppedEmlProvesTheDomainAndIsKept)
{
    World w;
    MessageAnalysisDialog dialog(w.plan, 0);
    QSignalSpy recorded(&dialog, &MessageAnalysisDialog::proofRecorded);
    QSignalSpy analysed(&dialog, &MessageAnalysisDialog::analysed);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(sample("gmail-original.eml"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&dialog, &drop);
    ASSERT_TRUE(analysed.wait(15000));

    EXPECT_TRUE(dialog.verdictText().contains(QStringLiteral("mx.google.com"))) << dialog.verdictText().toStdString();
    EXPECT_TRUE(child<QLabel>(&dialog, "messageSource")->text().contains(QStringLiteral("gmail-original.eml")));
    EXPECT_TRUE(child<QPlainTextEdit>(&dialog, "messageInput")->toPlainText().isEmpty())
        << "a file is analysed as it is, not pasted into the box";
    ASSERT_EQ(recorded.count(), 1);
    const auto proof = w.plan.dkimProof(0);
    ASSERT_TRUE(proof.has_value());
    EXPECT_EQ(proof->verdict, QStringLiteral("receiver-says-works"));
    EXPECT_EQ(proof->headline, dialog.verdictText());
    EXPECT_FALSE(child<QLabel>(&dialog, "messageRecorded")->text().isEmpty());
}

TEST(MessageAnalysisDialog, TrainingTenantsMessageIsSignedByItsOnmicrosoftDomainBeforeEnable)
{
    QString error;
    const auto scenario =
        TrainingScenarioParser::load(TrainingScenarioParser::builtInPath(QStringLiteral("fresh-domain")), &error);
    ASSERT_TRUE(scenario.has_value()) << error.toStdString();
    TrainingSession session(*scenario);
    ASSERT_TRUE(session.start(&error)) << error.toStdString();
    RolloutPlan plan;
    session.applyTo(plan);
    RolloutContext context;
    context.plan = &plan;
    context.training = &session;
    QPointer<MessageAnalysisDialog> dialog = MessageAnalysisDialog::open(context, 0, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy analysed(dialog.data(), &MessageAnalysisDialog::analysed);
    auto* fetch = child<QPushButton>(dialog, "trainingTestMessage");
    ASSERT_TRUE(fetch->isVisible());
    fetch->click();
    ASSERT_TRUE(analysed.wait(15000));
    EXPECT_TRUE(dialog->verdictText().startsWith(
        QStringLiteral("Signed only by fabrikamtraining.onmicrosoft.com: custom-domain signing is not on yet")))
        << dialog->verdictText().toStdString();
    auto* dkim = child<QTreeWidget>(dialog, "messageDkim");
    ASSERT_EQ(dkim->topLevelItemCount(), 1);
    EXPECT_EQ(dkim->topLevelItem(0)->text(4), QStringLiteral("pass"));
    EXPECT_EQ(dkim->topLevelItem(0)->text(6), QStringLiteral("2048-bit RSA"));
    ASSERT_TRUE(plan.dkimProof(0).has_value());
    EXPECT_EQ(plan.dkimProof(0)->verdict, QStringLiteral("only-onmicrosoft"));
    dialog->close();
    EXPECT_TRUE(QTest::qWaitFor([&]() { return dialog.isNull(); }, 2000)) << "the dialog deletes itself on close";
}
