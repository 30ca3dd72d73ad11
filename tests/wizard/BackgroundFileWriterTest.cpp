// Files are written off the UI thread, atomically, in order: a newer version never loses to an older one.
#include "ui/io/BackgroundFileWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace mailauth;

namespace {

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(BackgroundFileWriter, TheLastVersionWinsAndErrorsAreReported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.mailauth"));
    BackgroundFileWriter writer;
    int done = 0;
    for (int i = 0; i < 50; ++i) {
        writer.write(path, QByteArray::number(i), [&done](const QString& error) {
            EXPECT_TRUE(error.isEmpty()) << error.toStdString();
            ++done;
        });
    }
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !writer.isBusy(); }, 5000));
    EXPECT_EQ(read(path), QByteArray("49"));
    EXPECT_LE(done, 50);
    EXPECT_GE(done, 2); // the first write, and the newest that replaced the queued ones

    QString error;
    writer.write(dir.filePath(QStringLiteral("missing/folder/file")), "x",
                 [&error](const QString& e) { error = e.isEmpty() ? QStringLiteral("no error") : e; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !error.isEmpty(); }, 5000));
    EXPECT_TRUE(error.contains(QStringLiteral("missing/folder/file"))) << error.toStdString();
}

TEST(BackgroundFileWriter, WaitForAllLeavesEverythingOnDisk)
{
    QTemporaryDir dir;
    BackgroundFileWriter writer;
    for (int i = 0; i < 5; ++i) {
        writer.write(dir.filePath(QStringLiteral("f%1").arg(i)), QByteArray(1000, char('a' + i)));
    }
    writer.waitForAll();
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(read(dir.filePath(QStringLiteral("f%1").arg(i))), QByteArray(1000, char('a' + i)));
    }
}

TEST(BackgroundFileWriter, AFullDiskIsNamedNotUnknown)
{
    // As root, QSaveFile once renamed its temporary file over /dev/full: never run without the real device.
    const QFileInfo device(QStringLiteral("/dev/full"));
    if (!device.exists() || device.isFile()) {
        GTEST_SKIP() << "/dev/full is not a device here";
    }
    BackgroundFileWriter writer;
    QString error;
    bool finished = false;
    writer.write(device.filePath(), QByteArray(100000, 'x'), [&](const QString& e) {
        error = e;
        finished = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return finished; }, 5000));
    EXPECT_TRUE(error.contains(QStringLiteral("No space left on device"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
}
