#include "ui/ProjectSession.h"

#include "model/ProjectFile.h"
#include "model/RecentProjects.h"
#include "model/RolloutPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

class ProjectSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Autosaves and the recent list go to ~/.qttest, not to the user's own folders.
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(m_dir.isValid());
    }

    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;
};

bool loads(const QString& path, RolloutPlan& into)
{
    return ProjectFile::load(path, into, nullptr);
}

TEST_F(ProjectSessionTest, AutosavesAMomentAfterAPlanChangeAndListsTheFile)
{
    RolloutPlan plan;
    ProjectSession session(plan);
    session.setAutosaveDelay(10);
    QSignalSpy saved(&session, &ProjectSession::saved);
    ASSERT_TRUE(plan.setDomains({QStringLiteral("autosave.test")}));
    ASSERT_TRUE(saved.wait(5000));
    const QString path = saved.first().first().toString();
    EXPECT_EQ(session.path(), path);
    EXPECT_TRUE(path.endsWith(QStringLiteral(".mailauth")));
    EXPECT_EQ(RecentProjects::list().value(0), QFileInfo(path).absoluteFilePath());
    RolloutPlan reloaded;
    ASSERT_TRUE(loads(path, reloaded));
    EXPECT_EQ(reloaded.domain(0).ace, QStringLiteral("autosave.test"));

    // Later changes go to the same file.
    plan.setClientName(QStringLiteral("Autosave Ltd"));
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(saved.last().first().toString(), path);
    ASSERT_TRUE(loads(path, reloaded));
    EXPECT_EQ(reloaded.clientName(), QStringLiteral("Autosave Ltd"));
    RecentProjects::remove(path);
    QFile::remove(path);
}

TEST_F(ProjectSessionTest, ABurstOfChangesIsWrittenOnce)
{
    RolloutPlan plan;
    ProjectSession session(plan);
    ASSERT_TRUE(session.save(file("burst.mailauth"), nullptr));
    session.setAutosaveDelay(200);
    QSignalSpy saved(&session, &ProjectSession::saved);
    ASSERT_TRUE(plan.setDomains({QStringLiteral("burst.test")}));
    for (const char* name : {"A", "AB", "ABC", "ABCD"}) {
        plan.setClientName(QLatin1String(name));
    }
    ASSERT_TRUE(saved.wait(5000));
    QTest::qWait(400);
    EXPECT_EQ(saved.size(), 1);
    RolloutPlan reloaded;
    ASSERT_TRUE(loads(file("burst.mailauth"), reloaded));
    EXPECT_EQ(reloaded.clientName(), QStringLiteral("ABCD"));
    RecentProjects::remove(file("burst.mailauth"));
}

TEST_F(ProjectSessionTest, NothingIsAutosavedWithoutDomainsOrWhileAutosaveIsOff)
{
    RolloutPlan plan;
    ProjectSession session(plan);
    session.setAutosaveDelay(10);
    QSignalSpy saved(&session, &ProjectSession::saved);
    QSignalSpy failed(&session, &ProjectSession::saveFailed);
    plan.setClientName(QStringLiteral("No domains yet"));
    QTest::qWait(100);
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_TRUE(session.path().isEmpty());

    // Training turns autosave off.
    session.setAutosaveEnabled(false);
    ASSERT_TRUE(plan.setDomains({QStringLiteral("training.test")}));
    QTest::qWait(100);
    session.flush();
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(session.path().isEmpty());
}

TEST_F(ProjectSessionTest, SaveMakesTheFileTheProjectsAndAutosaveFollowsIt)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("contoso.test")}));
    ProjectSession session(plan);
    EXPECT_EQ(session.suggestedSavePath(), plan.fileStem() + QStringLiteral(".mailauth"));
    QSignalSpy saved(&session, &ProjectSession::saved);
    QString error;
    ASSERT_TRUE(session.save(file("first.mailauth"), &error)) << error.toStdString();
    ASSERT_TRUE(session.save(file("second.mailauth"), &error)) << error.toStdString();
    EXPECT_EQ(saved.size(), 2);
    EXPECT_EQ(session.path(), file("second.mailauth"));
    EXPECT_EQ(session.suggestedSavePath(), file("second.mailauth"));
    EXPECT_EQ(RecentProjects::list().mid(0, 2), (QStringList{QFileInfo(file("second.mailauth")).absoluteFilePath(),
                                                             QFileInfo(file("first.mailauth")).absoluteFilePath()}));

    session.setAutosaveDelay(10);
    plan.setClientName(QStringLiteral("Contoso"));
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(saved.last().first().toString(), file("second.mailauth"));
    RolloutPlan first;
    ASSERT_TRUE(loads(file("first.mailauth"), first));
    EXPECT_TRUE(first.clientName().isEmpty());

    // A save that fails changes neither the file nor the list.
    EXPECT_FALSE(session.save(file("missing-folder/third.mailauth"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(session.path(), file("second.mailauth"));
    RecentProjects::remove(file("first.mailauth"));
    RecentProjects::remove(file("second.mailauth"));
}

TEST_F(ProjectSessionTest, OpenLoadsThePlanAndARefusedFileLeavesEverythingAsItWas)
{
    RolloutPlan saved;
    ASSERT_TRUE(saved.setDomains({QStringLiteral("fabrikam.test"), QStringLiteral("fabrikam.example")}));
    saved.setClientName(QStringLiteral("Fabrikam"));
    ASSERT_TRUE(ProjectFile::save(file("fabrikam.mailauth"), saved, nullptr));
    QFile damaged(file("damaged.mailauth"));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();

    RolloutPlan plan;
    ProjectSession session(plan);
    QSignalSpy opened(&session, &ProjectSession::opened);
    QSignalSpy refused(&session, &ProjectSession::refused);
    QString error;
    ASSERT_TRUE(session.open(file("fabrikam.mailauth"), &error)) << error.toStdString();
    EXPECT_EQ(opened.size(), 1);
    EXPECT_TRUE(refused.isEmpty());
    EXPECT_EQ(session.path(), file("fabrikam.mailauth"));
    EXPECT_EQ(plan.domains().size(), 2);
    EXPECT_EQ(RecentProjects::list().value(0), QFileInfo(file("fabrikam.mailauth")).absoluteFilePath());

    QSignalSpy changed(&plan, &RolloutPlan::changed);
    EXPECT_FALSE(session.open(file("damaged.mailauth"), &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().first().toString(), error);
    EXPECT_EQ(opened.size(), 1);
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(plan.domains().size(), 2);
    EXPECT_EQ(plan.clientName(), QStringLiteral("Fabrikam"));
    EXPECT_EQ(session.path(), file("fabrikam.mailauth"));
    EXPECT_FALSE(RecentProjects::list().contains(QFileInfo(file("damaged.mailauth")).absoluteFilePath()));

    // A missing file: the same, and the reason names it.
    EXPECT_FALSE(session.open(file("gone.mailauth"), nullptr));
    EXPECT_EQ(refused.size(), 2);
    EXPECT_EQ(session.path(), file("fabrikam.mailauth"));
    RecentProjects::remove(file("fabrikam.mailauth"));
}

TEST_F(ProjectSessionTest, FlushWritesAWaitingChangeAtOnce)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("closing.test")}));
    ProjectSession session(plan);
    ASSERT_TRUE(session.save(file("closing.mailauth"), nullptr));
    session.setAutosaveDelay(60 * 60 * 1000);
    plan.setClientName(QStringLiteral("Typed just before closing"));
    session.flush();
    RolloutPlan reloaded;
    ASSERT_TRUE(loads(file("closing.mailauth"), reloaded));
    EXPECT_EQ(reloaded.clientName(), QStringLiteral("Typed just before closing"));
    RecentProjects::remove(file("closing.mailauth"));
}

TEST_F(ProjectSessionTest, AnAutosaveThatCannotWriteSaysWhy)
{
    RolloutPlan plan;
    ASSERT_TRUE(plan.setDomains({QStringLiteral("gone.test")}));
    ProjectSession session(plan);
    const QString folder = file("folder");
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/gone.mailauth");
    ASSERT_TRUE(session.save(path, nullptr));
    ASSERT_TRUE(QDir(folder).removeRecursively());
    session.setAutosaveDelay(10);
    QSignalSpy failed(&session, &ProjectSession::saveFailed);
    QSignalSpy saved(&session, &ProjectSession::saved);
    plan.setClientName(QStringLiteral("Nowhere"));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_EQ(session.path(), path); // the next change tries the same file again
    RecentProjects::remove(path);
}

} // namespace
