#include "app/inbound/BusinessHours.h"

#include <QJsonArray>

#include <array>

namespace rapport::app {
namespace {

const std::array<QString, 7> dayKeys {QStringLiteral("mon"), QStringLiteral("tue"),
    QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
    QStringLiteral("sun")};

int nextDay(int dayOfWeek)
{
    return dayOfWeek % 7 + 1;
}

} // namespace

BusinessHours BusinessHours::weekdays(QTime open, QTime close, QTimeZone zone)
{
    BusinessHours hours;
    hours.zone = std::move(zone);
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        hours.spans.append({day, open, close});
    return hours;
}

bool BusinessHours::isOpen(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(zone);
    const int day = local.date().dayOfWeek();
    const QTime time = local.time();
    for (const Span &span : spans) {
        if (span.close > span.open) {
            if (span.dayOfWeek == day && time >= span.open && time < span.close)
                return true;
        } else if ((span.dayOfWeek == day && time >= span.open)
            || (nextDay(span.dayOfWeek) == day && time < span.close)) {
            return true;
        }
    }
    return false;
}

Result<BusinessHours, QString> BusinessHours::fromJson(
    const QJsonObject &week, const QTimeZone &zone)
{
    BusinessHours hours;
    hours.zone = zone;
    for (auto it = week.constBegin(); it != week.constEnd(); ++it) {
        const auto key = std::find(dayKeys.cbegin(), dayKeys.cend(), it.key().toLower());
        if (key == dayKeys.cend())
            return fail(QStringLiteral("\"%1\" is not a day (mon … sun)").arg(it.key()));
        const int day = int(key - dayKeys.cbegin()) + 1;
        for (const QJsonValue &span : it.value().toArray()) {
            const QJsonArray pair = span.toArray();
            const QTime open = QTime::fromString(pair.at(0).toString(), QStringLiteral("HH:mm"));
            const QTime close = QTime::fromString(pair.at(1).toString(), QStringLiteral("HH:mm"));
            if (pair.size() != 2 || !open.isValid() || !close.isValid())
                return fail(
                    QStringLiteral("\"%1\" needs [\"HH:mm\", \"HH:mm\"] pairs").arg(it.key()));
            hours.spans.append({day, open, close});
        }
    }
    return hours;
}

QJsonObject BusinessHours::toJson() const
{
    QJsonObject week;
    for (const Span &span : spans) {
        const QString key = dayKeys.at(std::size_t(span.dayOfWeek - 1));
        QJsonArray list = week.value(key).toArray();
        list.append(QJsonArray {span.open.toString(QStringLiteral("HH:mm")),
            span.close.toString(QStringLiteral("HH:mm"))});
        week.insert(key, list);
    }
    return week;
}

} // namespace rapport::app
