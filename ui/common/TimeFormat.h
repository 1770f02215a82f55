#pragma once

#include <QLocale>
#include <QString>

namespace rapport::ui {

// Hours and minutes only (a locale's short format may carry seconds, as "C" does), two-digit
// hours so columns line up; a 12-hour clock where the locale uses one.
inline QString hoursAndMinutesFormat()
{
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    return format.contains(QLatin1String("AP"), Qt::CaseInsensitive) ? QStringLiteral("h:mm AP")
                                                                     : QStringLiteral("HH:mm");
}

} // namespace rapport::ui
