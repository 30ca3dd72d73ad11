#include "PercentText.h"

namespace mailauth {

namespace {

__extension__ using Wide = unsigned __int128; // counts times 1000 do not fit 64 bits

// The space CLDR puts between number and sign, empty for languages that write "79.4%".
QString separator(QLocale::Language language)
{
    switch (language) {
    case QLocale::French:
        return QString(QChar(0x202F));
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Russian:
    case QLocale::Ukrainian:
        return QString(QChar(0x00A0));
    default:
        return {};
    }
}

} // namespace

QString PercentText::format(double percent, const QLocale& locale)
{
    return locale.toString(percent, 'f', 1) + separator(locale.language()) + locale.percent();
}

QString PercentText::whole(int percent, const QLocale& locale)
{
    return locale.toString(percent) + separator(locale.language()) + locale.percent();
}

double PercentText::flooredPercent(quint64 part, quint64 whole)
{
    if (whole == 0) {
        return 0;
    }
    // 128 bits: part * 1000 does not wrap for any 64-bit count.
    const auto tenths = static_cast<quint64>(Wide(part) * 1000 / whole);
    return static_cast<double>(tenths) / 10.0;
}

QString PercentText::share(quint64 part, quint64 whole, const QLocale& locale)
{
    return whole == 0 ? QStringLiteral("–") : format(flooredPercent(part, whole), locale);
}

} // namespace mailauth
