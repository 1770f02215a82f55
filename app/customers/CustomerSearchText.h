#pragma once

#include <QRegularExpression>
#include <QString>

// How typed search text is read, shared by the repository's search and the customer list.
namespace rapport::app::customersearch {

// The exclusive upper end of a prefix range: `prefix <= x < upperBound(prefix)` holds for every
// string that starts with `prefix`. A range (unlike LIKE) uses a plain index in SQLite and
// PostgreSQL alike.
inline QString upperBound(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return QString(prefix + QString::fromUcs4(&last, 1));
}

// Digits with the usual separators: the search is for a number, not a name.
inline bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression digitsOnly(QStringLiteral("^[+(]?[0-9][0-9 ().\\-/]*$"));
    return digitsOnly.match(text).hasMatch();
}

} // namespace rapport::app::customersearch
