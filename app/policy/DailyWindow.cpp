#include "app/policy/DailyWindow.h"

#include <QRegularExpression>

#include <algorithm>

namespace rapport::app {

std::optional<DailyWindow> DailyWindow::intersected(const DailyWindow &other) const
{
    const DailyWindow both {std::max(start, other.start), std::min(end, other.end)};
    if (both.start >= both.end)
        return std::nullopt;
    return both;
}

std::optional<int> DailyWindow::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    const int seconds = match.hasCaptured(3) ? match.captured(3).toInt() : 0;
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    const int total = (hours * 60 + minutes) * 60 + seconds;
    if (total > DaySeconds)
        return std::nullopt;
    return total;
}

QString DailyWindow::formatTime(int secondOfDay)
{
    const int hours = secondOfDay / 3600;
    const int minutes = secondOfDay / 60 % 60;
    const int seconds = secondOfDay % 60;
    const auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds != 0)
        return QStringLiteral("%1:%2:%3").arg(two(hours), two(minutes), two(seconds));
    return QStringLiteral("%1:%2").arg(two(hours), two(minutes));
}

QString DailyWindow::toText() const
{
    return QStringLiteral("%1–%2").arg(formatTime(start), formatTime(end));
}

} // namespace rapport::app
