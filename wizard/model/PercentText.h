#pragma once

#include <QLocale>
#include <QString>

namespace mailauth {

// Percentages as people of a language write them: "79.4%" in English, "79,4 %" in German (a no-break space before
// the sign), "79,4 %" in French (a narrow no-break space). QLocale gives the digits and the decimal comma but has no
// percent pattern, so the space follows the CLDR patterns of the languages that put one there. One helper for the
// reports window, the DMARC page and the hand-over report, so a number looks the same everywhere.
class PercentText
{
public:
    // One decimal.
    static QString format(double percent, const QLocale& locale = QLocale());
    // No decimals: "98%", "98 %".
    static QString whole(int percent, const QLocale& locale = QLocale());
    // part of whole, one decimal rounded down, so 99.96% never shows as 100.0; "–" when whole is 0.
    static QString share(quint64 part, quint64 whole, const QLocale& locale = QLocale());
    // The same rounding as a number: part / whole in percent, rounded down to a tenth.
    static double flooredPercent(quint64 part, quint64 whole);
};

} // namespace mailauth
