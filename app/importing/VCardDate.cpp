#include "app/importing/VCardDate.h"

#include "app/importing/VCardProperty.h"

#include <QDate>

namespace rapport::app {

namespace {

// Digits only, as a number; -1 otherwise.
int digitsValue(QStringView text)
{
    if (text.isEmpty())
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<QString> VCardDate::normalise(QStringView value, int omittedYear)
{
    QStringView date = value.trimmed();
    if (const qsizetype t = date.indexOf(u'T'); t >= 0)
        date = date.first(t);

    int year = -1;
    int month = -1;
    int day = -1;
    if (date.size() == 10 && date[4] == u'-' && date[7] == u'-') {
        year = digitsValue(date.first(4));
        month = digitsValue(date.sliced(5, 2));
        day = digitsValue(date.sliced(8, 2));
    } else if (date.size() == 8) {
        year = digitsValue(date.first(4));
        month = digitsValue(date.sliced(4, 2));
        day = digitsValue(date.sliced(6, 2));
    } else if (date.size() == 6 && date.startsWith(u"--")) {
        year = 0;
        month = digitsValue(date.sliced(2, 2));
        day = digitsValue(date.sliced(4, 2));
    } else if (date.size() == 7 && date.startsWith(u"--") && date[4] == u'-') {
        year = 0;
        month = digitsValue(date.sliced(2, 2));
        day = digitsValue(date.sliced(5, 2));
    }
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    // Year 0 does not exist in the Gregorian calendar: exporters use it for "no year".
    if (year == omittedYear && omittedYear > 0)
        year = 0;
    // 2000 is a leap year, so 29 February without a year is accepted.
    if (!QDate(year == 0 ? 2000 : year, month, day).isValid())
        return std::nullopt;
    const QString monthDay = twoDigits(month) + u'-' + twoDigits(day);
    if (year == 0)
        return QString(QLatin1String("--") + monthDay);
    return QString(QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')) + u'-' + monthDay);
}

std::optional<QString> VCardDate::normalise(const VCardProperty &property)
{
    bool ok = false;
    const int omitted = property.parameter(u"X-APPLE-OMIT-YEAR").toInt(&ok);
    return normalise(property.value, ok ? omitted : 0);
}

} // namespace rapport::app
