#include "app/exporting/ExportPage.h"

#include "app/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

using Kind = ExportColumn::Kind;

struct Related
{
    QStringList tags;
    QHash<qint64, QString> fields;
    qint64 visits = 0;
    qint64 spendCents = 0;
    QString lastVisit;
    QHash<QString, QString> consent; // purpose → 'opt_in' / 'opt_out'
};

QString money(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString birthday(const QVariant &day, const QVariant &month, const QVariant &year)
{
    if (day.isNull() || month.isNull())
        return {};
    const QString dayMonth = QStringLiteral("%1-%2")
                                 .arg(month.toInt(), 2, 10, QLatin1Char('0'))
                                 .arg(day.toInt(), 2, 10, QLatin1Char('0'));
    return year.isNull() ? QString(u"--" + dayMonth) : QString(year.toString() + u'-' + dayMonth);
}

QString consentWord(const QString &action)
{
    if (action == QLatin1String("opt_in"))
        return QStringLiteral("yes");
    if (action == QLatin1String("opt_out"))
        return QStringLiteral("no");
    return {};
}

} // namespace

ExportPage::ExportPage(Database &database, QString filter, QVariantList filterValues)
    : m_database(database)
    , m_filter(std::move(filter))
    , m_filterValues(std::move(filterValues))
{ }

Result<ExportPage::Rows, QString> ExportPage::load(
    qint64 afterId, int limit, const QList<ExportColumn> &columns) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.phone_e164, c.email,"
                                 " c.birthday_day, c.birthday_month, c.birthday_year,"
                                 " c.anniversary, c.language, c.time_zone, c.notes, c.created_at"
                                 " FROM customers c WHERE c.id > ? AND (")
        + m_filter + QStringLiteral(") ORDER BY c.id LIMIT ?"));
    query.addBindValue(afterId);
    for (const QVariant &value : m_filterValues)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(query.lastError().text());
    QList<QVariantList> customers;
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < 13; ++i)
            values.append(query.value(i));
        customers.append(values);
    }
    Rows rows;
    if (customers.isEmpty())
        return rows;
    const qint64 first = customers.constFirst().at(0).toLongLong();
    const qint64 last = customers.constLast().at(0).toLongLong();
    rows.lastId = last;

    // The related rows of the page's id range; ids outside the filter are simply not used.
    QHash<qint64, Related> related;
    const auto each = [&](const QString &sql, const auto &take) -> bool {
        QSqlQuery part(m_database.connection());
        part.setForwardOnly(true);
        part.prepare(sql);
        part.addBindValue(first);
        part.addBindValue(last);
        if (!part.exec())
            return false;
        while (part.next())
            take(related[part.value(0).toLongLong()], part);
        return true;
    };
    const bool ok = each(QStringLiteral("SELECT customer_id, tag FROM customer_tags"
                                        " WHERE customer_id BETWEEN ? AND ? ORDER BY tag"),
                        [](Related &r, QSqlQuery &q) { r.tags.append(q.value(1).toString()); })
        && each(QStringLiteral("SELECT customer_id, field_id, value FROM customer_field_values"
                               " WHERE customer_id BETWEEN ? AND ?"),
            [](Related &r, QSqlQuery &q) {
                r.fields.insert(q.value(1).toLongLong(), q.value(2).toString());
            })
        && each(QStringLiteral("SELECT customer_id, count(*), sum(amount_cents), max(visited_on)"
                               " FROM visits WHERE customer_id BETWEEN ? AND ?"
                               " GROUP BY customer_id"),
            [](Related &r, QSqlQuery &q) {
                r.visits = q.value(1).toLongLong();
                r.spendCents = q.value(2).toLongLong();
                r.lastVisit = q.value(3).toString();
            })
        && each(QStringLiteral("SELECT customer_id, purpose, action FROM consent_events"
                               " WHERE customer_id BETWEEN ? AND ? ORDER BY id"),
            [](Related &r, QSqlQuery &q) {
                r.consent.insert(q.value(1).toString(), q.value(2).toString());
            });
    if (!ok)
        return fail(QStringLiteral("reading tags, fields, visits or consent failed"));

    for (const QVariantList &c : std::as_const(customers)) {
        const Related &r = related[c.at(0).toLongLong()];
        QStringList cells;
        for (const ExportColumn &column : columns) {
            switch (column.kind) {
            case Kind::FirstName:
                cells << c.at(1).toString();
                break;
            case Kind::LastName:
                cells << c.at(2).toString();
                break;
            case Kind::Phone:
                cells << c.at(3).toString();
                break;
            case Kind::Email:
                cells << c.at(4).toString();
                break;
            case Kind::Birthday:
                cells << birthday(c.at(5), c.at(6), c.at(7));
                break;
            case Kind::Anniversary:
                cells << c.at(8).toString();
                break;
            case Kind::Language:
                cells << c.at(9).toString();
                break;
            case Kind::TimeZone:
                cells << c.at(10).toString();
                break;
            case Kind::Notes:
                cells << c.at(11).toString();
                break;
            case Kind::Tags:
                cells << r.tags.join(QStringLiteral(", "));
                break;
            case Kind::ConsentService:
                cells << consentWord(r.consent.value(QStringLiteral("service")));
                break;
            case Kind::ConsentMarketing:
                cells << consentWord(r.consent.value(QStringLiteral("marketing")));
                break;
            case Kind::ConsentFeedback:
                cells << consentWord(r.consent.value(QStringLiteral("feedback")));
                break;
            case Kind::VisitCount:
                cells << QString::number(r.visits);
                break;
            case Kind::TotalSpend:
                cells << money(r.spendCents);
                break;
            case Kind::LastVisit:
                cells << r.lastVisit;
                break;
            case Kind::CustomerSince:
                cells << c.at(12).toString().left(10);
                break;
            case Kind::CustomField:
                cells << r.fields.value(column.customFieldId);
                break;
            }
        }
        rows.cells.append(cells);
    }
    return rows;
}

} // namespace rapport::app
