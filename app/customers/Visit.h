#pragma once

#include <QDate>
#include <QString>

namespace rapport::app {

// A visit or purchase: entered at the counter or imported from a till export.
struct Visit
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate visitedOn;
    qint64 amountCents = 0; // integer cents: sums of money must not drift like doubles do
    QString note;
};

} // namespace rapport::app
