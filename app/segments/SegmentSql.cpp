#include "app/segments/SegmentSql.h"

#include "app/segments/SegmentValues.h"

#include <QStringList>

namespace rapport::app {

using namespace segmentvalues;
using Op = SegmentOperator;

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The exclusive upper end of a prefix range (as CustomerRepository::search): a range, unlike
// LIKE, can use the UNIQUE index on phone_e164.
QString upperBound(const QString &prefix)
{
    const char32_t last = 0x10FFFF;
    return QString(prefix + QString::fromUcs4(&last, 1));
}

QString comparison(Op op)
{
    switch (op) {
    case Op::NotEquals:
        return QStringLiteral(" <> ?");
    case Op::LessThan:
        return QStringLiteral(" < ?");
    case Op::GreaterThan:
        return QStringLiteral(" > ?");
    case Op::Between:
        return QStringLiteral(" BETWEEN ? AND ?");
    default:
        return QStringLiteral(" = ?");
    }
}

// Compiles one rule, collecting bound values in placeholder order. Each method appends its
// values before returning its SQL, never inside one expression (operand evaluation order is
// unspecified).
class Compiler
{
public:
    explicit Compiler(QDate today)
        : m_today(today)
    { }

    QVariantList values;

    QString group(const SegmentGroup &conditions)
    {
        QStringList parts;
        for (const SegmentItem &item : conditions.items) {
            if (const auto *c = std::get_if<SegmentCondition>(&item.node))
                parts << condition(*c);
            else
                parts << group(std::get<SegmentGroup>(item.node));
        }
        const QString glue = conditions.match == SegmentMatch::Any ? QStringLiteral(" OR ")
                                                                   : QStringLiteral(" AND ");
        return QString(QLatin1Char('(') + parts.join(glue) + QLatin1Char(')'));
    }

private:
    QDate m_today;

    QString condition(const SegmentCondition &c)
    {
        switch (c.subject) {
        case SegmentSubject::FirstName:
            return text(QStringLiteral("c.first_name"), c);
        case SegmentSubject::LastName:
            return text(QStringLiteral("c.last_name"), c);
        case SegmentSubject::Email:
            return text(QStringLiteral("c.email"), c);
        case SegmentSubject::Language:
            return text(QStringLiteral("c.language"), c);
        case SegmentSubject::TimeZone:
            return text(QStringLiteral("c.time_zone"), c);
        case SegmentSubject::PhoneNumber:
            return phone(c);
        case SegmentSubject::Tag:
            return tag(c);
        case SegmentSubject::CustomField:
            return customField(c);
        case SegmentSubject::Consent:
            return consent(c);
        case SegmentSubject::VisitCount:
        case SegmentSubject::TotalSpend:
            return visitAggregate(c);
        case SegmentSubject::SpendRank:
            return spendRank(c);
        case SegmentSubject::LastVisit:
        case SegmentSubject::FirstVisit:
            return visitDate(c);
        case SegmentSubject::CustomerSince:
            return customerSince(c);
        case SegmentSubject::Birthday:
            return birthday(c);
        case SegmentSubject::BirthdayMonth:
        case SegmentSubject::AnniversaryMonth:
            return month(c);
        }
        return QStringLiteral("0 = 1");
    }

    // Case-insensitive through lower() on both sides, so SQLite (which folds ASCII only) and
    // PostgreSQL each compare like with like; LIKE is case-sensitive in PostgreSQL.
    QString textTest(const QString &column, Op op, const QVariantList &v)
    {
        const QString value = v.value(0).toString().trimmed();
        switch (op) {
        case Op::Contains:
            values << QString(QLatin1Char('%') + SegmentSql::escapeLike(value) + QLatin1Char('%'));
            return QStringLiteral("lower(%1) LIKE lower(?) ESCAPE '\\'").arg(column);
        case Op::StartsWith:
            values << QString(SegmentSql::escapeLike(value) + QLatin1Char('%'));
            return QStringLiteral("lower(%1) LIKE lower(?) ESCAPE '\\'").arg(column);
        case Op::NotEquals:
            values << value;
            return QStringLiteral("coalesce(lower(%1), '') <> lower(?)").arg(column);
        case Op::IsEmpty:
            return QStringLiteral("coalesce(%1, '') = ''").arg(column);
        case Op::IsNotEmpty:
            return QStringLiteral("coalesce(%1, '') <> ''").arg(column);
        default:
            values << value;
            return QStringLiteral("lower(%1) = lower(?)").arg(column);
        }
    }

    QString text(const QString &column, const SegmentCondition &c)
    {
        return textTest(column, c.op, c.values);
    }

    QString phone(const SegmentCondition &c)
    {
        const QString value = c.values.value(0).toString();
        switch (c.op) {
        case Op::StartsWith:
            values << value << upperBound(value);
            return QStringLiteral("(c.phone_e164 >= ? AND c.phone_e164 < ?)");
        case Op::NotEquals:
            values << value;
            return QStringLiteral("coalesce(c.phone_e164, '') <> ?");
        case Op::IsEmpty:
        case Op::IsNotEmpty:
            return textTest(QStringLiteral("c.phone_e164"), c.op, {});
        default:
            values << value;
            return QStringLiteral("c.phone_e164 = ?");
        }
    }

    QString tag(const SegmentCondition &c)
    {
        const QString exists
            = QStringLiteral("EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id%1)");
        switch (c.op) {
        case Op::IsEmpty:
            return QString(QStringLiteral("NOT ") + exists.arg(QString()));
        case Op::IsNotEmpty:
            return exists.arg(QString());
        default:
            // Stored tags are simplified and lower-cased (CustomerValidator): match them so.
            values << c.values.value(0).toString().simplified().toLower();
            const QString sql = exists.arg(QStringLiteral(" AND t.tag = ?"));
            return c.op == Op::HasNot ? QString(QStringLiteral("NOT ") + sql) : sql;
        }
    }

    // A value test on f.value inside the EXISTS over the customer's value for the field.
    QString fieldTest(const SegmentCondition &c, Op op)
    {
        switch (c.fieldType) {
        case CustomField::Type::Text:
            return textTest(QStringLiteral("f.value"), op, c.values);
        case CustomField::Type::Choice:
            values << c.values.value(0).toString();
            return QStringLiteral("f.value = ?");
        case CustomField::Type::Number:
            for (const QVariant &value : c.values)
                values << value.toDouble();
            // Stored as C-locale text; NUMERIC is exact in PostgreSQL and numeric in SQLite.
            return QString(QStringLiteral("CAST(f.value AS NUMERIC)") + comparison(op));
        case CustomField::Type::Date:
            break;
        }
        const qint64 days = asInteger(c.values.value(0)).value_or(0);
        switch (op) {
        case Op::WithinLastDays:
            values << iso(m_today.addDays(-days)) << iso(m_today);
            return QStringLiteral("f.value BETWEEN ? AND ?");
        case Op::WithinNextDays:
            values << iso(m_today) << iso(m_today.addDays(days));
            return QStringLiteral("f.value BETWEEN ? AND ?");
        case Op::MoreThanDaysAgo:
            values << iso(m_today.addDays(-days));
            return QStringLiteral("f.value < ?");
        default:
            for (const QVariant &value : c.values)
                values << value.toString();
            return QString(QStringLiteral("f.value") + comparison(op));
        }
    }

    QString customField(const SegmentCondition &c)
    {
        // Empty values are not stored, so "is empty" is the absence of a row, and "not equal"
        // includes customers without a value.
        values << c.fieldId;
        QString sql = QStringLiteral("EXISTS (SELECT 1 FROM customer_field_values f"
                                     " WHERE f.customer_id = c.id AND f.field_id = ?");
        const bool negated = c.op == Op::NotEquals || c.op == Op::IsEmpty;
        if (c.op != Op::IsEmpty && c.op != Op::IsNotEmpty)
            sql += QString(
                QStringLiteral(" AND ") + fieldTest(c, c.op == Op::NotEquals ? Op::Equals : c.op));
        sql += QLatin1Char(')');
        return negated ? QString(QStringLiteral("NOT ") + sql) : sql;
    }

    QString consent(const SegmentCondition &c)
    {
        // consent_current holds the ledger's latest event per customer and purpose (kept by
        // triggers on consent_events): customers in a state are one index scan, "unknown" is
        // its complement over all events for the purpose.
        const QString state = c.values.value(0).toString();
        const bool unknown
            = state != QLatin1String("opted_in") && state != QLatin1String("opted_out");
        values << c.purpose;
        QString members;
        if (unknown) {
            members = QStringLiteral("c.id NOT IN (SELECT k.customer_id FROM consent_current k"
                                     " WHERE k.purpose = ?)");
        } else {
            values << (state == QLatin1String("opted_in") ? QStringLiteral("opt_in")
                                                          : QStringLiteral("opt_out"));
            members = QStringLiteral("c.id IN (SELECT k.customer_id FROM consent_current k"
                                     " WHERE k.purpose = ? AND k.action = ?)");
        }
        return c.op == Op::NotEquals ? QStringLiteral("NOT (%1)").arg(members) : members;
    }

    // Whether a customer with no visits in scope (an aggregate of 0) passes the comparison.
    static bool zeroPasses(Op op, const QList<qint64> &operands)
    {
        const qint64 a = operands.value(0);
        switch (op) {
        case Op::NotEquals:
            return a != 0;
        case Op::LessThan:
            return 0 < a;
        case Op::GreaterThan:
            return 0 > a;
        case Op::Between:
            return a <= 0 && 0 <= operands.value(1);
        default:
            return a == 0;
        }
    }

    // Counts and totals: ever, from the summary columns visits' triggers keep on the customer
    // row; within a window, as one grouped pass over the visits in it (index visits_on), which
    // is set-based rather than one lookup per customer. A customer with no visits in the window
    // is in the group's complement, hence NOT IN when zero passes the comparison.
    QString visitAggregate(const SegmentCondition &c)
    {
        const bool count = c.subject == SegmentSubject::VisitCount;
        QList<qint64> operands;
        for (const QVariant &value : c.values)
            operands << asInteger(value).value_or(0);
        if (c.withinDays <= 0) {
            for (const qint64 operand : std::as_const(operands))
                values << operand;
            return QString(
                (count ? QStringLiteral("c.visit_count") : QStringLiteral("c.spend_cents"))
                + comparison(c.op));
        }
        values << iso(m_today.addDays(-c.withinDays)) << iso(m_today);
        for (const qint64 operand : std::as_const(operands))
            values << operand;
        const QString aggregate
            = count ? QStringLiteral("count(*)") : QStringLiteral("sum(v.amount_cents)");
        const bool zero = zeroPasses(c.op, operands);
        return QStringLiteral("c.id %1 (SELECT v.customer_id FROM visits v"
                              " WHERE v.visited_on BETWEEN ? AND ? GROUP BY v.customer_id"
                              " HAVING %2(%3%4))")
            .arg(zero ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                zero ? QStringLiteral("NOT ") : QString(), aggregate, comparison(c.op));
    }

    QString spendRank(const SegmentCondition &c)
    {
        // The threshold is the total of the k-th best spender, k = ceil(spenders × N / 100)
        // (at least one when anyone has visited); ties at the threshold are all in. Read from
        // the summary column through its index: one short ordered scan, not a sort of every
        // customer's visits. A customer without visits never qualifies.
        const qint64 percent = asInteger(c.values.value(0)).value_or(0);
        values << percent;
        return QStringLiteral(
            "(c.visit_count > 0 AND c.spend_cents >= (SELECT t.spend_cents FROM customers t"
            " WHERE t.visit_count > 0 ORDER BY t.spend_cents DESC LIMIT 1 OFFSET"
            " ((SELECT count(*) FROM customers s WHERE s.visit_count > 0) * ? + 99) / 100 - 1))");
    }

    QString visitDate(const SegmentCondition &c)
    {
        if (c.op == Op::IsEmpty)
            return QStringLiteral("c.visit_count = 0");
        if (c.op == Op::IsNotEmpty)
            return QStringLiteral("c.visit_count > 0");
        const qint64 days = asInteger(c.values.value(0)).value_or(0);
        const bool last = c.subject == SegmentSubject::LastVisit;
        const QString edge
            = last ? QStringLiteral("c.last_visit") : QStringLiteral("c.first_visit");
        const QString from = iso(m_today.addDays(-days));
        const QString to = iso(m_today);
        if (c.op == Op::WithinLastDays && last) {
            // "Visited within the last N days": the latest visit is in the window, or a visit
            // already booked for later hides one that is.
            values << from << to << to << from << to;
            return QStringLiteral("(c.last_visit BETWEEN ? AND ? OR (c.last_visit > ? AND EXISTS"
                                  " (SELECT 1 FROM visits v WHERE v.customer_id = c.id"
                                  " AND v.visited_on BETWEEN ? AND ?)))");
        }
        if (c.op == Op::WithinLastDays) {
            values << from << to;
            return QString(edge + QStringLiteral(" BETWEEN ? AND ?"));
        }
        values << from;
        return QString(edge + QStringLiteral(" < ?"));
    }

    QString customerSince(const SegmentCondition &c)
    {
        // created_at is UTC ISO text ("2025-06-01T10:00:00.000Z"); comparing it with bare
        // dates keeps the test a plain text range. A record made near midnight can land on the
        // neighbouring local day, which is close enough for "customer since".
        const qint64 days = asInteger(c.values.value(0)).value_or(0);
        values << iso(m_today.addDays(-days));
        if (c.op == Op::MoreThanDaysAgo)
            return QStringLiteral("c.created_at < ?");
        values << iso(m_today.addDays(1));
        return QStringLiteral("(c.created_at >= ? AND c.created_at < ?)");
    }

    QString birthday(const SegmentCondition &c);
    QString month(const SegmentCondition &c);
};

QString Compiler::birthday(const SegmentCondition &c)
{
    if (c.op == Op::IsEmpty)
        return QStringLiteral("c.birthday_month IS NULL");
    if (c.op == Op::IsNotEmpty)
        return QStringLiteral("c.birthday_month IS NOT NULL");
    const auto window = birthdayWindow(m_today, int(asInteger(c.values.value(0)).value_or(0)));
    int daysCovered = 0;
    for (const DayRange &range : window)
        daysCovered += range.lastDay - range.firstDay + 1;
    if (daysCovered == 366)
        return QStringLiteral("c.birthday_month IS NOT NULL");
    QStringList ranges;
    for (const DayRange &range : window) {
        values << range.month << range.firstDay << range.lastDay;
        ranges << QStringLiteral("(c.birthday_month = ? AND c.birthday_day BETWEEN ? AND ?)");
    }
    return QString(QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

QString Compiler::month(const SegmentCondition &c)
{
    const bool anniversary = c.subject == SegmentSubject::AnniversaryMonth;
    // Anniversaries are ISO dates: the month is characters 6-7, compared as text.
    const QString column = anniversary ? QStringLiteral("substr(c.anniversary, 6, 2)")
                                       : QStringLiteral("c.birthday_month");
    if (c.op == Op::IsEmpty || c.op == Op::IsNotEmpty) {
        if (anniversary)
            return textTest(QStringLiteral("c.anniversary"), c.op, {});
        return c.op == Op::IsEmpty ? QStringLiteral("c.birthday_month IS NULL")
                                   : QStringLiteral("c.birthday_month IS NOT NULL");
    }
    const QVariant value = c.values.value(0);
    const int number = isText(value) ? m_today.month() : int(asInteger(value).value_or(0));
    if (anniversary)
        values << QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    else
        values << number;
    if (c.op == Op::NotEquals)
        return QString(QStringLiteral("coalesce(") + column
            + (anniversary ? QStringLiteral(", '')") : QStringLiteral(", 0)"))
            + QStringLiteral(" <> ?"));
    return QString(column + QStringLiteral(" = ?"));
}

} // namespace

Result<SegmentSqlExpression, SegmentRuleError> SegmentSql::compile(
    const SegmentRule &rule, QDate today)
{
    Q_ASSERT(today.isValid());
    if (auto valid = rule.validate(); !valid)
        return fail(valid.error());
    Compiler compiler(today);
    SegmentSqlExpression expression;
    expression.sql = compiler.group(rule.root);
    expression.values = compiler.values;
    return expression;
}

QString SegmentSql::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += ch;
    }
    return escaped;
}

} // namespace rapport::app
