#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::app {

// One person in the customer book, as a plain value. The repository normalises it on the way
// in (the number becomes E.164) and fills id and the timestamps.
struct Customer
{
    qint64 id = 0; // 0 until stored
    QString firstName;
    QString lastName;
    QString phoneE164; // as typed on the way in, E.164 once stored; empty when none
    QString email;
    // Day and month without year are common ("my birthday is 29 February"): 0 means not known.
    int birthdayDay = 0;
    int birthdayMonth = 0;
    std::optional<int> birthdayYear;
    QDate anniversary; // customer since / wedding day; invalid when not known
    QString language; // BCP 47 tag such as "en" or "de-AT"; empty means the business's
    QString timeZone; // IANA id; empty means "from the number, else the business's"
    QString notes;
    QStringList tags;
    QMap<qint64, QString> fieldValues; // custom field id -> value as text
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool hasBirthday() const { return birthdayDay != 0 || birthdayMonth != 0; }
    [[nodiscard]] QString displayName() const
    {
        return QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    }
};

} // namespace rapport::app
