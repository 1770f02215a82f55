#pragma once

#include "modem/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace rapport::app {

// When the business is open, week by week, in its own time zone: what the away message asks
// ("are we closed right now?"). A span whose close is not after its open runs past midnight.
struct BusinessHours
{
    struct Span
    {
        int dayOfWeek = 1; // Qt::DayOfWeek: 1 Monday … 7 Sunday
        QTime open;
        QTime close;
    };

    QList<Span> spans;
    QTimeZone zone = QTimeZone::utc();

    // Monday to Friday, the same hours each day (PRODUCT.md's default window is 09:00–18:00).
    [[nodiscard]] static BusinessHours weekdays(QTime open, QTime close, QTimeZone zone);

    [[nodiscard]] bool isOpen(const QDateTime &at) const;

    // {"mon": [["09:00", "18:00"]], "sat": [["10:00", "13:00"], ["14:00", "16:00"]], ...}: days
    // left out are closed.
    [[nodiscard]] static Result<BusinessHours, QString> fromJson(
        const QJsonObject &week, const QTimeZone &zone);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace rapport::app
