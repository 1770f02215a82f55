#include "app/customers/CustomerListQuery.h"
#include "app/customers/CustomerSearchText.h"

#include "app/phone/PhoneNumbers.h"
#include "app/segments/SegmentSql.h"
#include "app/storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {

using customersearch::looksLikeNumber;
using customersearch::upperBound;
namespace {

// The sort keys of the list, spelled exactly like the customers_last_first index so that SQLite
// walks the index instead of sorting. Empty names are stored as NULL, which sorts first, the
// same place coalesce(…, '') gives them elsewhere.
const QString kOrder = QStringLiteral("lower(c.last_name), lower(c.first_name), c.id");

const QString kNumberOrder = QStringLiteral("c.phone_e164, c.id");

const QString kColumns
    = QStringLiteral("c.id, c.first_name, c.last_name, c.phone_e164, c.email, c.birthday_day,"
                     " c.birthday_month, c.birthday_year, c.visit_count, c.spend_cents,"
                     " c.last_visit, c.created_at");

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

ConsentStatus statusOf(const QString &action)
{
    if (action == consentActionKey(ConsentAction::OptIn))
        return ConsentStatus::OptedIn;
    if (action == consentActionKey(ConsentAction::OptOut))
        return ConsentStatus::OptedOut;
    return ConsentStatus::Unknown;
}

} // namespace

CustomerListQuery::CustomerListQuery(Database &database, QString region)
    : m_database(database)
    , m_region(std::move(region))
{ }

CustomerPredicate CustomerListQuery::textPredicate(const QString &text) const
{
    const QString term = text.simplified();
    if (term.isEmpty())
        return {QStringLiteral("1 = 1"), {}};
    if (looksLikeNumber(term)) {
        const QString prefix = PhoneNumbers::e164Prefix(term, m_region);
        if (prefix.isEmpty())
            return {QStringLiteral("0 = 1"), {}};
        return {QStringLiteral("(c.phone_e164 >= ? AND c.phone_e164 < ?)"),
            {prefix, upperBound(prefix)}, true};
    }
    // Each word must start the first or the last name. SQLite's lower() folds ASCII only, so
    // "Ölund" is indexed as "Ölund": the capitalised form of a word is tried as well.
    CustomerPredicate predicate;
    QStringList words;
    for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        QStringList forms {lower};
        const QString capitalised = QString(lower.left(1).toUpper() + lower.mid(1));
        if (capitalised != lower)
            forms << capitalised;
        QStringList either;
        for (const QString &column : {QStringLiteral("first_name"), QStringLiteral("last_name")}) {
            for (const QString &form : std::as_const(forms)) {
                either << QStringLiteral("(lower(c.%1) >= ? AND lower(c.%1) < ?)").arg(column);
                predicate.values << form << upperBound(form);
            }
        }
        words << QString(u'(' + either.join(QStringLiteral(" OR ")) + u')');
    }
    predicate.sql = words.join(QStringLiteral(" AND "));
    return predicate;
}

Result<CustomerPredicate, QString> CustomerListQuery::predicate(
    const CustomerFilter &filter, QDate today) const
{
    CustomerPredicate predicate = textPredicate(filter.text);
    if (!filter.segment)
        return predicate;
    const auto segment = SegmentSql::compile(*filter.segment, today);
    if (!segment)
        return fail(segment.error().describe());
    predicate.sql = QStringLiteral("%1 AND %2").arg(predicate.sql, segment->sql);
    predicate.values += segment->values;
    return predicate;
}

Result<qint64, QString> CustomerListQuery::count(const CustomerPredicate &predicate) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT count(*) FROM customers c WHERE ") + predicate.sql,
            predicate.values)
        || !query.next())
        return fail(query.lastError().text());
    return query.value(0).toLongLong();
}

Result<QList<CustomerListRow>, QString> CustomerListQuery::page(
    const CustomerPredicate &predicate, int offset, int limit) const
{
    // The page's ids come from the index alone (the inner query reads no customer row, also not
    // for the rows OFFSET skips); only the page's rows are then read in full.
    QVariantList values = predicate.values;
    values << qMax(0, limit) << qMax(0, offset);
    const QString sql
        = QStringLiteral(
            "SELECT %1 FROM (SELECT c.id AS page_id FROM customers c WHERE %2 ORDER BY %3"
            " LIMIT ? OFFSET ?) page JOIN customers c ON c.id = page.page_id ORDER BY %3")
              .arg(kColumns, predicate.sql, predicate.byNumber ? kNumberOrder : kOrder);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!run(query, sql, values))
        return fail(query.lastError().text());
    QList<CustomerListRow> rows;
    QHash<qint64, qsizetype> rowOf;
    QStringList marks;
    QVariantList ids;
    while (query.next()) {
        CustomerListRow row;
        row.id = query.value(0).toLongLong();
        row.firstName = query.value(1).toString();
        row.lastName = query.value(2).toString();
        row.phoneE164 = query.value(3).toString();
        row.email = query.value(4).toString();
        row.birthdayDay = query.value(5).toInt();
        row.birthdayMonth = query.value(6).toInt();
        if (!query.value(7).isNull())
            row.birthdayYear = query.value(7).toInt();
        row.visitCount = query.value(8).toInt();
        row.spendCents = query.value(9).toLongLong();
        row.lastVisit = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        row.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        rowOf.insert(row.id, rows.size());
        marks << QStringLiteral("?");
        ids << row.id;
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    const QString in = marks.join(u',');
    if (!run(query,
            QStringLiteral("SELECT customer_id, tag FROM customer_tags WHERE customer_id IN (%1)"
                           " ORDER BY customer_id, tag")
                .arg(in),
            ids))
        return fail(query.lastError().text());
    while (query.next())
        rows[rowOf.value(query.value(0).toLongLong())].tags << query.value(1).toString();
    // consent_current holds the ledger's latest event per customer and purpose (kept by
    // triggers), so the page's consent is one indexed lookup per row.
    if (!run(query,
            QStringLiteral("SELECT customer_id, purpose, action FROM consent_current"
                           " WHERE customer_id IN (%1)")
                .arg(in),
            ids))
        return fail(query.lastError().text());
    while (query.next()) {
        CustomerListRow &row = rows[rowOf.value(query.value(0).toLongLong())];
        const auto purpose = consentPurposeFromKey(query.value(1).toString());
        if (purpose == ConsentPurpose::Service)
            row.service = statusOf(query.value(2).toString());
        else if (purpose == ConsentPurpose::Marketing)
            row.marketing = statusOf(query.value(2).toString());
    }
    return rows;
}

} // namespace rapport::app
