#pragma once

#include "app/consent/ConsentTypes.h"
#include "app/segments/SegmentRule.h"
#include "modem/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rapport::app {

class Database;

// What the customer list shows: the words typed in the search field and the segment chosen in
// the sidebar (none: everyone). Text is matched like CustomerRepository::search: each word must
// start the first or the last name, or a number-like text must start the mobile number.
struct CustomerFilter
{
    QString text;
    std::optional<SegmentRule> segment;

    [[nodiscard]] bool isEmpty() const { return text.simplified().isEmpty() && !segment; }
};

// One line of the customer list: what the table's columns show, read for a page of rows at once.
struct CustomerListRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString phoneE164;
    QString email;
    int birthdayDay = 0;
    int birthdayMonth = 0;
    std::optional<int> birthdayYear;
    QStringList tags;
    int visitCount = 0;
    qint64 spendCents = 0;
    QDate lastVisit;
    QDateTime createdAt;
    ConsentStatus service = ConsentStatus::Unknown;
    ConsentStatus marketing = ConsentStatus::Unknown;

    [[nodiscard]] QString displayName() const
    {
        return QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    }
};

// A filter turned into SQL over `customers c`, with its values in placeholder order. The same
// expression counts, pages and (handed to CustomerExporter) exports what the list shows.
struct CustomerPredicate
{
    QString sql; // "1 = 1" when the filter is empty
    QVariantList values;
    // The list order: by name, or by number for a number search (the phone index serves that
    // range in order, where sorting 100,000 matches by name would not be instant).
    bool byNumber = false;
};

// The queries behind a paged customer list. Rows are ordered by last name, first name (ignoring
// case) and id, the order of the customers_last_first index, so the first page of an unfiltered
// list of 100,000 customers is read from the index without sorting, and a name prefix finds its
// candidates through the two name indexes. A number search lists in number order, like
// CustomerRepository::search.
class CustomerListQuery final
{
public:
    // `region` reads numbers typed without a country code (the business's, ISO 3166).
    CustomerListQuery(Database &database, QString region);
    // After the business's region changed in the settings.
    void setRegion(const QString &region) { m_region = region; }
    [[nodiscard]] QString region() const { return m_region; }

    // The predicate for `filter`; a segment rule that cannot be compiled is refused with the
    // rule error's sentence. `today` anchors a segment's relative dates.
    [[nodiscard]] Result<CustomerPredicate, QString> predicate(
        const CustomerFilter &filter, QDate today) const;

    [[nodiscard]] Result<qint64, QString> count(const CustomerPredicate &predicate) const;
    // Rows `offset` .. `offset + limit - 1` of the list in list order.
    [[nodiscard]] Result<QList<CustomerListRow>, QString> page(
        const CustomerPredicate &predicate, int offset, int limit) const;

    // The predicate for the text alone (name words or a number prefix), for reuse.
    [[nodiscard]] CustomerPredicate textPredicate(const QString &text) const;

private:
    Database &m_database;
    QString m_region;
};

} // namespace rapport::app
