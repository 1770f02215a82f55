#pragma once

#include "app/segments/BuiltInSegments.h"
#include "app/segments/SegmentRule.h"
#include "modem/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rapport::app {

class Database;

// A segment the business saved under a name.
struct Segment
{
    qint64 id = 0;
    QString name;
    SegmentRule rule;
    // Set when the stored rule cannot be read (damaged, or written by another version); `rule`
    // is then empty and the segment can only be given a new rule or removed.
    std::optional<SegmentRuleError> ruleError;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
};

// One line of the segment sidebar: a built-in or a saved segment and how many customers it has.
struct SegmentCount
{
    std::optional<BuiltInSegment> builtIn;
    qint64 segmentId = 0; // saved segments only
    QString name;
    qint64 count = -1; // -1 when the saved rule cannot be read
};

struct SegmentError
{
    enum class Code {
        NameRequired,
        NameTooLong, // see SegmentRepository::MaxNameLength
        NameTaken, // another segment has this name (ignoring case): see existingId
        NotFound,
        InvalidRule, // see rule
        StorageFailed, // see detail
    };

    Code code = Code::StorageFailed;
    qint64 existingId = 0;
    SegmentRuleError rule;
    QString detail;

    // A sentence for the person saving the segment: what is wrong and what to do.
    [[nodiscard]] QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(SegmentError) // last: it leaves the access at private
};

// Saved segments, and counting and listing the customers in any segment. The counting happens
// in the database (SegmentSql), so no call here loads the customer book into memory.
class SegmentRepository final
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int MaxNameLength = 80;

    // `clock` stamps created_at/updated_at (UTC); `thresholds` shape the built-in segments.
    explicit SegmentRepository(
        Database &database, Clock clock = {}, BuiltInThresholds thresholds = {});

    // Names are simplified (trimmed, inner runs of spaces made one) and unique ignoring case.
    // The rule is checked against the current custom fields.
    Result<qint64, SegmentError> save(const QString &name, const SegmentRule &rule);
    Result<void, SegmentError> rename(qint64 id, const QString &name);
    Result<void, SegmentError> updateRule(qint64 id, const SegmentRule &rule);
    Result<void, SegmentError> remove(qint64 id);

    // Ordered by name, ignoring case.
    Result<QList<Segment>, SegmentError> list() const;
    Result<Segment, SegmentError> find(qint64 id) const;

    // `today` is the business's local date; it anchors "within the last N days" and "this
    // month".
    Result<qint64, SegmentError> count(const SegmentRule &rule, QDate today) const;
    // Member ids ordered like the customer list: last name, first name (ignoring case), id.
    Result<QList<qint64>, SegmentError> members(
        const SegmentRule &rule, QDate today, int limit = 100, int offset = 0) const;
    // The built-in segments first (in BuiltInSegments::all() order), then the saved ones.
    Result<QList<SegmentCount>, SegmentError> counts(QDate today) const;

private:
    Result<QString, SegmentError> checkName(const QString &name, qint64 selfId) const;
    Result<void, SegmentError> checkRule(const SegmentRule &rule) const;
    Result<QList<Segment>, SegmentError> select(
        const QString &where, const QVariantList &values) const;
    QString now() const;

    Database &m_database;
    Clock m_clock;
    BuiltInThresholds m_thresholds;
};

} // namespace rapport::app
