#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace mailauth::fuzz {

// The parsers use tr(), QLocale and Qt resources as they do in the app, so a fuzz target runs with an application
// object like every other program of the project. Created once: libFuzzer calls the target millions of times.
inline void initialiseQt()
{
    static int argc = 1;
    static char name[] = "mailauth-fuzzer";
    static char* argv[] = {name, nullptr};
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Warnings about hostile input are expected by the million and would slow the fuzzer to a crawl; a critical
    // message is a bug worth seeing, and qFatal still aborts (a crash libFuzzer reports).
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
        }
    });
    static QCoreApplication app(argc, argv);
}

// Bytes without a copy; the input buffer outlives every use inside one LLVMFuzzerTestOneInput call.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// What a person types or pastes reaches the parsers as a QString decoded from UTF-8.
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace mailauth::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mailauth::fuzz::initialiseQt();
    return 0;
}
