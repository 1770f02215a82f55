#pragma once

#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class Database;

// How a member of staff settled a plain-language opt-out.
enum class ReviewOutcome : quint8 {
    OptedOut, // it was one: the opt-out is recorded
    NotAnOptOut, // it was not ("stop by tomorrow?"): sending resumes
};

struct OptOutReview
{
    qint64 id = 0;
    qint64 threadId = 0;
    qint64 messageId = 0; // 0 when the message has since been erased
    QDateTime raisedAt;
    QDateTime resolvedAt; // invalid while open
    qint64 resolvedBy = 0;
    QString outcome; // outcomeKey() once resolved

    [[nodiscard]] bool isOpen() const { return !resolvedAt.isValid(); }
};

// Messages such as "please stop texting me" wait in opt_out_reviews until a person has looked
// (COMPLIANCE.md: hold all non-reply sending to that number until reviewed). The policy engine
// reads the open rows; this class raises and settles them.
class OptOutReviews final
{
public:
    OptOutReviews(Database &database, Clock &clock);

    // The thread's open review, or a new one for `messageId`: one open review per thread is
    // enough to hold it.
    Result<qint64, StorageError> raise(qint64 threadId, qint64 messageId);
    Result<std::optional<OptOutReview>, StorageError> find(qint64 reviewId) const;
    // Open reviews, oldest first.
    Result<QList<OptOutReview>, StorageError> open() const;
    // False when the review is not open (already settled, or none with that id).
    Result<bool, StorageError> resolve(qint64 reviewId, qint64 staffId, ReviewOutcome outcome);

    // "opted_out", "not_an_opt_out": the words stored in opt_out_reviews.outcome.
    [[nodiscard]] static QString outcomeKey(ReviewOutcome outcome);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace rapport::app
