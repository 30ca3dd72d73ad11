#include <QCoreApplication>
#include <QLocale>
#include <gtest/gtest.h>

// Tests compare English messages and machine keywords, so they run in a fixed locale whatever the machine's is.
int main(int argc, char** argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
