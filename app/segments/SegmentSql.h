#pragma once

#include "app/segments/SegmentRule.h"
#include "modem/Result.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace rapport::app {

// A boolean SQL expression over `customers c` with `?` placeholders, and the values to bind to
// them in order.
struct SegmentSqlExpression
{
    QString sql;
    QVariantList values;
};

// Turns a segment rule into SQL, so that counting and listing members happens in the database
// instead of loading customers. Every value is bound, never pasted. Relative dates ("within the
// last 30 days", "this month") are worked out here from `today` and bound as ISO dates, which
// keeps date arithmetic out of the SQL (SQLite and PostgreSQL spell it differently) and makes
// the result exact for a given day.
class SegmentSql final
{
public:
    // `today` is the business's local date. Validates the rule first (without custom field
    // definitions: a condition on a deleted field matches no value).
    static Result<SegmentSqlExpression, SegmentRuleError> compile(
        const SegmentRule &rule, QDate today);

    // `text` with LIKE's wildcards escaped for ESCAPE '\'.
    static QString escapeLike(const QString &text);
};

} // namespace rapport::app
